package org.egovcoop.jackson2;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.egovcoop.json.EgovJson;
import org.egovcoop.json.Golden;
import org.egovcoop.portfolio.Portfolio;
import org.junit.jupiter.api.Test;

/**
 * On the class path, as most Jackson 2 applications (and Spring Boot 3) run, both of Jackson 2's
 * discoveries find the module through {@code META-INF/services}; its version is the build's.
 */
class ClassPathDiscoveryTest {

  @Test
  void findAndRegisterModulesFindsItOnTheClassPath() throws Exception {
    assertThat(EgovcoopJackson2Module.class.getModule().isNamed()).as("running on the class path").isFalse();

    for (ObjectMapper mapper : new ObjectMapper[] {new ObjectMapper().findAndRegisterModules(),
        JsonMapper.builder().findAndAddModules().build()}) {
      assertThat(mapper.getRegisteredModuleIds()).contains("egovcoop");
      Portfolio portfolio = Golden.portfolio();
      byte[] bytes = mapper.writeValueAsBytes(portfolio);
      assertThat(bytes).isEqualTo(EgovJson.create().writePortfolio(portfolio));
      assertThat(mapper.readValue(bytes, Portfolio.class)).isEqualTo(portfolio);
    }
  }

  @Test
  void theModulesVersionIsWrittenByTheBuild() {
    String version = System.getProperty("egovcoop.version");
    assertThat(version).as("system property egovcoop.version").isNotBlank();

    com.fasterxml.jackson.core.Version reported = new EgovcoopJackson2Module().version();
    assertThat(reported.toString()).isEqualTo(version);
    assertThat(reported.getGroupId()).isEqualTo("org.egovcoop");
    assertThat(reported.getArtifactId()).isEqualTo("egovcoop-jackson2");
  }

  @Test
  void theTestsRunOnTheJacksonTwoLineTheModuleIsBuiltAgainst() {
    String version = System.getProperty("egovcoop.jackson2.version");
    assertThat(version).as("system property egovcoop.jackson2.version").isNotBlank();

    assertThat(com.fasterxml.jackson.databind.cfg.PackageVersion.VERSION.toString()).isEqualTo(version);
    assertThat(com.fasterxml.jackson.core.json.PackageVersion.VERSION.toString()).isEqualTo(version);
  }
}

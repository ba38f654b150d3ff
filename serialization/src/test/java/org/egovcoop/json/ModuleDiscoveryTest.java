package org.egovcoop.json;

import org.egovcoop.json.databind.EgovcoopModule;
import static org.assertj.core.api.Assertions.assertThat;

import org.egovcoop.portfolio.Portfolio;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code findAndAddModules()} finds the module on the module path, through {@code provides} in
 * module-info (a named module's {@code META-INF/services} file is ignored). The class path case
 * is {@link ClasspathDiscoveryTest}, run by a surefire execution without the module path.
 */
class ModuleDiscoveryTest {

  static void assertDiscoveredAndWorking() {
    JsonMapper mapper = JsonMapper.builder().findAndAddModules().build();

    assertThat(mapper.registeredModules()).extracting(JacksonModule::getModuleName).containsOnlyOnce("egovcoop");
    Portfolio portfolio = Golden.portfolio();
    byte[] bytes = mapper.writeValueAsBytes(portfolio);
    assertThat(bytes).isEqualTo(EgovJson.create().writePortfolio(portfolio));
    assertThat(mapper.readValue(bytes, Portfolio.class)).isEqualTo(portfolio);
  }

  @Test
  void foundOnTheModulePath() {
    assertThat(EgovcoopModule.class.getModule().isNamed()).as("running on the module path").isTrue();
    assertThat(EgovcoopModule.class.getModule().getName()).isEqualTo("org.egovcoop.serialization");
    assertThat(EgovcoopModule.class.getModule().getDescriptor().provides())
        .anySatisfy(p -> assertThat(p.service()).isEqualTo("tools.jackson.databind.JacksonModule"));

    assertDiscoveredAndWorking();
  }
}

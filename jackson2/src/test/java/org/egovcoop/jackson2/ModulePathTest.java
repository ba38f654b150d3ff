package org.egovcoop.jackson2;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import org.egovcoop.json.EgovJson;
import org.egovcoop.survey.IndexObservation;
import org.junit.jupiter.api.Test;

/**
 * On the module path, {@code findAndRegisterModules()} finds the module through {@code provides}
 * in module-info (a named module's {@code META-INF/services} file is ignored). Run by the surefire
 * execution {@code module-path}; the class path case is {@link ClassPathDiscoveryTest}.
 */
class ModulePathTest {

  @Test
  void foundOnTheModulePath() throws Exception {
    Module module = EgovcoopJackson2Module.class.getModule();
    assertThat(module.isNamed()).as("running on the module path").isTrue();
    assertThat(module.getName()).isEqualTo("org.egovcoop.jackson2");
    assertThat(module.getDescriptor().provides())
        .anySatisfy(p -> assertThat(p.service()).isEqualTo("com.fasterxml.jackson.databind.Module"));

    ObjectMapper mapper = new ObjectMapper().findAndRegisterModules();
    assertThat(mapper.getRegisteredModuleIds()).contains("egovcoop");
    byte[] json = ("{\"index\":\"egdi\",\"edition\":2016,\"country\":\"UZB\",\"rank\":80,\"numberAssessed\":193,"
        + "\"score\":0.54335}").getBytes(StandardCharsets.UTF_8);
    IndexObservation observation = mapper.readValue(json, IndexObservation.class);
    assertThat(observation).isEqualTo(EgovJson.create().readObservation(json));
    assertThat(mapper.writeValueAsBytes(observation)).isEqualTo(EgovJson.create().writeObservation(observation));
  }
}

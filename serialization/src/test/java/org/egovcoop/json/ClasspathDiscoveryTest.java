package org.egovcoop.json;

import org.egovcoop.json.databind.EgovcoopModule;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * {@code findAndAddModules()} finds the module on the class path, through
 * {@code META-INF/services/tools.jackson.databind.JacksonModule}. Run by the surefire execution
 * {@code class-path} ({@code useModulePath=false}); the default execution excludes it.
 */
class ClasspathDiscoveryTest {

  @Test
  void foundOnTheClassPath() {
    assertThat(EgovcoopModule.class.getModule().isNamed()).as("running on the class path").isFalse();
    assertThat(ClasspathDiscoveryTest.class.getClassLoader()
        .getResource("META-INF/services/tools.jackson.databind.JacksonModule")).isNotNull();

    ModuleDiscoveryTest.assertDiscoveredAndWorking();
  }
}

package org.egovcoop.json.databind;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.egovcoop.json.EgovJson;
import org.egovcoop.probe.ModulePathProbe;
import org.egovcoop.portfolio.Portfolio;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code findAndAddModules()} finds the module on the module path, through {@code provides} in
 * module-info (a named module's {@code META-INF/services} file is ignored), and on the class path,
 * through the services file. The tests run on the class path; the module path case starts a JVM
 * with egovcoop and its dependencies on the module path and this class, as an application's, on
 * the class path.
 */
class ModuleDiscoveryTest {

  private static final String PORTFOLIO = "{\"formatVersion\": \"1.0\", \"id\": \"p\", \"title\": {\"en\": \"T\","
      + " \"ko\": \"협력\"}, \"countries\": [\"KOR\", \"UZB\"]}";

  static void assertDiscoveredAndWorking() {
    JsonMapper mapper = JsonMapper.builder().findAndAddModules().build();

    assertThat(mapper.registeredModules()).extracting(JacksonModule::getModuleName).containsOnlyOnce("egovcoop");
    Portfolio portfolio = EgovJson.create().readPortfolio(PORTFOLIO);
    byte[] bytes = mapper.writeValueAsBytes(portfolio);
    assertThat(bytes).isEqualTo(EgovJson.create().writePortfolio(portfolio));
    assertThat(mapper.readValue(bytes, Portfolio.class)).isEqualTo(portfolio);
  }

  @Test
  void foundOnTheClassPath() {
    assertThat(EgovcoopModule.class.getModule().isNamed()).as("running on the class path").isFalse();
    assertThat(ModuleDiscoveryTest.class.getClassLoader()
        .getResource("META-INF/services/tools.jackson.databind.JacksonModule")).isNotNull();

    assertDiscoveredAndWorking();
  }

  @Test
  void foundOnTheModulePath() throws Exception {
    List<String> modulePath = new ArrayList<>();
    List<String> classPath = new ArrayList<>();
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      String name = Path.of(entry).getFileName().toString();
      boolean tests = name.equals("test-classes") || name.endsWith("-tests.jar");
      boolean testing = name.startsWith("junit-") || name.startsWith("assertj-") || name.startsWith("opentest4j-")
          || name.startsWith("apiguardian-") || name.startsWith("surefire") || name.startsWith("common-")
          || name.startsWith("byte-buddy");
      (tests || testing ? classPath : modulePath).add(entry);
    }
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Process process = new ProcessBuilder(java.toString(), "--module-path", String.join(File.pathSeparator, modulePath),
        "--add-modules", "org.egovcoop.jackson3", "-cp", String.join(File.pathSeparator, classPath),
        ModulePathProbe.class.getName()).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

    assertThat(process.waitFor(2, TimeUnit.MINUTES)).as("the JVM ended").isTrue();
    assertThat(process.exitValue()).as(output).isZero();
    assertThat(output).contains("egovcoop modules registered: 1; round trip: true;"
        + " org.egovcoop.jackson3 provides tools.jackson.databind.JacksonModule;"
        + " org.egovcoop.serialization requires databind: false");
  }
}

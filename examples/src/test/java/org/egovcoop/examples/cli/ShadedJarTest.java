package org.egovcoop.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import org.egovcoop.examples.ProjectFiles;
import org.junit.jupiter.api.Test;

/**
 * The executable jar, target/egovcoop.jar, as README.md runs it. Run by the surefire execution
 * {@code shaded-jar} in the package phase, after the shade plugin.
 */
class ShadedJarTest {

  private static final String JACKSON_MODULES = "META-INF/services/tools.jackson.databind.JacksonModule";

  private static Path jar() {
    return ProjectFiles.file("examples/target/egovcoop.jar");
  }

  /**
   * The command reads and writes through EgovJson on Jackson's streaming API: it needs no egovcoop
   * databind module, and the jar carries none (the CSV format brings Jackson databind itself).
   */
  @Test
  void hasTheMainClassAndNoEgovcoopDatabindModule() throws IOException {
    try (JarFile jar = new JarFile(jar().toFile())) {
      assertThat(jar.getManifest().getMainAttributes().getValue("Main-Class"))
          .isEqualTo(EgovcoopCommand.class.getName());
      assertThat(jar.getEntry("org/egovcoop/json/EgovJson.class")).isNotNull();
      assertThat(jar.getEntry("org/egovcoop/json/databind/EgovcoopModule.class")).isNull();
      JarEntry services = jar.getJarEntry(JACKSON_MODULES);
      if (services != null) {
        try (InputStream in = jar.getInputStream(services)) {
          assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).doesNotContain("org.egovcoop");
        }
      }
    }
  }

  /** The command holds no Spring: the example Boot application is a module of its own, examples-spring-boot. */
  @Test
  void holdsNoSpring() throws IOException {
    try (JarFile jar = new JarFile(jar().toFile())) {
      List<String> entries = jar.stream().map(JarEntry::getName).toList();
      assertThat(entries).anyMatch(name -> name.startsWith("org/egovcoop/examples/cli/"))
          .noneMatch(name -> name.startsWith("org/springframework/") || name.startsWith("org/egovcoop/spring/")
              || name.startsWith("org/egovcoop/examples/boot/"));
    }
  }

  @Test
  void runsAsAProgramAndReadsJson() throws IOException, InterruptedException {
    Path golden = ProjectFiles.file(ProjectFiles.GOLDEN);
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Process process = new ProcessBuilder(java.toString(), "-jar", jar().toString(), "validate", golden.toString())
        .redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

    assertThat(process.waitFor(2, TimeUnit.MINUTES)).as("the jar ended").isTrue();
    assertThat(process.exitValue()).as(output).isZero();
    assertThat(output.lines()).isEqualTo(List.of(golden + ": valid, portfolio 'kor-uzb-egov-cooperation'"));
  }
}

package org.egovcoop.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/**
 * README.md's BOM snippets and compatibility table name the versions this build uses: the POM's
 * own, which Surefire passes as system properties; the oldest supported versions, which the build
 * uses, and the newest, which the profile {@code newest} uses.
 */
class ReadmeCompatibilityTest {

  private static String property(String name) {
    String value = System.getProperty(name);
    assertThat(value).as("system property %s", name).isNotBlank();
    return value;
  }

  private static List<String> readme() throws IOException {
    return Files.readAllLines(ProjectFiles.file("README.md"), StandardCharsets.UTF_8);
  }

  /** The table's row that starts with this cell. */
  private static String row(String firstCell) throws IOException {
    List<String> rows = readme().stream().filter(l -> l.startsWith("| " + firstCell + " |")).toList();
    assertThat(rows).as("README rows for %s", firstCell).hasSize(1);
    return rows.get(0);
  }

  /** {@return a version property of a Spring Boot module's POM: the versions its Boot line manages} */
  private static String bootProperty(String module, String name) throws IOException {
    String pom = Files.readString(ProjectFiles.file(module + "/pom.xml"), StandardCharsets.UTF_8);
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("<" + java.util.regex.Pattern.quote(name) + ">([^<]+)</").matcher(pom);
    assertThat(m.find()).as("%s in %s/pom.xml", name, module).isTrue();
    return m.group(1);
  }

  @Test
  void theBomSnippetsUseTheProjectVersion() throws IOException {
    String version = property("egovcoop.version");
    String text = String.join("\n", readme());
    assertThat(text)
        .contains("<artifactId>egovcoop-bom</artifactId>\n      <version>" + version + "</version>")
        .contains("platform(\"org.egovcoop:egovcoop-bom:" + version + "\")");
  }

  /** The line of a version: {@code 3.1} of {@code 3.1.8}, {@code 9.0} of {@code 9.0.3.Final}. */
  private static String line(String version) {
    String[] parts = version.split("\\.");
    assertThat(parts).as("parts of %s", version).hasSizeGreaterThanOrEqualTo(3);
    return parts[0] + "." + parts[1];
  }

  @Test
  void theTableNamesTheVersionsOfTheBuild() throws IOException {
    assertThat(row("Java")).contains(property("egovcoop.java.release") + " or later",
        "JDK " + property("egovcoop.java.release"));

    String oldestJackson = property("egovcoop.jackson.oldest.version");
    String newestJackson = property("egovcoop.jackson.newest.version");
    assertThat(row("Jackson (`serialization` only)")).contains(line(oldestJackson) + " or later",
        "built and tested with " + oldestJackson, "also tests with " + newestJackson, "-P newest");
    assertThat(oldestJackson).startsWith("3.");
    assertThat(newestJackson).startsWith("3.");

    String oldestValidator = property("egovcoop.hibernate.validator.oldest.version");
    String newestValidator = property("egovcoop.hibernate.validator.newest.version");
    assertThat(row("Jackson 2 (`jackson2`)")).contains("built and tested with " + property("egovcoop.jackson2.version"),
        "tested on " + bootProperty("spring-boot3", "jackson2.version") + " under `spring-boot3`");
    assertThat(property("egovcoop.jackson2.version")).startsWith("2.");
    assertThat(row("Spring Boot 3")).contains("Boot " + bootProperty("spring-boot3", "spring-boot.version"),
        "Jackson " + bootProperty("spring-boot3", "jackson2.version"),
        "Hibernate Validator " + bootProperty("spring-boot3", "hibernate-validator.version"),
        "Jakarta Validation " + bootProperty("spring-boot3", "jakarta.validation.version"),
        "JUnit " + bootProperty("spring-boot3", "junit.version"));
    // Boot 4's versions are the parent's spring-boot.* properties, shared by both Boot 4 modules.
    assertThat(row("Spring Boot")).contains("Boot " + bootProperty(".", "spring-boot.version"),
        "Jackson " + bootProperty(".", "spring-boot.jackson.version"),
        "Hibernate Validator " + bootProperty(".", "spring-boot.hibernate-validator.version"));
    assertThat(row("Jakarta Validation / Hibernate Validator")).contains(
        "Hibernate Validator " + line(oldestValidator) + " or later",
        "Jakarta Validation " + property("egovcoop.jakarta.validation.version"),
        "Hibernate Validator " + oldestValidator,
        "also tests with Hibernate Validator " + newestValidator,
        "Expressly " + property("egovcoop.expressly.version"));
  }

  /**
   * The build uses the oldest versions the table names, or with the profile {@code newest} the
   * newest: the classes loaded are those versions.
   */
  @Test
  void theTestsRunOnTheOldestVersionsOrTheNewest() throws ClassNotFoundException {
    String jackson = property("egovcoop.jackson.version");
    String validator = property("egovcoop.hibernate.validator.version");
    assertThat(jackson).isIn(property("egovcoop.jackson.oldest.version"), property("egovcoop.jackson.newest.version"));
    assertThat(validator).isIn(property("egovcoop.hibernate.validator.oldest.version"),
        property("egovcoop.hibernate.validator.newest.version"));
    // the oldest and the newest go together: the profile newest sets both
    assertThat(jackson.equals(property("egovcoop.jackson.newest.version")))
        .isEqualTo(validator.equals(property("egovcoop.hibernate.validator.newest.version")));

    assertThat(JsonMapper.builder().build().version().toString()).isEqualTo(jackson);
    assertThat(implementationVersion(Class.forName("org.hibernate.validator.HibernateValidator"))).isEqualTo(validator);
  }

  /** The Implementation-Version of the jar a class was loaded from (on the module path too). */
  private static String implementationVersion(Class<?> type) {
    try (JarFile jar = new JarFile(Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toFile())) {
      return jar.getManifest().getMainAttributes().getValue(Attributes.Name.IMPLEMENTATION_VERSION);
    } catch (IOException | URISyntaxException e) {
      throw new AssertionError("cannot read the jar of " + type, e);
    }
  }
}

package org.egovcoop.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * README.md's BOM snippets and compatibility table name the versions this build uses: the POM's
 * own, which Surefire passes as system properties.
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

  @Test
  void theTableNamesTheVersionsOfTheBuild() throws IOException {
    assertThat(row("Java")).contains(property("egovcoop.java.release") + " or later",
        "JDK " + property("egovcoop.java.release"));
    assertThat(row("Jackson (`serialization` only)")).contains("3.x", "tested with " + property("egovcoop.jackson.version"));
    assertThat(property("egovcoop.jackson.version")).startsWith("3.");
    assertThat(row("Jackson 2 (`jackson2`)")).contains("built and tested with " + property("egovcoop.jackson2.version"),
        "tested on " + bootProperty("spring-boot3", "jackson2.version") + " under `spring-boot3`");
    assertThat(property("egovcoop.jackson2.version")).startsWith("2.");
    assertThat(row("Spring Boot 3")).contains("Boot " + bootProperty("spring-boot3", "spring-boot.version"),
        "Jackson " + bootProperty("spring-boot3", "jackson2.version"),
        "Hibernate Validator " + bootProperty("spring-boot3", "hibernate-validator.version"),
        "Jakarta Validation " + bootProperty("spring-boot3", "jakarta.validation.version"),
        "JUnit " + bootProperty("spring-boot3", "junit.version"));
    assertThat(row("Spring Boot")).contains("Boot " + bootProperty("spring-boot", "spring-boot.version"),
        "Jackson " + bootProperty("spring-boot", "jackson.version"),
        "Hibernate Validator " + bootProperty("spring-boot", "hibernate-validator.version"));
    assertThat(row("Jakarta Validation / Hibernate Validator")).contains(
        "Jakarta Validation " + property("egovcoop.jakarta.validation.version"),
        "Hibernate Validator " + property("egovcoop.hibernate.validator.version"),
        "Expressly " + property("egovcoop.expressly.version"));
  }
}

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
    assertThat(row("Jakarta Validation / Hibernate Validator")).contains(
        "Jakarta Validation " + property("egovcoop.jakarta.validation.version"),
        "Hibernate Validator " + property("egovcoop.hibernate.validator.version"),
        "Expressly " + property("egovcoop.expressly.version"));
  }
}

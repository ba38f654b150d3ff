package org.egovcoop.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** README.md's quick start is the compiled code of {@link QuickStart}, and it runs. */
class QuickStartTest {

  @Test
  void readmeShowsExactlyTheCompiledQuickStart() throws IOException {
    List<String> source = Files.readAllLines(
        ProjectFiles.file("examples/src/main/java/org/egovcoop/examples/QuickStart.java"), StandardCharsets.UTF_8);
    String compiled = between(source, "// tag::quickstart[]", "// end::quickstart[]");

    List<String> readme = Files.readAllLines(ProjectFiles.file("README.md"), StandardCharsets.UTF_8);
    String shown = between(readme, "<!-- quickstart:begin -->", "<!-- quickstart:end -->");

    assertThat(compiled.lines().count()).as("quick start lines").isLessThan(30);
    assertThat(shown).isEqualTo("```java\n" + compiled + "```\n");
  }

  @Test
  void quickStartPrintsAValidMou() {
    PrintStream original = System.out;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
    try {
      QuickStart.main(new String[0]);
    } finally {
      System.setOut(original);
    }
    assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("전자정부 협력 양해각서, signed 2017-11-22\nvalid\n");
  }

  /** The lines strictly between two marker lines, with their common indentation removed (README's other code blocks too). */
  static String between(List<String> lines, String begin, String end) {
    int from = indexOf(lines, begin) + 1;
    int to = indexOf(lines, end);
    List<String> body = lines.subList(from, to);
    int indent = body.stream().filter(l -> !l.isBlank())
        .mapToInt(l -> l.length() - l.stripLeading().length()).min().orElse(0);
    return body.stream().map(l -> l.isBlank() ? "" : l.substring(indent)).collect(Collectors.joining("\n", "", "\n"));
  }

  private static int indexOf(List<String> lines, String marker) {
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).strip().equals(marker)) {
        return i;
      }
    }
    throw new AssertionError("marker not found: " + marker);
  }
}

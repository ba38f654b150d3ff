package org.egovcoop.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every Javadoc comment of the shipped modules' sources has a main description, so that the
 * summary tables of the Javadoc are never blank: a comment that starts with a block tag, such as
 * {@code @return the id}, has none. Accessors say it once with {@code {@return the id}}, which
 * javadoc expands to the summary "Returns the id." and to the "Returns:" section.
 */
class JavadocFirstSentenceTest {

  private static final Pattern COMMENT = Pattern.compile("/\\*\\*(.*?)\\*/", Pattern.DOTALL);
  private static final Pattern LINE_START = Pattern.compile("(?m)^\\s*\\*?\\s?");

  @ParameterizedTest
  @ValueSource(strings = {"core", "serialization", "jackson3", "jackson2", "test-support", "survey", "iati", "spring-boot", "spring-boot3", "examples",
      "examples-spring-boot"})
  void everyCommentHasAMainDescription(String module) throws IOException {
    Path sources = ProjectFiles.file(module + "/pom.xml").resolveSibling("src/main/java");
    List<String> withoutDescription = new ArrayList<>();
    int comments = 0;
    try (Stream<Path> files = Files.walk(sources)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
        String text = read(file);
        Matcher comment = COMMENT.matcher(text);
        while (comment.find()) {
          comments++;
          String body = LINE_START.matcher(comment.group(1)).replaceAll("").strip();
          if (body.isEmpty() || body.startsWith("@")) {
            int line = (int) text.substring(0, comment.start()).lines().count() + 1;
            withoutDescription.add(sources.relativize(file) + ":" + line + ": " + body.lines().findFirst().orElse(""));
          }
        }
      }
    }
    assertThat(comments).as("Javadoc comments in %s", sources).isPositive();
    assertThat(withoutDescription).as("comments without a main description in %s", module).isEmpty();
  }

  private static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

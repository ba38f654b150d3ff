package org.egovcoop.json.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.egovcoop.json.JsonProblem.Kind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Locating problems costs one pass over the document, however many problems there are: the cost
 * is counted in bytes looked at, not timed. (Before, each problem rescanned the document from its
 * start: 40,000 problems in a 4 MB array took 34 seconds.)
 */
class ColumnsTest {

  /** A compact array of observations on one line, each with a bad index code: one problem each. */
  private static byte[] observations(int count) {
    StringBuilder out = new StringBuilder("[");
    for (int i = 0; i < count; i++) {
      out.append(i == 0 ? "" : ",").append("{\"index\":\"EGDI\",\"edition\":2016,\"country\":\"UZB\",")
          .append("\"name\":\"Ўзбекистон\",\"numberAssessed\":193}");
    }
    return out.append("]").toString().getBytes(StandardCharsets.UTF_8);
  }

  /** One problem per observation, at its index code, with the parser's byte column. */
  private static List<Issue> problems(byte[] document) {
    List<Issue> issues = new ArrayList<>();
    String marker = "\"EGDI\"";
    String text = new String(document, StandardCharsets.ISO_8859_1); // one char per byte: byte offsets
    for (int at = text.indexOf(marker); at >= 0; at = text.indexOf(marker, at + 1)) {
      issues.add(new Issue(Kind.INVALID_VALUE, "", 1, at + 1, "m", null, null, false));
    }
    return issues;
  }

  @ParameterizedTest(name = "{0} problems")
  @ValueSource(ints = {1_000, 10_000, 100_000})
  void locatingNProblemsLooksAtEachByteOnceAtMost(int count) {
    byte[] document = observations(count);
    List<Issue> issues = problems(document);

    long examined = Columns.toCharacters(document, 0, document.length, issues);

    assertThat(issues).hasSize(count);
    assertThat(examined).isLessThanOrEqualTo(document.length);
    // "Ўзбекистон" is 10 characters in 20 bytes: each observation moves the column 10 less than its bytes
    String one = new String(observations(1), StandardCharsets.UTF_8);
    int perObservation = one.length() - 1; // its characters, and the comma that replaces "[" or "]"
    assertThat(issues.get(0).column).isEqualTo(2 + "{\"index\":".length());
    assertThat(issues.get(count - 1).column).isEqualTo(issues.get(0).column + (count - 1) * perObservation);
  }

  @Test
  void problemsOutOfOrderAreLocatedAsInOrder() {
    byte[] document = "{\"a\": \"é\",\n \"b\": [\"ü\", 1],\r \"c\": 2}".getBytes(StandardCharsets.UTF_8);
    // the parser's lines and byte columns: "1" on line 2, "2" on line 3, the "é" string on line 1
    List<Issue> issues = new ArrayList<>(List.of(
        new Issue(Kind.TYPE, "/b/1", 2, 14, "m", null, null, false),
        new Issue(Kind.TYPE, "/c", 3, 7, "m", null, null, false),
        new Issue(Kind.TYPE, "/a", 1, 7, "m", null, null, false),
        new Issue(Kind.TYPE, "", 0, 0, "m", null, null, false)));

    Columns.toCharacters(document, 0, document.length, issues);

    assertThat(issues).extracting(issue -> issue.column).containsExactly(13, 7, 7, 0);
  }

  @Test
  void aPositionIsFoundOnLinesEndedByAnyLineEnd() {
    byte[] document = "a\r\nb\rcé\nd".getBytes(StandardCharsets.UTF_8);

    assertThat(Columns.at(document, 0, document.length)).containsExactly(4, 2);
    assertThat(Columns.at(document, 0, 8)).containsExactly(3, 3); // after "cé", before the \n
  }
}

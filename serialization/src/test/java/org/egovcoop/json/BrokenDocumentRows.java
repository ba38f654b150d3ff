package org.egovcoop.json;

import java.util.List;
import org.egovcoop.json.JsonProblem.Kind;

/**
 * The rows of the broken-document table ({@code BrokenDocumentsTest}), opened to the other
 * modules' tests (Jackson 3 and 2, Spring Boot 4 and 3, the example application) through this module's test-jar: this class is in
 * the table's package.
 */
public final class BrokenDocumentRows {
  private BrokenDocumentRows() {}

  /**
   * One broken document and the problem that {@link EgovJson} reports for it.
   *
   * @param name the row's name
   * @param json the document
   * @param kind the problem's kind
   * @param pointer its JSON Pointer
   * @param line its line
   * @param column its column, in characters
   * @param message text its message contains
   * @param observation whether the document is an index observation (else a portfolio)
   * @param limits the limits the row reads with, or null for the defaults
   */
  public record Row(String name, String json, Kind kind, String pointer, int line, int column, String message,
      boolean observation, JsonLimits limits) {
    @Override
    public String toString() {
      return name;
    }
  }

  /** {@return every row of the table} */
  public static List<Row> all() {
    return BrokenDocumentsTest.rows().stream().map(b -> {
      int[] at = BrokenDocumentsTest.location(b.json(), b.at());
      return new Row(b.name(), b.json(), b.kind(), b.pointer(), at[0], at[1], b.message(), b.observation(), b.limits());
    }).toList();
  }

  /** {@return a valid portfolio document: the head and the agreement every row of the table breaks} */
  public static String validPortfolio() {
    return BrokenDocumentsTest.portfolio(BrokenDocumentsTest.agreement(", \"signedOn\": \"2017-11-22\"") + ",\n \"observations\": ["
        + BrokenDocumentsTest.observation(", \"rank\": 80, \"score\": 0.54335") + "]");
  }

  /** {@return an observation document that breaks a rule: rank 194 of 193 countries assessed} */
  public static String rankAboveAssessed() {
    return BrokenDocumentsTest.observation(", \"rank\": 194");
  }
}

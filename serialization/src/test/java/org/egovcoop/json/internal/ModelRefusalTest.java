package org.egovcoop.json.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.function.Function;
import org.egovcoop.json.JsonProblem.Kind;
import org.egovcoop.validation.InvalidAttributeException;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JsonParser;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;

/**
 * A value the model refuses is reported in the model's words, taken from the exception's fields
 * (an invalid attribute's reason, at its attribute), never by looking for the value in the
 * message; a value the JDK refuses, in the reader's own words.
 */
class ModelRefusalTest {

  private static final JsonFactory FACTORY = JsonFactory.builder().build();

  @Test
  void aModelRefusalIsItsReasonEvenWhenTheReasonDoesNotQuoteTheValue() {
    Issue issue = parsedIssue("xyz", "a thing", text -> {
      throw new InvalidAttributeException("Thing", "code", text, "Is reserved for the secretariat");
    });

    assertThat(issue.message).isEqualTo("is reserved for the secretariat");
    assertThat(issue.value).isEqualTo("xyz");
    assertThat(issue.expected).isEqualTo("a thing");
    assertThat(issue.kind).isEqualTo(Kind.INVALID_VALUE);
  }

  @Test
  void aModelParseFailureIsItsMessageAsItIs() {
    Issue issue = parsedIssue("2013-13", "a partial date", text -> {
      throw new DateTimeParseException("Month 13 of the year is not a month", text, 5);
    });

    assertThat(issue.message).isEqualTo("month 13 of the year is not a month");
  }

  @Test
  void aJdkRefusalIsSaidInTheReadersWordsEvenWhenItsMessageHoldsTheValue() {
    // java.time's message is "Text cannot be parsed to a Period": it holds the value "Period" by chance
    JsonIn in = reader("\"Period\"");

    assertThat(in.parsedByJdk("an ISO 8601 period", Period::parse)).isNull();

    assertThat(in.problems().issues().kept().get(0).message).isEqualTo("'Period' is not an ISO 8601 period");
  }

  @Test
  void aBrokenInvariantIsReportedAtTheAttributeTheExceptionNames() {
    JsonIn in = reader("{\"a\": 1}");
    in.nextName();
    in.parser().nextToken(); // on the end of the object

    assertThat((Object) in.build(in.problems().mark(), () -> {
      throw new InvalidAttributeException("Thing", "code", "x", "Is taken");
    })).isNull();

    Issue issue = in.problems().issues().kept().get(0);
    assertThat(issue.pointer).isEqualTo("/code");
    assertThat(issue.message).isEqualTo("is taken");
    assertThat(in.problems().failed()).isTrue();
  }

  private static Issue parsedIssue(String value, String expected, Function<String, Object> factory) {
    JsonIn in = reader("\"" + value + "\"");

    assertThat(in.parsed(expected, factory)).isNull();

    assertThat(in.problems().issues().kept()).hasSize(1);
    return in.problems().issues().kept().get(0);
  }

  private static JsonIn reader(String json) {
    JsonParser p = FACTORY.createParser(ObjectReadContext.empty(), json);
    p.nextToken();
    return new JsonIn(p, false, 10);
  }
}

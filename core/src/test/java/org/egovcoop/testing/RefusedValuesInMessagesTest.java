package org.egovcoop.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.math.BigDecimal;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.egovcoop.actor.Person;
import org.egovcoop.actor.RegisteredIdentifier;
import org.egovcoop.area.CooperationArea;
import org.egovcoop.geo.CountryCode;
import org.egovcoop.metric.Money;
import org.egovcoop.metric.QualifiedQuantity;
import org.egovcoop.metric.Quantity;
import org.egovcoop.survey.SurveyIndex;
import org.egovcoop.text.LocalizedText;
import org.egovcoop.time.PartialDate;
import org.egovcoop.time.PartialDateRange;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every message of the model that quotes a value it refuses quotes it escaped and bounded, so
 * that a reader (the JSON reader, the survey tables' reader) shows the message as it is: a value
 * of 10,000 characters is abbreviated, and no character a terminal obeys reaches the message.
 */
class RefusedValuesInMessagesTest {

  /** A value longer than any message should quote. */
  private static final String LONG = "k".repeat(10_000);
  /** A value that would ring, clear the screen, end the line and reverse what follows. */
  private static final String CONTROLS = "a\u0007\u001b[2J\n\u202Eb";
  private static final String CONTROLS_ESCAPED = "a\\u0007\\u001b[2J\\u000a\\u202eb";

  static Stream<Arguments> factories() {
    return Stream.of(
        Arguments.of("an id", (Consumer<String>) v -> Person.builder().id(v).build()),
        Arguments.of("an alpha-3 code", (Consumer<String>) CountryCode::of),
        Arguments.of("an alpha-2 code", (Consumer<String>) CountryCode::ofAlpha2),
        Arguments.of("a currency code", (Consumer<String>) v -> Money.of(BigDecimal.ONE, v)),
        Arguments.of("an amount", (Consumer<String>) v -> Money.of(v, "USD")),
        Arguments.of("money", (Consumer<String>) Money::parse),
        Arguments.of("a unit", (Consumer<String>) v -> Quantity.of(BigDecimal.ONE, v)),
        Arguments.of("a quantity", (Consumer<String>) Quantity::parse),
        Arguments.of("a qualified quantity", (Consumer<String>) QualifiedQuantity::parse),
        Arguments.of("a partial date", (Consumer<String>) PartialDate::parse),
        Arguments.of("a date range", (Consumer<String>) PartialDateRange::parse),
        Arguments.of("a side of a date range", (Consumer<String>) v -> PartialDateRange.parse(v + "/2015")),
        Arguments.of("a language tag", (Consumer<String>) LocalizedText::canonicalTag),
        Arguments.of("a localized text", (Consumer<String>) LocalizedText::parse),
        Arguments.of("a text given twice", (Consumer<String>) v -> LocalizedText.builder().put("en", v).put("en", v)),
        Arguments.of("a survey index", (Consumer<String>) SurveyIndex::ofCode),
        Arguments.of("an organisation identifier", (Consumer<String>) RegisteredIdentifier::parse),
        Arguments.of("a scheme", (Consumer<String>) v -> RegisteredIdentifier.of(v, "1")),
        Arguments.of("an identifier in a scheme", (Consumer<String>) v -> RegisteredIdentifier.of("GB-COH", " " + v)),
        Arguments.of("an area code", (Consumer<String>) v -> CooperationArea.builder().code("-" + v).name(Fixtures.text("A"))
            .build()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("factories")
  void aLongValueIsAbbreviated(String what, Consumer<String> factory) {
    String message = refusal(factory, LONG);

    assertThat(message).as(what).contains("k".repeat(20) + "...").doesNotContain("k".repeat(61));
    assertThat(message.length()).as(what).isLessThan(400);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("factories")
  void controlCharactersAreEscaped(String what, Consumer<String> factory) {
    String message = refusal(factory, CONTROLS);

    assertThat(message).as(what).contains(CONTROLS_ESCAPED).doesNotContainPattern("[\\p{Cc}\u2028\u2029\u202A-\u202E]");
  }

  private static String refusal(Consumer<String> factory, String value) {
    Throwable refused = catchThrowable(() -> factory.accept(value));
    assertThat(refused).as("%s must be refused", value.length() > 20 ? "a long value" : value)
        .isInstanceOfAny(IllegalArgumentException.class, java.time.DateTimeException.class);
    return refused.getMessage();
  }
}

package org.egovcoop.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.time.DateTimeException;
import java.time.format.DateTimeParseException;
import java.util.function.Function;
import org.egovcoop.geo.CountryCode;
import org.egovcoop.metric.Money;
import org.egovcoop.metric.QualifiedQuantity;
import org.egovcoop.text.LocalizedText;

/**
 * The contract of the model's text parsers, for any text: a value whose {@code toString()} parses
 * back to an equal value (and the same text), or the documented exception with a message that
 * names the problem; never another exception. Dates and ranges throw
 * {@link DateTimeParseException} with an error index inside the text; codes, money and texts throw
 * {@link IllegalArgumentException}.
 *
 * <p>They live in {@code org.egovcoop.time}, beside {@link PartialDate}, so that Jazzer instruments
 * the model's packages ({@code JAZZER_INSTRUMENT='org.egovcoop.**'} for all of them). In
 * {@code ./mvnw verify} they run in regression mode over the committed inputs
 * ({@code src/test/resources/org/egovcoop/time/ParsersFuzzTestInputs/<method>/}); a campaign:
 * {@code JAZZER_FUZZ=1 JAZZER_INSTRUMENT='org.egovcoop.**' ./mvnw -o -pl core test-compile
 * surefire:test@default-test -Dtest='ParsersFuzzTest#partialDate' -Dsurefire.failIfNoSpecifiedTests=false}.
 */
class ParsersFuzzTest {

  @FuzzTest(maxDuration = "90s")
  void partialDate(String text) {
    dateLike(text, PartialDate::parse);
  }

  @FuzzTest(maxDuration = "90s")
  void partialDateRange(String text) {
    dateLike(text, PartialDateRange::parse);
  }

  @FuzzTest(maxDuration = "90s")
  void countryCode(String text) {
    parsesBackOrRefuses(text, CountryCode::parse);
  }

  @FuzzTest(maxDuration = "90s")
  void money(String text) {
    parsesBackOrRefuses(text, Money::parse);
  }

  @FuzzTest(maxDuration = "90s")
  void qualifiedQuantity(String text) {
    parsesBackOrRefuses(text, QualifiedQuantity::parse);
  }

  @FuzzTest(maxDuration = "90s")
  void localizedText(String text) {
    parsesBackOrRefuses(text, LocalizedText::parse);
  }

  /** Null is not a text: every parser refuses it, as java.time's do, naming its parameter. */
  private static boolean refusesNull(String text, Function<String, ?> parse) {
    if (text != null) {
      return false;
    }
    assertThatThrownBy(() -> parse.apply(null))
        .isInstanceOf(NullPointerException.class).hasMessage("text");
    return true;
  }

  private static <T> void dateLike(String text, Function<String, T> parse) {
    holdsTheContract(text, parse, DateTimeException.class, e -> {
      // a date's refusal is java.time's parse exception, with the text and where it went wrong
      assertThat(e).isInstanceOf(DateTimeParseException.class);
      assertThat(((DateTimeParseException) e).getParsedString()).isEqualTo(text);
      assertThat(((DateTimeParseException) e).getErrorIndex()).isBetween(0, text.length());
    });
  }

  private static <T> void parsesBackOrRefuses(String text, Function<String, T> parse) {
    holdsTheContract(text, parse, IllegalArgumentException.class, e -> { });
  }

  /** A value that reads back, or the documented refusal, which has a message and passes {@code check}. */
  private static <T> void holdsTheContract(String text, Function<String, T> parse,
      Class<? extends RuntimeException> refusal, java.util.function.Consumer<RuntimeException> check) {
    if (refusesNull(text, parse)) {
      return;
    }
    T value;
    try {
      value = parse.apply(text);
    } catch (RuntimeException e) {
      if (!refusal.isInstance(e)) {
        throw e;
      }
      assertThat(e.getMessage()).isNotBlank();
      check.accept(e);
      return;
    }
    readsBack(value, parse);
  }

  private static <T> void readsBack(T value, Function<String, T> parse) {
    String written = value.toString();
    T again = parse.apply(written);
    assertThat(again).isEqualTo(value);
    assertThat(again.toString()).isEqualTo(written);
  }
}

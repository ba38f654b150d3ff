package org.egovcoop.json.internal;

import java.net.URISyntaxException;
import java.util.Locale;
import org.egovcoop.internal.Checks;
import org.egovcoop.internal.Texts;
import org.egovcoop.validation.InvalidAttributeException;
import tools.jackson.core.JsonToken;

/**
 * The sentences of the problems the JSON reader finds itself: a value of the wrong type, a
 * missing or repeated property, a value the format or the JDK refuses. Each names the value (quoted
 * by the model's own rule, {@link Texts}) and what was expected. A value the model refuses is said
 * in the model's words ({@link #refused(RuntimeException)}), taken from the exception's fields as
 * they are: the model quotes its values already escaped and bounded, so no message is read here.
 */
final class ProblemMessages {
  private ProblemMessages() {}

  /** What a string must be to be Unicode text. */
  static final String I_JSON = "Unicode text: a surrogate escape only as half of a pair (I-JSON, RFC 7493)";

  /** What every property of an object is expected to be: given once. */
  static final String ONCE = "each property at most once";

  /** What the elements of a set are expected to be. */
  static final String DISTINCT = "distinct values";

  /**
   * {@return "expected X, found Y"}
   *
   * @param expected what the value should be
   * @param found what it is, from {@link #found}
   */
  static String mismatch(String expected, String found) {
    return "expected " + expected + ", found " + found;
  }

  /**
   * {@return what a value of the wrong type is, as {@link #mismatch} says: "an array", "the string "x""}
   *
   * @param token the value's token, or null at the end of the input
   * @param text the token's text
   */
  static String found(JsonToken token, String text) {
    if (token == null) {
      return "nothing";
    }
    return switch (token) {
      case START_OBJECT -> "an object";
      case START_ARRAY -> "an array";
      case VALUE_STRING -> "the string \"" + Texts.value(text) + "\"";
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "the number " + Texts.value(text);
      case VALUE_TRUE -> "true";
      case VALUE_FALSE -> "false";
      case VALUE_NULL -> "null (omit a property that has no value)";
      default -> Texts.value(text);
    };
  }

  /**
   * {@return the sentence of a required property absent from its object}
   *
   * @param property the property's name
   * @param expected what it should hold
   */
  static String missing(String property, String expected) {
    return "missing required property '" + property + "': expected " + expected;
  }

  /**
   * {@return the sentence of a property given twice in one object}
   *
   * @param name the property's name
   */
  static String duplicateProperty(String name) {
    return "duplicate property " + Texts.quoted(name) + ": expected " + ONCE;
  }

  /**
   * {@return the sentence of a property the format does not define}
   *
   * @param name the property's name
   * @param known the properties the object may have
   */
  static String unknownProperty(String name, String known) {
    return "unknown property " + Texts.quoted(name) + ": expected one of " + known;
  }

  /**
   * {@return the sentence of an element repeated in a set}
   *
   * @param value the repeated element
   */
  static String duplicateElement(String value) {
    return Texts.quoted(value) + " appears twice in a set: expected " + DISTINCT;
  }

  /**
   * {@return the sentence of a code that is none of an enumeration's}
   *
   * @param text the code as written
   * @param expected the codes expected
   */
  static String unknownCode(String text, String expected) {
    return "unknown code " + Texts.quoted(text) + ": expected " + expected;
  }

  /**
   * {@return the sentence of an array longer than the limit}
   *
   * @param max the most elements of one array
   */
  static String tooManyElements(int max) {
    return "array has more than " + max + " elements, the limit of any one array";
  }

  /**
   * {@return what an array within the limit holds}
   *
   * @param max the most elements of one array
   */
  static String atMostElements(int max) {
    return "at most " + max + " elements";
  }

  /**
   * {@return the sentence of a string that is not Unicode text}
   *
   * @param text the string
   * @param lone the index in it of its surrogate without the other half
   */
  static String loneSurrogate(String text, int lone) {
    return "string \"" + Texts.value(text) + "\" holds the lone surrogate " + Texts.escape(String.valueOf(
        text.charAt(lone))) + " at character " + (lone + 1) + ": expected " + I_JSON;
  }

  /**
   * {@return the sentence of an integer outside the int range}
   *
   * @param text the integer as written
   * @param expected what the integer is
   */
  static String integerOutOfRange(String text, String expected) {
    return "integer " + Texts.value(text) + " is out of range: expected " + expected;
  }

  /**
   * {@return the sentence of a number whose exponent alone puts it beyond the model's bounds}
   *
   * @param text the number as written
   */
  static String numberOutOfBounds(String text) {
    return "number " + Texts.value(text) + " is out of bounds: at most " + Checks.MAX_DECIMAL_PRECISION
        + " significant digits and a scale within ±" + Checks.MAX_DECIMAL_SCALE;
  }

  /**
   * The sentence of a string that is not what was expected, said in the reader's words: for
   * values the JDK refuses ({@link java.time.Period#parse}, whose message does not name the
   * value), and for an empty string whatever refused it.
   *
   * @param text the string
   * @param expected what it should be, such as "an ISO 8601 period string such as \"P3Y\""
   * @return "'<text>' is not <expected>"
   */
  static String notA(String text, String expected) {
    return Texts.quoted(text) + " is not " + expected;
  }

  /**
   * {@return the sentence of a string that is not a URI: {@link #notA}, then the reason and place
   *     {@link URISyntaxException} gives as fields}
   *
   * @param text the string
   * @param expected what it should be
   * @param e the JDK's refusal
   */
  static String notAUri(String text, String expected, URISyntaxException e) {
    return notA(text, expected) + ": " + decapitalize(e.getReason())
        + (e.getIndex() >= 0 ? " at character " + (e.getIndex() + 1) : "");
  }

  /**
   * A value or an object the model refuses, in the model's words, taken as they are: an
   * {@link InvalidAttributeException}'s reason (the type and attribute are in the pointer), any
   * other exception's message (a parse failure, such as {@code PartialDate.parse}'s). The model
   * quotes the values it names with {@link Texts#quoted(Object)}, escaped and bounded.
   *
   * @param e the model's exception
   * @return its reason or message, continuing the problem's sentence in lower case
   */
  static String refused(RuntimeException e) {
    return decapitalize(e instanceof InvalidAttributeException invalid ? invalid.reason()
        : String.valueOf(e.getMessage()));
  }

  /**
   * {@return the text with its first letter in lower case, unless it starts an acronym ("UTF-8")}
   *
   * @param text a sentence to continue another with
   */
  static String decapitalize(String text) {
    if (text.isEmpty() || text.length() > 1 && Character.isUpperCase(text.charAt(1))) {
      return text;
    }
    return text.substring(0, 1).toLowerCase(Locale.ROOT) + text.substring(1);
  }
}

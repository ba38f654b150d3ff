package org.egovcoop.json;

import java.util.Objects;
import java.util.Optional;
import org.egovcoop.internal.Texts;

/**
 * One thing wrong with a JSON document: where it is (a JSON Pointer, RFC 6901, and the line and
 * column of the token), what kind of problem it is, the offending value as written, what was
 * expected there, and a message that says all of that in words.
 *
 * <p>Problems are reported by {@link EgovJsonException} and, for properties a lenient read skipped,
 * by {@link ReadResult#ignoredProperties()}. Messages name JSON properties and values, never Java
 * classes. A problem is always one line of bounded length: in its message and value, control
 * characters (and the other characters that could forge or hide text in a terminal or a log) are
 * escaped as {@code \}{@code u0007}, long values are abbreviated, and a long message keeps its
 * start and its end.
 */
public final class JsonProblem {

  /** What kind of problem a {@link JsonProblem} is. */
  public enum Kind {
    /** The text is not JSON: a stray comma, an unclosed object, trailing text. */
    SYNTAX,
    /** A value of the wrong JSON type: a number where a date string belongs, a float for an integer, null. */
    TYPE,
    /** A required property is absent. */
    MISSING,
    /** A property the format does not define. */
    UNKNOWN_PROPERTY,
    /** The same property twice in one object, or the same element twice in a set. */
    DUPLICATE,
    /** A value of the right type that is not acceptable: an unknown code, a malformed date, an invalid id. */
    INVALID_VALUE,
    /** A rule of the model that relates values, reported by validation: a rank above the number assessed. */
    RULE,
    /** A limit against hostile input: nesting depth, length, token count, collection size, decimal size. */
    LIMIT
  }

  private final Kind kind;
  private final String pointer;
  private final int line;
  private final int column;
  private final String message;
  private final String value;
  private final String expected;

  /**
   * A problem at one place of a document.
   *
   * @param kind what kind of problem it is
   * @param pointer the JSON Pointer of the value concerned, {@code ""} for the whole document
   * @param line the line of the token, from 1; 0 when unknown (a negative line is taken as unknown)
   * @param column the column of the token, from 1; 0 when unknown (so is a negative column, and
   *     any column of an unknown line)
   * @param message the problem in words, naming the value and what was expected; escaped and
   *     bounded in length here
   * @param value the offending value as written in the document, or null when there is none (a
   *     missing property); escaped and abbreviated here
   * @param expected what the format expects there, or null when the message says it
   */
  public JsonProblem(Kind kind, String pointer, int line, int column, String message, String value, String expected) {
    this.kind = Objects.requireNonNull(kind, "kind");
    this.pointer = Objects.requireNonNull(pointer, "pointer");
    this.line = Math.max(0, line);
    this.column = this.line == 0 ? 0 : Math.max(0, column);
    this.message = Texts.middle(Objects.requireNonNull(message, "message"), Texts.MAX_MESSAGE);
    this.value = value == null ? null : Texts.value(value);
    this.expected = expected;
  }

  /** {@return what kind of problem this is} */
  public Kind kind() {
    return kind;
  }

  /** {@return the JSON Pointer of the value concerned, such as {@code /agreements/0/parties/1/country}; {@code ""} for the document} */
  public String pointer() {
    return pointer;
  }

  /**
   * {@return the JSON Pointer as it may be printed: control characters escaped, abbreviated if very
   * long (the {@link #toString()} form uses it)}
   */
  public String printablePointer() {
    return Texts.head(pointer, Texts.MAX_POINTER);
  }

  /** {@return the line of the token, from 1 (in NDJSON, the line of the record); 0 when unknown} */
  public int line() {
    return line;
  }

  /** {@return the column of the token within its line, from 1; 0 when unknown} */
  public int column() {
    return column;
  }

  /** {@return the problem in words} */
  public String message() {
    return message;
  }

  /** {@return the offending value as written (abbreviated when long), if there is one} */
  public Optional<String> value() {
    return Optional.ofNullable(value);
  }

  /** {@return what the format expects there, if the problem concerns a value} */
  public Optional<String> expected() {
    return Optional.ofNullable(expected);
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof JsonProblem)) {
      return false;
    }
    JsonProblem other = (JsonProblem) o;
    return kind == other.kind && pointer.equals(other.pointer) && line == other.line && column == other.column
        && message.equals(other.message) && Objects.equals(value, other.value) && Objects.equals(expected, other.expected);
  }

  @Override
  public int hashCode() {
    return Objects.hash(kind, pointer, line, column, message);
  }

  /** {@return the text, such as {@code /observations/0/rank (line 12, column 15): expected an integer, found 80.5}} */
  @Override
  public String toString() {
    return (pointer.isEmpty() ? "(document)" : printablePointer()) + " (line " + line + ", column " + column + "): " + message;
  }
}

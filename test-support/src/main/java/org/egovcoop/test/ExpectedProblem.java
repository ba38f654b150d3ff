package org.egovcoop.test;

import java.util.Objects;
import org.egovcoop.json.JsonProblem;
import org.egovcoop.json.JsonProblem.Kind;

/**
 * A problem of a JSON document that a test expects: of which {@link Kind}, and optionally at
 * which JSON Pointer, line and column, with which message, offending value and expectation. Made
 * by {@link EgovAssertions#problem(Kind)} and refined by its methods, each of which returns a new
 * expectation:
 *
 * <pre>{@code
 * problem(Kind.RULE).at("/observations/0/rank").line(463).column(15)
 * }</pre>
 *
 * <p>What an expectation does not name matches anything: without {@link #at(String)}, any pointer.
 */
public final class ExpectedProblem {

  private static final int ANY = -1;

  private final Kind kind;
  private final String pointer;
  private final int line;
  private final int column;
  private final String message;
  private final String messageContaining;
  private final String value;
  private final String expected;

  private ExpectedProblem(Kind kind, String pointer, int line, int column, String message, String messageContaining,
      String value, String expected) {
    this.kind = kind;
    this.pointer = pointer;
    this.line = line;
    this.column = column;
    this.message = message;
    this.messageContaining = messageContaining;
    this.value = value;
    this.expected = expected;
  }

  /**
   * {@return an expectation of a problem of that kind, anywhere}
   *
   * @param kind the kind of problem
   */
  static ExpectedProblem of(Kind kind) {
    return new ExpectedProblem(Objects.requireNonNull(kind, "kind"), null, ANY, ANY, null, null, null, null);
  }

  /**
   * {@return this expectation, at that JSON Pointer}
   *
   * @param pointer the JSON Pointer (RFC 6901) of the value concerned, such as
   *     {@code /agreements/0/parties/1/country}; {@code ""} for the whole document
   */
  public ExpectedProblem at(String pointer) {
    return new ExpectedProblem(kind, Objects.requireNonNull(pointer, "pointer"), line, column, message,
        messageContaining, value, expected);
  }

  /**
   * {@return this expectation, on that line}
   *
   * @param line the line, from 1; 0 for a problem whose line is unknown
   * @throws IllegalArgumentException if the line is negative
   */
  public ExpectedProblem line(int line) {
    return new ExpectedProblem(kind, pointer, notNegative(line, "line"), column, message, messageContaining, value,
        expected);
  }

  /**
   * {@return this expectation, at that column}
   *
   * @param column the column, from 1, in characters (code points); 0 when unknown
   * @throws IllegalArgumentException if the column is negative
   */
  public ExpectedProblem column(int column) {
    return new ExpectedProblem(kind, pointer, line, notNegative(column, "column"), message, messageContaining, value,
        expected);
  }

  /**
   * {@return this expectation, with that whole message}
   *
   * @param message the message, such as {@code rank 194 exceeds the 193 countries assessed}
   */
  public ExpectedProblem message(String message) {
    return new ExpectedProblem(kind, pointer, line, column, Objects.requireNonNull(message, "message"),
        messageContaining, value, expected);
  }

  /**
   * {@return this expectation, with a message that contains that text}
   *
   * @param part a part of the message
   */
  public ExpectedProblem messageContaining(String part) {
    return new ExpectedProblem(kind, pointer, line, column, message, Objects.requireNonNull(part, "part"), value,
        expected);
  }

  /**
   * {@return this expectation, with that offending value as the problem reports it}
   *
   * @param value the value as written in the document (escaped and abbreviated as
   *     {@link JsonProblem#value()} gives it)
   */
  public ExpectedProblem value(String value) {
    return new ExpectedProblem(kind, pointer, line, column, message, messageContaining,
        Objects.requireNonNull(value, "value"), expected);
  }

  /**
   * {@return this expectation, with that description of what the format expects there}
   *
   * @param expected the text of {@link JsonProblem#expected()}, such as {@code an id string}
   */
  public ExpectedProblem expected(String expected) {
    return new ExpectedProblem(kind, pointer, line, column, message, messageContaining, value,
        Objects.requireNonNull(expected, "expected"));
  }

  /** {@return the kind of problem expected} */
  public Kind kind() {
    return kind;
  }

  /**
   * {@return whether the problem meets this expectation}
   *
   * @param problem a problem found
   */
  boolean matches(JsonProblem problem) {
    return problem.kind() == kind
        && (pointer == null || pointer.equals(problem.pointer()))
        && (line == ANY || line == problem.line())
        && (column == ANY || column == problem.column())
        && (message == null || message.equals(problem.message()))
        && (messageContaining == null || problem.message().contains(messageContaining))
        && (value == null || problem.value().filter(value::equals).isPresent())
        && (expected == null || problem.expected().filter(expected::equals).isPresent());
  }

  private static int notNegative(int n, String what) {
    if (n < 0) {
      throw new IllegalArgumentException(what + " must be 0 (unknown) or more: " + n);
    }
    return n;
  }

  /**
   * {@return the expectation in words, such as
   *     {@code RULE at "/observations/0/rank" line 463 column 15}}
   */
  @Override
  public String toString() {
    StringBuilder out = new StringBuilder(kind.name());
    out.append(pointer == null ? " at any pointer" : " at " + quoted(pointer));
    if (line != ANY) {
      out.append(" line ").append(line);
    }
    if (column != ANY) {
      out.append(" column ").append(column);
    }
    if (message != null) {
      out.append(" with message \"").append(message).append('"');
    }
    if (messageContaining != null) {
      out.append(" with a message containing \"").append(messageContaining).append('"');
    }
    if (value != null) {
      out.append(" with value \"").append(value).append('"');
    }
    if (expected != null) {
      out.append(" expecting \"").append(expected).append('"');
    }
    return out.toString();
  }

  /**
   * {@return a problem in words, with everything an expectation can name}
   *
   * @param problem a problem found
   */
  static String describe(JsonProblem problem) {
    StringBuilder out = new StringBuilder(problem.kind().name()).append(" at ").append(quoted(problem.printablePointer()))
        .append(" line ").append(problem.line()).append(" column ").append(problem.column())
        .append(": ").append(problem.message());
    problem.value().ifPresent(v -> out.append(" [value \"").append(v).append("\"]"));
    problem.expected().ifPresent(e -> out.append(" [expected \"").append(e).append("\"]"));
    return out.toString();
  }

  private static String quoted(String pointer) {
    return pointer.isEmpty() ? "(document)" : "\"" + pointer + "\"";
  }
}

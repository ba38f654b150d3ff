package org.egovcoop.csv;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * One thing wrong with a survey table, located precisely: the file, the line (1 for the header,
 * the line a row starts on otherwise), and where the problem is in one cell, the column by number
 * (1-based) and header name, and the cell's text.
 *
 * <p>{@link #toString()} is one line for a person:
 * {@code egdi-2010.csv, line 12, column 3 (e-gov-rank): '136.5' is not a whole number}.
 */
public final class ImportProblem {

  private static final int MAX_SHOWN_VALUE = 60;

  private final String source;
  private final int line;
  private final int columnNumber; // 0 when the problem is not in one cell
  private final String columnName;
  private final String value;
  private final String message;

  ImportProblem(String source, int line, int columnNumber, String columnName, String value, String message) {
    this.source = Objects.requireNonNull(source, "source");
    this.line = line;
    this.columnNumber = columnNumber;
    this.columnName = columnName;
    this.value = value;
    this.message = Objects.requireNonNull(message, "message");
  }

  static ImportProblem atLine(String source, int line, String message) {
    return new ImportProblem(source, line, 0, null, null, message);
  }

  static ImportProblem inCell(String source, int line, int columnNumber, String columnName, String value, String message) {
    return new ImportProblem(source, line, columnNumber, columnName, value, message);
  }

  /** {@return the file name (or the name the caller gave the input)} */
  public String source() {
    return source;
  }

  /** {@return the 1-based line: 1 is the header, a data row's line is the line it starts on} */
  public int line() {
    return line;
  }

  /** {@return the 1-based column, if the problem is in one cell} */
  public OptionalInt columnNumber() {
    return columnNumber == 0 ? OptionalInt.empty() : OptionalInt.of(columnNumber);
  }

  /** {@return the column's name as the survey's header has it ({@code e-gov-rank}), if the problem is in one cell} */
  public Optional<String> columnName() {
    return Optional.ofNullable(columnName);
  }

  /** {@return the offending cell's text exactly as in the file, if the problem is in one cell} */
  public Optional<String> value() {
    return Optional.ofNullable(value);
  }

  /** {@return what is wrong, without the location: {@code '136.5' is not a whole number}} */
  public String message() {
    return message;
  }

  /** Quotes a cell for a message, shortening very long ones so that a message stays one line. */
  static String quote(String text) {
    String shown = text.length() <= MAX_SHOWN_VALUE ? text : text.substring(0, MAX_SHOWN_VALUE - 3) + "...";
    return "'" + shown.replace("\r", "\\r").replace("\n", "\\n") + "'";
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof ImportProblem)) {
      return false;
    }
    ImportProblem other = (ImportProblem) o;
    return other.source.equals(source) && other.line == line && other.columnNumber == columnNumber
        && Objects.equals(other.columnName, columnName) && Objects.equals(other.value, value)
        && other.message.equals(message);
  }

  @Override
  public int hashCode() {
    return Objects.hash(source, line, columnNumber, columnName, value, message);
  }

  /** {@return the text {@code file, line N, column C (name): message}, or {@code file, line N: message}} */
  @Override
  public String toString() {
    return source + ", line " + line + (columnNumber == 0 ? "" : ", column " + columnNumber + " (" + columnName + ")")
        + ": " + message;
  }
}

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
 * {@code egdi-2010.csv, line 12, column 3 (e-gov-rank): '136.5' is not a whole number}; a
 * program tells problems apart by their {@link #kind()}, never by their message.
 */
public final class ImportProblem {

  /** What kind of thing is wrong. */
  public enum Kind {
    /** The CSV cannot be parsed to its end (an unclosed quote); the table yields nothing. */
    UNREADABLE_CSV,
    /** The file is empty. */
    EMPTY_TABLE,
    /** The header is in neither survey layout. */
    HEADER,
    /** A table in UNU-EGOV's layout whose file name gives no edition. */
    NO_EDITION,
    /** A row with too few or too many cells. */
    ROW_SHAPE,
    /** A {@code Survey Year} that is not a survey year, or not the edition the caller gave. */
    SURVEY_YEAR,
    /** A country code or name that is missing or unknown. */
    COUNTRY,
    /** A country listed twice for one edition, in one table or two. */
    DUPLICATE,
    /** A rank or score that is not a number. */
    NOT_A_NUMBER,
    /** A rank that is not a whole number. */
    NOT_A_WHOLE_NUMBER,
    /** A value the model refuses (a rank below 1, a decimal beyond the model's bounds). */
    INVALID_VALUE,
    /**
     * A rank above the number of countries assessed: for a table of part of an edition, give the
     * edition's number with {@link SurveyTableReader#withNumberAssessed(int, int)}.
     */
    RANK_ABOVE_ASSESSED,
    /** A score outside its index's range. */
    SCORE_OUT_OF_RANGE,
    /** More countries with values in an edition than the number assessed the caller gave. */
    MORE_ASSESSED_THAN_GIVEN
  }

  private static final int MAX_SHOWN_VALUE = 60;

  private final Kind kind;
  private final String source;
  private final int line;
  private final int columnNumber; // 0 when the problem is not in one cell
  private final String columnName;
  private final String value;
  private final String message;

  ImportProblem(Kind kind, String source, int line, int columnNumber, String columnName, String value, String message) {
    this.kind = Objects.requireNonNull(kind, "kind");
    this.source = Objects.requireNonNull(source, "source");
    this.line = line;
    this.columnNumber = columnNumber;
    this.columnName = columnName;
    this.value = value;
    this.message = Objects.requireNonNull(message, "message");
  }

  static ImportProblem atLine(Kind kind, String source, int line, String message) {
    return new ImportProblem(kind, source, line, 0, null, null, message);
  }

  static ImportProblem inCell(Kind kind, String source, int line, int columnNumber, String columnName, String value,
      String message) {
    return new ImportProblem(kind, source, line, columnNumber, columnName, value, message);
  }

  /** {@return what kind of thing is wrong} */
  public Kind kind() {
    return kind;
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
    return other.kind == kind && other.source.equals(source) && other.line == line && other.columnNumber == columnNumber
        && Objects.equals(other.columnName, columnName) && Objects.equals(other.value, value)
        && other.message.equals(message);
  }

  @Override
  public int hashCode() {
    return Objects.hash(kind, source, line, columnNumber, columnName, value, message);
  }

  /** {@return the text {@code file, line N, column C (name): message}, or {@code file, line N: message}} */
  @Override
  public String toString() {
    return source + ", line " + line + (columnNumber == 0 ? "" : ", column " + columnNumber + " (" + columnName + ")")
        + ": " + message;
  }
}

package org.egovcoop.csv;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A score cell that a {@link SurveyTableReader} read as the decimal the UN published rather than
 * as written, because the text differs from that decimal only by binary floating-point noise: the
 * compilation wrote {@code 0.5099100000000001} where the UN published {@code 0.50991}.
 *
 * <p>The rule: a cell whose text has more than five decimals, and lies within {@code 1e-12} of a
 * decimal of one to five places, is read as the shortest such decimal; any other cell is read
 * exactly as written. {@link ImportReport#restoredCells()} lists every cell so read, so nothing
 * changes silently.
 */
public final class RestoredCell {

  private final String source;
  private final int line;
  private final int columnNumber;
  private final String columnName;
  private final String written;
  private final BigDecimal value;

  RestoredCell(String source, int line, int columnNumber, String columnName, String written, BigDecimal value) {
    this.source = source;
    this.line = line;
    this.columnNumber = columnNumber;
    this.columnName = columnName;
    this.written = written;
    this.value = value;
  }

  /** {@return the file name, or the name the caller gave the input} */
  public String source() {
    return source;
  }

  /** {@return the 1-based line of the row} */
  public int line() {
    return line;
  }

  /** {@return the 1-based column of the cell} */
  public int columnNumber() {
    return columnNumber;
  }

  /** {@return the column's name as the header has it: {@code e-gov-index}} */
  public String columnName() {
    return columnName;
  }

  /** {@return the cell's text exactly as in the file: {@code 0.5099100000000001}} */
  public String written() {
    return written;
  }

  /** {@return the decimal read: {@code 0.50991}} */
  public BigDecimal value() {
    return value;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof RestoredCell other && other.source.equals(source) && other.line == line
        && other.columnNumber == columnNumber && other.columnName.equals(columnName)
        && other.written.equals(written) && other.value.equals(value);
  }

  @Override
  public int hashCode() {
    return Objects.hash(source, line, columnNumber, written);
  }

  /** {@return such as {@code egdi-2012.csv, line 153, column 4 (e-gov-index): 0.5099100000000001 read as 0.50991}} */
  @Override
  public String toString() {
    return source + ", line " + line + ", column " + columnNumber + " (" + columnName + "): " + written + " read as "
        + value.toPlainString();
  }
}

package org.egovcoop.json.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Lines and columns as people and editors count them. The parser counts columns in bytes; a
 * column here is one more than the number of Unicode code points from the start of its line. A
 * line ends at {@code \n}, {@code \r\n} or a lone {@code \r}, as it does for the parser.
 *
 * <p>All problems of a document are located in one pass over it: they are taken in the order of
 * their position, and each byte is looked at once at most, so that locating N problems costs
 * O(document + N log N) at worst, and O(document + N) when, as usual, they come in document order.
 */
final class Columns {
  private Columns() {}

  private static final Comparator<Issue> POSITION = Comparator.<Issue>comparingInt(i -> i.line)
      .thenComparingInt(i -> i.column);

  /**
   * Converts the byte columns of the problems (from the parser) into character columns.
   *
   * @param source the document's bytes
   * @param offset where the document starts
   * @param length its length
   * @param issues the problems, with the parser's lines and byte columns; those with no line or
   *     column are left alone
   * @return the number of bytes looked at, for tests of the cost
   */
  static long toCharacters(byte[] source, int offset, int length, List<Issue> issues) {
    List<Issue> located = new ArrayList<>(issues.size());
    for (Issue issue : issues) {
      if (issue.line >= 1 && issue.column >= 1) {
        located.add(issue);
      }
    }
    if (located.isEmpty()) {
      return 0;
    }
    located.sort(POSITION); // stable, and linear on a list already in order
    Cursor cursor = new Cursor(source, offset, offset + length);
    int line = -1;
    int byteColumn = -1;
    int column = 0;
    for (Issue issue : located) {
      if (issue.line != line || issue.column != byteColumn) {
        line = issue.line;
        byteColumn = issue.column;
        column = cursor.column(line, byteColumn);
      }
      if (column > 0) {
        issue.column = column;
      }
    }
    return cursor.examined;
  }

  /**
   * Locates one position of a document by line and character column.
   *
   * @param source the document's bytes
   * @param offset where the document starts
   * @param position the offset of a byte in {@code source}, at or after {@code offset}
   * @return the line and character column of that byte
   */
  static int[] at(byte[] source, int offset, int position) {
    Cursor cursor = new Cursor(source, offset, position);
    cursor.skipTo(position);
    return new int[] {cursor.line, cursor.characters + 1};
  }

  /** Moves forward only, through lines and their characters. */
  private static final class Cursor {
    final byte[] source;
    final int end;
    int position;
    int line = 1;
    int lineStart;
    /** Code points between the start of the line and the position. */
    int characters;
    long examined;

    Cursor(byte[] source, int offset, int end) {
      this.source = source;
      this.end = end;
      this.position = offset;
      this.lineStart = offset;
    }

    /** {@return the character column of the byte column on the line, or 0 if the document has no such line} */
    int column(int wantedLine, int byteColumn) {
      while (line < wantedLine && position < end) {
        step();
      }
      if (line != wantedLine) {
        return 0;
      }
      long target = Math.min(end, (long) lineStart + byteColumn - 1);
      while (position < target && line == wantedLine) {
        byte b = source[position];
        if (b == '\n' || b == '\r') {
          break; // the parser's column is past the line's end: at its end
        }
        step();
      }
      return characters + 1;
    }

    void skipTo(int target) {
      while (position < target) {
        step();
      }
    }

    private void step() {
      byte b = source[position++];
      examined++;
      if (b == '\n' || b == '\r') {
        if (b == '\r' && position < end && source[position] == '\n') {
          position++;
          examined++;
        }
        line++;
        lineStart = position;
        characters = 0;
      } else if ((b & 0xC0) != 0x80) { // not a continuation byte: a new code point
        characters++;
      }
    }
  }
}

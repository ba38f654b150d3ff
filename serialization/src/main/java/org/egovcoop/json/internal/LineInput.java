package org.egovcoop.json.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;

/**
 * Splits a byte stream into lines ({@code \n} or {@code \r\n}) in constant memory: one read
 * buffer, and one line buffer that grows to the longest line, up to a limit. A line beyond the
 * limit is consumed and reported as too long, without being kept.
 */
public final class LineInput {

  private final InputStream in;
  private final long maxLineLength;
  private final byte[] buffer = new byte[64 * 1024];
  private int position;
  private int limit;
  private boolean eof;
  private byte[] line = new byte[1024];
  private int lineLength;
  private boolean lineTooLong;
  private long lineTrueLength;
  private int lineNumber;

  /**
   * A reader of the stream's lines.
   *
   * @param in the stream, read to its end
   * @param maxLineLength the longest line kept, in bytes
   */
  public LineInput(InputStream in, long maxLineLength) {
    this.in = in;
    this.maxLineLength = maxLineLength;
  }

  /**
   * Reads the next line. A final line end does not start another (empty) line.
   *
   * @return false at the end of the stream
   */
  public boolean next() {
    lineLength = 0;
    lineTooLong = false;
    lineTrueLength = 0;
    if (!fill()) {
      return false;
    }
    lineNumber++;
    while (true) {
      int start = position;
      int end = start;
      while (end < limit && buffer[end] != '\n') {
        end++;
      }
      append(start, end);
      position = end;
      if (end < limit) {
        position++; // the '\n'
        break;
      }
      if (!fill()) {
        break;
      }
    }
    if (!lineTooLong && lineLength > 0 && line[lineLength - 1] == '\r') {
      lineLength--;
    }
    return true;
  }

  private void append(int from, int to) {
    int count = to - from;
    lineTrueLength += count;
    if (lineTooLong) {
      return;
    }
    if (lineTrueLength > maxLineLength + 1) { // + 1 for a '\r' before the '\n'
      lineTooLong = true;
      return;
    }
    if (lineLength + count > line.length) {
      line = Arrays.copyOf(line, Math.max(line.length * 2, lineLength + count));
    }
    System.arraycopy(buffer, from, line, lineLength, count);
    lineLength += count;
  }

  private boolean fill() {
    if (position < limit) {
      return true;
    }
    if (eof) {
      return false;
    }
    try {
      int read;
      do {
        read = in.read(buffer, 0, buffer.length);
      } while (read == 0);
      if (read < 0) {
        eof = true;
        return false;
      }
      position = 0;
      limit = read;
      return true;
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read line " + (lineNumber + 1) + " of the JSON lines", e);
    }
  }

  /** {@return the line's bytes, valid until the next call to {@link #next()}; see {@link #length()}} */
  public byte[] bytes() {
    return line;
  }

  /** {@return the line's length in bytes, without its line end} */
  public int length() {
    return lineLength;
  }

  /** {@return whether the line exceeded the limit (its bytes were not kept)} */
  public boolean tooLong() {
    return lineTooLong;
  }

  /** {@return the line's true length in bytes, even when too long} */
  public long trueLength() {
    return lineTrueLength;
  }

  /** {@return the number of the current line, from 1} */
  public int lineNumber() {
    return lineNumber;
  }

  /**
   * {@return whether the line holds only spaces and tabs}
   */
  public boolean blank() {
    for (int i = 0; i < lineLength; i++) {
      if (line[i] != ' ' && line[i] != '\t') {
        return false;
      }
    }
    return !lineTooLong;
  }

  /** Closes the stream. */
  public void close() {
    try {
      in.close();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot close the JSON lines", e);
    }
  }
}

package org.egovcoop.json;

import java.io.Closeable;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.egovcoop.json.JsonProblem.Kind;
import org.egovcoop.json.internal.Decoding;
import org.egovcoop.json.internal.JsonIn;
import org.egovcoop.json.internal.LineInput;
import tools.jackson.core.JsonParser;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;

/**
 * Reads newline-delimited JSON (NDJSON): one JSON value per line, each read, checked and
 * validated like a document, in memory that does not grow with the number of lines.
 *
 * <p>{@link #next()} throws an {@link EgovJsonException} for a bad line, with every problem of
 * that line reported at its line number; the line is consumed, so a caller that wants to go on
 * past bad lines catches the exception and calls {@link #hasNext()} again. Blank lines are
 * errors; a final line end is not. Lines may end with {@code \n} or {@code \r\n}.
 *
 * <p>Made by {@link EgovJson#observationLines(java.io.InputStream)} and
 * {@link EgovJson#portfolioLines(java.io.InputStream)}. Not thread-safe. Closing it closes the
 * stream.
 *
 * @param <T> the record type
 */
public final class JsonLinesReader<T> implements Iterator<T>, Closeable {

  private final LineInput lines;
  private final JsonFactory factory;
  private final Function<JsonIn, T> reader;
  private final String expected;
  private final JsonLimits limits;
  private final Canonical<T> canonical;
  private boolean pending;
  private boolean finished;

  JsonLinesReader(LineInput lines, JsonFactory factory, Function<JsonIn, T> reader, String expected, JsonLimits limits,
      Canonical<T> canonical) {
    this.lines = lines;
    this.factory = factory;
    this.reader = reader;
    this.expected = expected;
    this.limits = limits;
    this.canonical = canonical;
  }

  /**
   * Reads a line of the record's canonical compact form straight from its bytes.
   *
   * @param <T> the record type
   */
  @FunctionalInterface
  interface Canonical<T> {
    /**
     * {@return the record, valid; or null if the line must be read by the general reader}
     *
     * @param line the line's bytes, from 0
     * @param length its length
     */
    T read(byte[] line, int length);
  }

  /** {@return whether another line remains} */
  @Override
  public boolean hasNext() {
    if (!pending && !finished) {
      pending = lines.next();
      finished = !pending;
    }
    return pending;
  }

  /**
   * Reads the next line's record.
   *
   * @return the record, valid
   * @throws EgovJsonException listing the line's problems, each at the line's number
   * @throws NoSuchElementException at the end of the input
   */
  @Override
  public T next() {
    if (!hasNext()) {
      throw new NoSuchElementException("No more JSON lines after line " + lines.lineNumber());
    }
    pending = false;
    int line = lines.lineNumber();
    if (lines.tooLong()) {
      throw new EgovJsonException(List.of(new JsonProblem(Kind.LIMIT, "", line, 1,
          "line is " + lines.trueLength() + " bytes long, over the limit of " + limits.maxDocumentLength()
              + " bytes for one record", null, "at most " + limits.maxDocumentLength() + " bytes")));
    }
    if (lines.blank()) {
      throw new EgovJsonException(List.of(new JsonProblem(Kind.SYNTAX, "", line, 1,
          "blank line: expected " + expected + " on every line", null, expected)));
    }
    T fast = canonical.read(lines.bytes(), lines.length());
    if (fast != null) {
      return fast;
    }
    JsonParser p = factory.createParser(ObjectReadContext.empty(), lines.bytes(), 0, lines.length());
    try (p) {
      Decoding.Outcome<T> outcome = Decoding.document(factory, p, lines.bytes(), 0, lines.length(), line, reader,
          expected, false, limits.maxCollectionSize());
      if (!outcome.problems.isEmpty()) {
        throw new EgovJsonException(outcome.problems);
      }
      return outcome.value;
    }
  }

  /** {@return the number of the line last read, from 1; 0 before the first} */
  public int lineNumber() {
    return lines.lineNumber();
  }

  /**
   * {@return the records as a sequential stream, which stops at the first bad line by throwing its
   *     {@link EgovJsonException}; closing the stream closes this reader}
   */
  public Stream<T> stream() {
    return StreamSupport.stream(Spliterators.spliteratorUnknownSize(this, Spliterator.ORDERED | Spliterator.NONNULL),
        false).onClose(this::close);
  }

  /** Closes the stream. */
  @Override
  public void close() {
    finished = true;
    pending = false;
    lines.close();
  }
}

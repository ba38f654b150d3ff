package org.egovcoop.json;

import java.io.Closeable;
import java.io.Flushable;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import org.egovcoop.json.internal.Codec;
import org.egovcoop.json.internal.JsonOut;
import tools.jackson.core.JsonGenerator;

/**
 * Writes records as newline-delimited JSON (NDJSON): one compact canonical JSON value per line,
 * each line ended by {@code \n}. Memory use does not grow with the number of records.
 *
 * <p>Made by {@link EgovJson#observationLinesWriter(OutputStream)} and
 * {@link EgovJson#portfolioLinesWriter(OutputStream)}. Not thread-safe. Closing it flushes and
 * closes the stream.
 *
 * @param <T> the record type
 */
public final class JsonLinesWriter<T> implements Closeable, Flushable {

  private final JsonGenerator generator;
  private final JsonOut out;
  private final Codec<T> codec;
  private final OutputStream target;
  private long count;

  JsonLinesWriter(JsonGenerator generator, Codec<T> codec, boolean redact, OutputStream target) {
    this.generator = generator;
    this.out = new JsonOut(generator, redact);
    this.codec = codec;
    this.target = target;
  }

  /**
   * Writes one record and its line end.
   *
   * @param value the record
   * @return this writer
   * @throws tools.jackson.core.JacksonException wrapping an I/O error of the stream
   */
  public JsonLinesWriter<T> write(T value) {
    codec.write(out, java.util.Objects.requireNonNull(value, "value"));
    generator.writeRaw('\n');
    count++;
    return this;
  }

  /**
   * Writes every record.
   *
   * @param values the records
   * @return this writer
   */
  public JsonLinesWriter<T> writeAll(Iterable<? extends T> values) {
    for (T value : values) {
      write(value);
    }
    return this;
  }

  /** {@return the number of records written} */
  public long count() {
    return count;
  }

  /** Flushes the records written so far to the stream. */
  @Override
  public void flush() {
    generator.flush();
  }

  /** Flushes and closes the stream. */
  @Override
  public void close() {
    generator.close();
    try {
      target.close();
    } catch (java.io.IOException e) {
      throw new UncheckedIOException("Cannot close the JSON lines output", e);
    }
  }
}

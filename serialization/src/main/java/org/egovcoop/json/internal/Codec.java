package org.egovcoop.json.internal;

/**
 * The reader and writer of one model type: the single implementation behind both the
 * {@code EgovJson} facade and the Jackson module.
 *
 * @param <T> the model type
 */
public abstract class Codec<T> {

  private final Class<T> type;
  private final String expected;

  Codec(Class<T> type, String expected) {
    this.type = type;
    this.expected = expected;
  }

  /** {@return the model type} */
  public final Class<T> type() {
    return type;
  }

  /** {@return what the JSON value is, in words: "an agreement object"} */
  public final String expected() {
    return expected;
  }

  /**
   * Reads a value; the parser is on its first token and is left on its last.
   *
   * @param in the reader
   * @return the value, or null if problems were recorded
   */
  public abstract T read(JsonIn in);

  /**
   * Writes a value.
   *
   * @param out the writer
   * @param value the value
   */
  public abstract void write(JsonOut out, T value);
}

package org.egovcoop.json.internal;

import java.util.List;

/**
 * The reader and writer of one model type: the single implementation behind both the
 * {@code EgovJson} facade and the Jackson module.
 *
 * @param <T> the model type
 */
public abstract class Codec<T> {

  private final Class<T> type;
  private final String expected;
  private final Shape shape;

  Codec(Class<T> type, String expected, Shape shape) {
    this.type = type;
    this.expected = expected;
    this.shape = shape;
  }

  /** {@return the model type} */
  public final Class<T> type() {
    return type;
  }

  /** {@return what the JSON value is, in words: "an agreement object"} */
  public final String expected() {
    return expected;
  }

  /** {@return what the JSON value is, in the terms of the schemas and the format document} */
  public final Shape shape() {
    return shape;
  }

  /**
   * {@return the properties of the object this codec reads and writes, in their canonical order;
   *     empty for a value that is not an object with properties of its own (a string, a number, a
   *     localized text)}
   */
  public List<PropertyDescription> properties() {
    return List.of();
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

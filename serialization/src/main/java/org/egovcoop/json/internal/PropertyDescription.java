package org.egovcoop.json.internal;

import java.util.Objects;

/**
 * One property of an object type, as its codec declares it: the row of an {@link ObjectCodec}
 * table, or of a hand-written codec's description. Read-only: reading and writing never consult
 * it.
 *
 * @param name the JSON name
 * @param required whether an object without it is refused
 * @param shape what its value is
 * @param personalData whether the redacting writer leaves it out
 */
public record PropertyDescription(String name, boolean required, Shape shape, boolean personalData) {

  /**
   * A property.
   *
   * @param name the JSON name
   * @param required whether an object without it is refused
   * @param shape what its value is
   * @param personalData whether the redacting writer leaves it out
   */
  public PropertyDescription {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(shape, "shape");
  }
}

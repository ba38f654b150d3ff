package org.egovcoop.json.internal;

import java.util.Collection;
import java.util.Optional;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.io.SerializedString;

/**
 * The writing side of a codec: a generator, and whether personal data is left out.
 *
 * <p>Writers emit each type's properties in one fixed order (the model's declaration order),
 * never write null, and leave out empty optionals and empty collections, so that equal values
 * give equal bytes.
 */
public final class JsonOut {

  private final JsonGenerator g;
  private final boolean redact;

  /**
   * A writer of values to the generator.
   *
   * @param generator the generator
   * @param redact whether attributes marked {@code @PersonalData} are left out
   */
  public JsonOut(JsonGenerator generator, boolean redact) {
    this.g = generator;
    this.redact = redact;
  }

  /** {@return the generator} */
  public JsonGenerator generator() {
    return g;
  }

  /** {@return whether attributes marked {@code @PersonalData} are left out} */
  public boolean redact() {
    return redact;
  }

  void string(SerializedString name, String value) {
    g.writeName(name);
    g.writeString(value);
  }

  void optionalString(SerializedString name, Optional<String> value) {
    if (value.isPresent()) {
      string(name, value.get());
    }
  }

  <E extends Enum<E>> void code(SerializedString name, EnumCodec<E> codes, E value) {
    g.writeName(name);
    g.writeString(codes.encoded(value));
  }

  <T> void value(SerializedString name, Codec<T> codec, T value) {
    g.writeName(name);
    codec.write(this, value);
  }

  <T> void optional(SerializedString name, Codec<T> codec, Optional<T> value) {
    if (value.isPresent()) {
      value(name, codec, value.get());
    }
  }

  <T> void list(SerializedString name, Codec<T> codec, Collection<T> values) {
    if (values.isEmpty()) {
      return;
    }
    g.writeName(name);
    g.writeStartArray(values, values.size());
    for (T value : values) {
      codec.write(this, value);
    }
    g.writeEndArray();
  }

  void strings(SerializedString name, Collection<String> values) {
    if (values.isEmpty()) {
      return;
    }
    g.writeName(name);
    g.writeStartArray(values, values.size());
    for (String value : values) {
      g.writeString(value);
    }
    g.writeEndArray();
  }

  void sortedStrings(SerializedString name, Collection<String> values) {
    strings(name, values.size() < 2 ? values : values.stream().sorted().toList());
  }

  static <T extends Comparable<? super T>> Collection<T> sorted(Collection<T> values) {
    return values.size() < 2 ? values : values.stream().sorted().toList();
  }
}

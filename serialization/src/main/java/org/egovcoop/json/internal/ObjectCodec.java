package org.egovcoop.json.internal;

import java.lang.reflect.Method;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.StringJoiner;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Supplier;
import org.egovcoop.privacy.PersonalData;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.io.SerializedString;

/**
 * The codec of a type written as a JSON object, made from one ordered table of its properties.
 *
 * <p>The table is the whole format of the type: reading accepts exactly its properties, each at
 * most once, reports the absent required ones in table order and names the known ones in table
 * order; writing emits them in table order, so that the read and the written order cannot
 * diverge. Each property is read into a builder (or any mutable holder of the parts) and written
 * from the value by its getter; empty optionals and empty collections are left out.
 *
 * <p>A property is personal data when the model's accessor of the same name
 * ({@code getName()} for {@code "name"}) carries {@link PersonalData}: the redacting writer leaves
 * it out. The model is the one place that says so.
 *
 * @param <V> the value's type
 * @param <B> the type of the builder the properties are read into
 */
final class ObjectCodec<V, B> extends Codec<V> {

  /** Reads a property's value, the parser on its first token, into the builder. */
  @FunctionalInterface
  interface Reader<B> {
    void read(JsonIn in, B builder);
  }

  /** Writes a property of the value, its name included, or nothing when it has no value. */
  @FunctionalInterface
  interface Writer<V> {
    void write(JsonOut out, SerializedString name, V value);
  }

  private final Supplier<B> newBuilder;
  private final Function<? super B, ? extends V> build;
  private final String[] names;
  private final int[] hashes;
  private final SerializedString[] encoded;
  private final String[] expected;
  private final Reader<B>[] readers;
  private final Writer<V>[] writers;
  private final boolean[] personalData;
  /** Bit {@code i} is set when property {@code i} is required. */
  private final int required;
  /** The properties' names in order, for the message about an unknown one. */
  private final String known;

  @SuppressWarnings("unchecked")
  private ObjectCodec(Table<V, B> table) {
    super(table.type, table.expected);
    int n = table.properties.size();
    this.newBuilder = table.newBuilder;
    this.build = table.build;
    this.names = new String[n];
    this.hashes = new int[n];
    this.encoded = new SerializedString[n];
    this.expected = new String[n];
    this.readers = new Reader[n];
    this.writers = new Writer[n];
    this.personalData = new boolean[n];
    StringJoiner known = new StringJoiner(", ");
    int required = 0;
    for (int i = 0; i < n; i++) {
      Property<V, B> p = table.properties.get(i);
      names[i] = p.name;
      hashes[i] = p.name.hashCode();
      encoded[i] = new SerializedString(p.name);
      expected[i] = p.expected;
      readers[i] = p.reader;
      writers[i] = p.writer;
      personalData[i] = isPersonalData(table.type, p.name);
      known.add(p.name);
      if (p.required) {
        required |= 1 << i;
      }
    }
    this.required = required;
    this.known = known.toString();
  }

  /**
   * Starts the table of a type.
   *
   * @param type the value's type
   * @param expected what the JSON value is, in words: "an organization object"
   * @param newBuilder makes an empty builder
   * @param build builds the value from a builder whose properties were all read without problems;
   *     a broken invariant it throws is reported at the attribute its message names
   * @param <V> the value's type
   * @param <B> the builder's type
   * @return an empty table
   */
  static <V, B> Table<V, B> table(Class<V> type, String expected, Supplier<B> newBuilder,
      Function<? super B, ? extends V> build) {
    return new Table<>(type, expected, newBuilder, build);
  }

  @Override
  public V read(JsonIn in) {
    if (!in.object(expected())) {
      return null;
    }
    return readProperties(in);
  }

  /**
   * Reads the properties of the object whose start the parser is on, for a codec that has
   * checked the start itself (a value that is an object in one of several forms).
   *
   * @param in the reader, on the object's start
   * @return the value, or null if problems were recorded
   */
  V readProperties(JsonIn in) {
    int mark = in.mark();
    B builder = newBuilder.get();
    int seen = 0;
    for (String name = in.nextName(); name != null; name = in.nextName()) {
      int i = indexOf(name);
      if (i < 0) {
        in.unknown(name, known);
        continue;
      }
      int bit = 1 << i;
      if (in.repeated(seen, bit, name)) {
        continue;
      }
      seen |= bit;
      readers[i].read(in, builder);
    }
    if ((seen & required) != required) {
      for (int i = 0; i < names.length; i++) {
        if ((required & ~seen & (1 << i)) != 0) {
          in.missing(names[i], expected[i]);
        }
      }
    }
    return in.build(mark, () -> build.apply(builder));
  }

  /** A scan of at most 32 names, most rejected by their cached hash: as cheap as a string switch. */
  private int indexOf(String name) {
    int hash = name.hashCode();
    for (int i = 0; i < hashes.length; i++) {
      if (hashes[i] == hash && names[i].equals(name)) {
        return i;
      }
    }
    return -1;
  }

  @Override
  public void write(JsonOut out, V value) {
    JsonGenerator g = out.generator();
    g.writeStartObject();
    boolean redact = out.redact();
    for (int i = 0; i < writers.length; i++) {
      if (!(redact && personalData[i])) {
        writers[i].write(out, encoded[i], value);
      }
    }
    g.writeEndObject();
  }

  /** Whether the model's accessor of the property is marked {@link PersonalData}. */
  private static boolean isPersonalData(Class<?> type, String property) {
    String suffix = property.substring(0, 1).toUpperCase(Locale.ROOT) + property.substring(1);
    for (String accessor : List.of("get" + suffix, "is" + suffix)) {
      try {
        Method method = type.getMethod(accessor);
        return method.isAnnotationPresent(PersonalData.class);
      } catch (NoSuchMethodException e) {
        // Not this spelling; a property with no accessor (a document's formatVersion) is not personal.
      }
    }
    return false;
  }

  /** One row of the table. */
  private record Property<V, B>(String name, boolean required, String expected, Reader<B> reader, Writer<V> writer) {}

  /**
   * The table of a type's properties, in the order they are written. Each method adds one
   * property and names the kind of value it holds; {@code get} is the value's accessor and
   * {@code set} the builder's setter (or adder of a whole collection).
   *
   * @param <V> the value's type
   * @param <B> the builder's type
   */
  static final class Table<V, B> {
    private final Class<V> type;
    private final String expected;
    private final Supplier<B> newBuilder;
    private final Function<? super B, ? extends V> build;
    private final List<Property<V, B>> properties = new ArrayList<>();

    private Table(Class<V> type, String expected, Supplier<B> newBuilder, Function<? super B, ? extends V> build) {
      this.type = type;
      this.expected = expected;
      this.newBuilder = newBuilder;
      this.build = build;
    }

    /**
     * Adds a property read and written by hand, for a property with rules of its own.
     *
     * @param name the JSON name
     * @param required whether an object without it is refused
     * @param expected what its value should be, for the message when it is missing
     * @param reader reads it into the builder
     * @param writer writes it with its name, or nothing
     * @return this table
     */
    Table<V, B> property(String name, boolean required, String expected, Reader<B> reader, Writer<V> writer) {
      for (Property<V, B> p : properties) {
        if (p.name.equals(name)) {
          throw new IllegalArgumentException("property '" + name + "' is in the table of " + type.getSimpleName()
              + " twice");
        }
      }
      properties.add(new Property<>(name, required, expected, reader, writer));
      return this;
    }

    /** A required string that the model checks: {@code "id": "mou-2017"}. */
    Table<V, B> string(String name, String expected, Function<? super V, String> get, BiConsumer<? super B, String> set) {
      return property(name, true, expected, (in, b) -> {
        String v = in.string(expected);
        if (v != null) {
          set.accept(b, v);
        }
      }, (out, n, value) -> out.string(n, get.apply(value)));
    }

    /** An optional string that the model checks. */
    Table<V, B> optionalString(String name, String expected, Function<? super V, Optional<String>> get,
        BiConsumer<? super B, String> set) {
      return property(name, false, expected, (in, b) -> {
        String v = in.string(expected);
        if (v != null) {
          set.accept(b, v);
        }
      }, (out, n, value) -> out.optionalString(n, get.apply(value)));
    }

    /** A required id. */
    Table<V, B> id(String name, Function<? super V, String> get, BiConsumer<? super B, String> set) {
      return string(name, Codes.ID, get, set);
    }

    /** An optional id. */
    Table<V, B> optionalId(String name, Function<? super V, Optional<String>> get, BiConsumer<? super B, String> set) {
      return optionalString(name, Codes.ID, get, set);
    }

    /** A list of ids, in document order. */
    Table<V, B> ids(String name, Function<? super V, ? extends Collection<String>> get,
        BiConsumer<? super B, List<String>> set) {
      return property(name, false, Codes.IDS, (in, b) -> {
        List<String> v = Scalars.ids(in);
        if (v != null) {
          set.accept(b, v);
        }
      }, (out, n, value) -> out.strings(n, get.apply(value)));
    }

    /** A set of ids: a repeat is refused, and the set is written sorted. */
    Table<V, B> idSet(String name, Function<? super V, ? extends Collection<String>> get,
        BiConsumer<? super B, Set<String>> set) {
      return property(name, false, Codes.IDS, (in, b) -> {
        Set<String> v = Scalars.idSet(in);
        if (v != null) {
          set.accept(b, v);
        }
      }, (out, n, value) -> out.sortedStrings(n, get.apply(value)));
    }

    /** A required enum constant, written as its code. */
    <E extends Enum<E>> Table<V, B> code(String name, EnumCodec<E> codes, Function<? super V, E> get,
        BiConsumer<? super B, E> set) {
      return property(name, true, codes.expected(), (in, b) -> {
        E v = in.code(codes);
        if (v != null) {
          set.accept(b, v);
        }
      }, (out, n, value) -> out.code(n, codes, get.apply(value)));
    }

    /** A required exact decimal, checked against the bounds of the model's attribute. */
    Table<V, B> decimal(String name, String owner, String attribute, Function<? super V, BigDecimal> get,
        BiConsumer<? super B, BigDecimal> set) {
      return property(name, true, Codes.DECIMAL, (in, b) -> {
        BigDecimal v = in.decimal(owner, attribute);
        if (v != null) {
          set.accept(b, v);
        }
      }, (out, n, value) -> {
        JsonGenerator g = out.generator();
        g.writeName(n);
        g.writeNumber(get.apply(value));
      });
    }

    /** A required value of another codec. */
    <T> Table<V, B> required(String name, Codec<T> codec, Function<? super V, T> get, BiConsumer<? super B, T> set) {
      return property(name, true, codec.expected(), (in, b) -> {
        T v = codec.read(in);
        if (v != null) {
          set.accept(b, v);
        }
      }, (out, n, value) -> out.value(n, codec, get.apply(value)));
    }

    /** An optional value of another codec. */
    <T> Table<V, B> optional(String name, Codec<T> codec, Function<? super V, Optional<T>> get,
        BiConsumer<? super B, T> set) {
      return property(name, false, codec.expected(), (in, b) -> {
        T v = codec.read(in);
        if (v != null) {
          set.accept(b, v);
        }
      }, (out, n, value) -> out.optional(n, codec, get.apply(value)));
    }

    /** A list of values of another codec, in document order. */
    <T> Table<V, B> list(String name, Codec<T> codec, String expected, Function<? super V, ? extends Collection<T>> get,
        BiConsumer<? super B, List<T>> set) {
      return property(name, false, expected, (in, b) -> {
        List<T> v = Scalars.list(in, codec, expected);
        if (v != null) {
          set.accept(b, v);
        }
      }, (out, n, value) -> out.list(n, codec, get.apply(value)));
    }

    /** A set of values of another codec: a repeat is refused, and the set is written sorted. */
    <T extends Comparable<? super T>> Table<V, B> sortedSet(String name, Codec<T> codec, String expected,
        Function<? super V, ? extends Collection<T>> get, BiConsumer<? super B, Set<T>> set) {
      return property(name, false, expected, (in, b) -> {
        Set<T> v = Scalars.set(in, codec, expected);
        if (v != null) {
          set.accept(b, v);
        }
      }, (out, n, value) -> out.list(n, codec, JsonOut.sorted(get.apply(value))));
    }

    /** A set of integers: a repeat is refused, and the set is written sorted. */
    Table<V, B> integerSet(String name, String expectedElement, Function<? super V, ? extends Collection<Integer>> get,
        BiConsumer<? super B, Set<Integer>> set) {
      return property(name, false, "an array of " + expectedElement, (in, b) -> {
        Set<Integer> v = Scalars.integerSet(in, expectedElement);
        if (v != null) {
          set.accept(b, v);
        }
      }, (out, n, value) -> {
        Collection<Integer> values = get.apply(value);
        if (values.isEmpty()) {
          return;
        }
        JsonGenerator g = out.generator();
        g.writeName(n);
        g.writeStartArray(values, values.size());
        for (int v : JsonOut.sorted(values)) {
          g.writeNumber(v);
        }
        g.writeEndArray();
      });
    }

    /**
     * @return the codec of the table
     * @throws IllegalStateException if the table has more properties than a seen-set of one int holds
     */
    ObjectCodec<V, B> codec() {
      if (properties.size() > Integer.SIZE) {
        throw new IllegalStateException(type.getSimpleName() + " has " + properties.size()
            + " properties: at most " + Integer.SIZE + " fit the bits of one int");
      }
      return new ObjectCodec<>(this);
    }
  }
}

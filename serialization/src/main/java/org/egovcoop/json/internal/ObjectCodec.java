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

  /**
   * How a property's value is read and written. The kinds are cases of one switch, rather than
   * one object per kind, so that reading or writing a property makes one indirect call (its
   * getter or setter) and not two: the price of a table over hand-written code, where both were
   * inlined.
   */
  private enum Kind {
    /** A string: {@code set} takes it, {@code get} returns it. */
    STRING,
    /** A string that may be absent: {@code get} returns an {@code Optional<String>}. */
    OPTIONAL_STRING,
    /** An enum constant, written as its code from {@code codes}. */
    CODE,
    /** A value of {@code codec}. */
    VALUE,
    /** A value of {@code codec} that may be absent: {@code get} returns an {@code Optional}. */
    OPTIONAL,
    /** A list of values of {@code codec}, in document order; an empty list is not written. */
    LIST,
    /** A list of id strings, in document order; an empty list is not written. */
    IDS,
    /** A set of comparable values of {@code codec}: a repeat is refused, the set is written sorted. */
    SORTED_SET,
    /** A property with rules of its own: {@code reader} and {@code writer}. */
    CUSTOM
  }

  /**
   * One row of the table: a property, the kind of its value, the accessors that reach it, and the
   * shape of its value for the format's descriptions (read by {@link #properties()} only).
   */
  private static final class Property<V, B> {
    final String name;
    final SerializedString encoded;
    final Kind kind;
    final boolean required;
    final String expected;
    final Shape shape;
    final Function<? super V, ?> get;
    final BiConsumer<? super B, Object> set;
    final Codec<Object> codec;
    final EnumCodec<?> codes;
    final Reader<B> reader;
    final Writer<V> writer;
    final boolean personalData;

    @SuppressWarnings("unchecked")
    Property(Class<V> owner, String name, Kind kind, boolean required, String expected, Shape shape,
        Function<? super V, ?> get, BiConsumer<? super B, ?> set, Codec<?> codec, EnumCodec<?> codes, Reader<B> reader,
        Writer<V> writer) {
      this.name = name;
      this.encoded = new SerializedString(name);
      this.kind = kind;
      this.required = required;
      this.expected = expected;
      this.shape = shape;
      this.get = get;
      // The table's typed methods pair each setter with the codec (or kind) that reads its value.
      this.set = (BiConsumer<? super B, Object>) set;
      this.codec = (Codec<Object>) codec;
      this.codes = codes;
      this.reader = reader;
      this.writer = writer;
      this.personalData = isPersonalData(owner, name);
    }
  }

  private final Supplier<B> newBuilder;
  private final Function<? super B, ? extends V> build;
  private final Property<V, B>[] properties;
  /** The properties by name: an open-addressing table, at most a quarter full, of indexes into {@link #properties}. */
  private final String[] slotNames;
  private final int[] slotIndexes;
  /** Bit {@code i} is set when property {@code i} is required. */
  private final int required;
  /** The properties' names in order, for the message about an unknown one. */
  private final String known;

  @SuppressWarnings("unchecked")
  private ObjectCodec(Table<V, B> table) {
    super(table.type, table.expected, Shape.ref(Shape.definitionOf(table.type)));
    this.newBuilder = table.newBuilder;
    this.build = table.build;
    this.properties = table.properties.toArray(new Property[0]);
    int slots = Integer.highestOneBit(Math.max(1, properties.length) * 4 - 1) << 1;
    this.slotNames = new String[slots];
    this.slotIndexes = new int[slots];
    StringJoiner known = new StringJoiner(", ");
    int required = 0;
    for (int i = 0; i < properties.length; i++) {
      Property<V, B> p = properties[i];
      int slot = p.name.hashCode() & (slots - 1);
      while (slotNames[slot] != null) {
        slot = (slot + 1) & (slots - 1);
      }
      slotNames[slot] = p.name;
      slotIndexes[slot] = i;
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

  /** {@return the rows of the table, in their order} */
  @Override
  public List<PropertyDescription> properties() {
    List<PropertyDescription> rows = new ArrayList<>(properties.length);
    for (Property<V, B> p : properties) {
      rows.add(new PropertyDescription(p.name, p.required, p.shape, p.personalData));
    }
    return List.copyOf(rows);
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
    int mark = in.problems().mark();
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
      read(properties[i], in, builder);
    }
    if ((seen & required) != required) {
      for (int i = 0; i < properties.length; i++) {
        if ((required & ~seen & (1 << i)) != 0) {
          in.missing(properties[i].name, properties[i].expected);
        }
      }
    }
    return in.build(mark, () -> build.apply(builder));
  }

  /** {@return the index of the property, or -1: one hash and, for a known name, one comparison} */
  private int indexOf(String name) {
    int mask = slotNames.length - 1;
    for (int slot = name.hashCode() & mask; ; slot = (slot + 1) & mask) {
      String candidate = slotNames[slot];
      if (candidate == null) {
        return -1;
      }
      if (candidate.equals(name)) {
        return slotIndexes[slot];
      }
    }
  }

  private void read(Property<V, B> p, JsonIn in, B builder) {
    Object value;
    switch (p.kind) {
      case STRING, OPTIONAL_STRING -> value = in.string(p.expected);
      case CODE -> value = in.code(p.codes);
      case VALUE, OPTIONAL -> value = p.codec.read(in);
      case LIST -> value = Scalars.list(in, p.codec, p.expected);
      case IDS -> value = Scalars.ids(in);
      case SORTED_SET -> value = Scalars.set(in, p.codec, p.expected);
      default -> {
        p.reader.read(in, builder);
        return;
      }
    }
    if (value != null) {
      p.set.accept(builder, value);
    }
  }

  @Override
  public void write(JsonOut out, V value) {
    JsonGenerator g = out.generator();
    g.writeStartObject();
    boolean redact = out.redact();
    for (Property<V, B> p : properties) {
      if (!(redact && p.personalData)) {
        write(p, out, value);
      }
    }
    g.writeEndObject();
  }

  @SuppressWarnings("unchecked")
  private void write(Property<V, B> p, JsonOut out, V value) {
    SerializedString name = p.encoded;
    switch (p.kind) {
      case STRING -> out.string(name, (String) p.get.apply(value));
      case OPTIONAL_STRING -> out.optionalString(name, (Optional<String>) p.get.apply(value));
      case CODE -> writeCode(out, name, p.codes, p.get.apply(value));
      case VALUE -> out.value(name, p.codec, p.get.apply(value));
      case OPTIONAL -> out.optional(name, p.codec, (Optional<Object>) p.get.apply(value));
      case LIST -> out.list(name, p.codec, (Collection<Object>) p.get.apply(value));
      case IDS -> out.strings(name, (Collection<String>) p.get.apply(value));
      case SORTED_SET -> out.list(name, p.codec, sorted(p.get.apply(value)));
      default -> p.writer.write(out, name, value);
    }
  }

  private static <E extends Enum<E>> void writeCode(JsonOut out, SerializedString name, EnumCodec<E> codes,
      Object constant) {
    out.code(name, codes, codes.type().cast(constant));
  }

  /** The values of a {@link Kind#SORTED_SET}, whose table method requires them comparable. */
  @SuppressWarnings({"unchecked", "rawtypes"})
  private static Collection<Object> sorted(Object values) {
    return (Collection<Object>) JsonOut.sorted((Collection) values);
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

    private Table<V, B> add(Property<V, B> property) {
      for (Property<V, B> p : properties) {
        if (p.name.equals(property.name)) {
          throw new IllegalArgumentException("property '" + p.name + "' is in the table of " + type.getSimpleName()
              + " twice");
        }
      }
      properties.add(property);
      return this;
    }

    /**
     * Adds a property read and written by hand, for a property with rules of its own.
     *
     * @param name the JSON name
     * @param required whether an object without it is refused
     * @param expected what its value should be, for the message when it is missing
     * @param shape what its value is, for the format's descriptions
     * @param reader reads it into the builder
     * @param writer writes it with its name, or nothing
     * @return this table
     */
    Table<V, B> property(String name, boolean required, String expected, Shape shape, Reader<B> reader,
        Writer<V> writer) {
      return add(new Property<>(type, name, Kind.CUSTOM, required, expected, shape, null, null, null, null, reader,
          writer));
    }

    /** A required string that the model checks: {@code "id": "mou-2017"}. */
    Table<V, B> string(String name, String expected, Function<? super V, String> get,
        BiConsumer<? super B, String> set) {
      return add(new Property<>(type, name, Kind.STRING, true, expected, Shape.string(), get, set, null, null, null,
          null));
    }

    /** An optional string that the model checks. */
    Table<V, B> optionalString(String name, String expected, Function<? super V, Optional<String>> get,
        BiConsumer<? super B, String> set) {
      return add(new Property<>(type, name, Kind.OPTIONAL_STRING, false, expected, Shape.string(), get, set, null,
          null, null, null));
    }

    /** A required id. */
    Table<V, B> id(String name, Function<? super V, String> get, BiConsumer<? super B, String> set) {
      return add(new Property<>(type, name, Kind.STRING, true, Codes.ID, Scalars.STRING.shape(), get, set, null, null,
          null, null));
    }

    /** An optional id. */
    Table<V, B> optionalId(String name, Function<? super V, Optional<String>> get, BiConsumer<? super B, String> set) {
      return add(new Property<>(type, name, Kind.OPTIONAL_STRING, false, Codes.ID, Scalars.STRING.shape(), get, set,
          null, null, null, null));
    }

    /** A list of ids, in document order. */
    Table<V, B> ids(String name, Function<? super V, ? extends Collection<String>> get,
        BiConsumer<? super B, List<String>> set) {
      return add(new Property<>(type, name, Kind.IDS, false, Codes.IDS, Shape.ref("ids"), get, set, null, null, null,
          null));
    }

    /** A set of ids: a repeat is refused, and the set is written sorted. */
    Table<V, B> idSet(String name, Function<? super V, ? extends Collection<String>> get,
        BiConsumer<? super B, Set<String>> set) {
      return sortedSet(name, Scalars.STRING, Codes.IDS, get, set);
    }

    /** A required enum constant, written as its code. */
    <E extends Enum<E>> Table<V, B> code(String name, EnumCodec<E> codes, Function<? super V, E> get,
        BiConsumer<? super B, E> set) {
      return add(new Property<>(type, name, Kind.CODE, true, codes.expected(), Shape.codes(codes.codes()), get, set,
          null, codes, null, null));
    }

    /** A required exact decimal, checked against the bounds of the model's attribute. */
    Table<V, B> decimal(String name, String owner, String attribute, Function<? super V, BigDecimal> get,
        BiConsumer<? super B, BigDecimal> set) {
      return required(name, new Codec<>(BigDecimal.class, Codes.DECIMAL, Shape.ref("decimal")) {
        @Override
        public BigDecimal read(JsonIn in) {
          return in.decimal(owner, attribute);
        }

        @Override
        public void write(JsonOut out, BigDecimal value) {
          out.generator().writeNumber(value);
        }
      }, get, set);
    }

    /** A required value of another codec. */
    <T> Table<V, B> required(String name, Codec<T> codec, Function<? super V, T> get, BiConsumer<? super B, T> set) {
      return add(new Property<>(type, name, Kind.VALUE, true, codec.expected(), codec.shape(), get, set, codec, null,
          null, null));
    }

    /** An optional value of another codec. */
    <T> Table<V, B> optional(String name, Codec<T> codec, Function<? super V, Optional<T>> get,
        BiConsumer<? super B, T> set) {
      return add(new Property<>(type, name, Kind.OPTIONAL, false, codec.expected(), codec.shape(), get, set, codec,
          null, null, null));
    }

    /** A list of values of another codec, in document order. */
    <T> Table<V, B> list(String name, Codec<T> codec, String expected, Function<? super V, ? extends Collection<T>> get,
        BiConsumer<? super B, List<T>> set) {
      return add(new Property<>(type, name, Kind.LIST, false, expected, Shape.array(codec.shape(), false), get, set,
          codec, null, null, null));
    }

    /** A set of values of another codec: a repeat is refused, and the set is written sorted. */
    <T extends Comparable<? super T>> Table<V, B> sortedSet(String name, Codec<T> codec, String expected,
        Function<? super V, ? extends Collection<T>> get, BiConsumer<? super B, Set<T>> set) {
      return add(new Property<>(type, name, Kind.SORTED_SET, false, expected, Shape.array(codec.shape(), true), get,
          set, codec, null, null, null));
    }

    /** A set of integers: a repeat is refused, and the set is written sorted. */
    Table<V, B> integerSet(String name, String expectedElement, Function<? super V, ? extends Collection<Integer>> get,
        BiConsumer<? super B, Set<Integer>> set) {
      return sortedSet(name, new Codec<>(Integer.class, expectedElement, Shape.integer()) {
        @Override
        public Integer read(JsonIn in) {
          long value = in.integer(expectedElement);
          return value == JsonIn.NO_INTEGER ? null : (int) value;
        }

        @Override
        public void write(JsonOut out, Integer value) {
          out.generator().writeNumber(value.intValue());
        }
      }, "an array of " + expectedElement, get, set);
    }

    /**
     * {@return the codec of the table}
     *
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

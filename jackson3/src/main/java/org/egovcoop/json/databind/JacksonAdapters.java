package org.egovcoop.json.databind;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.egovcoop.json.EgovJsonException;
import org.egovcoop.json.internal.Codec;
import org.egovcoop.json.internal.Codecs;
import org.egovcoop.json.internal.Decoding;
import org.egovcoop.json.internal.EnumCodec;
import org.egovcoop.json.internal.Enums;
import org.egovcoop.json.internal.JsonOut;
import org.egovcoop.json.internal.MessageLocale;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.DeserializationConfig;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.KeyDeserializer;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.jsontype.TypeDeserializer;
import tools.jackson.databind.module.SimpleDeserializers;
import tools.jackson.databind.module.SimpleKeyDeserializers;
import tools.jackson.databind.module.SimpleSerializers;
import tools.jackson.databind.type.CollectionType;

/**
 * Jackson's serializers and deserializers for the egovcoop types, each delegating to the type's
 * codec: the module adds no second implementation of the format.
 */
final class JacksonAdapters {
  private JacksonAdapters() {}

  /**
   * {@return serializers for every egovcoop type and enum of the format}
   *
   * @param redact whether personal data is left out
   */
  static SimpleSerializers serializers(boolean redact) {
    SimpleSerializers serializers = new SimpleSerializers();
    for (Codec<?> codec : Codecs.all()) {
      add(serializers, codec, redact);
    }
    for (EnumCodec<?> codes : Enums.all()) {
      addEnum(serializers, codes);
    }
    return serializers;
  }

  /**
   * {@return deserializers for every egovcoop type and enum of the format, and for lists and sets
   *     of the types, which read every element whatever the problems of the others}
   *
   * @param maxCollectionSize the most elements read from one array
   */
  static SimpleDeserializers deserializers(int maxCollectionSize) {
    CollectionAwareDeserializers deserializers = new CollectionAwareDeserializers(maxCollectionSize);
    for (Codec<?> codec : Codecs.all()) {
      add(deserializers, codec, maxCollectionSize);
    }
    for (EnumCodec<?> codes : Enums.all()) {
      addEnum(deserializers, codes);
    }
    return deserializers;
  }

  /** {@return serializers of map keys: codes for the enums, the format's text for the string scalars} */
  static SimpleSerializers keySerializers() {
    SimpleSerializers serializers = new SimpleSerializers();
    for (Codec<?> codec : Codecs.keys()) {
      addKey(serializers, codec);
    }
    for (EnumCodec<?> codes : Enums.all()) {
      addEnumKey(serializers, codes);
    }
    return serializers;
  }

  /** {@return deserializers of map keys, refusing a bad key as the same text is refused as a value} */
  static SimpleKeyDeserializers keyDeserializers() {
    SimpleKeyDeserializers deserializers = new SimpleKeyDeserializers();
    for (Codec<?> codec : Codecs.keys()) {
      deserializers.addDeserializer(codec.type(), new KeyDeserializer() {
        @Override
        public Object deserializeKey(String key, DeserializationContext context) {
          return value(Decoding.key(context.getParser(), codec, key));
        }
      });
    }
    for (EnumCodec<?> codes : Enums.all()) {
      deserializers.addDeserializer(codes.type(), new KeyDeserializer() {
        @Override
        public Object deserializeKey(String key, DeserializationContext context) {
          return value(Decoding.codeKey(context.getParser(), codes, key));
        }
      });
    }
    return deserializers;
  }

  private static <T> T value(Decoding.Outcome<T> outcome) {
    if (!outcome.problems.isEmpty()) {
      throw new EgovJsonException(outcome.problems);
    }
    return outcome.value;
  }

  private static <T> void addKey(SimpleSerializers serializers, Codec<T> codec) {
    serializers.addSerializer(codec.type(), new ValueSerializer<T>() {
      @Override
      public void serialize(T value, JsonGenerator g, SerializationContext context) {
        // The string scalars' toString() is the format's text (CountryCode's alpha-3 code, ISO dates).
        g.writeName(value.toString());
      }

      @Override
      public Class<?> handledType() {
        return codec.type();
      }
    });
  }

  private static <E extends Enum<E>> void addEnumKey(SimpleSerializers serializers, EnumCodec<E> codes) {
    serializers.addSerializer(codes.type(), new ValueSerializer<E>() {
      @Override
      public void serialize(E value, JsonGenerator g, SerializationContext context) {
        g.writeName(codes.encoded(value));
      }

      @Override
      public Class<?> handledType() {
        return codes.type();
      }
    });
  }

  /** Lists and sets of egovcoop values are read element by element, every element reported. */
  private static final class CollectionAwareDeserializers extends SimpleDeserializers {
    private static final long serialVersionUID = 1L;

    private final transient Map<Class<?>, Codec<?>> codecs = new HashMap<>();
    private final int maxCollectionSize;

    CollectionAwareDeserializers(int maxCollectionSize) {
      this.maxCollectionSize = maxCollectionSize;
      for (Codec<?> codec : Codecs.all()) {
        codecs.put(codec.type(), codec);
      }
    }

    @Override
    public ValueDeserializer<?> findCollectionDeserializer(CollectionType type, DeserializationConfig config,
        BeanDescription.Supplier description, TypeDeserializer elementTypeDeserializer,
        ValueDeserializer<?> elementDeserializer) {
      Codec<?> codec = codecs.get(type.getContentType().getRawClass());
      Class<?> collection = type.getRawClass();
      if (codec != null && elementTypeDeserializer == null && elementDeserializer == null) {
        if (collection.isAssignableFrom(ArrayList.class)) {
          return new ElementsDeserializer<>(codec, maxCollectionSize, false);
        }
        if (collection.isAssignableFrom(LinkedHashSet.class)) {
          return new ElementsDeserializer<>(codec, maxCollectionSize, true);
        }
      }
      return super.findCollectionDeserializer(type, config, description, elementTypeDeserializer, elementDeserializer);
    }
  }

  static final class ElementsDeserializer<T> extends ValueDeserializer<Collection<T>> {
    private final Codec<T> codec;
    private final int maxCollectionSize;
    private final boolean set;

    ElementsDeserializer(Codec<T> codec, int maxCollectionSize, boolean set) {
      this.codec = codec;
      this.maxCollectionSize = maxCollectionSize;
      this.set = set;
    }

    @Override
    public Collection<T> deserialize(JsonParser p, DeserializationContext context) {
      List<T> elements = value(Decoding.embeddedElements(p, codec, maxCollectionSize, locale(context)));
      return set ? new LinkedHashSet<>(elements) : elements;
    }
  }

  private static Locale locale(DeserializationContext context) {
    return MessageLocale.of(context.getAttribute(EgovcoopModule.MESSAGE_LOCALE));
  }

  private static <T> void add(SimpleSerializers serializers, Codec<T> codec, boolean redact) {
    serializers.addSerializer(codec.type(), new CodecSerializer<>(codec, redact));
  }

  private static <T> void add(SimpleDeserializers deserializers, Codec<T> codec, int maxCollectionSize) {
    deserializers.addDeserializer(codec.type(), new CodecDeserializer<>(codec, maxCollectionSize));
  }

  private static <E extends Enum<E>> void addEnum(SimpleSerializers serializers, EnumCodec<E> codes) {
    serializers.addSerializer(codes.type(), new ValueSerializer<E>() {
      @Override
      public void serialize(E value, JsonGenerator g, SerializationContext context) {
        g.writeString(codes.encoded(value));
      }

      @Override
      public Class<?> handledType() {
        return codes.type();
      }
    });
  }

  private static <E extends Enum<E>> void addEnum(SimpleDeserializers deserializers, EnumCodec<E> codes) {
    deserializers.addDeserializer(codes.type(), new ValueDeserializer<E>() {
      @Override
      public E deserialize(JsonParser p, DeserializationContext context) {
        return value(Decoding.embeddedCode(p, codes));
      }

      @Override
      public Class<?> handledType() {
        return codes.type();
      }
    });
  }

  static final class CodecSerializer<T> extends ValueSerializer<T> {
    private final Codec<T> codec;
    private final boolean redact;

    CodecSerializer(Codec<T> codec, boolean redact) {
      this.codec = codec;
      this.redact = redact;
    }

    @Override
    public void serialize(T value, JsonGenerator g, SerializationContext context) {
      codec.write(new JsonOut(g, redact), value);
    }

    @Override
    public Class<?> handledType() {
      return codec.type();
    }
  }

  static final class CodecDeserializer<T> extends ValueDeserializer<T> {
    private final Codec<T> codec;
    private final int maxCollectionSize;

    CodecDeserializer(Codec<T> codec, int maxCollectionSize) {
      this.codec = codec;
      this.maxCollectionSize = maxCollectionSize;
    }

    @Override
    public T deserialize(JsonParser p, DeserializationContext context) {
      return value(Decoding.embedded(p, codec, maxCollectionSize, locale(context)));
    }

    @Override
    public Class<?> handledType() {
      return codec.type();
    }
  }
}

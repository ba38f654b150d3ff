package org.egovcoop.json.databind;

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
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.module.SimpleDeserializers;
import tools.jackson.databind.module.SimpleSerializers;

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
   * {@return deserializers for every egovcoop type and enum of the format}
   *
   * @param maxCollectionSize the most elements read from one array
   */
  static SimpleDeserializers deserializers(int maxCollectionSize) {
    SimpleDeserializers deserializers = new SimpleDeserializers();
    for (Codec<?> codec : Codecs.all()) {
      add(deserializers, codec, maxCollectionSize);
    }
    for (EnumCodec<?> codes : Enums.all()) {
      addEnum(deserializers, codes);
    }
    return deserializers;
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
        Decoding.Outcome<E> outcome = Decoding.embeddedCode(p, codes);
        if (!outcome.problems.isEmpty()) {
          throw new EgovJsonException(outcome.problems);
        }
        return outcome.value;
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
      Decoding.Outcome<T> outcome = Decoding.embedded(p, codec, maxCollectionSize,
          MessageLocale.of(context.getAttribute(EgovcoopModule.MESSAGE_LOCALE)));
      if (!outcome.problems.isEmpty()) {
        throw new EgovJsonException(outcome.problems);
      }
      return outcome.value;
    }

    @Override
    public Class<?> handledType() {
      return codec.type();
    }
  }
}

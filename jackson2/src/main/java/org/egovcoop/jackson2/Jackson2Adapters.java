package org.egovcoop.jackson2;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleDeserializers;
import com.fasterxml.jackson.databind.module.SimpleSerializers;
import java.io.IOException;
import org.egovcoop.json.internal.Codec;
import org.egovcoop.json.internal.Codecs;
import org.egovcoop.json.internal.Decoding;
import org.egovcoop.json.internal.EnumCodec;
import org.egovcoop.json.internal.Enums;
import org.egovcoop.json.internal.MessageLocale;

/**
 * Jackson 2's serializers and deserializers for the egovcoop types, each delegating to the type's
 * codec in egovcoop-serialization, as the Jackson 3 module's do: the parser is seen through a
 * {@link Jackson2Parser}, and the value written through {@link CanonicalText}.
 */
final class Jackson2Adapters {
  private Jackson2Adapters() {}

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
    serializers.addSerializer(codes.type(), new CodeSerializer<>(codes));
  }

  private static <E extends Enum<E>> void addEnum(SimpleDeserializers deserializers, EnumCodec<E> codes) {
    deserializers.addDeserializer(codes.type(), new CodeDeserializer<>(codes));
  }

  /** {@return the value, or the problems as one exception} */
  private static <T> T value(JsonParser p, Decoding.Outcome<T> outcome) throws EgovJsonMappingException {
    if (!outcome.problems.isEmpty()) {
      throw EgovJsonMappingException.of(p, outcome.problems);
    }
    return outcome.value;
  }

  static final class CodecSerializer<T> extends JsonSerializer<T> {
    private final Codec<T> codec;
    private final boolean redact;

    CodecSerializer(Codec<T> codec, boolean redact) {
      this.codec = codec;
      this.redact = redact;
    }

    @Override
    public void serialize(T value, JsonGenerator g, SerializerProvider provider) throws IOException {
      CanonicalText.write(codec, value, redact, g);
    }

    @Override
    public Class<T> handledType() {
      return codec.type();
    }
  }

  static final class CodecDeserializer<T> extends JsonDeserializer<T> {
    private final Codec<T> codec;
    private final int maxCollectionSize;

    CodecDeserializer(Codec<T> codec, int maxCollectionSize) {
      this.codec = codec;
      this.maxCollectionSize = maxCollectionSize;
    }

    @Override
    public T deserialize(JsonParser p, DeserializationContext context) throws IOException {
      return value(p, Decoding.embedded(new Jackson2Parser(p), codec, maxCollectionSize,
          MessageLocale.of(context.getAttribute(EgovcoopJackson2Module.MESSAGE_LOCALE))));
    }

    @Override
    public Class<?> handledType() {
      return codec.type();
    }
  }

  static final class CodeSerializer<E extends Enum<E>> extends JsonSerializer<E> {
    private final EnumCodec<E> codes;

    CodeSerializer(EnumCodec<E> codes) {
      this.codes = codes;
    }

    @Override
    public void serialize(E value, JsonGenerator g, SerializerProvider provider) throws IOException {
      g.writeString(codes.encoded(value).getValue());
    }

    @Override
    public Class<E> handledType() {
      return codes.type();
    }
  }

  static final class CodeDeserializer<E extends Enum<E>> extends JsonDeserializer<E> {
    private final EnumCodec<E> codes;

    CodeDeserializer(EnumCodec<E> codes) {
      this.codes = codes;
    }

    @Override
    public E deserialize(JsonParser p, DeserializationContext context) throws IOException {
      return value(p, Decoding.embeddedCode(new Jackson2Parser(p), codes));
    }

    @Override
    public Class<?> handledType() {
      return codes.type();
    }
  }
}

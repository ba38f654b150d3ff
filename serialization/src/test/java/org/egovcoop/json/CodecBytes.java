package org.egovcoop.json;

import java.io.ByteArrayOutputStream;
import org.egovcoop.json.internal.Codec;
import org.egovcoop.json.internal.Codecs;
import org.egovcoop.json.internal.JsonOut;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.json.JsonFactory;

/** Any egovcoop value written by its own codec, compact, as the databind modules write it. */
final class CodecBytes {
  private CodecBytes() {}

  private static final JsonFactory FACTORY = JsonFactory.builder().build();

  static byte[] of(Object value, boolean redact) {
    for (Codec<?> codec : Codecs.all()) {
      if (codec.type().isInstance(value)) {
        return write(codec, value, redact);
      }
    }
    throw new IllegalArgumentException("No codec writes " + value.getClass());
  }

  private static <T> byte[] write(Codec<T> codec, Object value, boolean redact) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (JsonGenerator g = FACTORY.createGenerator(ObjectWriteContext.empty(), out)) {
      codec.write(new JsonOut(g, redact), codec.type().cast(value));
    }
    return out.toByteArray();
  }
}

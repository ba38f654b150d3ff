package org.egovcoop.jackson2;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.json.JsonGeneratorImpl;
import com.fasterxml.jackson.core.json.UTF8JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.egovcoop.json.internal.Codec;
import org.egovcoop.json.internal.Encoding;
import org.egovcoop.json.internal.JsonOut;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;

/**
 * Writes a value to a Jackson 2 generator as egovcoop's own writer writes it: the codec writes
 * the compact canonical text with a Jackson 3 generator, and that text is handed on.
 *
 * <ul>
 *   <li>To a JSON generator without a pretty printer, the text is written as one raw value: the
 *       exact canonical bytes (to a UTF-8 generator, copied as the engine's UTF-8 generator wrote
 *       them) or characters, whatever the generator's escaping features.</li>
 *   <li>To a JSON generator with a pretty printer (a mapper with {@code INDENT_OUTPUT}), the
 *       text's tokens are replayed through the generator, so that its printer lays them out:
 *       strings as the engine escaped them, numbers as their text.</li>
 *   <li>To any other generator (a {@code TokenBuffer} of {@code valueToTree} and
 *       {@code convertValue}, another data format), the tokens are replayed as values: strings,
 *       and numbers as ints, longs, big integers or decimals, which read back to the same
 *       values.</li>
 * </ul>
 */
final class CanonicalText {
  private CanonicalText() {}

  private static final JsonFactory TEXT = new JsonFactory();

  /**
   * Writes a value.
   *
   * @param codec the value's codec
   * @param value the value
   * @param redact whether personal data is left out
   * @param g the Jackson 2 generator
   * @param <T> the value's type
   * @throws IOException if the generator fails
   */
  static <T> void write(Codec<T> codec, T value, boolean redact, JsonGenerator g) throws IOException {
    Encoder encoder = ENCODERS.get();
    if (encoder.busy) {
      encoder = new Encoder(); // a serializer called while another writes: not with egovcoop's codecs, but safe
    }
    encoder.busy = true;
    try {
      boolean json = g instanceof JsonGeneratorImpl;
      if (g instanceof UTF8JsonGenerator && g.getPrettyPrinter() == null) {
        // The commonest case (writeValueAsBytes, a web framework's output stream): the bytes.
        g.writeRawValue(encoder.encodeUtf8(codec, value, redact));
      } else if (json && g.getPrettyPrinter() == null) {
        Chars text = encoder.encode(codec, value, redact);
        g.writeRawValue(text.chars, 0, text.length);
      } else {
        replay(encoder.encode(codec, value, redact), g, json);
      }
    } finally {
      encoder.busy = false;
    }
  }

  /**
   * One thread's Jackson 3 generator and its characters, kept between values: a list of ten
   * thousand observations is ten thousand calls, and a generator costs more to make than a small
   * value to write.
   */
  private static final ThreadLocal<Encoder> ENCODERS = ThreadLocal.withInitial(Encoder::new);

  private static final class Encoder {
    final Chars text = new Chars();
    final Utf8 bytes = new Utf8();
    tools.jackson.core.JsonGenerator generator;
    tools.jackson.core.JsonGenerator utf8Generator;
    boolean busy;

    <T> SerializableString encodeUtf8(Codec<T> codec, T value, boolean redact) {
      bytes.length = 0;
      if (utf8Generator == null) {
        utf8Generator = Encoding.compactGenerator(bytes);
      }
      try {
        codec.write(new JsonOut(utf8Generator, redact), value);
        utf8Generator.flush();
      } catch (RuntimeException e) {
        utf8Generator = null; // its state is unknown: the next value gets a new one
        throw e;
      }
      if (bytes.bytes.length > MAX_KEPT) {
        Utf8 large = bytes.copy();
        bytes.bytes = new byte[256];
        utf8Generator = null;
        return large;
      }
      return bytes;
    }

    <T> Chars encode(Codec<T> codec, T value, boolean redact) {
      text.length = 0;
      if (generator == null) {
        generator = Encoding.compactGenerator(text);
      }
      try {
        codec.write(new JsonOut(generator, redact), value);
        generator.flush();
      } catch (RuntimeException e) {
        generator = null; // its state is unknown: the next value gets a new one
        throw e;
      }
      if (text.chars.length > MAX_KEPT) {
        // Do not keep a large document's buffer for the thread's life.
        Chars large = text.copy();
        text.chars = new char[256];
        generator = null;
        return large;
      }
      return text;
    }
  }

  /** The most characters a thread keeps between values. */
  private static final int MAX_KEPT = 1 << 16;

  private static void replay(Chars text, JsonGenerator g, boolean json) throws IOException {
    try (JsonParser p = TEXT.createParser(ObjectReadContext.empty(), text.chars, 0, text.length)) {
      for (JsonToken token = p.nextToken(); token != null; token = p.nextToken()) {
        switch (token) {
          case START_OBJECT -> g.writeStartObject();
          case END_OBJECT -> g.writeEndObject();
          case START_ARRAY -> g.writeStartArray();
          case END_ARRAY -> g.writeEndArray();
          case PROPERTY_NAME -> g.writeFieldName(p.currentName());
          case VALUE_STRING -> {
            if (json) {
              int start = (int) p.currentTokenLocation().getCharOffset();
              String value = p.getString();
              int end = (int) p.currentLocation().getCharOffset();
              // Between the quotes, as the engine escaped it.
              g.writeString(new Escaped(value, Arrays.copyOfRange(text.chars, start + 1, end - 1)));
            } else {
              g.writeString(p.getString());
            }
          }
          case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> number(p, g, json);
          case VALUE_TRUE -> g.writeBoolean(true);
          case VALUE_FALSE -> g.writeBoolean(false);
          case VALUE_NULL -> g.writeNull();
          default -> throw new IllegalStateException("The canonical writer wrote a " + token);
        }
      }
    }
  }

  private static void number(JsonParser p, JsonGenerator g, boolean json) throws IOException {
    if (json) {
      g.writeNumber(p.getString());
      return;
    }
    if (p.currentToken() == JsonToken.VALUE_NUMBER_FLOAT) {
      g.writeNumber(p.getDecimalValue());
      return;
    }
    switch (p.getNumberType()) {
      case INT -> g.writeNumber(p.getIntValue());
      case LONG -> g.writeNumber(p.getLongValue());
      default -> g.writeNumber(p.getBigIntegerValue());
    }
  }

  /**
   * The UTF-8 bytes the engine wrote, as a raw value a Jackson 2 UTF-8 generator copies as they
   * are ({@code writeRawValue} of a {@link SerializableString} appends its unquoted bytes).
   */
  private static final class Utf8 extends OutputStream implements SerializableString {
    byte[] bytes = new byte[256];
    int length;

    Utf8 copy() {
      Utf8 copy = new Utf8();
      copy.bytes = Arrays.copyOf(bytes, length);
      copy.length = length;
      return copy;
    }

    @Override
    public void write(int b) {
      if (length == bytes.length) {
        bytes = Arrays.copyOf(bytes, bytes.length * 2);
      }
      bytes[length++] = (byte) b;
    }

    @Override
    public void write(byte[] source, int offset, int count) {
      if (length + count > bytes.length) {
        bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, length + count));
      }
      System.arraycopy(source, offset, bytes, length, count);
      length += count;
    }

    @Override
    public String getValue() {
      return new String(bytes, 0, length, StandardCharsets.UTF_8);
    }

    @Override
    public int charLength() {
      return getValue().length();
    }

    @Override
    public char[] asQuotedChars() {
      return getValue().toCharArray();
    }

    @Override
    public byte[] asUnquotedUTF8() {
      return Arrays.copyOf(bytes, length);
    }

    @Override
    public byte[] asQuotedUTF8() {
      return asUnquotedUTF8();
    }

    @Override
    public int appendQuotedUTF8(byte[] buffer, int offset) {
      return appendUnquotedUTF8(buffer, offset);
    }

    @Override
    public int appendQuoted(char[] buffer, int offset) {
      return appendUnquoted(buffer, offset);
    }

    @Override
    public int appendUnquotedUTF8(byte[] buffer, int offset) {
      if (offset + length > buffer.length) {
        return -1;
      }
      System.arraycopy(bytes, 0, buffer, offset, length);
      return length;
    }

    @Override
    public int appendUnquoted(char[] buffer, int offset) {
      String value = getValue();
      if (offset + value.length() > buffer.length) {
        return -1;
      }
      value.getChars(0, value.length(), buffer, offset);
      return value.length();
    }

    @Override
    public int writeQuotedUTF8(OutputStream out) throws IOException {
      return writeUnquotedUTF8(out);
    }

    @Override
    public int writeUnquotedUTF8(OutputStream out) throws IOException {
      out.write(bytes, 0, length);
      return length;
    }

    @Override
    public int putQuotedUTF8(ByteBuffer buffer) {
      return putUnquotedUTF8(buffer);
    }

    @Override
    public int putUnquotedUTF8(ByteBuffer buffer) {
      if (length > buffer.remaining()) {
        return -1;
      }
      buffer.put(bytes, 0, length);
      return length;
    }
  }

  /** The characters the engine wrote, without the copy of a {@code StringWriter}. */
  private static final class Chars extends Writer {
    char[] chars = new char[256];
    int length;

    Chars copy() {
      Chars copy = new Chars();
      copy.chars = Arrays.copyOf(chars, length);
      copy.length = length;
      return copy;
    }

    @Override
    public void write(char[] source, int offset, int count) {
      if (length + count > chars.length) {
        chars = Arrays.copyOf(chars, Math.max(chars.length * 2, length + count));
      }
      System.arraycopy(source, offset, chars, length, count);
      length += count;
    }

    @Override
    public void write(String source, int offset, int count) {
      if (length + count > chars.length) {
        chars = Arrays.copyOf(chars, Math.max(chars.length * 2, length + count));
      }
      source.getChars(offset, offset + count, chars, length);
      length += count;
    }

    @Override
    public void write(int c) {
      if (length == chars.length) {
        chars = Arrays.copyOf(chars, chars.length * 2);
      }
      chars[length++] = (char) c;
    }

    @Override
    public void flush() {}

    @Override
    public void close() {}
  }

  /**
   * A string whose quoted form is the engine's: a Jackson 2 JSON generator writes its quoted
   * characters or bytes between the quotes as they are, instead of escaping the value itself.
   */
  private static final class Escaped implements SerializableString {
    private final String value;
    private final char[] quoted;
    private byte[] quotedUtf8;

    Escaped(String value, char[] quoted) {
      this.value = value;
      this.quoted = quoted;
    }

    @Override
    public String getValue() {
      return value;
    }

    @Override
    public int charLength() {
      return value.length();
    }

    @Override
    public char[] asQuotedChars() {
      return quoted.clone();
    }

    @Override
    public byte[] asUnquotedUTF8() {
      return value.getBytes(StandardCharsets.UTF_8);
    }

    private byte[] quotedUtf8() {
      if (quotedUtf8 == null) {
        quotedUtf8 = new String(quoted).getBytes(StandardCharsets.UTF_8);
      }
      return quotedUtf8;
    }

    @Override
    public byte[] asQuotedUTF8() {
      return quotedUtf8().clone();
    }

    @Override
    public int appendQuotedUTF8(byte[] buffer, int offset) {
      return append(quotedUtf8(), buffer, offset);
    }

    @Override
    public int appendQuoted(char[] buffer, int offset) {
      if (offset + quoted.length > buffer.length) {
        return -1;
      }
      System.arraycopy(quoted, 0, buffer, offset, quoted.length);
      return quoted.length;
    }

    @Override
    public int appendUnquotedUTF8(byte[] buffer, int offset) {
      return append(asUnquotedUTF8(), buffer, offset);
    }

    @Override
    public int appendUnquoted(char[] buffer, int offset) {
      if (offset + value.length() > buffer.length) {
        return -1;
      }
      value.getChars(0, value.length(), buffer, offset);
      return value.length();
    }

    @Override
    public int writeQuotedUTF8(OutputStream out) throws IOException {
      byte[] bytes = quotedUtf8();
      out.write(bytes);
      return bytes.length;
    }

    @Override
    public int writeUnquotedUTF8(OutputStream out) throws IOException {
      byte[] bytes = asUnquotedUTF8();
      out.write(bytes);
      return bytes.length;
    }

    @Override
    public int putQuotedUTF8(ByteBuffer buffer) {
      return put(quotedUtf8(), buffer);
    }

    @Override
    public int putUnquotedUTF8(ByteBuffer buffer) {
      return put(asUnquotedUTF8(), buffer);
    }

    private static int append(byte[] bytes, byte[] buffer, int offset) {
      if (offset + bytes.length > buffer.length) {
        return -1;
      }
      System.arraycopy(bytes, 0, buffer, offset, bytes.length);
      return bytes.length;
    }

    private static int put(byte[] bytes, ByteBuffer buffer) {
      if (bytes.length > buffer.remaining()) {
        return -1;
      }
      buffer.put(bytes);
      return bytes.length;
    }

    @Override
    public String toString() {
      return value;
    }
  }
}

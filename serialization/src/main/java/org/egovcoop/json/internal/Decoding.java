package org.egovcoop.json.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.egovcoop.json.JsonProblem;
import org.egovcoop.json.JsonProblem.Kind;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.core.json.JsonFactory;

/**
 * Reads one value from a parser with a codec, then validates it, turning every failure (syntax,
 * duplicate keys, limits, type and value problems, invariants, rules) into {@link JsonProblem}s.
 */
public final class Decoding {
  private Decoding() {}

  /**
   * What reading produced.
   *
   * @param <T> the value's type
   */
  public static final class Outcome<T> {
    /** The value, or null if there are problems. */
    public final T value;
    /** The problems; empty when the value is valid. */
    public final List<JsonProblem> problems;
    /** The unknown properties a lenient read skipped. */
    public final List<JsonProblem> ignored;

    Outcome(T value, List<JsonProblem> problems, List<JsonProblem> ignored) {
      this.value = problems.isEmpty() ? value : null;
      this.problems = problems;
      this.ignored = ignored;
    }
  }

  /**
   * Reads a whole document (or NDJSON line) from a parser that has not yet read a token.
   *
   * @param factory the factory that made the parser, to locate problems afterwards
   * @param p the parser over {@code source}
   * @param source the document's bytes, to locate problems afterwards
   * @param offset where the document starts
   * @param length its length
   * @param lineNumber for an NDJSON line, its line number (reported instead of the parser's); 0 otherwise
   * @param reader the codec's reading function
   * @param expected what the document is, for an empty input
   * @param ignoreUnknown whether unknown properties are skipped and listed
   * @param maxCollectionSize the most elements in one array
   * @param <T> the value's type
   * @return the outcome
   */
  public static <T> Outcome<T> document(JsonFactory factory, JsonParser p, byte[] source, int offset, int length,
      int lineNumber, Function<JsonIn, T> reader, String expected, boolean ignoreUnknown, int maxCollectionSize) {
    JsonIn in = new JsonIn(p, ignoreUnknown, maxCollectionSize);
    return read(factory, in, source, offset, length, lineNumber, reader, expected);
  }

  /**
   * Reads a whole document (or NDJSON line), the parser made here, so that whatever the parser
   * refuses, from its first byte, is reported as a problem: a document not in UTF-8 is refused
   * before a parser is made.
   *
   * @param factory the factory to make the parser with
   * @param source the document's bytes
   * @param offset where the document starts
   * @param length its length
   * @param lineNumber for an NDJSON line, its line number (reported instead of the parser's); 0 otherwise
   * @param reader the codec's reading function
   * @param expected what the document is, for an empty input
   * @param ignoreUnknown whether unknown properties are skipped and listed
   * @param maxCollectionSize the most elements in one array
   * @param maxProblems the most problems of one kind listed
   * @param <T> the value's type
   * @return the outcome
   */
  public static <T> Outcome<T> document(JsonFactory factory, byte[] source, int offset, int length, int lineNumber,
      Function<JsonIn, T> reader, String expected, boolean ignoreUnknown, int maxCollectionSize, int maxProblems) {
    return document(factory, source, offset, length, lineNumber, reader, expected, ignoreUnknown, maxCollectionSize,
        maxProblems, Locale.ENGLISH);
  }

  /**
   * Reads a whole document as {@link #document(JsonFactory, byte[], int, int, int, Function, String, boolean, int,
   * int)} does, with the messages of validation rules in a locale.
   *
   * @param factory the factory to make the parser with
   * @param source the document's bytes
   * @param offset where the document starts
   * @param length its length
   * @param lineNumber for an NDJSON line, its line number (reported instead of the parser's); 0 otherwise
   * @param reader the codec's reading function
   * @param expected what the document is, for an empty input
   * @param ignoreUnknown whether unknown properties are skipped and listed
   * @param maxCollectionSize the most elements in one array
   * @param maxProblems the most problems of one kind listed
   * @param messageLocale the locale of the messages of validation rules
   * @param <T> the value's type
   * @return the outcome
   */
  public static <T> Outcome<T> document(JsonFactory factory, byte[] source, int offset, int length, int lineNumber,
      Function<JsonIn, T> reader, String expected, boolean ignoreUnknown, int maxCollectionSize, int maxProblems,
      Locale messageLocale) {
    String encoding = Utf8.otherEncoding(source, offset, length);
    if (encoding != null) {
      return failed(new JsonProblem(Kind.SYNTAX, "", Math.max(1, lineNumber), 1, "the document is in " + encoding
          + ", not UTF-8: expected UTF-8, the encoding of JSON (RFC 8259, section 8.1)", null, "UTF-8"));
    }
    JsonParser p;
    try {
      p = factory.createParser(ObjectReadContext.empty(), source, offset, length);
    } catch (JacksonException e) {
      return failed(new JsonProblem(Kind.SYNTAX, "", Math.max(1, lineNumber), 1, "the document cannot be read: "
          + JacksonMessages.syntax(e.getOriginalMessage()), null, "UTF-8"));
    }
    try (p) {
      JsonIn in = new JsonIn(p, ignoreUnknown, maxCollectionSize, maxProblems).messageLocale(messageLocale);
      return read(factory, in, source, offset, length, lineNumber, reader, expected);
    } catch (JacksonException e) {
      // Closing failed; the outcome was complete. Unreachable for byte input, handled for safety.
      return failed(new JsonProblem(Kind.SYNTAX, "", Math.max(1, lineNumber), 1, JacksonMessages.syntax(e.getOriginalMessage()),
          null, null));
    }
  }

  private static <T> Outcome<T> read(JsonFactory factory, JsonIn in, byte[] source, int offset, int length,
      int lineNumber, Function<JsonIn, T> reader, String expected) {
    JsonParser p = in.parser();
    T value = null;
    try {
      JsonToken first = p.nextToken();
      if (first == null) {
        in.problems().add(new Issue(Kind.SYNTAX, "", 1, 1, "empty document: expected " + expected, null, expected, false));
      } else {
        value = reader.apply(in);
        JsonToken trailing = p.nextToken();
        if (trailing != null) {
          in.here(Kind.SYNTAX, "unexpected content after the end of the " + (lineNumber > 0 ? "line's value" : "document")
              + ": expected the end of the input", p.getString(), "the end of the input");
        }
      }
    } catch (JacksonException e) {
      fatal(in, e);
    }
    if (value != null && !in.problems().failed()) {
      Validation.validate(value, in, "");
    }
    if (hasRelocatable(in.problems().issues().kept())) {
      Locator.locate(factory, source, offset, length, in.problems().issues().kept());
    }
    Columns.toCharacters(source, offset, length, in.problems().issues().kept());
    Columns.toCharacters(source, offset, length, in.problems().ignored().kept());
    return new Outcome<>(value, in.problems().issues().toProblems(lineNumber), in.problems().ignored().toProblems(lineNumber));
  }

  /**
   * Reads a value from a parser already on its first token, as a Jackson deserializer does: no
   * end-of-input check, problems located where the parser found them.
   *
   * @param p the parser, on the value's first token
   * @param codec the codec
   * @param maxCollectionSize the most elements in one array
   * @param <T> the value's type
   * @return the outcome
   */
  public static <T> Outcome<T> embedded(JsonParser p, Codec<T> codec, int maxCollectionSize) {
    return embedded(p, codec, maxCollectionSize, Locale.ENGLISH);
  }

  /**
   * Reads a value as {@link #embedded(JsonParser, Codec, int)} does, with the messages of
   * validation rules in a locale.
   *
   * @param p the parser, on the value's first token
   * @param codec the codec
   * @param maxCollectionSize the most elements in one array
   * @param messageLocale the locale of the messages of validation rules
   * @param <T> the value's type
   * @return the outcome
   */
  public static <T> Outcome<T> embedded(JsonParser p, Codec<T> codec, int maxCollectionSize, Locale messageLocale) {
    RecordingParser recording = new RecordingParser(p);
    JsonIn in = new JsonIn(recording, false, maxCollectionSize).messageLocale(messageLocale);
    String base = in.pointer();
    T value = null;
    try {
      value = codec.read(in);
    } catch (JacksonException e) {
      fatal(in, e);
    }
    if (value != null && !in.problems().failed()) {
      Validation.validate(value, in, base);
    }
    List<Issue> issues = in.problems().issues().kept();
    if (hasRelocatable(issues)) {
      recording.locate(issues, base);
    }
    recording.toCharacters(issues);
    return new Outcome<>(value, in.problems().issues().toProblems(0), List.of());
  }

  /**
   * Reads an array of values from a parser on its first token, as a Jackson deserializer of a
   * collection does, but reading every element whatever the problems of the ones before, so that
   * all of them are reported: a client sending a list learns all that is wrong with it at once.
   *
   * @param p the parser, on the array's first token
   * @param codec the codec of the elements
   * @param maxCollectionSize the most elements in one array (this one included)
   * @param messageLocale the locale of the messages of validation rules
   * @param <T> the elements' type
   * @return the outcome: every element, or the problems of all of them
   */
  public static <T> Outcome<List<T>> embeddedElements(JsonParser p, Codec<T> codec, int maxCollectionSize,
      Locale messageLocale) {
    RecordingParser recording = new RecordingParser(p);
    JsonIn in = new JsonIn(recording, false, maxCollectionSize).messageLocale(messageLocale);
    String base = in.pointer();
    List<T> values = new ArrayList<>();
    try {
      if (in.array("an array, each element " + codec.expected())) {
        int count = 0;
        while (in.nextElement(count)) {
          String element = in.pointer();
          int mark = in.problems().mark();
          T value = codec.read(in);
          if (value != null && !in.problems().failedSince(mark)) {
            Validation.validate(value, in, element);
          }
          values.add(value);
          count++;
        }
      }
    } catch (JacksonException e) {
      fatal(in, e);
    }
    List<Issue> issues = in.problems().issues().kept();
    if (hasRelocatable(issues)) {
      recording.locate(issues, base);
    }
    recording.toCharacters(issues);
    return new Outcome<>(values, in.problems().issues().toProblems(0), List.of());
  }

  /**
   * Reads a property name as a value of a type whose JSON value is a string (a date, a country
   * code), as Jackson's key deserializer does: with the very codec that reads such a value, so
   * that a key is refused exactly as the same text would be as a value, at the key's pointer and
   * place.
   *
   * @param p the parser, on the property name
   * @param codec the codec of the key's type (one of {@link Codecs#keys()})
   * @param name the property name
   * @param <T> the key's type
   * @return the outcome: the key, or its problem
   */
  public static <T> Outcome<T> key(JsonParser p, Codec<T> codec, String name) {
    String pointer = pointerOrRoot(p);
    TokenStreamLocation at = p.currentTokenLocation();
    char[] quoted = tools.jackson.core.io.JsonStringEncoder.getInstance().quoteAsCharArray(name);
    JsonIn in;
    T value = null;
    try (JsonParser text = KEYS.createParser(ObjectReadContext.empty(), "\"" + new String(quoted) + "\"")) {
      text.nextToken();
      in = new JsonIn(text, false, 1);
      value = codec.read(in);
    }
    if (in.problems().issues().kept().isEmpty()) {
      return new Outcome<>(value, List.of(), List.of());
    }
    List<JsonProblem> problems = new ArrayList<>();
    for (JsonProblem problem : in.problems().issues().toProblems(0)) {
      problems.add(new JsonProblem(problem.kind(), pointer, Issue.known(at.getLineNr()), Issue.known(at.getColumnNr()),
          problem.message(), problem.value().orElse(null), problem.expected().orElse(null)));
    }
    return new Outcome<>(null, problems, List.of());
  }

  private static final JsonFactory KEYS = JsonFactory.builder().build();

  /**
   * Reads one code of an enumeration from a parser on its token, as a Jackson deserializer does.
   *
   * @param p the parser, on the code's token
   * @param codes the enumeration's codes
   * @param <E> the enumeration
   * @return the outcome: the constant, or the one problem of the token
   */
  public static <E extends Enum<E>> Outcome<E> embeddedCode(JsonParser p, EnumCodec<E> codes) {
    String pointer = pointerOrRoot(p);
    TokenStreamLocation at = p.currentTokenLocation();
    if (p.currentToken() != JsonToken.VALUE_STRING) {
      p.skipChildren();
      return failed(new JsonProblem(Kind.TYPE, pointer, Issue.known(at.getLineNr()), Issue.known(at.getColumnNr()),
          "expected a code string, " + codes.expected(), null, codes.expected()));
    }
    return code(pointer, at, p.getString(), codes);
  }

  /**
   * Reads a property name as a code of an enumeration, as Jackson's key deserializer does.
   *
   * @param p the parser, on the property name
   * @param codes the enumeration's codes
   * @param name the property name
   * @param <E> the enumeration
   * @return the outcome: the constant, or the problem of the key
   */
  public static <E extends Enum<E>> Outcome<E> codeKey(JsonParser p, EnumCodec<E> codes, String name) {
    return code(pointerOrRoot(p), p.currentTokenLocation(), name, codes);
  }

  private static <E extends Enum<E>> Outcome<E> code(String pointer, TokenStreamLocation at, String text,
      EnumCodec<E> codes) {
    E value = codes.find(text);
    if (value == null) {
      return failed(new JsonProblem(Kind.INVALID_VALUE, pointer, Issue.known(at.getLineNr()),
          Issue.known(at.getColumnNr()), ProblemMessages.unknownCode(text, codes.expected()), text,
          codes.expected()));
    }
    return new Outcome<>(value, List.of(), List.of());
  }

  /**
   * Locates one position of a document by line and character column.
   *
   * @param source a document's bytes
   * @param offset where it starts
   * @param position the offset of a byte in it
   * @return the line and character column of that byte, lines ending as the parser ends them
   */
  public static int[] position(byte[] source, int offset, int position) {
    return Columns.at(source, offset, position);
  }

  /**
   * {@return an outcome with that problem alone}
   *
   * @param problem a problem found before reading began
   * @param <T> the value's type
   */
  public static <T> Outcome<T> failed(JsonProblem problem) {
    return new Outcome<>(null, List.of(problem), List.of());
  }

  private static boolean hasRelocatable(List<Issue> issues) {
    for (Issue issue : issues) {
      if (issue.relocate) {
        return true;
      }
    }
    return false;
  }

  /** Records a failure after which the parser cannot go on. */
  private static void fatal(JsonIn in, JacksonException e) {
    JsonParser p = in.parser();
    String pointer = pointerOrRoot(p);
    if (e instanceof StreamConstraintsException) {
      // A string's length is checked when its text is read, and the token count when a token
      // starts: the parser is on the offending token. Depth, number and name lengths are checked
      // while the token is being read: report where reading stopped, just after it.
      String original = e.getOriginalMessage();
      TokenStreamLocation at = JacksonMessages.limitOfTheCurrentToken(original) ? p.currentTokenLocation()
          : p.currentLocation();
      if (JacksonMessages.nameLengthLimit(original)) {
        pointer = container(p);
      }
      in.problems().add(new Issue(Kind.LIMIT, pointer, at.getLineNr(), at.getColumnNr(), JacksonMessages.limit(original),
          null, null, false));
      return;
    }
    TokenStreamLocation at = e.getLocation() != null ? e.getLocation() : p.currentLocation();
    String original = e.getOriginalMessage();
    if (hexadecimal(in, original, at)) {
      return;
    }
    String repeated = JacksonMessages.repeatedName(original);
    if (repeated != null) {
      in.problems().add(new Issue(Kind.DUPLICATE, pointer, at.getLineNr(), at.getColumnNr(),
          ProblemMessages.duplicateProperty(repeated), repeated, ProblemMessages.ONCE, false));
      return;
    }
    Kind kind = e instanceof StreamReadException ? Kind.SYNTAX : Kind.INVALID_VALUE;
    // The text is broken between values: the parser's current name is the last good property,
    // so report the container being read.
    in.problems().add(new Issue(kind, container(p), at.getLineNr(), at.getColumnNr(), JacksonMessages.syntax(original), null, null, false));
  }

  /**
   * Reports a hexadecimal number as Jackson 3.3 does, whatever the version: where an older
   * Jackson (3.1) has read {@code 0} (or {@code -0}) and then found an {@code x} right after it, the
   * problem is the hexadecimal number, at the {@code x}, with the pointer of the number; and
   * whatever the codec said of the {@code 0}, which is not a number of the document, is dropped.
   *
   * @return whether the failure was such a number, now reported
   */
  private static boolean hexadecimal(JsonIn in, String original, TokenStreamLocation at) {
    char x = JacksonMessages.separatorExpectedAtX(original);
    JsonParser p = in.parser();
    if (x == 0 || p.currentToken() != JsonToken.VALUE_NUMBER_INT) {
      return false;
    }
    String number = p.getString();
    TokenStreamLocation start = p.currentTokenLocation();
    // The x right after the number: in bytes for a parser of bytes, in characters for one of text.
    long startOffset = start.getByteOffset() >= 0 ? start.getByteOffset() : start.getCharOffset();
    long atOffset = start.getByteOffset() >= 0 ? at.getByteOffset() : at.getCharOffset();
    if (!number.equals("0") && !number.equals("-0") || startOffset < 0 || atOffset != startOffset + number.length()) {
      return false;
    }
    in.problems().issues().removeAt(start.getLineNr(), start.getColumnNr());
    tools.jackson.core.TokenStreamContext context = p.streamReadContext();
    String pointer = container(p);
    if (context.inArray()) {
      // The parser has moved on to the index of the next element, which it expected.
      pointer = pointer.substring(0, pointer.lastIndexOf('/') + 1) + (context.getCurrentIndex() - 1);
    }
    in.problems().add(new Issue(Kind.SYNTAX, pointer, at.getLineNr(), at.getColumnNr(),
        JacksonMessages.hexadecimal(x), null, null, false));
    return true;
  }

  private static String container(JsonParser p) {
    try {
      tools.jackson.core.TokenStreamContext context = p.streamReadContext();
      if (context.inRoot()) {
        return "";
      }
      String pointer = context.pathAsPointer().toString();
      if (context.inObject() && context.currentName() == null || context.inArray() && context.getCurrentIndex() < 0) {
        return pointer;
      }
      int slash = pointer.lastIndexOf('/');
      return context.inObject() ? pointer.substring(0, slash) : pointer;
    } catch (RuntimeException e) {
      return "";
    }
  }

  private static String pointerOrRoot(JsonParser p) {
    try {
      return p.streamReadContext().pathAsPointer().toString();
    } catch (RuntimeException e) {
      return "";
    }
  }

}

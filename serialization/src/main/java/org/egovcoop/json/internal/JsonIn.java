package org.egovcoop.json.internal;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;
import org.egovcoop.geo.CountryCode;
import org.egovcoop.internal.Checks;
import org.egovcoop.internal.CountryTable;
import org.egovcoop.internal.Decimals;
import org.egovcoop.internal.Texts;
import org.egovcoop.validation.InvalidAttributeException;
import org.egovcoop.json.JsonProblem.Kind;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.io.SerializedString;

/**
 * The reading side of a codec: a cursor over a parser positioned on a value, which records the
 * problems it finds, at the value they concern, in a {@link ProblemLog}, in the sentences of
 * {@link ProblemMessages}.
 *
 * <p>Each reader is called with the parser on the first token of its value and leaves it on the
 * value's last token. A reader that finds a problem records it, skips the bad value and goes on,
 * so that one pass reports as much as the structure allows; it returns null when its value could
 * not be built (its {@link ProblemLog#failedSince(int) log says so}), and its caller then builds
 * nothing either. Only the package's codecs read with it: outside it, it is a type in
 * {@link Codec}'s signature.
 */
public final class JsonIn {

  /** Returned by {@link #integer(String)} when no integer could be read; outside the int range. */
  static final long NO_INTEGER = Long.MIN_VALUE;

  private final JsonParser p;
  private final boolean ignoreUnknown;
  private final int maxCollectionSize;
  private final int maxNameLength;
  private final ProblemLog problems;
  private boolean observationRules = true;
  private Locale messageLocale = Locale.ENGLISH;

  /**
   * A reader of one value from the parser.
   *
   * @param parser the parser, on the first token of the value to read
   * @param ignoreUnknown whether unknown properties are skipped (and listed) rather than errors
   * @param maxCollectionSize the most elements read from any one array
   */
  JsonIn(JsonParser parser, boolean ignoreUnknown, int maxCollectionSize) {
    this(parser, ignoreUnknown, maxCollectionSize, ProblemLog.DEFAULT_MAX_PROBLEMS);
  }

  /**
   * A reader of one document from a parser, recording its problems.
   *
   * @param parser the parser, on the first token of the value to read
   * @param ignoreUnknown whether unknown properties are skipped (and listed) rather than errors
   * @param maxCollectionSize the most elements read from any one array
   * @param maxProblems the most problems of one kind kept; the others are only counted
   */
  JsonIn(JsonParser parser, boolean ignoreUnknown, int maxCollectionSize, int maxProblems) {
    this.p = parser;
    this.ignoreUnknown = ignoreUnknown;
    this.maxCollectionSize = maxCollectionSize;
    this.maxNameLength = parser.streamReadConstraints().getMaxNameLength();
    this.problems = new ProblemLog(maxProblems);
  }

  /**
   * Sets the locale of the messages of the validation rules this reader's value breaks (English
   * unless set); the messages of every other problem are English.
   *
   * @param locale the locale of rule messages
   * @return this reader
   */
  JsonIn messageLocale(Locale locale) {
    this.messageLocale = Objects.requireNonNull(locale, "locale");
    return this;
  }

  /** {@return the locale of the messages of validation rules} */
  Locale messageLocale() {
    return messageLocale;
  }

  /**
   * Whether observations check their rules as they are read. A portfolio turns this off for its
   * observations, because it validates them with everything else once built, so that one pass
   * reports every rule the document breaks.
   *
   * @param check whether to check
   * @return the previous setting
   */
  boolean observationRules(boolean check) {
    boolean previous = observationRules;
    observationRules = check;
    return previous;
  }

  /** {@return whether observations check their rules as they are read} */
  boolean observationRules() {
    return observationRules;
  }

  /** {@return the parser} */
  JsonParser parser() {
    return p;
  }

  /** {@return the problems recorded so far, with the marks that tell whether a value failed} */
  ProblemLog problems() {
    return problems;
  }

  // ---- structure ----

  /**
   * {@return true if the parser is on the start of an object; otherwise records a problem and
   *     skips the value}
   *
   * @param expected what the value should be, such as "an agreement object"
   */
  boolean object(String expected) {
    if (p.currentToken() == JsonToken.START_OBJECT) {
      return true;
    }
    mismatch(expected);
    return false;
  }

  /**
   * Moves to the next property of the current object and onto its value.
   *
   * @return the property's name, or null at the end of the object
   */
  String nextName() {
    String name = p.nextName();
    if (name == null) {
      return null;
    }
    p.nextToken();
    return name;
  }

  /**
   * Moves to the next property and onto its value, as {@link #nextName()} does, expecting one
   * name: the one the canonical writer puts next. If the document has it, the parser matches its
   * bytes without decoding the name or looking it up; any other name is read as usual, so the
   * guess changes the speed, never the result. (A name longer than the name length limit is
   * never matched so: the parser checks the limit only on names it decodes.)
   *
   * @param likely the name the canonical order puts next
   * @return the property's name, or null at the end of the object
   */
  String nextName(SerializedString likely) {
    if (likely.charLength() <= maxNameLength && p.nextName(likely)) {
      p.nextToken();
      return likely.getValue();
    }
    if (p.currentToken() != JsonToken.PROPERTY_NAME) {
      return null;
    }
    String name = p.currentName();
    p.nextToken();
    return name;
  }

  /**
   * Detects a repeated property: each reader keeps one bit per property it has seen. Checking
   * here, rather than with the parser's duplicate detection, costs no set per object.
   *
   * @param seen the bits of the properties seen so far in this object
   * @param bit the property's bit
   * @param name the property's name
   * @return true if the property was already seen (then the problem is recorded and the value skipped)
   */
  boolean repeated(int seen, int bit, String name) {
    if ((seen & bit) == 0) {
      return false;
    }
    duplicateProperty(name);
    return true;
  }

  /**
   * Records a property that appears twice in one object, and skips the second value.
   *
   * @param name the property's name
   */
  void duplicateProperty(String name) {
    TokenStreamLocation at = p.currentTokenLocation();
    problems.addBuildable(new Issue(Kind.DUPLICATE, pointer(), at.getLineNr(), at.getColumnNr(),
        ProblemMessages.duplicateProperty(name), name, ProblemMessages.ONCE, false));
    p.skipChildren();
  }

  /**
   * Records (or, when lenient, lists) a property the format does not define, and skips its value.
   *
   * @param name the property's name
   * @param known the properties the object may have, for the message
   */
  void unknown(String name, String known) {
    TokenStreamLocation at = p.currentTokenLocation();
    Issue issue = new Issue(Kind.UNKNOWN_PROPERTY, pointer(), at.getLineNr(), at.getColumnNr(),
        ProblemMessages.unknownProperty(name, known), name, known, false);
    if (ignoreUnknown) {
      problems.ignore(issue);
    } else {
      problems.addBuildable(issue);
    }
    skipDecoding();
  }

  /**
   * Skips the value under the parser, decoding its strings: the parser's own skip does not look
   * inside strings, and a skipped value (a lenient read's unknown property) must be UTF-8 too.
   */
  private void skipDecoding() {
    JsonToken token = p.currentToken();
    if (token == JsonToken.VALUE_STRING) {
      p.getString();
      return;
    }
    if (token != JsonToken.START_OBJECT && token != JsonToken.START_ARRAY) {
      return;
    }
    int depth = 1;
    while (depth > 0) {
      token = p.nextToken();
      if (token == null) {
        return; // the parser reports the end of the input on the next read
      }
      if (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) {
        depth++;
      } else if (token == JsonToken.END_OBJECT || token == JsonToken.END_ARRAY) {
        depth--;
      } else if (token == JsonToken.VALUE_STRING) {
        p.getString();
      }
    }
  }

  /**
   * {@return true if the parser is on the start of an array; otherwise records a problem and skips}
   *
   * @param expected what the value should be, such as "an array of agreement objects"
   */
  boolean array(String expected) {
    if (p.currentToken() == JsonToken.START_ARRAY) {
      return true;
    }
    mismatch(expected);
    return false;
  }

  /**
   * Moves onto the next element of the current array.
   *
   * @param count the number of elements read so far
   * @return false at the end of the array, or when the array exceeds the collection limit (which
   *     is recorded, and the rest of the array skipped)
   */
  boolean nextElement(int count) {
    JsonToken token = p.nextToken();
    if (token == JsonToken.END_ARRAY) {
      return false;
    }
    if (count >= maxCollectionSize) {
      here(Kind.LIMIT, ProblemMessages.tooManyElements(maxCollectionSize), null,
          ProblemMessages.atMostElements(maxCollectionSize));
      while (token != JsonToken.END_ARRAY) {
        p.skipChildren();
        token = p.nextToken();
      }
      return false;
    }
    return true;
  }

  // ---- scalars ----

  /**
   * {@return the string value, or null (problem recorded) if the value is not a string}
   *
   * @param expected what the string should be
   */
  String string(String expected) {
    if (p.currentToken() == JsonToken.VALUE_STRING) {
      return text();
    }
    mismatch(expected);
    return null;
  }

  /**
   * {@return the string under the parser, or null (problem recorded) if it holds a surrogate escape
   * that is not half of a pair ({@code "\ud800"}): such a string is not Unicode text}
   */
  String text() {
    int lone = Texts.loneSurrogate(p.getStringCharacters(), p.getStringOffset(), p.getStringLength());
    String text = p.getString();
    if (lone < 0) {
      return text;
    }
    here(Kind.INVALID_VALUE, ProblemMessages.loneSurrogate(text, lone - p.getStringOffset()), text,
        ProblemMessages.I_JSON);
    return null;
  }

  /**
   * Reads a string and converts it with one of the model's own factories, reporting the model's
   * refusal at the value in the model's words ({@link ProblemMessages#refused(RuntimeException)}):
   * the model quotes the value it refuses, escaped and bounded, so its message is taken as it is.
   * An empty string is reported in the reader's words ("'' is not a partial date ..."), as it
   * always has been: it says what was expected in the format's terms.
   *
   * @param expected what the value should be, such as "a partial date such as 2017-11-22"
   * @param parse the model's factory, such as {@code PartialDate::parse}
   * @param <T> the value's type
   * @return the value, or null (problem recorded)
   */
  <T> T parsed(String expected, Function<String, T> parse) {
    return converted(expected, parse, true);
  }

  /**
   * Reads a string and converts it with a factory of the JDK ({@code Period::parse},
   * {@code URI::create}), whose messages do not name the value ("Text cannot be parsed to a
   * Period"): a refusal is reported in the reader's own words, "'P3X' is not ...", with the reason
   * and place a {@link java.net.URISyntaxException} gives as fields.
   *
   * @param expected what the value should be, such as "an ISO 8601 period string such as \"P3Y\""
   * @param parse the JDK's factory
   * @param <T> the value's type
   * @return the value, or null (problem recorded)
   */
  <T> T parsedByJdk(String expected, Function<String, T> parse) {
    return converted(expected, parse, false);
  }

  /** Reads a string and converts it, reporting a refusal in the model's words or, if not its, the reader's. */
  private <T> T converted(String expected, Function<String, T> parse, boolean byModel) {
    if (p.currentToken() != JsonToken.VALUE_STRING) {
      mismatch(expected);
      return null;
    }
    String text = text();
    if (text == null) {
      return null;
    }
    try {
      return parse.apply(text);
    } catch (RuntimeException e) {
      String message;
      if (byModel && !text.isEmpty()) {
        message = ProblemMessages.refused(e);
      } else if (!byModel && e.getCause() instanceof java.net.URISyntaxException u) {
        message = ProblemMessages.notAUri(text, expected, u);
      } else {
        message = ProblemMessages.notA(text, expected);
      }
      here(Kind.INVALID_VALUE, message, text, expected);
      return null;
    }
  }

  /** {@return the country of an alpha-3 code, or null (problem recorded)} */
  CountryCode country() {
    if (p.currentToken() == JsonToken.VALUE_STRING && p.getStringLength() == 3) {
      char[] chars = p.getStringCharacters();
      int offset = p.getStringOffset();
      CountryCode known = CountryTable.find(chars[offset], chars[offset + 1], chars[offset + 2]);
      if (known != null) {
        return known;
      }
    }
    return parsed(Codes.COUNTRY, CountryCode::of);
  }

  /**
   * {@return the constant, or null (problem recorded)}
   *
   * @param codes the enum's codes
   * @param <E> the enum
   */
  <E extends Enum<E>> E code(EnumCodec<E> codes) {
    if (p.currentToken() == JsonToken.VALUE_STRING) {
      E known = codes.find(p.getStringCharacters(), p.getStringOffset(), p.getStringLength());
      if (known != null) {
        return known;
      }
    }
    String text = string(codes.expected());
    if (text == null) {
      return null;
    }
    E value = codes.find(text);
    if (value == null) {
      here(Kind.INVALID_VALUE, ProblemMessages.unknownCode(text, codes.expected()), text, codes.expected());
    }
    return value;
  }

  /**
   * {@return the value, or {@link #NO_INTEGER} (problem recorded) if the value is not an integer
   *     in the int range}
   *
   * @param expected what the integer is, such as "an integer edition year"
   */
  long integer(String expected) {
    JsonToken token = p.currentToken();
    if (token == JsonToken.VALUE_NUMBER_INT) {
      if (p.getNumberType() == JsonParser.NumberType.INT) {
        return p.getIntValue();
      }
      here(Kind.INVALID_VALUE, ProblemMessages.integerOutOfRange(p.getString(), expected), p.getString(), expected);
      return NO_INTEGER;
    }
    mismatch(expected);
    return NO_INTEGER;
  }

  /**
   * Reads an exact decimal from the number's text, never through {@code double}, keeping its
   * scale. Numbers whose exponent alone puts them far beyond the model's bounds are refused from
   * the text, before any decimal is built; the rest are checked against the bounds by the model's
   * own rule.
   *
   * @param owner the model type, for the bounds rule
   * @param attribute the attribute, for the bounds rule
   * @return the decimal, or null (problem recorded)
   */
  BigDecimal decimal(String owner, String attribute) {
    JsonToken token = p.currentToken();
    if (token != JsonToken.VALUE_NUMBER_INT && token != JsonToken.VALUE_NUMBER_FLOAT) {
      mismatch(Codes.DECIMAL);
      return null;
    }
    char[] chars = p.getStringCharacters();
    int offset = p.getStringOffset();
    int length = p.getStringLength();
    // The commonest form is built from its digits; the general parser reads the rest.
    BigDecimal value = Decimals.plain(chars, offset, length);
    if (value == null) {
      if (token == JsonToken.VALUE_NUMBER_FLOAT && exponentFarOutOfBounds(chars, offset, length)) {
        String text = new String(chars, offset, length);
        here(Kind.LIMIT, ProblemMessages.numberOutOfBounds(text), text, Codes.DECIMAL);
        return null;
      }
      value = new BigDecimal(chars, offset, length);
    }
    try {
      return Checks.boundedDecimal(owner, attribute, value);
    } catch (IllegalArgumentException e) {
      here(Kind.LIMIT, ProblemMessages.refused(e), Texts.value(value.toString()), Codes.DECIMAL);
      return null;
    }
  }

  /**
   * True when the exponent is so large that no mantissa of this length can bring the scale back
   * within bounds: then the decimal is not built at all.
   */
  private static boolean exponentFarOutOfBounds(char[] chars, int offset, int length) {
    int end = offset + length;
    int e = offset;
    while (e < end && chars[e] != 'e' && chars[e] != 'E') {
      e++;
    }
    if (e == end) {
      return false;
    }
    int i = e + 1;
    if (i < end && (chars[i] == '+' || chars[i] == '-')) {
      i++;
    }
    while (i < end - 1 && chars[i] == '0') {
      i++;
    }
    if (end - i > 6) {
      return true;
    }
    int exponent = 0;
    for (; i < end; i++) {
      exponent = exponent * 10 + (chars[i] - '0');
    }
    return exponent > length + Checks.MAX_DECIMAL_SCALE;
  }

  // ---- building ----

  /**
   * Builds a value whose fields were read without problems, and reports a broken invariant at
   * the attribute it names.
   *
   * @param mark the {@link ProblemLog#mark() mark} taken when the object's reading began
   * @param build calls the builder's {@code build()}
   * @param <T> the value's type
   * @return the value, or null if a problem was found (now or while reading its fields)
   */
  <T> T build(int mark, Supplier<T> build) {
    if (problems.failedSince(mark)) {
      return null;
    }
    try {
      return build.get();
    } catch (IllegalArgumentException | IllegalStateException | java.time.DateTimeException e) {
      invariant(e);
      return null;
    }
  }

  /**
   * Records a broken invariant of the object that has just been read (the parser is on its end),
   * at the attribute the model's {@link InvalidAttributeException} names (an invalid
   * {@code Agreement.id} is reported at {@code .../id}), never by reading its message.
   *
   * @param e the model's exception
   */
  void invariant(RuntimeException e) {
    String base = objectPointer();
    String pointer = e instanceof InvalidAttributeException invalid ? base + "/" + invalid.attribute() : base;
    relocatable(Kind.INVALID_VALUE, pointer, ProblemMessages.refused(e), null, null);
  }

  /**
   * Records a required property that is absent from the object just read.
   *
   * @param property the property's name
   * @param expected what it should hold
   */
  void missing(String property, String expected) {
    relocatable(Kind.MISSING, objectPointer(), ProblemMessages.missing(property, expected), null, expected);
  }

  /**
   * Records a problem about a value that is not under the parser: its line and column are found
   * afterwards from its pointer.
   */
  void relocatable(Kind kind, String pointer, String message, String value, String expected) {
    TokenStreamLocation at = p.currentTokenLocation();
    problems.add(new Issue(kind, pointer, at.getLineNr(), at.getColumnNr(), message, value, expected, true));
  }

  /**
   * Records a problem at the value under the parser.
   *
   * @param kind the kind of problem
   * @param message the message
   * @param value the bad value as written, or null
   * @param expected what was expected, or null
   */
  void here(Kind kind, String message, String value, String expected) {
    TokenStreamLocation at = p.currentTokenLocation();
    problems.add(new Issue(kind, pointer(), at.getLineNr(), at.getColumnNr(), message, value, expected, false));
  }

  /**
   * Records a duplicate element of a set at the value under the parser.
   *
   * @param value the repeated element
   */
  void duplicateElement(String value) {
    here(Kind.DUPLICATE, ProblemMessages.duplicateElement(value), value, ProblemMessages.DISTINCT);
  }

  /** Records a value of the wrong JSON type and skips it. */
  private void mismatch(String expected) {
    JsonToken token = p.currentToken();
    here(Kind.TYPE, ProblemMessages.mismatch(expected, ProblemMessages.found(token, token == null ? null : p.getString())),
        valueText(), expected);
    p.skipChildren();
  }

  private String valueText() {
    JsonToken token = p.currentToken();
    if (token == null || token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) {
      return null;
    }
    return p.getString();
  }

  /** {@return the JSON Pointer of the value under the parser} */
  String pointer() {
    return p.streamReadContext().pathAsPointer().toString();
  }

  /** {@return the JSON Pointer of the object or array whose end the parser is on} */
  String objectPointer() {
    JsonToken token = p.currentToken();
    if (token == JsonToken.END_OBJECT || token == JsonToken.END_ARRAY) {
      return p.streamReadContext().pathAsPointer().toString();
    }
    return pointer();
  }
}

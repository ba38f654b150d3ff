package org.egovcoop.json.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.egovcoop.geo.CountryCode;
import org.egovcoop.internal.Checks;
import org.egovcoop.internal.CountryTable;
import org.egovcoop.internal.Decimals;
import org.egovcoop.validation.InvalidAttributeException;
import org.egovcoop.json.JsonProblem.Kind;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.io.SerializedString;

/**
 * The reading side of a codec: a parser positioned on a value, and the problems found so far.
 *
 * <p>Each reader is called with the parser on the first token of its value and leaves it on the
 * value's last token. A reader that finds a problem records it, skips the bad value and goes on,
 * so that one pass reports as much as the structure allows; it returns null when its value could
 * not be built, and its caller then builds nothing either.
 */
public final class JsonIn {

  /** Returned by {@link #integer(String)} when no integer could be read; outside the int range. */
  public static final long NO_INTEGER = Long.MIN_VALUE;

  /** The problems of one kind kept when no limit is given. */
  public static final int DEFAULT_MAX_PROBLEMS = 100;

  private static final String I_JSON = "Unicode text: a surrogate escape only as half of a pair (I-JSON, RFC 7493)";

  private final JsonParser p;
  private final boolean ignoreUnknown;
  private final int maxCollectionSize;
  private final int maxNameLength;
  private final Problems issues;
  private final Problems ignored;
  /** The problems after which no value can be built: all but unknown and repeated properties. */
  private int blocking;
  private boolean observationRules = true;
  private Locale messageLocale = Locale.ENGLISH;

  /**
   * A reader of one value from the parser.
   *
   * @param parser the parser, on the first token of the value to read
   * @param ignoreUnknown whether unknown properties are skipped (and listed) rather than errors
   * @param maxCollectionSize the most elements read from any one array
   */
  public JsonIn(JsonParser parser, boolean ignoreUnknown, int maxCollectionSize) {
    this(parser, ignoreUnknown, maxCollectionSize, DEFAULT_MAX_PROBLEMS);
  }

  /**
   * A reader of one document from a parser, recording its problems.
   *
   * @param parser the parser, on the first token of the value to read
   * @param ignoreUnknown whether unknown properties are skipped (and listed) rather than errors
   * @param maxCollectionSize the most elements read from any one array
   * @param maxProblems the most problems of one kind kept; the others are only counted
   */
  public JsonIn(JsonParser parser, boolean ignoreUnknown, int maxCollectionSize, int maxProblems) {
    this.p = parser;
    this.ignoreUnknown = ignoreUnknown;
    this.maxCollectionSize = maxCollectionSize;
    this.maxNameLength = parser.streamReadConstraints().getMaxNameLength();
    this.issues = new Problems(maxProblems);
    this.ignored = new Problems(maxProblems);
  }

  /**
   * Sets the locale of the messages of the validation rules this reader's value breaks (English
   * unless set); the messages of every other problem are English.
   *
   * @param locale the locale of rule messages
   * @return this reader
   */
  public JsonIn messageLocale(Locale locale) {
    this.messageLocale = java.util.Objects.requireNonNull(locale, "locale");
    return this;
  }

  /** {@return the locale of the messages of validation rules} */
  public Locale messageLocale() {
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
  public boolean observationRules(boolean check) {
    boolean previous = observationRules;
    observationRules = check;
    return previous;
  }

  /** {@return whether observations check their rules as they are read} */
  public boolean observationRules() {
    return observationRules;
  }

  /** {@return the parser} */
  public JsonParser parser() {
    return p;
  }

  /** {@return a mark to pass to {@link #failedSince(int)}} */
  public int mark() {
    return blocking;
  }

  /**
   * An unknown property or a repeated one (whose second value is skipped) does not count: the
   * object is still built, so that its invariants and rules are checked in the same pass.
   *
   * @param mark a mark from {@link #mark()}
   * @return whether a problem that prevents building was recorded since
   */
  public boolean failedSince(int mark) {
    return blocking > mark;
  }

  /** {@return whether a problem that prevents building was recorded} */
  public boolean failed() {
    return blocking > 0;
  }

  Problems issues() {
    return issues;
  }

  Problems ignored() {
    return ignored;
  }

  /** Records a problem after which the value concerned cannot be built. */
  void add(Issue issue) {
    blocking++;
    issues.add(issue);
  }

  // ---- structure ----

  /**
   * {@return true if the parser is on the start of an object; otherwise records a problem and
   *     skips the value}
   *
   * @param expected what the value should be, such as "an agreement object"
   */
  public boolean object(String expected) {
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
  public String nextName() {
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
  public String nextName(SerializedString likely) {
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
  public boolean repeated(int seen, int bit, String name) {
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
  public void duplicateProperty(String name) {
    TokenStreamLocation at = p.currentTokenLocation();
    issues.add(new Issue(Kind.DUPLICATE, pointer(), at.getLineNr(), at.getColumnNr(),
        "duplicate property '" + abbreviate(name) + "': expected each property at most once", name,
        "each property at most once", false));
    p.skipChildren();
  }

  /**
   * Records (or, when lenient, lists) a property the format does not define, and skips its value.
   *
   * @param name the property's name
   * @param known the properties the object may have, for the message
   */
  public void unknown(String name, String known) {
    TokenStreamLocation at = p.currentTokenLocation();
    Issue issue = new Issue(Kind.UNKNOWN_PROPERTY, pointer(), at.getLineNr(), at.getColumnNr(),
        "unknown property '" + abbreviate(name) + "': expected one of " + known, name, known, false);
    (ignoreUnknown ? ignored : issues).add(issue);
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
  public boolean array(String expected) {
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
  public boolean nextElement(int count) {
    JsonToken token = p.nextToken();
    if (token == JsonToken.END_ARRAY) {
      return false;
    }
    if (count >= maxCollectionSize) {
      here(Kind.LIMIT, "array has more than " + maxCollectionSize + " elements, the limit of any one array",
          null, "at most " + maxCollectionSize + " elements");
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
  public String string(String expected) {
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
  public String text() {
    int lone = Texts.loneSurrogate(p.getStringCharacters(), p.getStringOffset(), p.getStringLength());
    String text = p.getString();
    if (lone < 0) {
      return text;
    }
    char c = text.charAt(lone - p.getStringOffset());
    here(Kind.INVALID_VALUE, "string \"" + abbreviate(text) + "\" holds the lone surrogate " + Texts.escape(
        String.valueOf(c)) + " at character " + (lone - p.getStringOffset() + 1) + ": expected " + I_JSON, text, I_JSON);
    return null;
  }

  /**
   * Reads a string and converts it with one of the model's own factories, reporting the
   * factory's message at the value if it refuses.
   *
   * @param expected what the value should be, such as "a partial date such as 2017-11-22"
   * @param parse the model's factory, such as {@code PartialDate::parse}
   * @param <T> the value's type
   * @return the value, or null (problem recorded)
   */
  public <T> T parsed(String expected, Function<String, T> parse) {
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
      here(Kind.INVALID_VALUE, parseMessage(e, text, expected), text, expected);
      return null;
    }
  }

  /**
   * The model's message names the value it refuses; java.time's and java.net's do not ("Text cannot
   * be parsed to a Period"), and are replaced by one that names the value and the form expected.
   */
  private static String parseMessage(RuntimeException e, String text, String expected) {
    if (e.getCause() instanceof java.net.URISyntaxException) {
      java.net.URISyntaxException u = (java.net.URISyntaxException) e.getCause();
      return "'" + abbreviate(text) + "' is not " + expected + ": " + Decoding.decapitalize(u.getReason())
          + (u.getIndex() >= 0 ? " at character " + (u.getIndex() + 1) : "");
    }
    String message = modelMessage(e);
    if (!text.isEmpty() && message.contains(text)) {
      return message.replace(text, abbreviate(text)); // a long value quoted once, abbreviated
    }
    return "'" + abbreviate(text) + "' is not " + expected;
  }

  /** {@return the country of an alpha-3 code, or null (problem recorded)} */
  public CountryCode country() {
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
  public <E extends Enum<E>> E code(EnumCodec<E> codes) {
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
      here(Kind.INVALID_VALUE, "unknown code '" + abbreviate(text) + "': expected " + codes.expected(),
          text, codes.expected());
    }
    return value;
  }

  /**
   * {@return the value, or {@link #NO_INTEGER} (problem recorded) if the value is not an integer
   *     in the int range}
   *
   * @param expected what the integer is, such as "an integer edition year"
   */
  public long integer(String expected) {
    JsonToken token = p.currentToken();
    if (token == JsonToken.VALUE_NUMBER_INT) {
      if (p.getNumberType() == JsonParser.NumberType.INT) {
        return p.getIntValue();
      }
      here(Kind.INVALID_VALUE, "integer " + abbreviate(p.getString()) + " is out of range: expected " + expected,
          p.getString(), expected);
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
  public BigDecimal decimal(String owner, String attribute) {
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
        here(Kind.LIMIT, "number " + abbreviate(text) + " is out of bounds: at most " + Checks.MAX_DECIMAL_PRECISION
            + " significant digits and a scale within ±" + Checks.MAX_DECIMAL_SCALE, text, Codes.DECIMAL);
        return null;
      }
      value = new BigDecimal(chars, offset, length);
    }
    try {
      return Checks.boundedDecimal(owner, attribute, value);
    } catch (IllegalArgumentException e) {
      here(Kind.LIMIT, modelMessage(e), abbreviate(value.toString()), Codes.DECIMAL);
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
   * @param mark the mark taken when the object's reading began
   * @param build calls the builder's {@code build()}
   * @param <T> the value's type
   * @return the value, or null if a problem was found (now or while reading its fields)
   */
  public <T> T build(int mark, Supplier<T> build) {
    if (failedSince(mark)) {
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
  public void invariant(RuntimeException e) {
    String base = objectPointer();
    String pointer = e instanceof InvalidAttributeException invalid ? base + "/" + invalid.attribute() : base;
    relocatable(Kind.INVALID_VALUE, pointer, modelMessage(e), null, null);
  }

  private static final Pattern LONG_QUOTED = Pattern.compile("'([^']{" + (Texts.MAX_VALUE + 1) + ",})'");

  /** The model quotes the values it refuses ('...' is not a valid id): long ones are abbreviated. */
  private static String abbreviateQuoted(String message) {
    Matcher m = LONG_QUOTED.matcher(message);
    if (!m.find()) {
      return message;
    }
    StringBuilder out = new StringBuilder();
    do {
      m.appendReplacement(out, Matcher.quoteReplacement("'" + abbreviate(m.group(1)) + "'"));
    } while (m.find());
    return m.appendTail(out).toString();
  }

  /**
   * Records a required property that is absent from the object just read.
   *
   * @param property the property's name
   * @param expected what it should hold
   */
  public void missing(String property, String expected) {
    relocatable(Kind.MISSING, objectPointer(),
        "missing required property '" + property + "': expected " + expected, null, expected);
  }

  /**
   * Records a problem about a value that is not under the parser: its line and column are found
   * afterwards from its pointer.
   */
  void relocatable(Kind kind, String pointer, String message, String value, String expected) {
    TokenStreamLocation at = p.currentTokenLocation();
    add(new Issue(kind, pointer, at.getLineNr(), at.getColumnNr(), message, value, expected, true));
  }

  /**
   * Records a problem at the value under the parser.
   *
   * @param kind the kind of problem
   * @param message the message
   * @param value the bad value as written, or null
   * @param expected what was expected, or null
   */
  public void here(Kind kind, String message, String value, String expected) {
    TokenStreamLocation at = p.currentTokenLocation();
    add(new Issue(kind, pointer(), at.getLineNr(), at.getColumnNr(), message, value, expected, false));
  }

  /**
   * Records a duplicate element of a set at the value under the parser.
   *
   * @param value the repeated element
   */
  public void duplicateElement(String value) {
    here(Kind.DUPLICATE, "'" + abbreviate(value) + "' appears twice in a set: expected distinct values", value,
        "distinct values");
  }

  /** Records a value of the wrong JSON type and skips it. */
  private void mismatch(String expected) {
    String found = found();
    here(Kind.TYPE, "expected " + expected + ", found " + found, valueText(), expected);
    p.skipChildren();
  }

  private String found() {
    JsonToken token = p.currentToken();
    if (token == null) {
      return "nothing";
    }
    switch (token) {
      case START_OBJECT:
        return "an object";
      case START_ARRAY:
        return "an array";
      case VALUE_STRING:
        return "the string \"" + abbreviate(p.getString()) + "\"";
      case VALUE_NUMBER_INT:
      case VALUE_NUMBER_FLOAT:
        return "the number " + abbreviate(p.getString());
      case VALUE_TRUE:
        return "true";
      case VALUE_FALSE:
        return "false";
      case VALUE_NULL:
        return "null (omit a property that has no value)";
      default:
        return abbreviate(p.getString());
    }
  }

  private String valueText() {
    JsonToken token = p.currentToken();
    if (token == null || token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) {
      return null;
    }
    return p.getString();
  }

  /** {@return the JSON Pointer of the value under the parser} */
  public String pointer() {
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

  /** {@return the model's message for a document: an invalid attribute's reason, without its type and name} */
  static String modelMessage(RuntimeException e) {
    String message = e instanceof InvalidAttributeException invalid ? invalid.reason() : String.valueOf(e.getMessage());
    return abbreviateQuoted(Decoding.decapitalize(message));
  }

  /**
   * Abbreviates a value or name for a message.
   *
   * @param text a value or name from the document
   * @return it as a message may quote it: escaped and abbreviated ({@link Texts#value(String)})
   */
  static String abbreviate(String text) {
    return Texts.value(text);
  }
}

package org.egovcoop.jackson2;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Objects;
import tools.jackson.core.Base64Variant;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.Version;
import tools.jackson.core.base.ParserMinimalBase;
import tools.jackson.core.exc.InputCoercionException;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.core.io.ContentReference;

/**
 * A Jackson 2 parser seen as a Jackson 3 one, so that egovcoop's codecs, which read Jackson 3's
 * streaming API, read from it. Every token, text, number (its text kept, so decimals stay exact),
 * location and name is the Jackson 2 parser's; the stream context's pointer is the absolute one
 * of the enclosing document; Jackson 2's failures (syntax, stream constraints, I/O) become the
 * Jackson 3 exceptions the engine interprets, with Jackson 3's wording where Jackson 2 words a
 * message otherwise, so that the problems are the same.
 *
 * <p>It neither owns nor closes the Jackson 2 parser, and leaves it on the token where the codec
 * stopped (a value's last token), as a Jackson 2 deserializer must.
 */
final class Jackson2Parser extends ParserMinimalBase {

  private static final JsonToken[] TOKENS = tokens();
  private static final NumberType[] NUMBER_TYPES = numberTypes();

  private final com.fasterxml.jackson.core.JsonParser p;

  /**
   * A view of a Jackson 2 parser that is on the first token of the value to read.
   *
   * @param parser the Jackson 2 parser
   */
  Jackson2Parser(com.fasterxml.jackson.core.JsonParser parser) {
    // The constraints come through the read context: Jackson 3.1's ParserMinimalBase takes them
    // only from there (3.2 added a constructor that takes them directly).
    super(new Limited(Constraints.of(parser.streamReadConstraints())));
    this.p = parser;
    this._currToken = token(parser.currentToken());
  }

  private static JsonToken[] tokens() {
    com.fasterxml.jackson.core.JsonToken[] old = com.fasterxml.jackson.core.JsonToken.values();
    JsonToken[] tokens = new JsonToken[old.length];
    for (com.fasterxml.jackson.core.JsonToken token : old) {
      tokens[token.ordinal()] = token == com.fasterxml.jackson.core.JsonToken.FIELD_NAME
          ? JsonToken.PROPERTY_NAME : JsonToken.valueOf(token.name());
    }
    return tokens;
  }

  private static NumberType[] numberTypes() {
    com.fasterxml.jackson.core.JsonParser.NumberType[] old = com.fasterxml.jackson.core.JsonParser.NumberType.values();
    NumberType[] types = new NumberType[old.length];
    for (com.fasterxml.jackson.core.JsonParser.NumberType type : old) {
      types[type.ordinal()] = NumberType.valueOf(type.name());
    }
    return types;
  }

  private static JsonToken token(com.fasterxml.jackson.core.JsonToken token) {
    return token == null ? null : TOKENS[token.ordinal()];
  }

  // ---- tokens ----

  @Override
  public JsonToken nextToken() {
    try {
      return _currToken = token(p.nextToken());
    } catch (IOException e) {
      throw failure(e);
    }
  }

  @Override
  public String nextName() {
    try {
      String name = p.nextFieldName();
      _currToken = token(p.currentToken());
      return name;
    } catch (IOException e) {
      throw failure(e);
    }
  }

  /**
   * Moves to the next property, matching the name the codec expects there as Jackson 2 matches a
   * name it is given: against the input, without decoding the name or looking it up.
   */
  @Override
  public boolean nextName(tools.jackson.core.SerializableString expected) {
    try {
      boolean matched = p.nextFieldName(Names.of(expected.getValue()));
      _currToken = token(p.currentToken());
      return matched;
    } catch (IOException e) {
      throw failure(e);
    }
  }

  /** The codecs' property names as Jackson 2 serialized strings, made once each. */
  static final class Names {
    private Names() {}

    /** More than all the names of the format; past it a name is made each time rather than kept. */
    private static final int MAX_KEPT = 512;

    private static final java.util.concurrent.ConcurrentMap<String, com.fasterxml.jackson.core.SerializableString> NAMES =
        new java.util.concurrent.ConcurrentHashMap<>();

    static com.fasterxml.jackson.core.SerializableString of(String name) {
      com.fasterxml.jackson.core.SerializableString known = NAMES.get(name);
      if (known != null) {
        return known;
      }
      com.fasterxml.jackson.core.SerializableString made = new com.fasterxml.jackson.core.io.SerializedString(name);
      if (NAMES.size() < MAX_KEPT) {
        NAMES.putIfAbsent(name, made);
      }
      return made;
    }
  }

  @Override
  public JsonToken nextValue() {
    JsonToken token = nextToken();
    return token == JsonToken.PROPERTY_NAME ? nextToken() : token;
  }

  @Override
  public tools.jackson.core.JsonParser skipChildren() {
    try {
      p.skipChildren();
      _currToken = token(p.currentToken());
      return this;
    } catch (IOException e) {
      throw failure(e);
    }
  }

  @Override
  public void finishToken() {
    try {
      p.finishToken();
    } catch (IOException e) {
      throw failure(e);
    }
  }

  @Override
  public String currentName() {
    try {
      return p.currentName();
    } catch (IOException e) {
      throw failure(e);
    }
  }

  // ---- text ----

  @Override
  public String getString() {
    try {
      return p.getText();
    } catch (IOException e) {
      throw failure(e);
    }
  }

  @Override
  public char[] getStringCharacters() {
    try {
      return p.getTextCharacters();
    } catch (IOException e) {
      throw failure(e);
    }
  }

  @Override
  public int getStringLength() {
    try {
      return p.getTextLength();
    } catch (IOException e) {
      throw failure(e);
    }
  }

  @Override
  public int getStringOffset() {
    try {
      return p.getTextOffset();
    } catch (IOException e) {
      throw failure(e);
    }
  }

  @Override
  public boolean hasStringCharacters() {
    return p.hasTextCharacters();
  }

  @Override
  public byte[] getBinaryValue(Base64Variant variant) {
    try {
      return p.getBinaryValue();
    } catch (IOException e) {
      throw failure(e);
    }
  }

  @Override
  public Object getEmbeddedObject() {
    try {
      return p.getEmbeddedObject();
    } catch (IOException e) {
      throw failure(e);
    }
  }

  // ---- numbers ----

  @Override
  public Number getNumberValue() {
    return number(com.fasterxml.jackson.core.JsonParser::getNumberValue);
  }

  @Override
  public NumberType getNumberType() {
    com.fasterxml.jackson.core.JsonParser.NumberType type = number(com.fasterxml.jackson.core.JsonParser::getNumberType);
    return type == null ? null : NUMBER_TYPES[type.ordinal()];
  }

  @Override
  public int getIntValue() {
    return number(com.fasterxml.jackson.core.JsonParser::getIntValue);
  }

  @Override
  public long getLongValue() {
    return number(com.fasterxml.jackson.core.JsonParser::getLongValue);
  }

  @Override
  public BigInteger getBigIntegerValue() {
    return number(com.fasterxml.jackson.core.JsonParser::getBigIntegerValue);
  }

  @Override
  public float getFloatValue() {
    return number(com.fasterxml.jackson.core.JsonParser::getFloatValue);
  }

  @Override
  public double getDoubleValue() {
    return number(com.fasterxml.jackson.core.JsonParser::getDoubleValue);
  }

  @Override
  public BigDecimal getDecimalValue() {
    return number(com.fasterxml.jackson.core.JsonParser::getDecimalValue);
  }

  @Override
  public boolean isNaN() {
    try {
      return p.isNaN();
    } catch (IOException e) {
      throw failure(e);
    }
  }

  /** A reading of the Jackson 2 parser that may fail. */
  @FunctionalInterface
  private interface Read<T> {
    T from(com.fasterxml.jackson.core.JsonParser parser) throws IOException;
  }

  private <T> T number(Read<T> read) {
    try {
      return read.from(p);
    } catch (IOException e) {
      throw failure(e);
    }
  }

  // ---- where ----

  @Override
  public TokenStreamContext streamReadContext() {
    return Context.of(p.getParsingContext());
  }

  @Override
  public TokenStreamLocation currentTokenLocation() {
    return location(p.currentTokenLocation());
  }

  @Override
  public TokenStreamLocation currentLocation() {
    return location(p.currentLocation());
  }

  static TokenStreamLocation location(JsonLocation at) {
    if (at == null) {
      return TokenStreamLocation.NA;
    }
    return new TokenStreamLocation(ContentReference.unknown(), at.getByteOffset(), at.getCharOffset(), at.getLineNr(),
        at.getColumnNr());
  }

  @Override
  public Object streamReadInputSource() {
    return p.getInputSource();
  }

  @Override
  public Object currentValue() {
    return p.currentValue();
  }

  @Override
  public void assignCurrentValue(Object value) {
    p.assignCurrentValue(value);
  }

  @Override
  public Version version() {
    return Version.unknownVersion();
  }

  // ---- closing: the Jackson 2 parser belongs to its caller ----

  @Override
  protected void _closeInput() {}

  @Override
  protected void _releaseBuffers() {}

  @Override
  protected void _handleEOF() {}

  // ---- failures ----

  /**
   * {@return the Jackson 3 exception of a Jackson 2 failure, as the engine interprets it}: its
   * message as Jackson 2 worded it, which the engine's one reader of Jackson's messages knows.
   */
  private JacksonException failure(IOException e) {
    if (e instanceof com.fasterxml.jackson.core.exc.StreamConstraintsException limit) {
      return new StreamConstraintsException(Objects.toString(limit.getOriginalMessage(), ""), location(limit.getLocation()));
    }
    if (e instanceof com.fasterxml.jackson.core.exc.InputCoercionException coercion) {
      InputCoercionException converted = new InputCoercionException(this, Objects.toString(coercion.getOriginalMessage(), ""),
          token(coercion.getInputType()), coercion.getTargetType());
      converted.initCause(e);
      return converted;
    }
    if (e instanceof JsonProcessingException failure) {
      return new StreamReadException(this, Objects.toString(failure.getOriginalMessage(), ""), location(failure.getLocation()),
          e);
    }
    return JacksonIOException.construct(e, this);
  }

  /**
   * A Jackson 2 stream context as a Jackson 3 one: its type, index, name and parents, read when
   * it is asked for, so that its pointer is that of the Jackson 2 parser in the whole document.
   */
  static final class Context extends TokenStreamContext {
    private final JsonStreamContext context;
    private final String name;

    private Context(JsonStreamContext context) {
      super(context.inArray() ? TYPE_ARRAY : context.inObject() ? TYPE_OBJECT : TYPE_ROOT,
          context.hasCurrentIndex() ? context.getCurrentIndex() : -1);
      this._nestingDepth = context.getNestingDepth();
      this.context = context;
      this.name = context.getCurrentName();
    }

    static Context of(JsonStreamContext context) {
      return context == null ? null : new Context(context);
    }

    @Override
    public TokenStreamContext getParent() {
      return of(context.getParent());
    }

    @Override
    public String currentName() {
      return name;
    }

    @Override
    public Object currentValue() {
      return context.getCurrentValue();
    }

    @Override
    public void assignCurrentValue(Object value) {
      context.setCurrentValue(value);
    }
  }

  /** Jackson 2's stream constraints as Jackson 3's, computed once per constraints object. */
  static final class Constraints {
    private Constraints() {}

    private record Known(com.fasterxml.jackson.core.StreamReadConstraints jackson2, StreamReadConstraints jackson3) {}

    private static volatile Known last;

    static StreamReadConstraints of(com.fasterxml.jackson.core.StreamReadConstraints jackson2) {
      Known known = last;
      if (known != null && known.jackson2() == jackson2) {
        return known.jackson3();
      }
      StreamReadConstraints jackson3 = StreamReadConstraints.builder()
          .maxNestingDepth(jackson2.getMaxNestingDepth())
          .maxStringLength(jackson2.getMaxStringLength())
          .maxNameLength(jackson2.getMaxNameLength())
          .maxNumberLength(jackson2.getMaxNumberLength())
          .maxDocumentLength(jackson2.getMaxDocumentLength())
          .maxTokenCount(jackson2.getMaxTokenCount())
          .build();
      last = new Known(jackson2, jackson3);
      return jackson3;
    }
  }

  /** A read context that gives the parser Jackson 2's limits, translated. */
  private static final class Limited extends ObjectReadContext.Base {
    private final StreamReadConstraints constraints;

    Limited(StreamReadConstraints constraints) {
      this.constraints = constraints;
    }

    @Override
    public StreamReadConstraints streamReadConstraints() {
      return constraints;
    }
  }
}

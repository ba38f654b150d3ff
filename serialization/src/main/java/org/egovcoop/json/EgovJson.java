package org.egovcoop.json;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;
import org.egovcoop.json.JsonProblem.Kind;
import org.egovcoop.json.internal.CanonicalObservations;
import org.egovcoop.json.internal.Codec;
import org.egovcoop.json.internal.Decoding;
import org.egovcoop.json.internal.Encoding;
import org.egovcoop.json.internal.JsonIn;
import org.egovcoop.json.internal.JsonOut;
import org.egovcoop.json.internal.LineInput;
import org.egovcoop.json.internal.PortfolioCodec;
import org.egovcoop.json.internal.SurveyCodecs;
import org.egovcoop.portfolio.Portfolio;
import org.egovcoop.survey.IndexObservation;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.util.ByteArrayBuilder;

/**
 * Reads and writes egovcoop JSON: portfolio documents, index observations (one, an array, or
 * newline-delimited), strictly and canonically. The format is specified in {@code json-format.md},
 * which this module's jars carry as <a href="{@docRoot}/META-INF/egovcoop/json-format.md">{@code META-INF/egovcoop/json-format.md}</a>.
 *
 * <p><b>Reading</b> is strict: unknown properties, duplicate keys, values of the wrong JSON type
 * (no coercion), null, bad codes and dates, broken invariants, validation rules and exceeded
 * {@linkplain JsonLimits limits} are all errors, collected in one pass and thrown together as an
 * {@link EgovJsonException}, each with its JSON Pointer, line and column. A value that is read is
 * valid. Only {@code readPortfolioLeniently} skips unknown properties, and it returns the list of
 * what it skipped. Observations spelled exactly as the compact writer spells them (the bulk case:
 * arrays, NDJSON lines) are read straight from their bytes; any other spelling goes through the
 * general reader, to the same values and the same problems.
 *
 * <p><b>Writing</b> is canonical: one property order per type, empty optionals and collections
 * left out, localized texts and sets sorted, decimals exactly as their {@code BigDecimal}, so
 * equal values give equal bytes. Compact by default; {@link #indented()} gives the layout of
 * files and golden tests. {@link #withoutPersonalData()} leaves out every attribute marked
 * {@link org.egovcoop.privacy.PersonalData}.
 *
 * <pre>{@code
 * EgovJson json = EgovJson.create();
 * Portfolio portfolio = json.readPortfolio(Path.of("cooperation.json"));
 * byte[] published = json.withoutPersonalData().indented().writePortfolio(portfolio);
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe; keep one and share it.
 */
public final class EgovJson {

  /** The format version this library reads and writes, the value of {@code formatVersion}. */
  public static final String FORMAT_VERSION = PortfolioCodec.FORMAT_VERSION;
  /** The class path resource of the JSON Schema of a portfolio document. */
  public static final String PORTFOLIO_SCHEMA = "META-INF/schemas/egovcoop-portfolio-1.0.schema.json";
  /** The class path resource of the JSON Schema of one index observation (an NDJSON line). */
  public static final String OBSERVATION_SCHEMA = "META-INF/schemas/egovcoop-observation-1.0.schema.json";

  private static final EgovJson DEFAULT = new EgovJson(JsonLimits.defaults(), false, false, Locale.ENGLISH);
  private static final String PORTFOLIO_EXPECTED = "a portfolio object";
  private static final String OBSERVATIONS_EXPECTED = "an array of index observation objects";

  private final JsonLimits limits;
  private final boolean indented;
  private final boolean redact;
  private final Locale messageLocale;
  private final JsonFactory factory;

  private EgovJson(JsonLimits limits, boolean indented, boolean redact, Locale messageLocale) {
    this.limits = limits;
    this.indented = indented;
    this.redact = redact;
    this.messageLocale = messageLocale;
    // The codecs detect repeated properties themselves, cheaply, without the parser's set per object.
    this.factory = JsonFactory.builder()
        .streamReadConstraints(Encoding.constraints(limits))
        .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
        .build();
  }

  /** {@return the strict reader and compact canonical writer, with default limits} */
  public static EgovJson create() {
    return DEFAULT;
  }

  /**
   * {@return a copy that reads with these limits}
   *
   * @param limits the limits for reading
   */
  public EgovJson withLimits(JsonLimits limits) {
    return new EgovJson(Objects.requireNonNull(limits, "limits"), indented, redact, messageLocale);
  }

  /** {@return a copy that writes the indented canonical layout: two spaces, {@code \n} line ends, a final line end} */
  public EgovJson indented() {
    return indented ? this : new EgovJson(limits, true, redact, messageLocale);
  }

  /** {@return a copy that writes the compact canonical layout, without whitespace} */
  public EgovJson compact() {
    return indented ? new EgovJson(limits, false, redact, messageLocale) : this;
  }

  /**
   * {@return a copy whose writers leave out every attribute marked
   *     {@link org.egovcoop.privacy.PersonalData} (names of people, phone numbers, e-mail
   *     addresses); the output is still a valid document}
   */
  public EgovJson withoutPersonalData() {
    return redact ? this : new EgovJson(limits, indented, true, messageLocale);
  }

  /**
   * {@return a copy whose document readers give the messages of broken validation rules
   *     ({@link JsonProblem.Kind#RULE}) in this locale, as core's messages are translated
   *     (English and Korean), instead of English; every other message stays English}
   *
   * @param locale the locale of rule messages, such as a request's
   */
  public EgovJson withLocale(Locale locale) {
    Objects.requireNonNull(locale, "locale");
    return locale.equals(messageLocale) ? this : new EgovJson(limits, indented, redact, locale);
  }

  /** {@return the locale of the messages of validation rules: English unless set} */
  public Locale locale() {
    return messageLocale;
  }

  /** {@return the limits for reading} */
  public JsonLimits limits() {
    return limits;
  }

  /** {@return whether documents are written indented} */
  public boolean isIndented() {
    return indented;
  }

  /** {@return whether writers leave out personal data} */
  public boolean isWithoutPersonalData() {
    return redact;
  }

  // ---- reading documents ----

  /**
   * {@return the portfolio, valid}
   *
   * @param json a portfolio document in UTF-8
   * @throws EgovJsonException listing every problem
   */
  public Portfolio readPortfolio(byte[] json) {
    return strict(read(json, PortfolioCodec.PORTFOLIO::read, PORTFOLIO_EXPECTED, false));
  }

  /**
   * {@return the portfolio, valid}
   *
   * @param json a portfolio document
   * @throws EgovJsonException listing every problem
   */
  public Portfolio readPortfolio(String json) {
    return readPortfolio(json.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * {@return the portfolio, valid}
   *
   * @param in a portfolio document in UTF-8, read to its end (not closed)
   * @throws EgovJsonException listing every problem
   * @throws UncheckedIOException if the stream cannot be read
   */
  public Portfolio readPortfolio(InputStream in) {
    return strict(read(in, PortfolioCodec.PORTFOLIO::read, PORTFOLIO_EXPECTED, false));
  }

  /**
   * {@return the portfolio, valid}
   *
   * @param file a portfolio document in UTF-8
   * @throws EgovJsonException listing every problem
   * @throws UncheckedIOException if the file cannot be read
   */
  public Portfolio readPortfolio(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      return readPortfolio(in);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + file, e);
    }
  }

  /**
   * Reads a portfolio, skipping properties the format does not define, and lists them.
   *
   * @param json a portfolio document in UTF-8
   * @return the portfolio, valid, and the skipped properties
   * @throws EgovJsonException listing every other problem
   */
  public ReadResult<Portfolio> readPortfolioLeniently(byte[] json) {
    return lenient(read(json, PortfolioCodec.PORTFOLIO::read, PORTFOLIO_EXPECTED, true));
  }

  /**
   * Reads a portfolio, skipping properties the format does not define, and lists them.
   *
   * @param in a portfolio document in UTF-8, read to its end (not closed)
   * @return the portfolio, valid, and the skipped properties
   * @throws EgovJsonException listing every other problem
   */
  public ReadResult<Portfolio> readPortfolioLeniently(InputStream in) {
    return lenient(read(in, PortfolioCodec.PORTFOLIO::read, PORTFOLIO_EXPECTED, true));
  }

  /**
   * {@return the observation, valid}
   *
   * @param json one index observation object in UTF-8
   * @throws EgovJsonException listing every problem
   */
  public IndexObservation readObservation(byte[] json) {
    Objects.requireNonNull(json, "json");
    if (json.length <= limits.maxDocumentLength()) {
      IndexObservation canonical = CanonicalObservations.readOne(json, 0, json.length, limits);
      if (canonical != null) {
        return canonical;
      }
    }
    return strict(read(json, SurveyCodecs.OBSERVATION::read, SurveyCodecs.OBSERVATION.expected(), false));
  }

  /**
   * {@return the observation, valid}
   *
   * @param json one index observation object
   * @throws EgovJsonException listing every problem
   */
  public IndexObservation readObservation(String json) {
    return readObservation(json.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * {@return the observations, each valid, in order}
   *
   * @param json a JSON array of index observation objects in UTF-8
   * @throws EgovJsonException listing every problem
   */
  public List<IndexObservation> readObservations(byte[] json) {
    Objects.requireNonNull(json, "json");
    if (json.length <= limits.maxDocumentLength()) {
      // The canonical compact form is read straight from the bytes; anything else, and any
      // problem, goes to the general reader, which reports it.
      List<IndexObservation> canonical = CanonicalObservations.readArray(json, limits);
      if (canonical != null) {
        return canonical;
      }
    }
    return strict(read(json, EgovJson::observationArray, OBSERVATIONS_EXPECTED, false));
  }

  /**
   * {@return the observations, each valid, in order}
   *
   * @param in a JSON array of index observation objects in UTF-8, read to its end (not closed)
   * @throws EgovJsonException listing every problem
   */
  public List<IndexObservation> readObservations(InputStream in) {
    return readObservations(readAll(in));
  }

  private static List<IndexObservation> observationArray(JsonIn in) {
    return org.egovcoop.json.internal.Scalars.observations(in);
  }

  // ---- newline-delimited JSON ----

  /**
   * {@return a reader of the lines; close it to close the stream}
   *
   * @param in NDJSON: one index observation object per line, in UTF-8
   */
  public JsonLinesReader<IndexObservation> observationLines(InputStream in) {
    return new JsonLinesReader<>(new LineInput(in, limits.documentLengthInMemory()), factory,
        SurveyCodecs.OBSERVATION::read, SurveyCodecs.OBSERVATION.expected(), limits,
        (line, length) -> CanonicalObservations.readOne(line, 0, length, limits));
  }

  /**
   * {@return a reader of the lines; close it to close the stream}
   *
   * @param in NDJSON: one portfolio document per line, in UTF-8
   */
  public JsonLinesReader<Portfolio> portfolioLines(InputStream in) {
    return new JsonLinesReader<>(new LineInput(in, limits.documentLengthInMemory()), factory,
        PortfolioCodec.PORTFOLIO::read, PORTFOLIO_EXPECTED, limits, (line, length) -> null);
  }

  /**
   * {@return the writer; close it to flush and close the stream}
   *
   * @param out where to write NDJSON, one compact observation per line (whatever
   *     {@link #isIndented()} says)
   */
  public JsonLinesWriter<IndexObservation> observationLinesWriter(OutputStream out) {
    return new JsonLinesWriter<>(Encoding.generator(factory, out, false), SurveyCodecs.OBSERVATION, redact, out);
  }

  /**
   * {@return the writer; close it to flush and close the stream}
   *
   * @param out where to write NDJSON, one compact portfolio document per line
   */
  public JsonLinesWriter<Portfolio> portfolioLinesWriter(OutputStream out) {
    return new JsonLinesWriter<>(Encoding.generator(factory, out, false), PortfolioCodec.PORTFOLIO, redact, out);
  }

  // ---- writing ----

  /**
   * {@return its canonical document in UTF-8}
   *
   * @param portfolio the portfolio
   */
  public byte[] writePortfolio(Portfolio portfolio) {
    ByteArrayBuilder out = new ByteArrayBuilder();
    writePortfolio(portfolio, out);
    return out.getClearAndRelease();
  }

  /**
   * {@return its canonical document}
   *
   * @param portfolio the portfolio
   */
  public String writePortfolioAsString(Portfolio portfolio) {
    return new String(writePortfolio(portfolio), StandardCharsets.UTF_8);
  }

  /**
   * Writes the portfolio's canonical document to a stream.
   *
   * @param portfolio the portfolio
   * @param out where to write its canonical document in UTF-8 (flushed, not closed)
   */
  public void writePortfolio(Portfolio portfolio, OutputStream out) {
    write(PortfolioCodec.PORTFOLIO, Objects.requireNonNull(portfolio, "portfolio"), out);
  }

  /**
   * Writes the portfolio's canonical document to a file.
   *
   * @param portfolio the portfolio
   * @param file the file to write its canonical document to, replaced if it exists
   */
  public void writePortfolio(Portfolio portfolio, Path file) {
    try (OutputStream out = Files.newOutputStream(file)) {
      writePortfolio(portfolio, out);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write " + file, e);
    }
  }

  /**
   * {@return its canonical JSON object in UTF-8}
   *
   * @param observation the observation
   */
  public byte[] writeObservation(IndexObservation observation) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(128);
    write(SurveyCodecs.OBSERVATION, Objects.requireNonNull(observation, "observation"), out);
    return out.toByteArray();
  }

  /**
   * {@return a canonical JSON array of them in UTF-8}
   *
   * @param observations the observations
   */
  public byte[] writeObservations(Iterable<IndexObservation> observations) {
    // Grows by adding blocks, not by copying what was written into ever larger arrays.
    ByteArrayBuilder out = new ByteArrayBuilder();
    writeObservations(observations, out);
    return out.getClearAndRelease();
  }

  /**
   * Writes the observations as a canonical JSON array to a stream.
   *
   * @param observations the observations
   * @param out where to write a canonical JSON array of them in UTF-8 (flushed, not closed)
   */
  public void writeObservations(Iterable<IndexObservation> observations, OutputStream out) {
    try (JsonGenerator g = Encoding.generator(factory, out, indented)) {
      JsonOut writer = new JsonOut(g, redact);
      g.writeStartArray();
      for (IndexObservation observation : observations) {
        SurveyCodecs.OBSERVATION.write(writer, observation);
      }
      g.writeEndArray();
      if (indented) {
        g.writeRaw('\n');
      }
    }
  }

  private <T> void write(Codec<T> codec, T value, OutputStream out) {
    try (JsonGenerator g = Encoding.generator(factory, out, indented)) {
      codec.write(new JsonOut(g, redact), value);
      if (indented) {
        g.writeRaw('\n');
      }
    }
  }

  // ---- schemas ----

  /** {@return the JSON Schema (draft 2020-12) of a portfolio document} */
  public static String portfolioSchema() {
    return resource(PORTFOLIO_SCHEMA);
  }

  /** {@return the JSON Schema (draft 2020-12) of one index observation, an NDJSON line} */
  public static String observationSchema() {
    return resource(OBSERVATION_SCHEMA);
  }

  private static String resource(String name) {
    try (InputStream in = EgovJson.class.getClassLoader() != null
        ? EgovJson.class.getClassLoader().getResourceAsStream(name)
        : ClassLoader.getSystemResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("The schema " + name + " is missing from egovcoop-serialization");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the schema " + name, e);
    }
  }

  // ---- internals ----

  private <T> Decoding.Outcome<T> read(byte[] json, Function<JsonIn, T> reader, String expected, boolean lenient) {
    Objects.requireNonNull(json, "json");
    if (json.length > limits.maxDocumentLength()) {
      return tooLong(json, limits.maxDocumentLength());
    }
    // The parser is made by Decoding, inside the code that turns whatever it throws into problems.
    return Decoding.document(factory, json, 0, json.length, 0, reader, expected, lenient, limits.maxCollectionSize(),
        limits.maxProblems(), messageLocale);
  }

  private <T> Decoding.Outcome<T> read(InputStream in, Function<JsonIn, T> reader, String expected, boolean lenient) {
    return read(readAll(in), reader, expected, lenient);
  }

  /**
   * Reads a document to its end, or to one byte past the length limit (which is then reported).
   * A document is held in one array: past {@link JsonLimits#MAX_IN_MEMORY} bytes it is too long
   * whatever the limit says.
   */
  private byte[] readAll(InputStream in) {
    Objects.requireNonNull(in, "in");
    long limit = limits.documentLengthInMemory();
    try {
      if (limit < JsonLimits.MAX_IN_MEMORY) {
        return in.readNBytes((int) limit + 1); // one more than the limit: too long, reported as such
      }
      byte[] json = in.readNBytes(JsonLimits.MAX_IN_MEMORY);
      if (json.length == JsonLimits.MAX_IN_MEMORY && in.read() >= 0) {
        throw new EgovJsonException(tooLong(json, JsonLimits.MAX_IN_MEMORY).problems);
      }
      return json;
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the JSON document", e);
    }
  }

  /** The problem of a document longer than the limit, located at the first byte past it. */
  private static <T> Decoding.Outcome<T> tooLong(byte[] json, long limit) {
    int[] at = Decoding.position(json, 0, (int) Math.min(json.length, limit));
    JsonProblem problem = new JsonProblem(Kind.LIMIT, "", at[0], at[1],
        "document is longer than the limit of " + limit + " bytes", null, "at most " + limit + " bytes");
    return Decoding.failed(problem);
  }

  private static <T> T strict(Decoding.Outcome<T> outcome) {
    if (!outcome.problems.isEmpty()) {
      throw new EgovJsonException(outcome.problems);
    }
    return outcome.value;
  }

  private static <T> ReadResult<T> lenient(Decoding.Outcome<T> outcome) {
    return new ReadResult<>(strict(outcome), outcome.ignored);
  }
}

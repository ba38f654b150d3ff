package org.egovcoop.json.internal;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.egovcoop.geo.CountryCode;
import org.egovcoop.internal.CountryTable;
import org.egovcoop.internal.Observations;
import org.egovcoop.json.JsonLimits;
import org.egovcoop.survey.IndexObservation;
import org.egovcoop.survey.SurveyIndex;

/**
 * The bulk form of index observations read straight from its bytes: observations exactly as the
 * compact canonical writer writes them, one object or a JSON array of them, such as
 * {@code [{"index":"egdi","edition":2016,"country":"UZB","rank":80,"numberAssessed":193,"score":0.54335}]}.
 *
 * <p>This is an accelerator, not a second reader. It accepts only that one spelling: the
 * properties in the canonical order without whitespace or escapes, the codes as the writer writes
 * them, integers from 1 without leading zeros, scores without exponent of at most 18 significant
 * digits, whitespace only around the document. Each observation is built by the model's builder
 * (its invariants) and checked by the rules' own static checks, and the limits are counted. On
 * anything else, however harmless (a space inside an object, another property order, an escaped
 * letter) and on anything wrong (a broken invariant, a rule, a limit, bad JSON), it gives up and
 * returns null: the caller then reads the document with the general reader, which reports every
 * problem. So a document reads to the same value, or the same problems, either way; this path
 * only makes the commonest case fast, where the general reader pays for Jackson's tokenizer on
 * every name and value.
 */
public final class CanonicalObservations {
  private CanonicalObservations() {}

  private static final byte[] INDEX = ascii("{\"index\":\"");
  private static final byte[] EDITION = ascii("\",\"edition\":");
  private static final byte[] COUNTRY = ascii(",\"country\":\"");
  private static final byte[] RANK = ascii(",\"rank\":");
  private static final byte[] NUMBER_ASSESSED = ascii(",\"numberAssessed\":");
  private static final byte[] SCORE = ascii(",\"score\":");
  private static final SurveyIndex[] INDICES = SurveyIndex.values();
  private static final byte[][] INDEX_CODES = new byte[INDICES.length][];

  static {
    for (SurveyIndex index : INDICES) {
      INDEX_CODES[index.ordinal()] = ascii(Enums.SURVEY_INDEX.encoded(index).getValue());
    }
  }

  /** The longest string (an index code), name (numberAssessed) and the depth of an array of objects. */
  private static final int LONGEST_STRING = 4;
  private static final int LONGEST_NAME = 14;
  private static final int ARRAY_DEPTH = 2;

  /**
   * {@return the observations, each valid, in order; or null if the document is not a canonical
   *     array of valid observations within the limits, and must be read by the general reader}
   *
   * @param json the document's bytes
   * @param limits the reader's limits
   */
  public static List<IndexObservation> readArray(byte[] json, JsonLimits limits) {
    if (!fits(limits, ARRAY_DEPTH)) {
      return null;
    }
    Scanner in = new Scanner(json, limits);
    in.skipWhitespace();
    if (!in.take('[')) {
      return null;
    }
    long tokens = 2;
    List<IndexObservation> observations = new ArrayList<>(Math.min(json.length / 64 + 1, limits.maxCollectionSize()));
    if (!in.take(']')) {
      do {
        if (observations.size() == limits.maxCollectionSize()) {
          return null;
        }
        IndexObservation observation = in.observation();
        if (observation == null) {
          return null;
        }
        observations.add(observation);
        tokens += in.tokens;
        if (tokens > limits.maxTokenCount()) {
          return null;
        }
      } while (in.take(','));
      if (!in.take(']')) {
        return null;
      }
    }
    in.skipWhitespace();
    return in.atEnd() ? observations : null;
  }

  /**
   * {@return the observation, valid; or null if the document is not one canonical valid
   *     observation within the limits, and must be read by the general reader}
   *
   * @param json a buffer
   * @param offset where the document (an NDJSON line) starts
   * @param length its length
   * @param limits the reader's limits
   */
  public static IndexObservation readOne(byte[] json, int offset, int length, JsonLimits limits) {
    if (!fits(limits, 1)) {
      return null;
    }
    Scanner in = new Scanner(json, offset, offset + length, limits);
    in.skipWhitespace();
    IndexObservation observation = in.observation();
    if (observation == null || in.tokens > limits.maxTokenCount()) {
      return null;
    }
    in.skipWhitespace();
    return in.atEnd() ? observation : null;
  }

  /** Whether the limits allow every canonical observation, whatever its values. */
  private static boolean fits(JsonLimits limits, int depth) {
    return limits.maxNestingDepth() >= depth && limits.maxStringLength() >= LONGEST_STRING
        && limits.maxNameLength() >= LONGEST_NAME;
  }

  private static byte[] ascii(String text) {
    return text.getBytes(StandardCharsets.US_ASCII);
  }

  /** A cursor over the bytes; each method consumes what it matches, or reports that it did not match. */
  private static final class Scanner {
    private final byte[] b;
    private final int end;
    private final int maxNumberLength;
    private int at;
    /** The tokens of the last observation read, as the parser would count them. */
    long tokens;

    Scanner(byte[] bytes, JsonLimits limits) {
      this(bytes, 0, bytes.length, limits);
    }

    Scanner(byte[] bytes, int from, int to, JsonLimits limits) {
      this.b = bytes;
      this.at = from;
      this.end = to;
      this.maxNumberLength = limits.maxNumberLength();
    }

    boolean atEnd() {
      return at == end;
    }

    void skipWhitespace() {
      while (at < end && (b[at] == ' ' || b[at] == '\n' || b[at] == '\r' || b[at] == '\t')) {
        at++;
      }
    }

    boolean take(char c) {
      if (at < end && b[at] == c) {
        at++;
        return true;
      }
      return false;
    }

    boolean take(byte[] text) {
      int n = text.length;
      if (end - at < n) {
        return false;
      }
      for (int i = 0; i < n; i++) {
        if (b[at + i] != text[i]) {
          return false;
        }
      }
      at += n;
      return true;
    }

    /** {@return the observation at the cursor, valid, or null} */
    IndexObservation observation() {
      if (!take(INDEX)) {
        return null;
      }
      SurveyIndex index = index();
      if (index == null || !take(EDITION)) {
        return null;
      }
      int edition = positiveInteger();
      if (edition < 0 || !take(COUNTRY)) {
        return null;
      }
      CountryCode country = country();
      if (country == null) {
        return null;
      }
      int properties = 4;
      int rank = 0;
      if (take(RANK)) {
        properties++;
        rank = positiveInteger();
        if (rank < 0) {
          return null;
        }
      }
      if (!take(NUMBER_ASSESSED)) {
        return null;
      }
      int assessed = positiveInteger();
      if (assessed < 0) {
        return null;
      }
      BigDecimal score = null;
      if (take(SCORE)) {
        properties++;
        score = decimal();
        if (score == null) {
          return null;
        }
      }
      if (!take('}')) {
        return null;
      }
      tokens = 2 + 2L * properties;
      IndexObservation observation;
      try {
        observation = Observations.of(index, edition, country, assessed, rank > 0 ? rank : Observations.NO_RANK, score,
            null);
      } catch (IllegalArgumentException | IllegalStateException e) {
        return null; // the general reader reports the broken invariant where it belongs
      }
      return Validation.isValid(observation) ? observation : null;
    }

    /** An index code and its closing quote. */
    private SurveyIndex index() {
      for (SurveyIndex index : INDICES) {
        byte[] code = INDEX_CODES[index.ordinal()];
        int n = code.length;
        if (end - at > n && b[at + n] == '"') {
          int i = 0;
          while (i < n && b[at + i] == code[i]) {
            i++;
          }
          if (i == n) {
            at += n;
            return index;
          }
        }
      }
      return null;
    }

    /** Three letters of an assigned code and the closing quote. */
    private CountryCode country() {
      if (end - at < 4 || b[at + 3] != '"') {
        return null;
      }
      CountryCode country = CountryTable.find((char) b[at], (char) b[at + 1], (char) b[at + 2]);
      if (country != null) {
        at += 4;
      }
      return country;
    }

    /** {@return an integer from 1 of at most 9 digits, without leading zero; or -1} */
    private int positiveInteger() {
      int start = at;
      if (at == end || b[at] < '1' || b[at] > '9') {
        return -1;
      }
      int value = 0;
      while (at < end && b[at] >= '0' && b[at] <= '9') {
        if (at - start == 9) {
          return -1;
        }
        value = value * 10 + (b[at++] - '0');
      }
      return at - start <= maxNumberLength ? value : -1;
    }

    /**
     * {@return a number of the JSON grammar without exponent, {@code -?(0|[1-9][0-9]*)(.[0-9]+)?},
     *     of at most 18 significant digits; or null}
     */
    private BigDecimal decimal() {
      int start = at;
      boolean negative = take('-');
      if (at == end || b[at] < '0' || b[at] > '9') {
        return null;
      }
      long unscaled = 0;
      int significant = 0;
      if (b[at] == '0') {
        at++;
      } else {
        while (at < end && b[at] >= '0' && b[at] <= '9') {
          if (++significant > 18) {
            return null;
          }
          unscaled = unscaled * 10 + (b[at++] - '0');
        }
      }
      int scale = 0;
      if (take('.')) {
        int fractionStart = at;
        while (at < end && b[at] >= '0' && b[at] <= '9') {
          if ((unscaled != 0 || b[at] != '0') && ++significant > 18) {
            return null;
          }
          unscaled = unscaled * 10 + (b[at++] - '0');
        }
        scale = at - fractionStart;
        if (scale == 0) {
          return null;
        }
      }
      if (at < end && (b[at] == 'e' || b[at] == 'E') || at - start > maxNumberLength) {
        return null;
      }
      return BigDecimal.valueOf(negative ? -unscaled : unscaled, scale);
    }
  }
}

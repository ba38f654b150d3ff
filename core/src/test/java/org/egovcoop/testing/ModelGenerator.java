package org.egovcoop.testing;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.egovcoop.agreement.Agreement;
import org.egovcoop.agreement.AgreementArea;
import org.egovcoop.agreement.AgreementKind;
import org.egovcoop.agreement.AgreementRelation;
import org.egovcoop.agreement.AreaPurpose;
import org.egovcoop.agreement.LegalNature;
import org.egovcoop.agreement.Party;
import org.egovcoop.agreement.RelationKind;
import org.egovcoop.area.CooperationArea;
import org.egovcoop.geo.CountryCode;
import org.egovcoop.geo.Place;
import org.egovcoop.metric.Money;
import org.egovcoop.metric.QualifiedQuantity;
import org.egovcoop.metric.Qualifier;
import org.egovcoop.metric.Quantity;
import org.egovcoop.survey.IndexObservation;
import org.egovcoop.survey.SurveyIndex;
import org.egovcoop.text.LocalizedText;
import org.egovcoop.time.DatePrecision;
import org.egovcoop.time.PartialDate;
import org.egovcoop.time.PartialDateRange;

/**
 * Seeded random values of every scalar of the model and of the aggregates that property tests
 * need: one seed, one sequence of values, so a failing case is reproduced from its seed alone (see
 * {@link Cases}). Values stay within each type's invariants, so every generated value builds; they
 * lean towards the awkward cases (dates that overlap, decimals with odd scales, texts with quotes
 * and backslashes) rather than towards realistic data, and one scalar in {@value #EDGE_ONE_IN} is
 * drawn from {@link EdgeCases}, so that aggregates hold edge values too.
 */
public final class ModelGenerator {

  /** One scalar in this many is an edge case. */
  static final int EDGE_ONE_IN = 20;

  private static final long FIRST_EPOCH_DAY = LocalDate.of(PartialDate.MIN_YEAR, 1, 1).toEpochDay();
  private static final long LAST_EPOCH_DAY = LocalDate.of(PartialDate.MAX_YEAR, 12, 31).toEpochDay();
  private static final long CROWDED_FIRST_DAY = LocalDate.of(2012, 1, 1).toEpochDay();
  private static final long CROWDED_LAST_DAY = LocalDate.of(2014, 12, 31).toEpochDay();
  static final BigInteger DECIMAL_BOUND = BigInteger.TEN.pow(38).subtract(BigInteger.ONE);

  static final List<CountryCode> COUNTRIES =
      CountryCode.values().stream().sorted().collect(Collectors.toUnmodifiableList());
  static final List<String> CURRENCY_CODES = Currency.getAvailableCurrencies().stream()
      .map(Currency::getCurrencyCode)
      .filter(Money::isCurrencyCode)
      .sorted()
      .collect(Collectors.toUnmodifiableList());
  static final List<String> KNOWN_TAGS = List.of(
      "en", "ko", "uz-Latn", "uz-Cyrl", "ru", "fr", "de-CH", "zh-Hant-TW", "es-419", "sr-Latn-RS", "und");
  static final List<String> KNOWN_UNITS = List.of("person", "project", "percent", "official");
  static final List<String> POOLED_IDS = List.of("kor-mois", "uzb-mitc", "uzb-government", "a", "b", "c.1", "x:y~z");
  private static final String TRICKY_CHARS = "ab \"\\=,.행정안전부Ахборот\n\t";
  private static final String LOWER = "abcdefghijklmnopqrstuvwxyz";
  private static final String UPPER = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
  private static final String DIGITS = "0123456789";
  private static final String ID_FIRST = LOWER + UPPER + DIGITS;
  private static final String ID_REST = ID_FIRST + "._:~-";

  private final long seed;
  private final Random random;

  /** @param seed the seed that determines every value this generator gives */
  public ModelGenerator(long seed) {
    this.seed = seed;
    this.random = new Random(seed);
  }

  /** @return a generator that gives this one's values again from the first */
  public ModelGenerator restarted() {
    return new ModelGenerator(seed);
  }

  // ---------------------------------------------------------------- building blocks

  /**
   * @param min the least value
   * @param max the greatest value
   * @return an int from {@code min} to {@code max}, both inclusive
   */
  public int between(int min, int max) {
    return random.nextInt(min, max + 1);
  }

  /**
   * @param min the least value
   * @param max the greatest value
   * @return a long from {@code min} to {@code max}, both inclusive
   */
  public long between(long min, long max) {
    return random.nextLong(min, max + 1);
  }

  /**
   * @param probability the chance of true, from 0 to 1
   * @return true with that chance
   */
  public boolean chance(double probability) {
    return random.nextDouble() < probability;
  }

  /**
   * @param <T> the type of the values
   * @param values the values to choose from
   * @return one of them, each as likely
   */
  public <T> T oneOf(List<? extends T> values) {
    return values.get(random.nextInt(values.size()));
  }

  /**
   * @param <E> the enum
   * @param type the enum's class
   * @return one of its constants, each as likely
   */
  public <E extends Enum<E>> E oneOf(Class<E> type) {
    return oneOf(List.of(type.getEnumConstants()));
  }

  /**
   * @param <T> the type of the value
   * @param presence the chance that the value is present
   * @param value the value's generator
   * @return the value with that chance, else empty
   */
  public <T> Optional<T> optional(double presence, Supplier<T> value) {
    return chance(presence) ? Optional.of(value.get()) : Optional.empty();
  }

  /**
   * @param <T> the type of the elements
   * @param maxSize the greatest size
   * @param element the elements' generator
   * @return a list of 0 to {@code maxSize} elements
   */
  public <T> List<T> list(int maxSize, Supplier<T> element) {
    return list(0, maxSize, element);
  }

  /**
   * @param <T> the type of the elements
   * @param minSize the least size
   * @param maxSize the greatest size
   * @param element the elements' generator
   * @return a list of {@code minSize} to {@code maxSize} elements
   */
  public <T> List<T> list(int minSize, int maxSize, Supplier<T> element) {
    int size = between(minSize, maxSize);
    List<T> list = new ArrayList<>(size);
    for (int i = 0; i < size; i++) {
      list.add(element.get());
    }
    return list;
  }

  /** @return an edge case one time in {@value #EDGE_ONE_IN}, else a generated value */
  private <T> T edgeOr(List<T> edges, Supplier<T> generated) {
    return random.nextInt(EDGE_ONE_IN) == 0 ? oneOf(edges) : generated.get();
  }

  private String string(String chars, int minLength, int maxLength) {
    int length = between(minLength, maxLength);
    StringBuilder s = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      s.append(chars.charAt(random.nextInt(chars.length())));
    }
    return s.toString();
  }

  // ---------------------------------------------------------------- time

  /**
   * @return full dates from year 1 to 9999, with a third of them crowded into 2012 to 2014 so
   *     that overlapping and equal dates are common
   */
  public LocalDate localDate() {
    return edgeOr(EdgeCases.LOCAL_DATES, () -> LocalDate.ofEpochDay(random.nextInt(3) < 2
        ? between(FIRST_EPOCH_DAY, LAST_EPOCH_DAY)
        : between(CROWDED_FIRST_DAY, CROWDED_LAST_DAY)));
  }

  /** @return partial dates of every precision */
  public PartialDate partialDate() {
    return truncate(localDate(), oneOf(DatePrecision.class));
  }

  /**
   * @param date a full date
   * @param precision the precision to keep
   * @return the date known only to that precision
   */
  public static PartialDate truncate(LocalDate date, DatePrecision precision) {
    switch (precision) {
      case YEAR:
        return PartialDate.of(date.getYear());
      case MONTH:
        return PartialDate.of(date.getYear(), date.getMonthValue());
      default:
        return PartialDate.of(date);
    }
  }

  /** @return date ranges, a fifth of them open at each end */
  public PartialDateRange partialDateRange() {
    PartialDate a = optional(0.8, this::partialDate).orElse(null);
    PartialDate b = optional(0.8, this::partialDate).orElse(null);
    if (a != null && b != null && b.isBefore(a)) {
      return PartialDateRange.of(b, a);
    }
    return PartialDateRange.between(a, b);
  }

  // ---------------------------------------------------------------- geo and text

  /** @return every assigned ISO 3166-1 country, each as likely */
  public CountryCode countryCode() {
    return oneOf(COUNTRIES);
  }

  /**
   * @return well-formed BCP 47 tags in canonical form: common ones, and generated
   *     language[-Script][-REGION] tags
   */
  public String languageTag() {
    if (random.nextInt(EDGE_ONE_IN) == 0) {
      return oneOf(EdgeCases.LANGUAGE_TAGS);
    }
    if (random.nextBoolean()) {
      return oneOf(KNOWN_TAGS);
    }
    String language = string(LOWER, 2, 3);
    Optional<String> script = optional(0.3, () -> {
      String s = string(LOWER, 4, 4);
      return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    });
    Optional<String> region = optional(0.4, () -> random.nextBoolean() ? string(UPPER, 2, 2) : string(DIGITS, 3, 3));
    return LocalizedText.canonicalTag(
        language + script.map(s -> "-" + s).orElse("") + region.map(r -> "-" + r).orElse(""));
  }

  /**
   * @return non-blank texts, often holding the characters a text form must escape ({@code "},
   *     {@code \}, {@code ", "}, {@code =}) and non-Latin scripts, else any UTF-16 code units
   *     (lone surrogates and control characters included)
   */
  public String text() {
    return edgeOr(EdgeCases.TEXTS, () -> {
      String text;
      do {
        if (random.nextBoolean()) {
          text = string(TRICKY_CHARS, 1, 12);
        } else {
          StringBuilder any = new StringBuilder();
          int length = between(1, 20);
          for (int i = 0; i < length; i++) {
            any.append((char) random.nextInt(Character.MAX_VALUE + 1));
          }
          text = any.toString();
        }
      } while (text.isBlank());
      return text;
    });
  }

  /** @return texts in one to four distinct languages */
  public LocalizedText localizedText() {
    int size = between(1, 4);
    Map<String, String> entries = new LinkedHashMap<>();
    while (entries.size() < size) {
      entries.putIfAbsent(languageTag(), text());
    }
    return LocalizedText.of(entries);
  }

  /** @return places in any country */
  public Place place() {
    return Place.of(localizedText(), countryCode());
  }

  // ---------------------------------------------------------------- metric

  /**
   * @return exact decimals within the model's bounds (38 significant digits, scale within ±38),
   *     with trailing zeros and exponents that a text form must preserve: unscaled values of any
   *     size up to 38 digits, or small ones; scales anywhere within ±38, or 0 to 2
   */
  public BigDecimal boundedDecimal() {
    return edgeOr(EdgeCases.DECIMALS, () -> {
      BigInteger unscaled;
      switch (random.nextInt(3)) {
        case 0:
          unscaled = magnitudeBelow(DECIMAL_BOUND.add(BigInteger.ONE));
          break;
        case 1:
          unscaled = magnitudeBelow(BigInteger.TEN.pow(between(1, 38)));
          break;
        default:
          unscaled = BigInteger.valueOf(between(-1000, 1_000_000));
          break;
      }
      int scale = random.nextBoolean() ? between(-38, 38) : between(0, 2);
      return new BigDecimal(unscaled, scale);
    });
  }

  /** @return a value of either sign whose magnitude is below {@code bound} */
  private BigInteger magnitudeBelow(BigInteger bound) {
    BigInteger magnitude;
    do {
      magnitude = new BigInteger(bound.bitLength(), random);
    } while (magnitude.compareTo(bound) >= 0);
    return random.nextBoolean() ? magnitude.negate() : magnitude;
  }

  /** @return ISO 4217 currencies the JDK knows */
  public Currency currency() {
    return Currency.getInstance(oneOf(CURRENCY_CODES));
  }

  /** @return amounts of money */
  public Money money() {
    return Money.of(boundedDecimal(), currency());
  }

  /** @return lower-case unit names such as {@code person}, of 1 to 32 characters */
  public String unitName() {
    return edgeOr(EdgeCases.UNIT_NAMES, () -> random.nextBoolean()
        ? oneOf(KNOWN_UNITS)
        : string(LOWER, 1, 1) + string(LOWER + DIGITS + "-", 0, 31));
  }

  /** @return quantities of money and of counted things */
  public Quantity quantity() {
    return Quantity.of(boundedDecimal(), random.nextBoolean() ? unitName() : oneOf(CURRENCY_CODES));
  }

  /** @return quantities with every qualifier */
  public QualifiedQuantity qualifiedQuantity() {
    return QualifiedQuantity.of(oneOf(Qualifier.class), quantity());
  }

  // ---------------------------------------------------------------- aggregates

  /** @return well-formed ids: 1 to 128 characters of letters, digits and {@code . _ : ~ -} */
  public String id() {
    return edgeOr(EdgeCases.IDS, () -> string(ID_FIRST, 1, 1) + string(ID_REST, 0, 127));
  }

  /** @return short ids from a small pool, so that generated records collide and refer to each other */
  public String pooledId() {
    return oneOf(POOLED_IDS);
  }

  /** @return the built-in areas and user-defined ones */
  public CooperationArea cooperationArea() {
    if (random.nextBoolean()) {
      return oneOf(CooperationArea.builtIns());
    }
    StringBuilder code = new StringBuilder(string(LOWER, 1, 1));
    list(3, () -> string(LOWER + DIGITS, 1, 8)).forEach(word -> code.append('-').append(word));
    Set<Integer> crs = new LinkedHashSet<>(list(3, () -> between(10000, 99999)));
    return CooperationArea.builder().code(code.toString()).name(localizedText()).crsPurposeCodes(crs).build();
  }

  /** @return parties, with and without a signatory */
  public Party party() {
    return Party.builder()
        .organizationId(pooledId())
        .country(countryCode())
        .signatoryAppointmentId(optional(0.5, this::id))
        .build();
  }

  /** @return relations of every kind */
  public AgreementRelation agreementRelation() {
    return AgreementRelation.of(oneOf(RelationKind.class), pooledId());
  }

  /** @return areas with either purpose */
  public AgreementArea agreementArea() {
    return AgreementArea.of(cooperationArea(), oneOf(AreaPurpose.class));
  }

  /** @return positive terms of up to 20 years, 11 months and 30 days */
  public Period term() {
    Period term;
    do {
      term = Period.of(between(0, 20), between(0, 11), between(0, 30));
    } while (term.isZero());
    return term;
  }

  /**
   * @return agreements with every attribute exercised; not necessarily valid under Bean
   *     Validation (one party, a self-relation, and so on are generated too)
   */
  public Agreement agreement() {
    Agreement.Builder builder = Agreement.builder().id(id()).kind(oneOf(AgreementKind.class));
    optional(0.7, () -> oneOf(LegalNature.class)).ifPresent(builder::legalNature);
    return builder
        .title(localizedText())
        .parties(list(4, this::party))
        .signedOn(optional(0.7, this::partialDate))
        .signedAt(optional(0.5, this::place))
        .occasion(optional(0.3, this::localizedText))
        .entryIntoForce(optional(0.3, this::partialDate))
        .term(optional(0.3, this::term))
        .areas(list(8, this::agreementArea))
        .relations(list(3, this::agreementRelation))
        .sourceIds(list(2, this::pooledId))
        .build();
  }

  /**
   * @return observations of every index, ranked or not, scored or not; ranks may exceed the number
   *     assessed and scores may leave 0 to 1 (both legal to build, reported by validation)
   */
  public IndexObservation indexObservation() {
    IndexObservation.Builder builder = IndexObservation.builder()
        .index(oneOf(SurveyIndex.class))
        .edition(between(IndexObservation.FIRST_EDITION, 9999))
        .country(countryCode());
    optional(0.8, () -> between(1, 250)).ifPresent(builder::rank);
    return builder
        .numberAssessed(between(1, 250))
        .score(optional(0.8, this::score))
        .sourceIds(list(2, this::pooledId))
        .build();
  }

  /** @return scores from 0 to 1 with five decimals, the scores seen in real data, or any decimal */
  private BigDecimal score() {
    switch (random.nextInt(3)) {
      case 0:
        return BigDecimal.valueOf(between(0, 100_000), 5);
      case 1:
        return oneOf(EdgeCases.SCORES);
      default:
        return boundedDecimal();
    }
  }
}

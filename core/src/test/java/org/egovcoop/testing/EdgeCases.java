package org.egovcoop.testing;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
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
 * The edge values of every type {@link ModelGenerator} makes, kept as explicit fixtures: the
 * bounds of each range (year 1 and 9999, 38 digits, scale ±38, ids of 1 and 128 characters),
 * zero and one, empty and fullest collections, leap days, and the awkward values found before.
 * Property tests run every law on these (through {@link Cases}) before the random cases, and the
 * generator mixes them into what it makes.
 */
public final class EdgeCases {

  private EdgeCases() {}

  // ---------------------------------------------------------------- time

  /**
   * The first two and last two days, the days around the epoch (day 0), the ends of the crowded
   * years 2012 to 2014 and their neighbours, leap days of every kind (year 4, 2000, 2012, 9996)
   * and the last day of February in years without one (1900, 2013).
   */
  public static final List<LocalDate> LOCAL_DATES = List.of(
      LocalDate.of(1, 1, 1), LocalDate.of(1, 1, 2), LocalDate.of(1, 12, 31), LocalDate.of(4, 2, 29),
      LocalDate.of(1900, 2, 28), LocalDate.of(1969, 12, 30), LocalDate.of(1969, 12, 31), LocalDate.of(1970, 1, 1),
      LocalDate.of(1970, 1, 2), LocalDate.of(1970, 1, 3), LocalDate.of(2000, 2, 29),
      LocalDate.of(2011, 12, 31), LocalDate.of(2012, 1, 1), LocalDate.of(2012, 1, 2), LocalDate.of(2012, 2, 29),
      LocalDate.of(2012, 3, 1), LocalDate.of(2013, 2, 28), LocalDate.of(2014, 12, 30), LocalDate.of(2014, 12, 31),
      LocalDate.of(9996, 2, 29), LocalDate.of(9999, 1, 1), LocalDate.of(9999, 12, 30), LocalDate.of(9999, 12, 31));

  /** Each of {@link #LOCAL_DATES} known to the year, the month and the day. */
  public static final List<PartialDate> PARTIAL_DATES = LOCAL_DATES.stream()
      .flatMap(day -> Stream.of(DatePrecision.values()).map(precision -> ModelGenerator.truncate(day, precision)))
      .distinct()
      .collect(Collectors.toUnmodifiableList());

  /**
   * Edge dates few enough that every pair of them is a case: the extremes at every precision and
   * their neighbours, the epoch, a leap day inside its month and year with the days either side,
   * a February without a leap day, and the end of the crowded years.
   */
  public static final List<PartialDate> PAIRED_DATES = List.of(
      PartialDate.of(1), PartialDate.of(1, 1), PartialDate.of(1, 1, 1), PartialDate.of(1, 1, 2),
      PartialDate.of(1969, 12, 31), PartialDate.of(1970), PartialDate.of(1970, 1, 1), PartialDate.of(2011, 12, 31),
      PartialDate.of(2012), PartialDate.of(2012, 2), PartialDate.of(2012, 2, 29), PartialDate.of(2012, 3, 1),
      PartialDate.of(2013, 2), PartialDate.of(2014, 12, 31), PartialDate.of(9999), PartialDate.of(9999, 12),
      PartialDate.of(9999, 12, 30), PartialDate.of(9999, 12, 31));

  /**
   * Dates that nest and touch: the year 2012 holds its February, which holds its leap day; the
   * days either side of the leap day and of the year; and the extremes. Few enough that every
   * triple of them is a case.
   */
  public static final List<PartialDate> NESTED_DATES = List.of(
      PartialDate.of(1, 1, 1), PartialDate.of(2011, 12, 31), PartialDate.of(2012), PartialDate.of(2012, 2),
      PartialDate.of(2012, 2, 29), PartialDate.of(2012, 3, 1), PartialDate.of(2013), PartialDate.of(9999),
      PartialDate.of(9999, 12, 31));

  /**
   * Ranges few enough that every pair of them is a case: open at either end or both, from the
   * first to the last day, one day, ends that contain each other (legal: neither is certainly
   * before the other), and ends a day apart.
   */
  public static final List<PartialDateRange> PAIRED_RANGES = List.of(
      PartialDateRange.between(null, null),
      PartialDateRange.from(PartialDate.of(1, 1, 1)),
      PartialDateRange.until(PartialDate.of(9999, 12, 31)),
      PartialDateRange.from(PartialDate.of(2012, 2)),
      PartialDateRange.until(PartialDate.of(2012)),
      PartialDateRange.of(PartialDate.of(1), PartialDate.of(9999)),
      PartialDateRange.of(PartialDate.of(1, 1, 1), PartialDate.of(9999, 12, 31)),
      PartialDateRange.of(PartialDate.of(2012), PartialDate.of(2012, 2, 29)),
      PartialDateRange.of(PartialDate.of(2012, 2, 29), PartialDate.of(2012)),
      PartialDateRange.of(PartialDate.of(2012, 2, 29), PartialDate.of(2012, 2, 29)),
      PartialDateRange.of(PartialDate.of(2012, 2), PartialDate.of(2012, 2)),
      PartialDateRange.of(PartialDate.of(2011, 12, 31), PartialDate.of(2012, 1, 1)),
      PartialDateRange.of(PartialDate.of(9999, 12, 31), PartialDate.of(9999, 12, 31)));

  /**
   * {@link #PAIRED_RANGES}, and a range between every two of {@link #PAIRED_DATES} or no date, in
   * the order that makes it legal.
   */
  public static final List<PartialDateRange> PARTIAL_DATE_RANGES = ranges();

  private static List<PartialDateRange> ranges() {
    List<PartialDate> ends = new ArrayList<>();
    ends.add(null);
    ends.addAll(PAIRED_DATES);
    Set<PartialDateRange> ranges = new LinkedHashSet<>(PAIRED_RANGES);
    for (PartialDate a : ends) {
      for (PartialDate b : ends) {
        boolean reversed = a != null && b != null && b.isBefore(a);
        ranges.add(reversed ? PartialDateRange.of(b, a) : PartialDateRange.between(a, b));
      }
    }
    return List.copyOf(ranges);
  }

  // ---------------------------------------------------------------- geo and text

  /** The first and last countries in order, and the two of the press release. */
  public static final List<CountryCode> COUNTRIES = List.of(
      ModelGenerator.COUNTRIES.get(0), CountryCode.KOR, CountryCode.UZB,
      ModelGenerator.COUNTRIES.get(ModelGenerator.COUNTRIES.size() - 1));

  /**
   * The common tags, and generated shapes at their bounds: languages of two and three letters
   * from either end of the alphabet, without or with a script, without or with a region of two
   * letters or three digits, in canonical form.
   */
  public static final List<String> LANGUAGE_TAGS = Stream.concat(
          ModelGenerator.KNOWN_TAGS.stream(),
          Stream.of("aa", "zz", "zzz")
              .flatMap(language -> Stream.of("", "-Aaaa", "-Zzzz").map(script -> language + script))
              .flatMap(tag -> Stream.of("", "-AA", "-ZZ", "-000", "-999").map(region -> tag + region))
              .map(LocalizedText::canonicalTag))
      .distinct()
      .collect(Collectors.toUnmodifiableList());

  /** Tags few enough to pair with every edge text: the common ones and the generated extremes. */
  public static final List<String> PAIRED_TAGS = Stream.concat(
          ModelGenerator.KNOWN_TAGS.stream(), Stream.of("aa", "zzz-Zzzz-999", "zz-Aaaa-ZZ", "aa-000"))
      .collect(Collectors.toUnmodifiableList());

  /**
   * One character of each kind a text form must escape or keep, separators that look like the
   * text form itself, non-Latin scripts, leading and trailing white space, control characters,
   * the first and last UTF-16 code units, lone surrogates and a pair, and the longest length.
   */
  public static final List<String> TEXTS = List.of(
      "a", "\"", "\\", "=", ",", ".", "\", ", "a\"b", "x\\", "\\\"", "en=\"a\", ko=\"b\"", "행정안전부", "Ахборот",
      "\n a", "a\t", "\u0000", "\uffff", "\ud800", "\udfff", "\udfff\ud800", "\ud83c\uddfa\ud83c\uddff",
      "abcdefghijklmnopqrst");

  /**
   * Texts few enough that every pair of them is a case: each of {@link #TEXTS} in one language,
   * and texts in the most languages, four.
   */
  public static final List<LocalizedText> PAIRED_TEXTS = Stream.concat(
          TEXTS.stream().map(text -> LocalizedText.of("en", text)),
          Stream.of(
              LocalizedText.builder().put("aa", "\"").put("und", "\\").put("zzz-Zzzz-999", "a").put("ko", "행정안전부")
                  .build(),
              LocalizedText.builder().put("en", "a").put("ko", "a").put("ru", "a").put("zh-Hant-TW", "a").build()))
      .collect(Collectors.toUnmodifiableList());

  /** {@link #PAIRED_TEXTS}, and the first and last UTF-16 code units in every edge language. */
  public static final List<LocalizedText> LOCALIZED_TEXTS = Stream.concat(
          PAIRED_TEXTS.stream(),
          LANGUAGE_TAGS.stream()
              .flatMap(tag -> Stream.of("a", "\u0000", "\uffff").map(text -> LocalizedText.of(tag, text))))
      .distinct()
      .collect(Collectors.toUnmodifiableList());

  /** Every edge text in the first and the last country. */
  public static final List<Place> PLACES = LOCALIZED_TEXTS.stream()
      .flatMap(name -> Stream.of(COUNTRIES.get(0), COUNTRIES.get(COUNTRIES.size() - 1)).map(c -> Place.of(name, c)))
      .collect(Collectors.toUnmodifiableList());

  // ---------------------------------------------------------------- metric

  /**
   * Every edge unscaled value (zero, ±1, ±2, the largest 38-digit numbers and their neighbours of
   * either sign, the small range's ends -1000 and 1000000 and their neighbours) at every edge
   * scale (±38 and their neighbours, the max-scale decimals; -2 to 2, for trailing zeros and
   * exponents); and a figure of the press release.
   */
  public static final List<BigDecimal> DECIMALS = Stream.concat(
          Stream.concat(
                  Stream.of(
                          BigInteger.ZERO, BigInteger.ONE, BigInteger.TWO, ModelGenerator.DECIMAL_BOUND,
                          ModelGenerator.DECIMAL_BOUND.subtract(BigInteger.ONE))
                      .flatMap(unscaled -> Stream.of(unscaled, unscaled.negate()))
                      .distinct(),
                  Stream.of(-1000, -999, 999_999, 1_000_000).map(BigInteger::valueOf))
              .flatMap(unscaled -> IntStream.of(-38, -37, -2, -1, 0, 1, 2, 37, 38)
                  .mapToObj(scale -> new BigDecimal(unscaled, scale))),
          Stream.of(new BigDecimal("1.8E+8")))
      .collect(Collectors.toUnmodifiableList());

  /**
   * Decimals few enough that every pair of them (as money or quantities) is a case: equal
   * numbers of different scales (zero at scales 0 and ±38; one and 1.00), a negative, and the
   * largest and most precise.
   */
  public static final List<BigDecimal> PAIRED_DECIMALS = List.of(
      BigDecimal.ZERO, new BigDecimal("0E-38"), new BigDecimal("0E+38"), BigDecimal.ONE, new BigDecimal("1.00"),
      BigDecimal.ONE.negate(), new BigDecimal("1E+38"), new BigDecimal(ModelGenerator.DECIMAL_BOUND, 38));

  /** The first and last currency codes the JDK knows, one without minor units, and the press release's. */
  public static final List<Currency> CURRENCIES = Stream.of(
          ModelGenerator.CURRENCY_CODES.get(0), "JPY", "KRW", "USD",
          ModelGenerator.CURRENCY_CODES.get(ModelGenerator.CURRENCY_CODES.size() - 1))
      .distinct()
      .map(Currency::getInstance)
      .collect(Collectors.toUnmodifiableList());

  /** Every edge decimal in every edge currency. */
  public static final List<Money> MONEY = DECIMALS.stream()
      .flatMap(amount -> CURRENCIES.stream().map(currency -> Money.of(amount, currency)))
      .collect(Collectors.toUnmodifiableList());

  /** Each of {@link #PAIRED_DECIMALS} in the first currency and in USD. */
  public static final List<Money> PAIRED_MONEY = PAIRED_DECIMALS.stream()
      .flatMap(amount -> Stream.of(CURRENCIES.get(0), Currency.getInstance("USD")).map(c -> Money.of(amount, c)))
      .collect(Collectors.toUnmodifiableList());

  /**
   * The common units; generated ones of one and two characters from either end of each class
   * (letters, digits, a hyphen); and the longest, 32 characters.
   */
  public static final List<String> UNIT_NAMES = Stream.concat(
          ModelGenerator.KNOWN_UNITS.stream(),
          Stream.concat(
              Stream.of("a", "z").flatMap(first -> Stream.of("", "a", "z", "0", "9", "-").map(rest -> first + rest)),
              Stream.of("a" + "-".repeat(31), "z" + "9".repeat(31), "a".repeat(32))))
      .collect(Collectors.toUnmodifiableList());

  /** Every edge decimal with every edge unit name and currency code. */
  public static final List<Quantity> QUANTITIES = DECIMALS.stream()
      .flatMap(value -> Stream.concat(UNIT_NAMES.stream(), CURRENCIES.stream().map(Currency::getCurrencyCode))
          .map(unit -> Quantity.of(value, unit)))
      .collect(Collectors.toUnmodifiableList());

  /** Each of {@link #PAIRED_DECIMALS} of a one-letter unit, of the longest unit name and in USD. */
  public static final List<Quantity> PAIRED_QUANTITIES = PAIRED_DECIMALS.stream()
      .flatMap(value -> Stream.of("a", "a".repeat(32), "USD").map(unit -> Quantity.of(value, unit)))
      .collect(Collectors.toUnmodifiableList());

  /** Every qualifier with the smallest, largest and most precise quantities. */
  public static final List<QualifiedQuantity> QUALIFIED_QUANTITIES = Stream.of(Qualifier.values())
      .flatMap(qualifier -> Stream.of(
              Quantity.of(BigDecimal.ZERO, "a"), Quantity.of(new BigDecimal("1E+38"), "USD"),
              Quantity.of(new BigDecimal(ModelGenerator.DECIMAL_BOUND.negate(), 38), "a".repeat(32)))
          .map(quantity -> QualifiedQuantity.of(qualifier, quantity)))
      .collect(Collectors.toUnmodifiableList());

  /** Scores seen in real data or found before: a double's artefact, zero, one, one with trailing zeros. */
  public static final List<BigDecimal> SCORES = List.of(
      new BigDecimal("0.8305100000000001"), BigDecimal.ZERO, BigDecimal.ONE, new BigDecimal("1.00"),
      new BigDecimal("0.00000"), new BigDecimal("0.00001"), new BigDecimal("1.00000"));

  // ---------------------------------------------------------------- aggregates

  /**
   * Ids of one and two characters from either end of each class (letters of either case, digits,
   * then punctuation), every allowed punctuation, and the longest, 128 characters.
   */
  public static final List<String> IDS = Stream.concat(
          Stream.of("a", "z", "A", "Z", "0", "9").flatMap(first -> Stream.of(
              "", "a", "z", "A", "Z", "0", "9", ".", "_", ":", "~", "-").map(rest -> first + rest)),
          Stream.of("9._:~-", "a" + "-".repeat(127), "Z".repeat(128), "0" + "._:~-".repeat(25) + "az"))
      .collect(Collectors.toUnmodifiableList());

  /** Every built-in area, and user-defined ones from the shortest to the longest code. */
  public static final List<CooperationArea> COOPERATION_AREAS = Stream.concat(
          CooperationArea.builtIns().stream(),
          Stream.of(
              CooperationArea.builder().code("a").name(LocalizedText.of("en", "a")).build(),
              CooperationArea.builder().code("a").name(LocalizedText.of("en", "\u0000")).addCrsPurposeCode(10000)
                  .build(),
              CooperationArea.builder().code("z").name(LocalizedText.of("und", "\uffff")).addCrsPurposeCode(99999)
                  .build(),
              CooperationArea.builder().code("z-0-zzzzzzzz-99999999").name(PAIRED_TEXTS.get(1))
                  .crsPurposeCodes(Set.of(10000, 99999, 15110)).build()))
      .collect(Collectors.toUnmodifiableList());

  /**
   * Parties of the first and last pooled ids in the first and last countries, without a
   * signatory or with any edge id.
   */
  public static final List<Party> PARTIES = Stream.of(
          ModelGenerator.POOLED_IDS.get(0), ModelGenerator.POOLED_IDS.get(ModelGenerator.POOLED_IDS.size() - 1))
      .flatMap(organization -> Stream.of(COUNTRIES.get(0), COUNTRIES.get(COUNTRIES.size() - 1))
          .flatMap(country -> Stream.concat(Stream.of((String) null), IDS.stream())
              .map(signatory -> Party.builder().organizationId(organization).country(country)
                  .signatoryAppointmentId(Optional.ofNullable(signatory)).build())))
      .collect(Collectors.toUnmodifiableList());

  /** Every relation the generator can make: every kind to every pooled id. */
  public static final List<AgreementRelation> AGREEMENT_RELATIONS = Stream.of(RelationKind.values())
      .flatMap(kind -> ModelGenerator.POOLED_IDS.stream().map(target -> AgreementRelation.of(kind, target)))
      .collect(Collectors.toUnmodifiableList());

  /** Every edge area with either purpose. */
  public static final List<AgreementArea> AGREEMENT_AREAS = COOPERATION_AREAS.stream()
      .flatMap(area -> Stream.of(AreaPurpose.values()).map(purpose -> AgreementArea.of(area, purpose)))
      .collect(Collectors.toUnmodifiableList());

  /**
   * The emptiest agreement of every kind (no parties, areas, relations, sources or optional
   * attributes), the same with every legal nature, and the fullest: every optional attribute at
   * an edge, the most parties (4), areas (8), relations (3) and source ids (2), the shortest and
   * the longest term.
   */
  public static final List<Agreement> AGREEMENTS = agreements();

  private static List<Agreement> agreements() {
    List<Agreement> agreements = new ArrayList<>();
    for (AgreementKind kind : AgreementKind.values()) {
      agreements.add(Agreement.builder().id("a").kind(kind).title(PAIRED_TEXTS.get(0)).build());
      for (LegalNature nature : LegalNature.values()) {
        agreements.add(
            Agreement.builder().id("Z").kind(kind).legalNature(nature).title(LOCALIZED_TEXTS.get(1)).build());
      }
    }
    for (Period term : List.of(Period.ofDays(1), Period.of(20, 11, 30))) {
      agreements.add(Agreement.builder()
          .id(IDS.get(5))
          .kind(AgreementKind.values()[AgreementKind.values().length - 1])
          .legalNature(LegalNature.values()[LegalNature.values().length - 1])
          .title(PAIRED_TEXTS.get(PAIRED_TEXTS.size() - 2))
          .parties(List.of(PARTIES.get(0), PARTIES.get(1), PARTIES.get(2), PARTIES.get(0)))
          .signedOn(PartialDate.of(1, 1, 1))
          .signedAt(PLACES.get(1))
          .occasion(PAIRED_TEXTS.get(2))
          .entryIntoForce(PartialDate.of(9999))
          .term(term)
          .areas(AGREEMENT_AREAS.subList(AGREEMENT_AREAS.size() - 8, AGREEMENT_AREAS.size()))
          .relations(AGREEMENT_RELATIONS.subList(0, 3))
          .sourceIds(List.of(ModelGenerator.POOLED_IDS.get(0), ModelGenerator.POOLED_IDS.get(0)))
          .build());
    }
    return List.copyOf(agreements);
  }

  /**
   * An observation at the low edge of every attribute, and observations that differ from it in
   * exactly one attribute (the last index, the next edition and the last two, another country, no
   * rank or rank 2, 249 or 250, 2, 249 or 250 assessed, no score or each edge score, source ids),
   * so that pairs of them are equal or differ in one or two attributes.
   */
  public static final List<IndexObservation> INDEX_OBSERVATIONS = indexObservations();

  private static List<IndexObservation> indexObservations() {
    IndexObservation base = IndexObservation.builder()
        .index(SurveyIndex.values()[0])
        .edition(IndexObservation.FIRST_EDITION)
        .country(COUNTRIES.get(0))
        .rank(1)
        .numberAssessed(1)
        .score(BigDecimal.ZERO)
        .build();
    Set<IndexObservation> observations = new LinkedHashSet<>();
    observations.add(base);
    observations.add(IndexObservation.builder().from(base).index(SurveyIndex.values()[SurveyIndex.values().length - 1])
        .build());
    for (int edition : new int[] {IndexObservation.FIRST_EDITION + 1, 9998, 9999}) {
      observations.add(IndexObservation.builder().from(base).edition(edition).build());
    }
    observations.add(IndexObservation.builder().from(base).country(COUNTRIES.get(COUNTRIES.size() - 1)).build());
    observations.add(IndexObservation.builder().from(base).rank(java.util.OptionalInt.empty()).build());
    for (int rank : new int[] {2, 249, 250}) {
      observations.add(IndexObservation.builder().from(base).rank(rank).build());
    }
    for (int assessed : new int[] {2, 249, 250}) {
      observations.add(IndexObservation.builder().from(base).numberAssessed(assessed).build());
    }
    observations.add(IndexObservation.builder().from(base).score(Optional.empty()).build());
    for (BigDecimal score : SCORES) {
      observations.add(IndexObservation.builder().from(base).score(score).build());
    }
    observations.add(IndexObservation.builder().from(base).sourceIds(List.of("a", "a")).build());
    observations.add(IndexObservation.builder().from(base).sourceIds(List.of("x:y~z")).build());
    return List.copyOf(observations);
  }
}

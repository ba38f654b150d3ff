package org.egovcoop.testing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
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

  /** The first and last days, leap days of every kind, and the ends of the crowded years. */
  public static final List<LocalDate> LOCAL_DATES = List.of(
      LocalDate.of(1, 1, 1), LocalDate.of(1, 12, 31), LocalDate.of(4, 2, 29),
      LocalDate.of(1900, 2, 28), LocalDate.of(2000, 2, 29),
      LocalDate.of(2011, 12, 31), LocalDate.of(2012, 1, 1), LocalDate.of(2012, 2, 29), LocalDate.of(2012, 3, 1),
      LocalDate.of(2013, 2, 28), LocalDate.of(2014, 12, 31),
      LocalDate.of(9996, 2, 29), LocalDate.of(9999, 1, 1), LocalDate.of(9999, 12, 31));

  /** Each of {@link #LOCAL_DATES} known to the year, the month and the day. */
  public static final List<PartialDate> PARTIAL_DATES = LOCAL_DATES.stream()
      .flatMap(day -> Stream.of(DatePrecision.values()).map(precision -> ModelGenerator.truncate(day, precision)))
      .distinct()
      .collect(Collectors.toUnmodifiableList());

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
   * Open at either end or both, from the first to the last day, one day, ends that contain each
   * other (legal: neither is certainly before the other), and ends a day apart.
   */
  public static final List<PartialDateRange> PARTIAL_DATE_RANGES = List.of(
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

  // ---------------------------------------------------------------- geo and text

  /** The first and last countries in order, and the two of the press release. */
  public static final List<CountryCode> COUNTRIES = List.of(
      ModelGenerator.COUNTRIES.get(0), CountryCode.KOR, CountryCode.UZB,
      ModelGenerator.COUNTRIES.get(ModelGenerator.COUNTRIES.size() - 1));

  /**
   * The common tags, and generated shapes at their bounds: languages of two and three letters,
   * with a script, a two-letter region or a three-digit region, in canonical form.
   */
  public static final List<String> LANGUAGE_TAGS = Stream.concat(
          ModelGenerator.KNOWN_TAGS.stream(),
          Stream.of("aa", "zzz", "aa-aaaa", "zzz-zzzz", "aa-AA", "zzz-ZZ", "aa-000", "zzz-999", "aa-aaaa-AA",
                  "zzz-zzzz-999")
              .map(LocalizedText::canonicalTag))
      .distinct()
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

  /** Each of {@link #TEXTS} in one language; and texts in the most languages, four. */
  public static final List<LocalizedText> LOCALIZED_TEXTS = Stream.concat(
          TEXTS.stream().map(text -> LocalizedText.of("en", text)),
          Stream.of(
              LocalizedText.builder().put("aa", "\"").put("und", "\\").put("zzz-Zzzz-999", "a").put("ko", "행정안전부")
                  .build(),
              LocalizedText.builder().put("en", "a").put("ko", "a").put("ru", "a").put("zh-Hant-TW", "a").build()))
      .collect(Collectors.toUnmodifiableList());

  /** Texts of one and four languages in the first and last countries. */
  public static final List<Place> PLACES = List.of(
      Place.of(LOCALIZED_TEXTS.get(0), COUNTRIES.get(0)),
      Place.of(LOCALIZED_TEXTS.get(LOCALIZED_TEXTS.size() - 1), COUNTRIES.get(COUNTRIES.size() - 1)),
      Place.of(LocalizedText.of("en", "Tashkent", "ko", "타슈켄트"), CountryCode.UZB));

  // ---------------------------------------------------------------- metric

  /**
   * Zero, one and minus one; zero, one and the largest number at the extreme scales ±38 (the
   * max-scale decimals); the largest of 38 digits of either sign; the small range's ends; and
   * scales that a text form must keep (trailing zeros, exponents).
   */
  public static final List<BigDecimal> DECIMALS = List.of(
      BigDecimal.ZERO, BigDecimal.ONE, BigDecimal.ONE.negate(),
      new BigDecimal("0E-38"), new BigDecimal("0E+38"), new BigDecimal("1E-38"), new BigDecimal("1E+38"),
      new BigDecimal("-1E+38"),
      new BigDecimal(ModelGenerator.DECIMAL_BOUND), new BigDecimal(ModelGenerator.DECIMAL_BOUND.negate()),
      new BigDecimal(ModelGenerator.DECIMAL_BOUND, 38), new BigDecimal(ModelGenerator.DECIMAL_BOUND.negate(), 38),
      new BigDecimal(ModelGenerator.DECIMAL_BOUND, -38), new BigDecimal(ModelGenerator.DECIMAL_BOUND.negate(), -38),
      new BigDecimal("-1000"), new BigDecimal("1000000"),
      new BigDecimal("1.00"), new BigDecimal("0.01"), new BigDecimal("-0.00"), new BigDecimal("1.8E+8"));

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

  /** Unit names of one and of 32 characters, with hyphens and digits anywhere after the first. */
  public static final List<String> UNIT_NAMES = Stream.concat(
          ModelGenerator.KNOWN_UNITS.stream(),
          Stream.of("a", "z", "a-", "a0", "z9-", "a" + "-".repeat(31), "z" + "9".repeat(31), "a".repeat(32)))
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
      new BigDecimal("0.00000"), new BigDecimal("1.00000"));

  // ---------------------------------------------------------------- aggregates

  /** Ids of one character of each class, of every allowed punctuation, and of the longest length. */
  public static final List<String> IDS = List.of(
      "0", "a", "Z", "9._:~-", "a" + "-".repeat(127), "Z".repeat(128), "0" + "._:~-".repeat(25) + "az");

  /** Every built-in area, and user-defined ones from the shortest to the longest code. */
  public static final List<CooperationArea> COOPERATION_AREAS = Stream.concat(
          CooperationArea.builtIns().stream(),
          Stream.of(
              CooperationArea.builder().code("a").name(LocalizedText.of("en", "a")).build(),
              CooperationArea.builder().code("z-0-zzzzzzzz-99999999").name(LOCALIZED_TEXTS.get(1))
                  .crsPurposeCodes(Set.of(10000, 99999, 15110)).build()))
      .collect(Collectors.toUnmodifiableList());

  /** Parties of the first and last pooled ids, with no signatory and with the longest id. */
  public static final List<Party> PARTIES = List.of(
      Party.builder().organizationId(ModelGenerator.POOLED_IDS.get(0)).country(COUNTRIES.get(0)).build(),
      Party.builder().organizationId(ModelGenerator.POOLED_IDS.get(ModelGenerator.POOLED_IDS.size() - 1))
          .country(COUNTRIES.get(COUNTRIES.size() - 1)).signatoryAppointmentId(IDS.get(5)).build(),
      Party.builder().organizationId("a").country(CountryCode.UZB).signatoryAppointmentId("0").build());

  /** Every relation kind to the first and last pooled ids. */
  public static final List<AgreementRelation> AGREEMENT_RELATIONS = Stream.of(RelationKind.values())
      .flatMap(kind -> Stream.of(ModelGenerator.POOLED_IDS.get(0),
              ModelGenerator.POOLED_IDS.get(ModelGenerator.POOLED_IDS.size() - 1))
          .map(target -> AgreementRelation.of(kind, target)))
      .collect(Collectors.toUnmodifiableList());

  /** Every edge area with either purpose. */
  public static final List<AgreementArea> AGREEMENT_AREAS = COOPERATION_AREAS.stream()
      .flatMap(area -> Stream.of(AreaPurpose.values()).map(purpose -> AgreementArea.of(area, purpose)))
      .collect(Collectors.toUnmodifiableList());

  /**
   * The emptiest agreement of every kind (no parties, areas, relations, sources or optional
   * attributes), and the fullest: every optional attribute at an edge, the most parties (4),
   * areas (8), relations (3) and source ids (2), the shortest and the longest term.
   */
  public static final List<Agreement> AGREEMENTS = agreements();

  private static List<Agreement> agreements() {
    List<Agreement> agreements = new ArrayList<>();
    for (AgreementKind kind : AgreementKind.values()) {
      agreements.add(Agreement.builder().id("a").kind(kind).title(LOCALIZED_TEXTS.get(0)).build());
    }
    for (Period term : List.of(Period.ofDays(1), Period.of(20, 11, 30))) {
      agreements.add(Agreement.builder()
          .id(IDS.get(5))
          .kind(AgreementKind.values()[AgreementKind.values().length - 1])
          .legalNature(LegalNature.values()[LegalNature.values().length - 1])
          .title(LOCALIZED_TEXTS.get(LOCALIZED_TEXTS.size() - 2))
          .parties(List.of(PARTIES.get(0), PARTIES.get(1), PARTIES.get(2), PARTIES.get(0)))
          .signedOn(PartialDate.of(1, 1, 1))
          .signedAt(PLACES.get(1))
          .occasion(LOCALIZED_TEXTS.get(2))
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
   * exactly one attribute (the last index, edition 9999, another country, no rank or rank 250,
   * 250 assessed, no score or each edge score, source ids), so that pairs of them are equal or
   * differ in one or two attributes.
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
    observations.add(IndexObservation.builder().from(base).edition(9999).build());
    observations.add(IndexObservation.builder().from(base).country(COUNTRIES.get(COUNTRIES.size() - 1)).build());
    observations.add(IndexObservation.builder().from(base).rank(java.util.OptionalInt.empty()).build());
    observations.add(IndexObservation.builder().from(base).rank(250).build());
    observations.add(IndexObservation.builder().from(base).numberAssessed(250).build());
    observations.add(IndexObservation.builder().from(base).score(java.util.Optional.empty()).build());
    for (BigDecimal score : SCORES) {
      observations.add(IndexObservation.builder().from(base).score(score).build());
    }
    observations.add(IndexObservation.builder().from(base).sourceIds(List.of("a", "a")).build());
    observations.add(IndexObservation.builder().from(base).sourceIds(List.of("x:y~z")).build());
    return List.copyOf(observations);
  }
}

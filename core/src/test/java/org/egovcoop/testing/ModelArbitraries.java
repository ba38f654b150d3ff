package org.egovcoop.testing;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.Period;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;
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
 * jqwik generators for every scalar of the model and for the aggregates that round-trip tests
 * need. Generators stay within each type's invariants, so every generated value builds; they lean
 * towards the awkward cases (dates that overlap, decimals with odd scales, texts with quotes and
 * backslashes) rather than towards realistic data.
 */
public final class ModelArbitraries {

  private static final long FIRST_EPOCH_DAY = LocalDate.of(PartialDate.MIN_YEAR, 1, 1).toEpochDay();
  private static final long LAST_EPOCH_DAY = LocalDate.of(PartialDate.MAX_YEAR, 12, 31).toEpochDay();
  private static final BigInteger DECIMAL_BOUND = BigInteger.TEN.pow(38).subtract(BigInteger.ONE);

  private static final List<CountryCode> COUNTRIES =
      CountryCode.values().stream().sorted().collect(Collectors.toUnmodifiableList());
  private static final List<String> CURRENCY_CODES = Currency.getAvailableCurrencies().stream()
      .map(Currency::getCurrencyCode)
      .filter(Money::isCurrencyCode)
      .sorted()
      .collect(Collectors.toUnmodifiableList());
  private static final List<String> KNOWN_TAGS = List.of(
      "en", "ko", "uz-Latn", "uz-Cyrl", "ru", "fr", "de-CH", "zh-Hant-TW", "es-419", "sr-Latn-RS", "und");

  private ModelArbitraries() {}

  // ---------------------------------------------------------------- time

  /**
   * @return full dates from year 1 to 9999, with a third of them crowded into 2012 to 2014 so
   *     that overlapping and equal dates are common
   */
  public static Arbitrary<LocalDate> localDates() {
    Arbitrary<Long> anyDay = Arbitraries.longs().between(FIRST_EPOCH_DAY, LAST_EPOCH_DAY);
    Arbitrary<Long> crowded = Arbitraries.longs()
        .between(LocalDate.of(2012, 1, 1).toEpochDay(), LocalDate.of(2014, 12, 31).toEpochDay());
    return Arbitraries.frequencyOf(
            Tuple.of(2, anyDay), Tuple.of(1, crowded))
        .map(LocalDate::ofEpochDay);
  }

  /** @return partial dates of every precision */
  public static Arbitrary<PartialDate> partialDates() {
    return Combinators.combine(localDates(), Arbitraries.of(DatePrecision.class))
        .as(ModelArbitraries::truncate);
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
  public static Arbitrary<PartialDateRange> partialDateRanges() {
    Arbitrary<Optional<PartialDate>> side = partialDates().optional(0.8);
    return Combinators.combine(side, side).as((a, b) -> {
      if (a.isPresent() && b.isPresent() && b.get().isBefore(a.get())) {
        return PartialDateRange.of(b.get(), a.get());
      }
      return PartialDateRange.between(a.orElse(null), b.orElse(null));
    });
  }

  // ---------------------------------------------------------------- geo and text

  /** @return every assigned ISO 3166-1 country */
  public static Arbitrary<CountryCode> countryCodes() {
    return Arbitraries.of(COUNTRIES);
  }

  /**
   * @return well-formed BCP 47 tags in canonical form: common ones, and generated
   *     language[-Script][-REGION] tags
   */
  public static Arbitrary<String> languageTags() {
    Arbitrary<String> language = Arbitraries.strings().withCharRange('a', 'z').ofMinLength(2).ofMaxLength(3);
    Arbitrary<String> script = Arbitraries.strings().withCharRange('a', 'z').ofLength(4)
        .map(s -> Character.toUpperCase(s.charAt(0)) + s.substring(1));
    Arbitrary<String> region = Arbitraries.oneOf(
        Arbitraries.strings().withCharRange('A', 'Z').ofLength(2),
        Arbitraries.strings().numeric().ofLength(3));
    Arbitrary<String> generated = Combinators.combine(language, script.optional(0.3), region.optional(0.4))
        .as((l, s, r) -> l + s.map(x -> "-" + x).orElse("") + r.map(x -> "-" + x).orElse(""))
        .map(LocalizedText::canonicalTag);
    return Arbitraries.oneOf(Arbitraries.of(KNOWN_TAGS), generated);
  }

  /**
   * @return non-blank texts, often holding the characters a text form must escape ({@code "},
   *     {@code \}, {@code ", "}, {@code =}) and non-Latin scripts
   */
  public static Arbitrary<String> texts() {
    Arbitrary<String> tricky = Arbitraries.strings()
        .withChars("ab \"\\=,.행정안전부Ахборот\n\t")
        .ofMinLength(1)
        .ofMaxLength(12);
    Arbitrary<String> any = Arbitraries.strings().all().ofMinLength(1).ofMaxLength(20);
    return Arbitraries.oneOf(tricky, any).filter(s -> !s.isBlank());
  }

  /** @return texts in one to four languages */
  public static Arbitrary<LocalizedText> localizedTexts() {
    return Arbitraries.maps(languageTags(), texts()).ofMinSize(1).ofMaxSize(4).map(LocalizedText::of);
  }

  /** @return places in any country */
  public static Arbitrary<Place> places() {
    return Combinators.combine(localizedTexts(), countryCodes()).as(Place::of);
  }

  // ---------------------------------------------------------------- metric

  /**
   * @return exact decimals within the model's bounds (38 significant digits, scale within ±38),
   *     with trailing zeros and exponents that a text form must preserve
   */
  public static Arbitrary<BigDecimal> boundedDecimals() {
    Arbitrary<BigInteger> unscaled = Arbitraries.oneOf(
        Arbitraries.bigIntegers().between(DECIMAL_BOUND.negate(), DECIMAL_BOUND),
        Arbitraries.bigIntegers().between(BigInteger.valueOf(-1000), BigInteger.valueOf(1_000_000)));
    Arbitrary<Integer> scale = Arbitraries.oneOf(
        Arbitraries.integers().between(-38, 38),
        Arbitraries.integers().between(0, 2));
    return Combinators.combine(unscaled, scale).as(BigDecimal::new);
  }

  /** @return ISO 4217 currencies the JDK knows */
  public static Arbitrary<Currency> currencies() {
    return Arbitraries.of(CURRENCY_CODES).map(Currency::getInstance);
  }

  /** @return amounts of money */
  public static Arbitrary<Money> money() {
    return Combinators.combine(boundedDecimals(), currencies()).as(Money::of);
  }

  /** @return lower-case unit names such as {@code person} */
  public static Arbitrary<String> unitNames() {
    Arbitrary<String> generated = Combinators.combine(
            Arbitraries.chars().range('a', 'z'),
            Arbitraries.strings().withCharRange('a', 'z').withCharRange('0', '9').withChars('-').ofMaxLength(31))
        .as((first, rest) -> first + rest);
    return Arbitraries.oneOf(Arbitraries.of("person", "project", "percent", "official"), generated);
  }

  /** @return quantities of money and of counted things */
  public static Arbitrary<Quantity> quantities() {
    Arbitrary<String> unit = Arbitraries.oneOf(unitNames(), Arbitraries.of(CURRENCY_CODES));
    return Combinators.combine(boundedDecimals(), unit).as(Quantity::of);
  }

  /** @return quantities with every qualifier */
  public static Arbitrary<QualifiedQuantity> qualifiedQuantities() {
    return Combinators.combine(Arbitraries.of(Qualifier.class), quantities()).as(QualifiedQuantity::of);
  }

  // ---------------------------------------------------------------- aggregates

  /** @return well-formed ids: 1 to 128 characters of letters, digits and {@code . _ : ~ -} */
  public static Arbitrary<String> ids() {
    Arbitrary<Character> first = Arbitraries.chars().range('a', 'z').range('A', 'Z').range('0', '9');
    Arbitrary<String> rest = Arbitraries.strings()
        .withCharRange('a', 'z').withCharRange('A', 'Z').withCharRange('0', '9').withChars("._:~-")
        .ofMaxLength(127);
    return Combinators.combine(first, rest).as((f, r) -> f + r);
  }

  /** @return short ids from a small pool, so that generated records collide and refer to each other */
  public static Arbitrary<String> pooledIds() {
    return Arbitraries.of("kor-mois", "uzb-mitc", "uzb-government", "a", "b", "c.1", "x:y~z");
  }

  /** @return the built-in areas and user-defined ones */
  public static Arbitrary<CooperationArea> cooperationAreas() {
    Arbitrary<String> word = Arbitraries.strings().withCharRange('a', 'z').withCharRange('0', '9').ofMinLength(1).ofMaxLength(8);
    Arbitrary<String> code = Combinators.combine(Arbitraries.chars().range('a', 'z'), word.list().ofMaxSize(3))
        .as((first, words) -> first + words.stream().map(w -> "-" + w).collect(Collectors.joining()));
    Arbitrary<CooperationArea> custom = Combinators.combine(
            code, localizedTexts(), Arbitraries.integers().between(10000, 99999).set().ofMaxSize(3))
        .as((c, name, crs) -> CooperationArea.builder().code(c).name(name).crsPurposeCodes(crs).build());
    return Arbitraries.oneOf(Arbitraries.of(CooperationArea.builtIns()), custom);
  }

  /** @return parties, with and without a signatory */
  public static Arbitrary<Party> parties() {
    return Combinators.combine(pooledIds(), countryCodes(), ids().optional(0.5))
        .as((organization, country, signatory) -> Party.builder()
            .organizationId(organization)
            .country(country)
            .signatoryAppointmentId(signatory)
            .build());
  }

  /** @return relations of every kind */
  public static Arbitrary<AgreementRelation> agreementRelations() {
    return Combinators.combine(Arbitraries.of(RelationKind.class), pooledIds()).as(AgreementRelation::of);
  }

  /** @return areas with either purpose */
  public static Arbitrary<AgreementArea> agreementAreas() {
    return Combinators.combine(cooperationAreas(), Arbitraries.of(AreaPurpose.class)).as(AgreementArea::of);
  }

  /**
   * @return agreements with every attribute exercised; not necessarily valid under Bean
   *     Validation (one party, a self-relation, and so on are generated too)
   */
  public static Arbitrary<Agreement> agreements() {
    Arbitrary<Agreement.Builder> core = Combinators.combine(
            ids(), Arbitraries.of(AgreementKind.class), Arbitraries.of(LegalNature.class).optional(0.7),
            localizedTexts(), parties().list().ofMaxSize(4))
        .as((id, kind, nature, title, parties) -> {
          Agreement.Builder builder = Agreement.builder().id(id).kind(kind).title(title).parties(parties);
          nature.ifPresent(builder::legalNature);
          return builder;
        });
    Arbitrary<Period> terms = Combinators.combine(
            Arbitraries.integers().between(0, 20), Arbitraries.integers().between(0, 11), Arbitraries.integers().between(0, 30))
        .as(Period::of)
        .filter(p -> !p.isZero());
    return Combinators.combine(
            core,
            partialDates().optional(0.7),
            places().optional(0.5),
            localizedTexts().optional(0.3),
            partialDates().optional(0.3),
            terms.optional(0.3),
            agreementAreas().list().ofMaxSize(8),
            Combinators.combine(agreementRelations().list().ofMaxSize(3), pooledIds().list().ofMaxSize(2))
                .as((relations, sources) -> Map.entry(relations, sources)))
        .as((builder, signedOn, signedAt, occasion, entryIntoForce, term, areas, rest) -> builder
            .signedOn(signedOn)
            .signedAt(signedAt)
            .occasion(occasion)
            .entryIntoForce(entryIntoForce)
            .term(term)
            .areas(areas)
            .relations(rest.getKey())
            .sourceIds(rest.getValue())
            .build());
  }

  /**
   * @return observations of every index, ranked or not, scored or not; ranks may exceed the number
   *     assessed and scores may leave 0 to 1 (both legal to build, reported by validation)
   */
  public static Arbitrary<IndexObservation> indexObservations() {
    Arbitrary<BigDecimal> score = Arbitraries.oneOf(
        Arbitraries.bigDecimals().between(BigDecimal.ZERO, BigDecimal.ONE).ofScale(5),
        Arbitraries.of(new BigDecimal("0.8305100000000001"), BigDecimal.ZERO, BigDecimal.ONE, new BigDecimal("1.00")),
        boundedDecimals());
    return Combinators.combine(
            Arbitraries.of(SurveyIndex.class),
            Arbitraries.integers().between(IndexObservation.FIRST_EDITION, 9999),
            countryCodes(),
            Arbitraries.integers().between(1, 250).optional(0.8),
            Arbitraries.integers().between(1, 250),
            score.optional(0.8),
            pooledIds().list().ofMaxSize(2))
        .as((index, edition, country, rank, assessed, s, sources) -> {
          IndexObservation.Builder builder = IndexObservation.builder()
              .index(index).edition(edition).country(country).numberAssessed(assessed).score(s).sourceIds(sources);
          rank.ifPresent(builder::rank);
          return builder.build();
        });
  }
}

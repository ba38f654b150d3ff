package org.egovcoop.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.egovcoop.testing.Fixtures.KOR_MINISTRY;
import static org.egovcoop.testing.Fixtures.MOU_2017;
import static org.egovcoop.testing.Fixtures.UZB_MINISTRY;
import static org.egovcoop.testing.Fixtures.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Stream;
import org.egovcoop.actor.Organization;
import org.egovcoop.actor.RegisteredIdentifier;
import org.egovcoop.agreement.Agreement;
import org.egovcoop.agreement.AgreementKind;
import org.egovcoop.agreement.AgreementRelation;
import org.egovcoop.agreement.Party;
import org.egovcoop.agreement.RelationKind;
import org.egovcoop.geo.CountryCode;
import org.egovcoop.survey.IndexObservation;
import org.egovcoop.testing.Fixtures;
import org.egovcoop.time.PartialDate;
import org.egovcoop.time.PartialDateRange;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One violating object per rule: the exact property path, the message key, and the whole message
 * in English and in Korean. Every message is checked for leftover {@code ${...}} or {@code {...}}.
 */
class ValidationRulesTest {

  private static final ModelValidator ENGLISH = ModelValidator.create().withLocale(Locale.ENGLISH);
  private static final ModelValidator KOREAN = ModelValidator.create().withLocale(Locale.KOREAN);
  private static final String PREFIX = "org.egovcoop.validation.";

  /** Every message key some case below produced, to check that no bundle entry goes untested. */
  private static final Set<String> KEYS_SEEN = new HashSet<>();

  private static Arguments rule(String name, Object value, String path, String key, String english, String korean) {
    return Arguments.of(name, value, path, key, english, korean);
  }

  private static Agreement.Builder mou2017() {
    return Agreement.builder().from(Fixtures.mou2017());
  }

  private static Party party(String organization, CountryCode country) {
    return Party.builder().organizationId(organization).country(country).build();
  }

  static Stream<Arguments> rules() {
    IndexObservation uzb2016 = Fixtures.egdi(2016, 80);
    return Stream.of(
        rule("RankWithinAssessed",
            IndexObservation.builder().from(uzb2016).rank(194).build(),
            "rank", PREFIX + "RankWithinAssessed.message",
            "rank 194 exceeds the 193 countries assessed",
            "순위 194위가 평가 대상 193개국을 초과합니다"),
        rule("ScoreWithinRange above 1",
            IndexObservation.builder().from(uzb2016).score(new BigDecimal("1.00001")).build(),
            "score", PREFIX + "ScoreWithinRange.message",
            "score 1.00001 is outside the range of index egdi, 0 to 1",
            "점수 1.00001이(가) 지수 egdi의 범위(0~1)를 벗어납니다"),
        rule("ScoreWithinRange below 0",
            IndexObservation.builder().from(uzb2016).index(org.egovcoop.survey.SurveyIndex.TII).rank(java.util.OptionalInt.empty())
                .score(new BigDecimal("-0.1")).build(),
            "score", PREFIX + "ScoreWithinRange.message",
            "score -0.1 is outside the range of index tii, 0 to 1",
            "점수 -0.1이(가) 지수 tii의 범위(0~1)를 벗어납니다"),
        rule("Size(min = 2) on parties",
            mou2017().parties(List.of(party(KOR_MINISTRY, CountryCode.KOR))).build(),
            "parties", "org.egovcoop.validation.Agreement.parties.Size.message",
            "an agreement needs at least 2 parties",
            "협정에는 당사자가 2개 이상 있어야 합니다"),
        rule("DistinctPartyOrganizations",
            mou2017().addParty(party(KOR_MINISTRY, CountryCode.KOR)).build(),
            "parties[2].organizationId", PREFIX + "DistinctPartyOrganizations.message",
            "organization 'kor-mois' is already a party to this agreement",
            "기관 'kor-mois'은(는) 이미 이 협정의 당사자입니다"),
        rule("DistinctPartyOrganizations within a portfolio",
            Fixtures.portfolioBuilder().agreements(List.of(Fixtures.mou2013(),
                mou2017().parties(List.of(party(UZB_MINISTRY, CountryCode.KOR), party(UZB_MINISTRY, CountryCode.UZB))).build()))
                .build(),
            "agreements[1].parties[1].organizationId", PREFIX + "DistinctPartyOrganizations.message",
            "organization 'uzb-mitc' is already a party to this agreement",
            "기관 'uzb-mitc'은(는) 이미 이 협정의 당사자입니다"),
        rule("BilateralBetweenCountries",
            mou2017().parties(List.of(party(KOR_MINISTRY, CountryCode.KOR), party("kor-division", CountryCode.KOR))).build(),
            "parties[1].country", PREFIX + "BilateralBetweenCountries.message",
            "a bilateral agreement needs parties from two countries, but both are KOR",
            "양자 협정의 당사자는 서로 다른 두 나라여야 하지만 모두 KOR입니다"),
        rule("NoSelfRelation",
            mou2017().addRelation(AgreementRelation.of(RelationKind.AMENDS, MOU_2017)).build(),
            "relations[1].targetId", PREFIX + "NoSelfRelation.message",
            "agreement 'mou-2017' cannot relate to itself",
            "협정 'mou-2017'은(는) 자기 자신과 관계를 맺을 수 없습니다"),
        rule("NotOwnParent",
            org.egovcoop.actor.Organization.builder().from(Fixtures.korMinistry()).parentId(KOR_MINISTRY).build(),
            "parentId", PREFIX + "NotOwnParent.message",
            "organization 'kor-mois' cannot be its own parent",
            "기관 'kor-mois'은(는) 자기 자신의 상위 기관일 수 없습니다"),
        rule("EntryIntoForceNotBeforeSigning",
            mou2017().entryIntoForce(PartialDate.of(2017, 11, 21)).build(),
            "entryIntoForce", PREFIX + "EntryIntoForceNotBeforeSigning.message",
            "entry into force 2017-11-21 is before signing on 2017-11-22",
            "발효일 2017-11-21이(가) 서명일 2017-11-22보다 앞섭니다"),
        rule("UniqueIds",
            Fixtures.portfolioBuilder().addAgreement(Fixtures.mou2013()).build(),
            "agreements[2].id", PREFIX + "UniqueIds.message",
            "id 'mou-2013' is used twice",
            "식별자 'mou-2013'이(가) 중복됩니다"),
        rule("UniqueRegisteredIdentifiers",
            Fixtures.portfolioBuilder().organizations(List.of(Fixtures.korMinistry(), Fixtures.division(),
                Organization.builder().from(Fixtures.uzbMinistry())
                    .addIdentifier(Fixtures.division().getIdentifiers().get(0)).build())).build(),
            "organizations[2].identifiers[0]", PREFIX + "UniqueRegisteredIdentifiers.message",
            "registered identifier XI-WIKIDATA-Q0000001 is already held by organization 'kor-division'",
            "등록 식별자 XI-WIKIDATA-Q0000001은(는) 이미 기관 'kor-division'이(가) 가지고 있습니다"),
        rule("OneIdentifierPerScheme",
            Organization.builder().from(Fixtures.korMinistry()).addIdentifiers(RegisteredIdentifier.of("GB-COH", "01234567"),
                RegisteredIdentifier.of("GB-COH", "7654321")).build(),
            "identifiers[1].scheme", PREFIX + "OneIdentifierPerScheme.message",
            "organization 'kor-mois' already holds an identifier in scheme GB-COH",
            "기관 'kor-mois'은(는) 이미 체계 GB-COH의 식별자를 가지고 있습니다"),
        rule("ResolvableReferences",
            Fixtures.portfolioBuilder().agreements(List.of(Fixtures.mou2013(),
                mou2017().relations(List.of(AgreementRelation.follows("mou-2009"))).build())).build(),
            "agreements[1].relations[0].targetId", PREFIX + "ResolvableReferences.message",
            "refers to unknown id 'mou-2009'",
            "존재하지 않는 식별자 'mou-2009'을(를) 참조합니다"),
        rule("AcyclicLineage",
            Fixtures.portfolioBuilder()
                .addAgreement(undated("a").addRelation(AgreementRelation.of(RelationKind.IMPLEMENTS, "b")).build())
                .addAgreement(undated("b").addRelation(AgreementRelation.of(RelationKind.SUPERSEDES, "a")).build())
                .build(),
            "agreements[3].relations[0].targetId", PREFIX + "AcyclicLineage.message",
            "relation of 'b' to 'a' closes a cycle in the lineage of agreements",
            "'b'에서 'a'(으)로의 관계가 협정 계보에 순환을 만듭니다"),
        rule("SuccessorNotBeforePredecessor",
            Fixtures.portfolioBuilder().agreements(List.of(
                Agreement.builder().from(Fixtures.mou2013()).signedOn(PartialDate.of(2018)).build(), Fixtures.mou2017())).build(),
            "agreements[1].signedOn", PREFIX + "SuccessorNotBeforePredecessor.message",
            "signed on 2017-11-22, before 'mou-2013' (signed on 2018) that it relates to",
            "서명일 2017-11-22이(가) 관련된 선행 협정 'mou-2013'의 서명일 2018보다 앞섭니다"),
        rule("SignatoriesInOffice",
            Fixtures.portfolioBuilder().appointments(List.of(
                org.egovcoop.actor.Appointment.builder().from(Fixtures.ministerPost())
                    .period(PartialDateRange.from(PartialDate.of(2018))).build(),
                Fixtures.uzbMinisterPost(), Fixtures.viceChair())).build(),
            "agreements[1].parties[0].signatoryAppointmentId", PREFIX + "SignatoriesInOffice.message",
            "signatory's post 'kim-minister' (2018/..) was not held on the signing date 2017-11-22",
            "서명자의 직위 'kim-minister'(2018/..)가 서명일 2017-11-22에 유효하지 않습니다"),
        rule("IsoCountryCode",
            new CodesBean("UZ", "USD", "uz-Cyrl"),
            "country", PREFIX + "IsoCountryCode.message",
            "must be an ISO 3166-1 alpha-3 country code, such as KOR",
            "KOR과 같은 ISO 3166-1 alpha-3 국가 코드여야 합니다"),
        rule("IsoCurrencyCode",
            new CodesBean("UZB", "usd", "uz-Cyrl"),
            "currency", PREFIX + "IsoCurrencyCode.message",
            "must be an ISO 4217 currency code, such as USD",
            "USD와 같은 ISO 4217 통화 코드여야 합니다"),
        rule("LanguageTag",
            new CodesBean("UZB", "USD", "uz_Cyrl"),
            "language", PREFIX + "LanguageTag.message",
            "must be a well-formed BCP 47 language tag, such as ko or uz-Cyrl",
            "ko 또는 uz-Cyrl과 같은 올바른 BCP 47 언어 태그여야 합니다"));
  }

  private static Agreement.Builder undated(String id) {
    return Agreement.builder().id(id).kind(AgreementKind.ARRANGEMENT).title(text(id))
        .addParty(party(KOR_MINISTRY, CountryCode.KOR)).addParty(party(UZB_MINISTRY, CountryCode.UZB));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rules")
  void eachRuleReportsItsPathKeyAndMessageInEnglishAndKorean(
      String rule, Object value, String path, String key, String english, String korean) {
    List<Violation> inEnglish = ENGLISH.validate(value);
    List<Violation> inKorean = KOREAN.validate(value);

    assertThat(inEnglish).as("violations in English").hasSize(1);
    assertThat(inKorean).as("violations in Korean").hasSize(1);
    Violation en = inEnglish.get(0);
    Violation ko = inKorean.get(0);
    assertThat(en.path()).isEqualTo(path);
    assertThat(en.messageKey()).isEqualTo(key);
    assertThat(en.message()).isEqualTo(english);
    assertThat(ko.path()).isEqualTo(path);
    assertThat(ko.messageKey()).isEqualTo(key);
    assertThat(ko.message()).isEqualTo(korean);
    assertFullyInterpolated(en.message());
    assertFullyInterpolated(ko.message());
    KEYS_SEEN.add(key);
  }

  @Test
  void theValidObjectsBehindEachCaseAreValid() {
    assertThat(ENGLISH.validate(Fixtures.portfolio())).isEmpty();
    assertThat(ENGLISH.validate(Fixtures.mou2017())).isEmpty();
    assertThat(ENGLISH.validate(Fixtures.egdi(2016, 193))).isEmpty();
    assertThat(ENGLISH.validate(IndexObservation.builder().from(Fixtures.egdi(2016, 80)).score(BigDecimal.ONE).build())).isEmpty();
    assertThat(ENGLISH.validate(IndexObservation.builder().from(Fixtures.egdi(2016, 80)).score(new BigDecimal("0.000")).build()))
        .isEmpty();
    assertThat(ENGLISH.validate(new CodesBean("UZB", "USD", "uz-Cyrl"))).isEmpty();
    assertThat(ENGLISH.validate(new CodesBean(null, null, null))).isEmpty();
  }

  @Test
  void overlappingDatesAreNotReportedAsOutOfOrder() {
    // Entry into force in November 2017 may be on or after signing on 2017-11-22.
    assertThat(ENGLISH.validate(mou2017().entryIntoForce(PartialDate.of(2017, 11)).build())).isEmpty();
    // A predecessor known only as 2017-11 may have been signed before 2017-11-22.
    assertThat(ENGLISH.validate(Fixtures.portfolioBuilder().agreements(List.of(
        Agreement.builder().from(Fixtures.mou2013()).signedOn(PartialDate.of(2017, 11)).build(), Fixtures.mou2017())).build()))
        .isEmpty();
    // A post "2013 to 2017" may have covered a signing on 2017-11-22.
    assertThat(ENGLISH.validate(Fixtures.portfolioBuilder().appointments(List.of(
        org.egovcoop.actor.Appointment.builder().from(Fixtures.ministerPost())
            .period(PartialDateRange.of(PartialDate.of(2013), PartialDate.of(2017))).build(),
        Fixtures.uzbMinisterPost(), Fixtures.viceChair())).build())).isEmpty();
  }

  @Test
  void aBuiltInMessageWithExpressionLanguageIsInterpolatedToo() {
    // @DecimalMax's message uses EL: "must be less than ${inclusive == true ? 'or equal to ' : ''}{value}".
    CodesBean bean = new CodesBean("UZB", "USD", "en");
    bean.share = new BigDecimal("1.5");
    List<Violation> en = ENGLISH.validate(bean);
    List<Violation> ko = KOREAN.validate(bean);
    assertThat(en).extracting(Violation::path, Violation::messageKey, Violation::message)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(
            "share", "jakarta.validation.constraints.DecimalMax.message", "must be less than or equal to 1"));
    assertThat(ko).hasSize(1);
    assertFullyInterpolated(ko.get(0).message());
    assertThat(ko.get(0).message()).contains("1").doesNotContain("inclusive");
  }

  @Test
  void everyConstraintOfThePackageHasAnEnglishAndAKoreanMessage() throws IOException {
    Properties english = bundle("/ContributorValidationMessages.properties");
    Properties korean = bundle("/ContributorValidationMessages_ko.properties");
    List<String> expected = new ArrayList<>();
    for (Class<?> constraint : List.of(RankWithinAssessed.class, ScoreWithinRange.class, DistinctPartyOrganizations.class,
        BilateralBetweenCountries.class, NoSelfRelation.class, NotOwnParent.class, EntryIntoForceNotBeforeSigning.class, UniqueIds.class,
        UniqueRegisteredIdentifiers.class, OneIdentifierPerScheme.class,
        ResolvableReferences.class, AcyclicLineage.class, SuccessorNotBeforePredecessor.class, SignatoriesInOffice.class,
        IsoCountryCode.class, IsoCurrencyCode.class, LanguageTag.class)) {
      expected.add(constraint.getName() + ".message");
    }
    // A stock constraint with a message of ours: @Size(min = 2) on Agreement.parties.
    expected.add("org.egovcoop.validation.Agreement.parties.Size.message");
    // The English bundle is the base one; the _en file exists, empty, only to stop ResourceBundle
    // from falling back to the JVM's default locale when English is asked for.
    assertThat(bundle("/ContributorValidationMessages_en.properties")).isEmpty();
    assertThat(english.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(expected);
    assertThat(korean.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(expected);
    for (String key : expected) {
      assertThat(korean.getProperty(key)).as(key).isNotEqualTo(english.getProperty(key))
          .matches(".*[\\uAC00-\\uD7A3].*");
    }
  }

  @AfterAll
  static void everyBundleEntryWasExercisedByACase() throws IOException {
    Set<String> keys = bundle("/ContributorValidationMessages.properties").stringPropertyNames();
    assertThat(KEYS_SEEN).containsAll(keys);
  }

  private static Properties bundle(String resource) throws IOException {
    Properties properties = new Properties();
    try (InputStream in = ValidationRulesTest.class.getResourceAsStream(resource)) {
      assertThat(in).as(resource).isNotNull();
      try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
        properties.load(reader);
      }
    }
    return properties;
  }

  static void assertFullyInterpolated(String message) {
    assertThat(message).doesNotContain("${").doesNotContain("{").doesNotContain("}").isNotBlank();
  }

  /** A user's own class holding codes as text, with the text-code constraints. */
  public static final class CodesBean {
    private final String country;
    private final String currency;
    private final String language;
    BigDecimal share = BigDecimal.ONE;

    CodesBean(String country, String currency, String language) {
      this.country = country;
      this.currency = currency;
      this.language = language;
    }

    /** @return an ISO alpha-3 code as text */
    public @IsoCountryCode String getCountry() {
      return country;
    }

    /** @return an ISO 4217 code as text */
    public @IsoCurrencyCode String getCurrency() {
      return currency;
    }

    /** @return a BCP 47 tag as text */
    public @LanguageTag String getLanguage() {
      return language;
    }

    /** @return a share, at most 1 */
    public @jakarta.validation.constraints.DecimalMax("1") BigDecimal getShare() {
      return share;
    }
  }
}

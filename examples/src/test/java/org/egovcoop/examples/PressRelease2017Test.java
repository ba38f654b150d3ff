package org.egovcoop.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.egovcoop.test.EgovAssertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import org.egovcoop.activity.Activity;
import org.egovcoop.activity.ActivityKind;
import org.egovcoop.actor.Appointment;
import org.egovcoop.actor.Organization;
import org.egovcoop.actor.OrganizationKind;
import org.egovcoop.actor.Person;
import org.egovcoop.agreement.Agreement;
import org.egovcoop.agreement.AgreementKind;
import org.egovcoop.agreement.AgreementRelation;
import org.egovcoop.agreement.AreaPurpose;
import org.egovcoop.agreement.Party;
import org.egovcoop.agreement.RelationKind;
import org.egovcoop.area.CooperationArea;
import org.egovcoop.geo.CountryCode;
import org.egovcoop.metric.Figure;
import org.egovcoop.metric.FigureKind;
import org.egovcoop.metric.Qualifier;
import org.egovcoop.portfolio.Portfolio;
import org.egovcoop.portfolio.TimelineEntry;
import org.egovcoop.source.ContactPoint;
import org.egovcoop.source.Source;
import org.egovcoop.source.SourceKind;
import org.egovcoop.source.Statement;
import org.egovcoop.survey.IndexObservation;
import org.egovcoop.survey.SurveyIndex;
import org.egovcoop.text.LocalizedText;
import org.egovcoop.time.DatePrecision;
import org.egovcoop.time.PartialDate;
import org.egovcoop.time.PartialDateRange;
import org.egovcoop.validation.ModelValidator;
import org.junit.jupiter.api.Test;

/**
 * Every fact of the press release, as DOMAIN.md lists it, is in the portfolio, reached the way a
 * reader would reach it: from the agreement to its parties, from a party to its organisation and
 * its signatory's post, from the post to the person.
 */
class PressRelease2017Test {

  private static final Portfolio PORTFOLIO = PressRelease2017.portfolio();

  private static Organization organization(String id) {
    return PORTFOLIO.getOrganizations().stream().filter(o -> o.getId().equals(id)).findFirst()
        .orElseThrow(() -> new AssertionError("no organization " + id));
  }

  private static Person person(String id) {
    return PORTFOLIO.getPersons().stream().filter(p -> p.getId().equals(id)).findFirst()
        .orElseThrow(() -> new AssertionError("no person " + id));
  }

  private static Appointment appointment(String id) {
    return PORTFOLIO.getAppointments().stream().filter(a -> a.getId().equals(id)).findFirst()
        .orElseThrow(() -> new AssertionError("no appointment " + id));
  }

  private static Appointment appointmentOf(String personId, String organizationId) {
    return PORTFOLIO.getAppointments().stream()
        .filter(a -> a.getPersonId().equals(personId) && a.getOrganizationId().equals(organizationId))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no post of " + personId + " at " + organizationId));
  }

  private static Agreement mou2017() {
    return PORTFOLIO.findAgreement(PressRelease2017.MOU_2017).orElseThrow();
  }

  private static void assertNames(LocalizedText name, String english, String korean) {
    assertThat(name.get("en")).contains(english);
    assertThat(name.get("ko")).contains(korean);
  }

  private static String nameOf(String personId, Locale locale) {
    return person(personId).getName().orElseThrow().in(locale);
  }

  @Test
  void theWholePressReleaseIsValidInEnglishAndKorean() {
    assertThat(ModelValidator.create().withLocale(Locale.ENGLISH).validate(PORTFOLIO)).isEmpty();
    assertThat(ModelValidator.create().withLocale(Locale.KOREAN).validate(PORTFOLIO)).isEmpty();
    assertThat(PORTFOLIO.getCountries()).containsExactlyInAnyOrder(CountryCode.KOR, CountryCode.UZB);
  }

  @Test
  void anMouOnEGovernmentCooperationSignedInSeoulOn22November2017() {
    Agreement mou = mou2017();
    assertThat(mou.getKind()).isEqualTo(AgreementKind.MOU);
    assertThat(mou.getTitle().in(Locale.ENGLISH)).containsIgnoringCase("e-government cooperation");
    assertThat(mou.getTitle().in(Locale.KOREAN)).contains("전자정부", "양해각서");
    assertThat(mou.getSignedOn()).contains(PartialDate.of(2017, 11, 22));
    assertThat(mou.getSignedAt()).hasValueSatisfying(place -> {
      assertNames(place.getName(), "Government Complex Seoul", "정부서울청사");
      assertThat(place.getCountry()).isEqualTo(CountryCode.KOR);
    });
  }

  @Test
  void thePartiesAreTheTwoMinistriesSignedByTheirMinisters() {
    Agreement mou = mou2017();
    assertThat(mou.isBilateral()).isTrue();
    assertThat(mou.getParties()).extracting(Party::getCountry).containsExactly(CountryCode.KOR, CountryCode.UZB);

    Party korea = mou.getParties().get(0);
    Organization mois = organization(korea.getOrganizationId());
    assertNames(mois.getName(), "Ministry of the Interior and Safety", "행정안전부");
    assertThat(mois.getKind()).isEqualTo(OrganizationKind.MINISTRY);
    assertThat(mois.getCountry()).isEqualTo(CountryCode.KOR);
    Appointment kim = appointment(korea.getSignatoryAppointmentId().orElseThrow());
    assertThat(kim.getOrganizationId()).isEqualTo(mois.getId());
    assertNames(kim.getPost(), "Minister", "장관");
    assertThat(nameOf(kim.getPersonId(), Locale.ENGLISH)).isEqualTo("Kim Boo-kyum");
    assertThat(nameOf(kim.getPersonId(), Locale.KOREAN)).isEqualTo("김부겸");

    Party uzbekistan = mou.getParties().get(1);
    Organization mitc = organization(uzbekistan.getOrganizationId());
    assertNames(mitc.getName(), "Ministry for the Development of Information Technologies and Communications", "정보통신기술부");
    assertThat(mitc.getCountry()).isEqualTo(CountryCode.UZB);
    assertThat(mitc.getName().languageTags()).contains("uz-Latn", "uz-Cyrl", "ru");
    Appointment shermatov = appointment(uzbekistan.getSignatoryAppointmentId().orElseThrow());
    assertThat(shermatov.getOrganizationId()).isEqualTo(mitc.getId());
    assertThat(shermatov.getPost().in(Locale.ENGLISH)).isEqualTo("Minister");
    assertThat(nameOf(shermatov.getPersonId(), Locale.ENGLISH)).isEqualTo("Shermatov Sherzod Khotamovich");
    assertThat(person(shermatov.getPersonId()).getName().orElseThrow().get("ko")).isPresent();
  }

  @Test
  void theOccasionIsPresidentMirziyoyevsStateVisitAtUzbekistansRequest() {
    LocalizedText occasion = mou2017().getOccasion().orElseThrow();
    assertThat(occasion.in(Locale.ENGLISH)).contains("State visit", "Shavkat Mirziyoyev", "Uzbekistan's request", "widen");
    assertThat(occasion.in(Locale.KOREAN)).contains("미르지요예프", "방한");
    assertThat(PORTFOLIO.getPersons()).extracting(Person::getId).contains("shavkat-mirziyoyev");
  }

  @Test
  void itFollowsTheMouOfDecember2013KnownOnlyToTheMonth() {
    assertThat(mou2017().getRelations()).containsExactly(AgreementRelation.of(RelationKind.FOLLOWS, PressRelease2017.MOU_2013));
    Agreement mou2013 = PORTFOLIO.findAgreement(PressRelease2017.MOU_2013).orElseThrow();
    assertThat(mou2013.getSignedOn()).contains(PartialDate.of(2013, 12));
    assertThat(mou2013.getSignedOn().orElseThrow().precision()).isEqualTo(DatePrecision.MONTH);
    assertThat(mou2013.getParties()).extracting(Party::getCountry).containsExactly(CountryCode.KOR, CountryCode.UZB);
    assertThat(PORTFOLIO.lineageOf(PressRelease2017.MOU_2017)).containsExactly(mou2013, mou2017());
    assertThat(PORTFOLIO.agreementsInLineageOrder()).containsExactly(mou2013, mou2017());
  }

  @Test
  void eightAreasInTwoListsWithDifferentPurposes() {
    Agreement mou = mou2017();
    assertThat(mou.getAreas()).hasSize(8);
    assertThat(mou.areasFor(AreaPurpose.COOPERATION)).containsExactly(
        CooperationArea.E_GOVERNMENT, CooperationArea.SMART_GOVERNANCE, CooperationArea.SAFE_CITY, CooperationArea.CYBERSECURITY);
    assertThat(mou.areasFor(AreaPurpose.BENCHMARKING)).containsExactly(
        CooperationArea.OPEN_DATA, CooperationArea.BIG_DATA, CooperationArea.CLOUD, CooperationArea.MOBILE);
    assertThat(mou.areasFor(AreaPurpose.COOPERATION)).extracting(a -> a.getName().in(Locale.KOREAN))
        .containsExactly("전자정부", "스마트 거버넌스", "안전도시", "사이버보안");
    assertThat(mou.areasFor(AreaPurpose.BENCHMARKING)).extracting(a -> a.getName().in(Locale.ENGLISH))
        .containsExactly("Open data", "Big data", "Cloud", "Mobile");
  }

  @Test
  void threeActivitiesWereCarriedOutUnderTheEarlierMou() {
    List<Activity> activities = PORTFOLIO.activitiesUnder(PressRelease2017.MOU_2013);
    assertThat(activities).hasSize(3);
    assertThat(PORTFOLIO.activitiesUnder(PressRelease2017.MOU_2017)).isEmpty();

    Activity centre = activities.stream().filter(a -> a.getKind() == ActivityKind.CENTRE).findFirst().orElseThrow();
    assertNames(centre.getTitle(), "e-Government Cooperation Centre", "전자정부 협력센터");
    assertThat(centre.getPeriod()).contains(PartialDateRange.of(PartialDate.of(2013), PartialDate.of(2015)));
    assertThat(centre.getPeriod().orElseThrow().start().orElseThrow().precision()).isEqualTo(DatePrecision.YEAR);
    assertThat(centre.getPlace()).hasValueSatisfying(place -> {
      assertNames(place.getName(), "Tashkent", "타슈켄트");
      assertThat(place.getCountry()).isEqualTo(CountryCode.UZB);
    });

    Appointment viceChair = appointmentOf("kim-nam-seok", "uzb-ict-committee");
    assertThat(activities).filteredOn(a -> a.getAppointmentIds().contains(viceChair.getId())).hasSize(1);
    assertNames(viceChair.getPost(), "Vice-Chair", "부위원장");
    assertThat(viceChair.getPeriod()).contains(PartialDateRange.of(PartialDate.of(2013), PartialDate.of(2017)));
    assertNames(viceChair.getRank().orElseThrow(), "vice-minister rank", "차관급");
    assertNames(organization(viceChair.getOrganizationId()).getName(), "Information and Communications Committee", "정보통신위원회");
    assertThat(organization(viceChair.getOrganizationId()).getCountry()).isEqualTo(CountryCode.UZB);
    assertThat(nameOf("kim-nam-seok", Locale.ENGLISH)).isEqualTo("Kim Nam-seok");
    assertThat(nameOf("kim-nam-seok", Locale.KOREAN)).isEqualTo("김남석");
    Appointment formerViceMinister = appointmentOf("kim-nam-seok", "kor-mois");
    assertNames(formerViceMinister.getPost(), "Vice-Minister", "차관");

    Appointment viceRector = appointmentOf("lee-chul-soo", "uzb-tuit");
    assertThat(activities).filteredOn(a -> a.getAppointmentIds().contains(viceRector.getId())).hasSize(1);
    assertThat(viceRector.getPost().in(Locale.ENGLISH)).isEqualTo("Vice-Rector");
    assertThat(viceRector.getPeriod()).as("the release gives no dates").isEmpty();
    assertNames(organization("uzb-tuit").getName(), "Tashkent University of Information Technologies", "타슈켄트 ICT대학");
    assertThat(nameOf("lee-chul-soo", Locale.ENGLISH)).isEqualTo("Lee Chul-soo");
    assertThat(nameOf("lee-chul-soo", Locale.KOREAN)).isEqualTo("이철수");
    Appointment professor = appointmentOf("lee-chul-soo", "kor-kyungwon-university");
    assertThat(professor.getPost().in(Locale.ENGLISH)).isEqualTo("Professor");
    assertNames(organization("kor-kyungwon-university").getName(), "Kyungwon University", "경원대학교");
  }

  @Test
  void uzbekistanRoseTwentyPlacesInTheUnSurveyFrom100thTo80thOf193() {
    List<IndexObservation> egdi = PORTFOLIO.observations(SurveyIndex.EGDI, CountryCode.UZB);
    assertThat(egdi).extracting(IndexObservation::getEdition, IndexObservation::getRank, IndexObservation::getNumberAssessed)
        .containsExactly(tuple(2014, OptionalInt.of(100), 193), tuple(2016, OptionalInt.of(80), 193));
    assertThat(egdi.get(0).getRank().getAsInt() - egdi.get(1).getRank().getAsInt()).isEqualTo(20);
  }

  @Test
  void koreanExportsToUzbekistanAreMoreThanUsd180Million() {
    assertThat(PORTFOLIO.getFigures()).hasSize(1);
    Figure exports = PORTFOLIO.getFigures().get(0);
    assertThat(exports.getKind()).isEqualTo(FigureKind.EXPORTS);
    assertThat(exports.getQuantity()).hasToString("> 180000000 USD");
    assertThat(exports.getQuantity().qualifier()).isEqualTo(Qualifier.MORE_THAN);
    assertThat(exports.getQuantity().quantity().asMoney()).hasValueSatisfying(money -> {
      assertThat(money.amount()).isEqualByComparingTo(new BigDecimal("180000000"));
      assertThat(money.currency().getCurrencyCode()).isEqualTo("USD");
    });
    assertThat(exports.getFromCountry()).contains(CountryCode.KOR);
    assertThat(exports.getToCountry()).contains(CountryCode.UZB);
    assertThat(exports.getAsOf()).contains(PartialDate.of(2017, 11, 22));
    assertThat(exports.getDescription().languageTags()).containsExactly("en", "ko");
  }

  @Test
  void theMinisterSaidUzbekistanIsKoreasMostImportantPartner() {
    assertThat(PORTFOLIO.getStatements()).hasSize(1);
    Statement quote = PORTFOLIO.getStatements().get(0);
    assertThat(nameOf(quote.getSpeakerId(), Locale.ENGLISH)).isEqualTo("Kim Boo-kyum");
    assertThat(appointment(quote.getCapacityAppointmentId().orElseThrow()))
        .isEqualTo(appointment(mou2017().getParties().get(0).getSignatoryAppointmentId().orElseThrow()));
    assertThat(quote.getText().in(Locale.ENGLISH)).contains("most important e-government partner", "model case",
        "international community");
    assertThat(quote.getText().in(Locale.KOREAN)).contains("가장 중요한 협력국가", "모범사례", "국제사회");
    assertThat(quote.getDate()).contains(PartialDate.of(2017, 11, 22));
  }

  @Test
  void everyFactCitesThePressReleaseWhoseContactIsTheGlobalEGovernmentDivision() {
    assertThat(PORTFOLIO.getSources()).hasSize(1);
    Source release = PORTFOLIO.getSources().get(0);
    assertThat(release.getId()).isEqualTo(PressRelease2017.SOURCE);
    assertThat(release.getKind()).isEqualTo(SourceKind.PRESS_RELEASE);
    assertThat(release.getPublisherId()).contains(mou2017().getParties().get(0).getOrganizationId());
    assertThat(release.getPublishedOn()).contains(PartialDate.of(2017, 11, 22));
    assertThat(release.getTitle().languageTags()).containsExactly("en", "ko");

    ContactPoint contact = release.getContact().orElseThrow();
    Organization division = organization(contact.getOrganizationId());
    assertNames(division.getName(), "Global E-Government Division", "글로벌전자정부과");
    assertThat(division.getParentId()).contains("kor-mois");
    assertThat(nameOf(contact.getPersonId().orElseThrow(), Locale.ENGLISH)).isEqualTo("Jung Hyun-kwan");
    assertThat(nameOf(contact.getPersonId().orElseThrow(), Locale.KOREAN)).isEqualTo("정현관");
    assertThat(contact.getPhone()).contains("+82-2-2100-3955");

    for (List<String> cited : List.of(mou2017().getSourceIds(), PORTFOLIO.getFigures().get(0).getSourceIds(),
        PORTFOLIO.getStatements().get(0).getSourceIds(), PORTFOLIO.getObservations().get(0).getSourceIds())) {
      assertThat(cited).containsExactly(PressRelease2017.SOURCE);
    }
    assertThat(PORTFOLIO.getActivities()).allSatisfy(a -> assertThat(a.getSourceIds()).containsExactly(PressRelease2017.SOURCE));
  }

  @Test
  void everyNameAndTitleIsInKoreanAndEnglish() {
    List<LocalizedText> texts = new java.util.ArrayList<>();
    texts.add(PORTFOLIO.getTitle());
    PORTFOLIO.getOrganizations().forEach(o -> texts.add(o.getName()));
    PORTFOLIO.getPersons().forEach(p -> p.getName().ifPresent(texts::add));
    PORTFOLIO.getAppointments().forEach(a -> texts.add(a.getPost()));
    PORTFOLIO.getAgreements().forEach(a -> {
      texts.add(a.getTitle());
      a.getOccasion().ifPresent(texts::add);
      a.getSignedAt().ifPresent(p -> texts.add(p.getName()));
      a.getAreas().forEach(area -> texts.add(area.getArea().getName()));
    });
    PORTFOLIO.getActivities().forEach(a -> {
      texts.add(a.getTitle());
      a.getPlace().ifPresent(p -> texts.add(p.getName()));
    });
    PORTFOLIO.getFigures().forEach(f -> texts.add(f.getDescription()));
    PORTFOLIO.getStatements().forEach(s -> texts.add(s.getText()));
    PORTFOLIO.getSources().forEach(s -> texts.add(s.getTitle()));
    assertThat(PORTFOLIO.getPersons()).allSatisfy(p -> assertThat(p.getName()).isPresent());
    assertThat(texts).hasSizeGreaterThan(40).allSatisfy(text -> assertThat(text.languageTags()).contains("en", "ko"));
  }

  @Test
  void theTimelineBeginsIn2013AndEndsWithTheReleaseDay() {
    List<TimelineEntry> entries = PORTFOLIO.timeline().entries();
    assertThat(entries.get(0).date()).isEqualTo(PartialDate.of(2013));
    assertThat(entries.get(entries.size() - 1).date()).isEqualTo(PartialDate.of(2017, 11, 22));
    assertThat(entries).filteredOn(e -> e.subjectId().equals(PressRelease2017.MOU_2013))
        .extracting(TimelineEntry::orderAfterPrevious)
        .containsExactly(org.egovcoop.time.TemporalOrder.UNCERTAIN);
    Agreement mou2013 = PORTFOLIO.findAgreement(PressRelease2017.MOU_2013).orElseThrow();
    assertThat(PORTFOLIO.agreementsInForceOn(PartialDate.of(2016))).containsExactly(mou2013);
    assertThat(PORTFOLIO.agreementsInForceOn(PartialDate.of(2017, 11, 22))).containsExactly(mou2013, mou2017());
  }
}

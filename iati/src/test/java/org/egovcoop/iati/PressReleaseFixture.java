package org.egovcoop.iati;

import java.math.BigDecimal;
import java.net.URI;
import java.util.Map;
import org.egovcoop.activity.Activity;
import org.egovcoop.activity.ActivityKind;
import org.egovcoop.activity.Participation;
import org.egovcoop.activity.ParticipationRole;
import org.egovcoop.actor.Appointment;
import org.egovcoop.actor.Organization;
import org.egovcoop.actor.OrganizationKind;
import org.egovcoop.actor.Person;
import org.egovcoop.actor.RegisteredIdentifier;
import org.egovcoop.agreement.Agreement;
import org.egovcoop.agreement.AgreementArea;
import org.egovcoop.agreement.AgreementKind;
import org.egovcoop.agreement.AgreementRelation;
import org.egovcoop.agreement.Party;
import org.egovcoop.area.CooperationArea;
import org.egovcoop.geo.CountryCode;
import org.egovcoop.geo.Place;
import org.egovcoop.metric.Figure;
import org.egovcoop.metric.FigureKind;
import org.egovcoop.metric.Money;
import org.egovcoop.metric.QualifiedQuantity;
import org.egovcoop.portfolio.Portfolio;
import org.egovcoop.source.Source;
import org.egovcoop.source.SourceKind;
import org.egovcoop.survey.IndexObservation;
import org.egovcoop.survey.SurveyIndex;
import org.egovcoop.text.LocalizedText;
import org.egovcoop.time.PartialDate;
import org.egovcoop.time.PartialDateRange;

/**
 * The facts of the 2017 press release that an IATI export concerns, in the shape of
 * {@code PressRelease2017} (which the examples module builds; this module cannot depend on it).
 * The release names no registered identifiers: the ones {@link #withIdentifiers()} adds are test
 * values in schemes of IATI's list, not real registrations.
 */
final class PressReleaseFixture {

  static final String SOURCE = "mois-press-release-2017-11-22";
  static final String MOU_2013 = "kor-uzb-egov-mou-2013";
  static final String MOU_2017 = "kor-uzb-egov-mou-2017";
  static final String CENTRE = "tashkent-egov-cooperation-centre";
  static final String SECONDMENT = "kim-nam-seok-secondment";
  static final String VICE_RECTOR = "lee-chul-soo-tuit-appointment";

  /** Test identifiers, by organisation id: the form of real ones, not real registrations. */
  static final Map<String, RegisteredIdentifier> TEST_IDENTIFIERS = Map.of(
      "kor-mois", RegisteredIdentifier.of("XI-WIKIDATA", "Q900001"),
      "uzb-government", RegisteredIdentifier.of("XI-WIKIDATA", "Q900002"),
      "uzb-ict-committee", RegisteredIdentifier.of("XI-WIKIDATA", "Q900003"),
      "uzb-tuit", RegisteredIdentifier.of("XI-WIKIDATA", "Q900004"));

  private PressReleaseFixture() {}

  private static Organization org(String id, String english, String korean, CountryCode country, OrganizationKind kind) {
    return Organization.builder().id(id).name(LocalizedText.of("en", english, "ko", korean)).country(country).kind(kind)
        .build();
  }

  /** @return the portfolio as the release gives it: no organisation holds a registered identifier */
  static Portfolio portfolio() {
    return Portfolio.builder()
        .id("kor-uzb-egov-cooperation")
        .title(LocalizedText.of("en", "Korea–Uzbekistan e-government cooperation", "ko", "한-우즈벡 전자정부 협력"))
        .addCountries(CountryCode.KOR, CountryCode.UZB)
        .addOrganizations(
            org("kor-mois", "Ministry of the Interior and Safety", "행정안전부", CountryCode.KOR, OrganizationKind.MINISTRY),
            Organization.builder().id("uzb-mitc")
                .name(LocalizedText.builder()
                    .put("en", "Ministry for the Development of Information Technologies and Communications")
                    .put("uz-Latn", "Axborot texnologiyalari va kommunikatsiyalarini rivojlantirish vazirligi")
                    .put("uz-Cyrl", "Ахборот технологиялари ва коммуникацияларини ривожлантириш вазирлиги")
                    .build())
                .country(CountryCode.UZB).kind(OrganizationKind.MINISTRY).build(),
            org("uzb-ict-committee", "Information and Communications Committee", "정보통신위원회", CountryCode.UZB,
                OrganizationKind.AGENCY),
            org("uzb-tuit", "Tashkent University of Information Technologies", "타슈켄트 ICT대학", CountryCode.UZB,
                OrganizationKind.UNIVERSITY),
            org("uzb-government", "Government of the Republic of Uzbekistan", "우즈베키스탄 정부", CountryCode.UZB,
                OrganizationKind.GOVERNMENT))
        .addPersons(Person.builder().id("kim-nam-seok").name(LocalizedText.of("en", "Kim Nam-seok")).build())
        .addAppointments(Appointment.builder().id("kim-nam-seok-vice-chair").personId("kim-nam-seok")
            .post(LocalizedText.of("en", "Vice-Chair")).organizationId("uzb-ict-committee")
            .period(PartialDateRange.of(PartialDate.of(2013), PartialDate.of(2017))).build())
        .addAgreements(
            Agreement.builder().id(MOU_2013).kind(AgreementKind.MOU)
                .title(LocalizedText.of("en", "MOU on e-government cooperation", "ko", "전자정부 양해각서"))
                .addParties(Party.builder().organizationId("kor-mois").country(CountryCode.KOR).build(),
                    Party.builder().organizationId("uzb-government").country(CountryCode.UZB).build())
                .signedOn(PartialDate.of(2013, 12))
                .addAreas(AgreementArea.cooperation(CooperationArea.E_GOVERNMENT))
                .addSourceIds(SOURCE)
                .build(),
            Agreement.builder().id(MOU_2017).kind(AgreementKind.MOU)
                .title(LocalizedText.of("en", "MOU on e-government cooperation", "ko", "전자정부 협력 양해각서"))
                .addParties(Party.builder().organizationId("kor-mois").country(CountryCode.KOR).build(),
                    Party.builder().organizationId("uzb-mitc").country(CountryCode.UZB).build())
                .signedOn(PartialDate.of(2017, 11, 22))
                .signedAt(Place.of(LocalizedText.of("en", "Government Complex Seoul"), CountryCode.KOR))
                .addAreas(AgreementArea.cooperation(CooperationArea.SAFE_CITY),
                    AgreementArea.benchmarking(CooperationArea.OPEN_DATA))
                .addRelations(AgreementRelation.follows(MOU_2013))
                .addSourceIds(SOURCE)
                .build())
        .addActivities(
            Activity.builder().id(CENTRE).kind(ActivityKind.CENTRE)
                .title(LocalizedText.of("en", "e-Government Cooperation Centre", "ko", "전자정부 협력센터"))
                .period(PartialDateRange.of(PartialDate.of(2013), PartialDate.of(2015)))
                .place(Place.of(LocalizedText.of("en", "Tashkent", "ko", "타슈켄트"), CountryCode.UZB))
                .addParticipants(Participation.of("kor-mois", ParticipationRole.IMPLEMENTING),
                    Participation.of("uzb-government", ParticipationRole.BENEFICIARY))
                .addAgreementIds(MOU_2013)
                .build(),
            Activity.builder().id(SECONDMENT).kind(ActivityKind.SECONDMENT)
                .title(LocalizedText.of("en", "Vice-chair of the Information and Communications Committee",
                    "ko", "정보통신위원회 부위원장 임명"))
                .period(PartialDateRange.of(PartialDate.of(2013), PartialDate.of(2017)))
                .addParticipants(Participation.of("uzb-government", ParticipationRole.ACCOUNTABLE),
                    Participation.of("uzb-ict-committee", ParticipationRole.HOST))
                .addAppointmentIds("kim-nam-seok-vice-chair")
                .addAgreementIds(MOU_2013)
                .build(),
            Activity.builder().id(VICE_RECTOR).kind(ActivityKind.SECONDMENT)
                .title(LocalizedText.of("en", "Vice-rector of the Tashkent University of Information Technologies"))
                .addParticipants(Participation.of("uzb-government", ParticipationRole.ACCOUNTABLE),
                    Participation.of("uzb-tuit", ParticipationRole.HOST))
                .addAgreementIds(MOU_2013)
                .build())
        .addFigures(Figure.builder().id("kor-uzb-egov-exports-2017").kind(FigureKind.EXPORTS)
            .description(LocalizedText.of("en", "Cumulative Korean e-government exports to Uzbekistan"))
            .quantity(QualifiedQuantity.moreThan(Money.of(new BigDecimal("180000000"), Money.currency("USD"))))
            .asOf(PartialDate.of(2017, 11, 22)).build())
        .addObservations(IndexObservation.builder().index(SurveyIndex.EGDI).edition(2016).country(CountryCode.UZB)
            .rank(80).numberAssessed(193).build())
        .addSources(Source.builder().id(SOURCE).kind(SourceKind.PRESS_RELEASE)
            .title(LocalizedText.of("en", "A second leap in Korea–Uzbekistan e-government cooperation"))
            .publisherId("kor-mois").publishedOn(PartialDate.of(2017, 11, 22))
            .url(URI.create("https://www.korea.kr/briefing/pressReleaseView.do")).build())
        .build();
  }

  /** @return the portfolio with {@link #TEST_IDENTIFIERS} given to the organisations they name */
  static Portfolio withIdentifiers() {
    Portfolio portfolio = portfolio();
    return Portfolio.builder().from(portfolio)
        .organizations(portfolio.getOrganizations().stream()
            .map(o -> TEST_IDENTIFIERS.containsKey(o.getId())
                ? Organization.builder().from(o).addIdentifier(TEST_IDENTIFIERS.get(o.getId())).build() : o)
            .toList())
        .build();
  }
}

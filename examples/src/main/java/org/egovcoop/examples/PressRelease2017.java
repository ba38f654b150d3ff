package org.egovcoop.examples;

import java.math.BigDecimal;
import java.net.URI;
import org.egovcoop.activity.Activity;
import org.egovcoop.activity.ActivityKind;
import org.egovcoop.activity.Participation;
import org.egovcoop.activity.ParticipationRole;
import org.egovcoop.actor.Appointment;
import org.egovcoop.actor.Organization;
import org.egovcoop.actor.OrganizationKind;
import org.egovcoop.actor.Person;
import org.egovcoop.agreement.Agreement;
import org.egovcoop.agreement.AgreementArea;
import org.egovcoop.agreement.AgreementKind;
import org.egovcoop.agreement.AgreementRelation;
import org.egovcoop.agreement.LegalNature;
import org.egovcoop.agreement.Party;
import org.egovcoop.area.CooperationArea;
import org.egovcoop.geo.CountryCode;
import org.egovcoop.geo.Place;
import org.egovcoop.metric.Figure;
import org.egovcoop.metric.FigureKind;
import org.egovcoop.metric.Money;
import org.egovcoop.metric.QualifiedQuantity;
import org.egovcoop.portfolio.Portfolio;
import org.egovcoop.source.ContactPoint;
import org.egovcoop.source.Source;
import org.egovcoop.source.SourceKind;
import org.egovcoop.source.Statement;
import org.egovcoop.survey.IndexObservation;
import org.egovcoop.survey.SurveyIndex;
import org.egovcoop.text.LocalizedText;
import org.egovcoop.time.PartialDate;
import org.egovcoop.time.PartialDateRange;

/**
 * Every fact of the founding press release, built with egovcoop's builders: the Ministry of the
 * Interior and Safety's release of 22 November 2017 on the second Korea–Uzbekistan e-government
 * MOU. Copy it as a model for your own records.
 */
public final class PressRelease2017 {

  /** The id of the press release, which every fact below cites. */
  public static final String SOURCE = "mois-press-release-2017-11-22";
  /** The id of the 2017 MOU. */
  public static final String MOU_2017 = "kor-uzb-egov-mou-2017";
  /** The id of the December 2013 MOU that it follows. */
  public static final String MOU_2013 = "kor-uzb-egov-mou-2013";

  private static final String KOR_MINISTRY = "kor-mois";
  private static final String UZB_MINISTRY = "uzb-mitc";

  private PressRelease2017() {}

  /** {@return the whole record of the press release, valid} */
  public static Portfolio portfolio() {
    return Portfolio.builder()
        .id("kor-uzb-egov-cooperation")
        .title(LocalizedText.of("en", "Korea–Uzbekistan e-government cooperation", "ko", "한-우즈벡 전자정부 협력"))
        .addCountries(CountryCode.KOR, CountryCode.UZB)
        .addOrganizations(
            Organization.builder()
                .id(KOR_MINISTRY)
                .name(LocalizedText.of("en", "Ministry of the Interior and Safety", "ko", "행정안전부"))
                .country(CountryCode.KOR)
                .kind(OrganizationKind.MINISTRY)
                .addSourceIds(SOURCE)
                .build(),
            Organization.builder()
                .id("kor-mois-global-egov-division")
                .name(LocalizedText.of("en", "Global E-Government Division", "ko", "글로벌전자정부과"))
                .country(CountryCode.KOR)
                .kind(OrganizationKind.DIVISION)
                .parentId(KOR_MINISTRY)
                .build(),
            Organization.builder()
                .id(UZB_MINISTRY)
                .name(LocalizedText.builder()
                    .put("en", "Ministry for the Development of Information Technologies and Communications")
                    .put("ko", "정보통신기술부")
                    .put("uz-Latn", "Axborot texnologiyalari va kommunikatsiyalarini rivojlantirish vazirligi")
                    .put("uz-Cyrl", "Ахборот технологиялари ва коммуникацияларини ривожлантириш вазирлиги")
                    .put("ru", "Министерство по развитию информационных технологий и коммуникаций")
                    .build())
                .country(CountryCode.UZB)
                .kind(OrganizationKind.MINISTRY)
                .addSourceIds(SOURCE)
                .build(),
            Organization.builder()
                .id("uzb-ict-committee")
                .name(LocalizedText.of("en", "Information and Communications Committee", "ko", "정보통신위원회"))
                .country(CountryCode.UZB)
                .kind(OrganizationKind.AGENCY)
                .build(),
            Organization.builder()
                .id("uzb-tuit")
                .name(LocalizedText.of("en", "Tashkent University of Information Technologies", "ko", "타슈켄트 ICT대학"))
                .country(CountryCode.UZB)
                .kind(OrganizationKind.UNIVERSITY)
                .build(),
            Organization.builder()
                .id("kor-kyungwon-university")
                .name(LocalizedText.of("en", "Kyungwon University", "ko", "경원대학교"))
                .country(CountryCode.KOR)
                .kind(OrganizationKind.UNIVERSITY)
                .build(),
            Organization.builder()
                .id("uzb-government")
                .name(LocalizedText.of("en", "Government of the Republic of Uzbekistan", "ko", "우즈베키스탄 정부"))
                .country(CountryCode.UZB)
                .kind(OrganizationKind.GOVERNMENT)
                .build())
        .addPersons(
            person("kim-boo-kyum", "Kim Boo-kyum", "김부겸"),
            person("shermatov-sherzod", "Shermatov Sherzod Khotamovich", "세르마토브 세르조드 코타모비치"),
            person("shavkat-mirziyoyev", "Shavkat Mirziyoyev", "샤브카트 미르지요예프"),
            person("kim-nam-seok", "Kim Nam-seok", "김남석"),
            person("lee-chul-soo", "Lee Chul-soo", "이철수"),
            person("jung-hyun-kwan", "Jung Hyun-kwan", "정현관"))
        .addAppointments(
            Appointment.builder()
                .id("kim-boo-kyum-minister")
                .personId("kim-boo-kyum")
                .post(LocalizedText.of("en", "Minister", "ko", "장관"))
                .organizationId(KOR_MINISTRY)
                .addSourceIds(SOURCE)
                .build(),
            Appointment.builder()
                .id("shermatov-minister")
                .personId("shermatov-sherzod")
                .post(LocalizedText.of("en", "Minister", "ko", "장관"))
                .organizationId(UZB_MINISTRY)
                .addSourceIds(SOURCE)
                .build(),
            Appointment.builder()
                .id("kim-nam-seok-former-vice-minister")
                .personId("kim-nam-seok")
                .post(LocalizedText.of("en", "Vice-Minister", "ko", "차관"))
                .organizationId(KOR_MINISTRY)
                .addSourceIds(SOURCE)
                .build(),
            Appointment.builder()
                .id("kim-nam-seok-vice-chair")
                .personId("kim-nam-seok")
                .post(LocalizedText.of("en", "Vice-Chair", "ko", "부위원장"))
                .organizationId("uzb-ict-committee")
                .period(PartialDateRange.of(PartialDate.of(2013), PartialDate.of(2017)))
                .rank(LocalizedText.of("en", "vice-minister rank", "ko", "차관급"))
                .onBehalfOfId(KOR_MINISTRY)
                .addSourceIds(SOURCE)
                .build(),
            Appointment.builder()
                .id("lee-chul-soo-former-professor")
                .personId("lee-chul-soo")
                .post(LocalizedText.of("en", "Professor", "ko", "교수"))
                .organizationId("kor-kyungwon-university")
                .addSourceIds(SOURCE)
                .build(),
            Appointment.builder()
                .id("lee-chul-soo-vice-rector")
                .personId("lee-chul-soo")
                .post(LocalizedText.of("en", "Vice-Rector", "ko", "부총장"))
                .organizationId("uzb-tuit")
                .addSourceIds(SOURCE)
                .build(),
            Appointment.builder()
                .id("jung-hyun-kwan-officer")
                .personId("jung-hyun-kwan")
                .post(LocalizedText.of("en", "Officer in charge", "ko", "담당"))
                .organizationId("kor-mois-global-egov-division")
                .addSourceIds(SOURCE)
                .build())
        .addAgreements(mou2013(), mou2017())
        .addActivities(
            Activity.builder()
                .id("tashkent-egov-cooperation-centre")
                .kind(ActivityKind.CENTRE)
                .title(LocalizedText.of("en", "e-Government Cooperation Centre", "ko", "전자정부 협력센터"))
                .period(PartialDateRange.of(PartialDate.of(2013), PartialDate.of(2015)))
                .place(Place.of(LocalizedText.of("en", "Tashkent", "ko", "타슈켄트"), CountryCode.UZB))
                .addParticipants(
                    Participation.of(KOR_MINISTRY, ParticipationRole.IMPLEMENTING),
                    Participation.of("uzb-government", ParticipationRole.BENEFICIARY))
                .addAgreementIds(MOU_2013)
                .addSourceIds(SOURCE)
                .build(),
            Activity.builder()
                .id("kim-nam-seok-secondment")
                .kind(ActivityKind.SECONDMENT)
                .title(LocalizedText.of("en", "Vice-chair of the Information and Communications Committee",
                    "ko", "정보통신위원회 부위원장 임명"))
                .period(PartialDateRange.of(PartialDate.of(2013), PartialDate.of(2017)))
                .addParticipants(
                    Participation.of("uzb-government", ParticipationRole.ACCOUNTABLE),
                    Participation.of("uzb-ict-committee", ParticipationRole.HOST))
                .addAppointmentIds("kim-nam-seok-vice-chair")
                .addAgreementIds(MOU_2013)
                .addSourceIds(SOURCE)
                .build(),
            Activity.builder()
                .id("lee-chul-soo-tuit-appointment")
                .kind(ActivityKind.SECONDMENT)
                .title(LocalizedText.of("en", "Vice-rector of the Tashkent University of Information Technologies",
                    "ko", "타슈켄트 ICT대학 부총장 임명"))
                .addParticipants(
                    Participation.of("uzb-government", ParticipationRole.ACCOUNTABLE),
                    Participation.of("uzb-tuit", ParticipationRole.HOST))
                .addAppointmentIds("lee-chul-soo-vice-rector")
                .addAgreementIds(MOU_2013)
                .addSourceIds(SOURCE)
                .build())
        .addFigures(Figure.builder()
            .id("kor-uzb-egov-exports-2017")
            .kind(FigureKind.EXPORTS)
            .description(LocalizedText.of("en", "Cumulative Korean e-government exports to Uzbekistan",
                "ko", "대(對) 우즈베키스탄 전자정부 수출"))
            .quantity(QualifiedQuantity.moreThan(Money.of(new BigDecimal("180000000"), Money.currency("USD"))))
            .asOf(PartialDate.of(2017, 11, 22))
            .fromCountry(CountryCode.KOR)
            .toCountry(CountryCode.UZB)
            .addSourceIds(SOURCE)
            .build())
        .addObservations(
            egdiRank(2014, 100),
            egdiRank(2016, 80))
        .addStatements(Statement.builder()
            .id("kim-boo-kyum-quote-2017-11-22")
            .speakerId("kim-boo-kyum")
            .capacityAppointmentId("kim-boo-kyum-minister")
            .text(LocalizedText.of(
                "ko", "우즈베키스탄은 전자정부 분야에서 한국의 가장 중요한 협력국가이며, 이번 양해각서 체결을 통해 양국의"
                    + " 협력이 국제사회의 모범사례가 될 수 있도록 지속적으로 노력하겠다.",
                "en", "Uzbekistan is Korea's most important e-government partner; through this MOU both sides"
                    + " will keep working to make their cooperation a model case for the international community."))
            .date(PartialDate.of(2017, 11, 22))
            .addSourceIds(SOURCE)
            .build())
        .addSources(Source.builder()
            .id(SOURCE)
            .kind(SourceKind.PRESS_RELEASE)
            .title(LocalizedText.of("ko", "행정안전부, 한-우즈벡 전자정부 협력 제2의 도약 추진",
                "en", "Ministry of the Interior and Safety: a second leap in Korea–Uzbekistan e-government cooperation"))
            .publisherId(KOR_MINISTRY)
            .publishedOn(PartialDate.of(2017, 11, 22))
            .url(URI.create("https://www.korea.kr/briefing/pressReleaseView.do"))
            .contact(ContactPoint.builder()
                .organizationId("kor-mois-global-egov-division")
                .personId("jung-hyun-kwan")
                .phone("+82-2-2100-3955")
                .build())
            .build())
        .build();
  }

  /** {@return the MOU of December 2013, known from the 2017 release only to the month} */
  public static Agreement mou2013() {
    return Agreement.builder()
        .id(MOU_2013)
        .kind(AgreementKind.MOU)
        .legalNature(LegalNature.NON_BINDING)
        .title(LocalizedText.of("en", "MOU on e-government cooperation", "ko", "전자정부 양해각서"))
        .addParties(
            Party.builder().organizationId(KOR_MINISTRY).country(CountryCode.KOR).build(),
            Party.builder().organizationId("uzb-government").country(CountryCode.UZB).build())
        .signedOn(PartialDate.of(2013, 12))
        .addAreas(AgreementArea.cooperation(CooperationArea.E_GOVERNMENT))
        .addSourceIds(SOURCE)
        .build();
  }

  /** {@return the MOU signed on 2017-11-22 in Seoul} */
  public static Agreement mou2017() {
    return Agreement.builder()
        .id(MOU_2017)
        .kind(AgreementKind.MOU)
        .legalNature(LegalNature.NON_BINDING)
        .title(LocalizedText.of("en", "MOU on e-government cooperation", "ko", "전자정부 협력 양해각서"))
        .addParties(
            Party.builder().organizationId(KOR_MINISTRY).country(CountryCode.KOR)
                .signatoryAppointmentId("kim-boo-kyum-minister").build(),
            Party.builder().organizationId(UZB_MINISTRY).country(CountryCode.UZB)
                .signatoryAppointmentId("shermatov-minister").build())
        .signedOn(PartialDate.of(2017, 11, 22))
        .signedAt(Place.of(LocalizedText.of("en", "Government Complex Seoul", "ko", "정부서울청사"), CountryCode.KOR))
        .occasion(LocalizedText.of(
            "en", "State visit of President Shavkat Mirziyoyev of Uzbekistan to Korea, at Uzbekistan's request to widen the cooperation",
            "ko", "샤브카트 미르지요예프 우즈베키스탄 대통령 방한"))
        .addAreas(
            AgreementArea.cooperation(CooperationArea.E_GOVERNMENT),
            AgreementArea.cooperation(CooperationArea.SMART_GOVERNANCE),
            AgreementArea.cooperation(CooperationArea.SAFE_CITY),
            AgreementArea.cooperation(CooperationArea.CYBERSECURITY),
            AgreementArea.benchmarking(CooperationArea.OPEN_DATA),
            AgreementArea.benchmarking(CooperationArea.BIG_DATA),
            AgreementArea.benchmarking(CooperationArea.CLOUD),
            AgreementArea.benchmarking(CooperationArea.MOBILE))
        .addRelations(AgreementRelation.follows(MOU_2013))
        .addSourceIds(SOURCE)
        .build();
  }

  private static Person person(String id, String english, String korean) {
    return Person.builder().id(id).name(LocalizedText.of("en", english, "ko", korean)).addSourceIds(SOURCE).build();
  }

  /** The release gives ranks only; the scores are in the UN's own tables. */
  private static IndexObservation egdiRank(int edition, int rank) {
    return IndexObservation.builder()
        .index(SurveyIndex.EGDI)
        .edition(edition)
        .country(CountryCode.UZB)
        .rank(rank)
        .numberAssessed(193)
        .addSourceIds(SOURCE)
        .build();
  }
}

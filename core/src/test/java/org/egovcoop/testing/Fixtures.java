package org.egovcoop.testing;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Period;
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
 * Small, hand-written records for core's tests: one fully populated value of every aggregate (every
 * optional attribute set, so that copies and equality are tested on all of them), and a small valid
 * portfolio in the shape of the 2017 press release. Core's tests cannot use the examples module,
 * which depends on core.
 */
public final class Fixtures {

  public static final String SOURCE = "press-release";
  public static final String KOR_MINISTRY = "kor-mois";
  public static final String UZB_MINISTRY = "uzb-mitc";
  public static final String DIVISION = "kor-division";
  public static final String MOU_2013 = "mou-2013";
  public static final String MOU_2017 = "mou-2017";

  private Fixtures() {}

  public static LocalizedText text(String english) {
    return LocalizedText.of("en", english);
  }

  public static Place seoul() {
    return Place.of(LocalizedText.of("en", "Government Complex Seoul", "ko", "정부서울청사"), CountryCode.KOR);
  }

  public static Organization korMinistry() {
    return Organization.builder()
        .id(KOR_MINISTRY)
        .name(LocalizedText.of("en", "Ministry of the Interior and Safety", "ko", "행정안전부"))
        .country(CountryCode.KOR)
        .kind(OrganizationKind.MINISTRY)
        .addSourceId(SOURCE)
        .build();
  }

  public static Organization division() {
    return Organization.builder()
        .id(DIVISION)
        .name(LocalizedText.of("en", "Global E-Government Division", "ko", "글로벌전자정부과"))
        .country(CountryCode.KOR)
        .kind(OrganizationKind.DIVISION)
        .parentId(KOR_MINISTRY)
        // A test value in the form of an org-id.guide identifier, not a real registration.
        .addIdentifier(RegisteredIdentifier.of("XI-WIKIDATA", "Q0000001"))
        .addSourceId(SOURCE)
        .build();
  }

  public static Organization uzbMinistry() {
    return Organization.builder()
        .id(UZB_MINISTRY)
        .name(LocalizedText.of("en", "Ministry for the Development of Information Technologies and Communications"))
        .country(CountryCode.UZB)
        .kind(OrganizationKind.MINISTRY)
        .build();
  }

  public static Person minister() {
    return Person.builder().id("kim").name(LocalizedText.of("en", "Kim Boo-kyum", "ko", "김부겸")).addSourceId(SOURCE).build();
  }

  public static Person uzbMinister() {
    return Person.builder().id("shermatov").build();
  }

  public static Person secondee() {
    return Person.builder().id("kim-nam-seok").name(text("Kim Nam-seok")).build();
  }

  public static Appointment ministerPost() {
    return Appointment.builder()
        .id("kim-minister")
        .personId("kim")
        .post(LocalizedText.of("en", "Minister", "ko", "장관"))
        .organizationId(KOR_MINISTRY)
        .period(PartialDateRange.from(PartialDate.of(2017, 6)))
        .addSourceId(SOURCE)
        .build();
  }

  public static Appointment uzbMinisterPost() {
    return Appointment.builder()
        .id("shermatov-minister")
        .personId("shermatov")
        .post(text("Minister"))
        .organizationId(UZB_MINISTRY)
        .build();
  }

  /** Every attribute set: the vice-chair post of 2013 to 2017, on behalf of Korea's ministry. */
  public static Appointment viceChair() {
    return Appointment.builder()
        .id("kim-vice-chair")
        .personId("kim-nam-seok")
        .post(LocalizedText.of("en", "Vice-Chair", "ko", "부위원장"))
        .organizationId(UZB_MINISTRY)
        .period(PartialDateRange.of(PartialDate.of(2013), PartialDate.of(2017)))
        .rank(LocalizedText.of("en", "vice-minister rank", "ko", "차관급"))
        .onBehalfOfId(KOR_MINISTRY)
        .addSourceId(SOURCE)
        .build();
  }

  public static Agreement mou2013() {
    return Agreement.builder()
        .id(MOU_2013)
        .kind(AgreementKind.MOU)
        .title(text("MOU on e-government cooperation"))
        .addParty(Party.builder().organizationId(KOR_MINISTRY).country(CountryCode.KOR).build())
        .addParty(Party.builder().organizationId(UZB_MINISTRY).country(CountryCode.UZB).build())
        .signedOn(PartialDate.of(2013, 12))
        .addArea(AgreementArea.cooperation(CooperationArea.E_GOVERNMENT))
        .addSourceId(SOURCE)
        .build();
  }

  /** Every attribute set. */
  public static Agreement mou2017() {
    return Agreement.builder()
        .id(MOU_2017)
        .kind(AgreementKind.MOU)
        .legalNature(LegalNature.NON_BINDING)
        .title(LocalizedText.of("en", "MOU on e-government cooperation", "ko", "전자정부 협력 양해각서"))
        .addParty(Party.builder().organizationId(KOR_MINISTRY).country(CountryCode.KOR)
            .signatoryAppointmentId("kim-minister").build())
        .addParty(Party.builder().organizationId(UZB_MINISTRY).country(CountryCode.UZB)
            .signatoryAppointmentId("shermatov-minister").build())
        .signedOn(PartialDate.of(2017, 11, 22))
        .signedAt(seoul())
        .occasion(text("State visit of President Mirziyoyev"))
        .entryIntoForce(PartialDate.of(2017, 11, 22))
        .term(Period.ofYears(3))
        .addArea(AgreementArea.cooperation(CooperationArea.SAFE_CITY))
        .addArea(AgreementArea.benchmarking(CooperationArea.CLOUD))
        .addRelation(AgreementRelation.follows(MOU_2013))
        .addSourceId(SOURCE)
        .build();
  }

  /** Every attribute set. */
  public static Activity centre() {
    return Activity.builder()
        .id("centre")
        .kind(ActivityKind.CENTRE)
        .title(text("e-Government Cooperation Centre"))
        .period(PartialDateRange.of(PartialDate.of(2013), PartialDate.of(2015)))
        .place(Place.of(text("Tashkent"), CountryCode.UZB))
        .addParticipant(Participation.of(KOR_MINISTRY, ParticipationRole.IMPLEMENTING))
        .addParticipant(Participation.of(UZB_MINISTRY, ParticipationRole.BENEFICIARY))
        .addAppointmentId("kim-vice-chair")
        .addAgreementId(MOU_2013)
        .addSourceId(SOURCE)
        .build();
  }

  public static Activity secondment() {
    return Activity.builder()
        .id("secondment")
        .kind(ActivityKind.SECONDMENT)
        .title(text("Vice-chair of the committee"))
        .period(PartialDateRange.of(PartialDate.of(2013), PartialDate.of(2017)))
        .addAppointmentId("kim-vice-chair")
        .addAgreementId(MOU_2013)
        .build();
  }

  /** Every attribute set: more than USD 180 million of exports from KOR to UZB. */
  public static Figure exports() {
    return Figure.builder()
        .id("exports")
        .kind(FigureKind.EXPORTS)
        .description(text("Cumulative e-government exports"))
        .quantity(QualifiedQuantity.moreThan(Money.of("180000000", "USD")))
        .asOf(PartialDate.of(2017, 11, 22))
        .period(PartialDateRange.until(PartialDate.of(2017, 11, 22)))
        .fromCountry(CountryCode.KOR)
        .toCountry(CountryCode.UZB)
        .addSourceId(SOURCE)
        .build();
  }

  /** Every attribute set. */
  public static IndexObservation egdi(int edition, int rank) {
    return IndexObservation.builder()
        .index(SurveyIndex.EGDI)
        .edition(edition)
        .country(CountryCode.UZB)
        .rank(rank)
        .numberAssessed(193)
        .score(new BigDecimal("0.54335"))
        .addSourceId(SOURCE)
        .build();
  }

  /** Every attribute set. */
  public static Statement quote() {
    return Statement.builder()
        .id("quote")
        .speakerId("kim")
        .capacityAppointmentId("kim-minister")
        .text(LocalizedText.of("en", "Uzbekistan is Korea's most important e-government partner", "ko", "우즈베키스탄은 ..."))
        .date(PartialDate.of(2017, 11, 22))
        .addSourceId(SOURCE)
        .build();
  }

  /** Every attribute set. */
  public static ContactPoint contact() {
    return ContactPoint.builder()
        .organizationId(DIVISION)
        .personId("kim")
        .phone("+82-2-2100-3955")
        .email("egov@example.org")
        .build();
  }

  /** Every attribute set. */
  public static Source pressRelease() {
    return Source.builder()
        .id(SOURCE)
        .kind(SourceKind.PRESS_RELEASE)
        .title(text("A second leap in Korea–Uzbekistan e-government cooperation"))
        .publisherId(KOR_MINISTRY)
        .publishedOn(PartialDate.of(2017, 11, 22))
        .url(URI.create("https://www.korea.kr/briefing/pressReleaseView.do"))
        .contact(contact())
        .build();
  }

  /** @return a builder holding a small, valid record in the shape of the press release */
  public static Portfolio.Builder portfolioBuilder() {
    return Portfolio.builder()
        .id("kor-uzb")
        .title(text("Korea–Uzbekistan e-government cooperation"))
        .addCountries(CountryCode.KOR, CountryCode.UZB)
        .addOrganizations(korMinistry(), division(), uzbMinistry())
        .addPersons(minister(), uzbMinister(), secondee())
        .addAppointments(ministerPost(), uzbMinisterPost(), viceChair())
        .addAgreements(mou2013(), mou2017())
        .addActivities(centre(), secondment())
        .addFigures(exports())
        .addObservations(egdi(2014, 100), egdi(2016, 80))
        .addStatements(quote())
        .addSources(pressRelease());
  }

  /** @return the small, valid record */
  public static Portfolio portfolio() {
    return portfolioBuilder().build();
  }
}

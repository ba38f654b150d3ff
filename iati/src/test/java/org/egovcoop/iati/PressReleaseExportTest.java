package org.egovcoop.iati;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.egovcoop.iati.Documents.nodes;
import static org.egovcoop.iati.Documents.values;
import static org.egovcoop.test.EgovAssertions.assertThatViolationsOf;
import static org.egovcoop.test.EgovAssertions.violation;

import java.time.LocalDate;
import java.util.List;
import org.egovcoop.iati.ReportEntry.Kind;
import org.egovcoop.portfolio.Portfolio;
import org.egovcoop.validation.UniqueRegisteredIdentifiers;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** The press release's activities as IATI: the Tashkent centre 2013-2015 and the secondment 2013-2017. */
class PressReleaseExportTest {

  static final LocalDate RELEASE = LocalDate.of(2017, 11, 22);
  static final String KOR_MOIS_REF = "XI-WIKIDATA-Q900001";

  static IatiExporter.Builder exporter() {
    return IatiExporter.builder().reportingOrganization("kor-mois").asOf(RELEASE);
  }

  static IatiExport export(PartialDateRule rule) {
    return Documents.valid(exporter().partialDates(rule).build().export(PressReleaseFixture.withIdentifiers()));
  }

  @Test
  void theFixturesAreValidPortfolios() {
    assertThatViolationsOf(PressReleaseFixture.portfolio()).isEmpty();
    assertThatViolationsOf(PressReleaseFixture.withIdentifiers()).isEmpty();
  }

  @Test
  void theTwoDatedActivitiesAreWrittenAndTheUndatedOneIsSkippedWithItsReason() throws Exception {
    IatiExport export = export(PartialDateRule.FIRST_DAY);

    Documents.validate(export.xml());
    assertThat(export.activityIdentifiers()).containsExactly(
        KOR_MOIS_REF + "-" + PressReleaseFixture.CENTRE, KOR_MOIS_REF + "-" + PressReleaseFixture.SECONDMENT);
    assertThat(export.report().entries(Kind.SKIPPED)).singleElement().satisfies(e -> {
      assertThat(e.pointer()).isEqualTo("/activities/2");
      assertThat(e.message()).contains("'" + PressReleaseFixture.VICE_RECTOR + "'", "no start date", "6.11.1");
    });
  }

  @Test
  void theCentreIsWrittenFieldByField() {
    Document document = Documents.parse(export(PartialDateRule.FIRST_DAY).xml());
    Element centre = (Element) nodes(document, "//iati-activity[iati-identifier='" + KOR_MOIS_REF + "-"
        + PressReleaseFixture.CENTRE + "']").get(0);

    assertThat(values(centre, "reporting-org/@ref")).containsExactly(KOR_MOIS_REF);
    assertThat(values(centre, "reporting-org/@type")).containsExactly("10");
    assertThat(values(centre, "reporting-org/narrative[@xml:lang='ko']")).containsExactly("행정안전부");
    assertThat(values(centre, "title/narrative[@xml:lang='en']")).containsExactly("e-Government Cooperation Centre");
    assertThat(values(centre, "title/narrative[@xml:lang='ko']")).containsExactly("전자정부 협력센터");
    assertThat(values(centre, "description[@type='1']/narrative/@xml:lang")).containsExactly("en", "ko");
    // The beneficiary has no IATI role; the implementing ministry does (4).
    assertThat(values(centre, "participating-org/@ref")).containsExactly(KOR_MOIS_REF);
    assertThat(values(centre, "participating-org/@role")).containsExactly("4");
    assertThat(values(centre, "activity-status/@code")).containsExactly("4");
    assertThat(values(centre, "activity-date/@type")).containsExactly("2", "4");
    assertThat(values(centre, "activity-date/@iso-date")).containsExactly("2013-01-01", "2015-01-01");
    assertThat(values(centre, "recipient-country/@code")).containsExactly("UZ");
    assertThat(values(centre, "recipient-country/@percentage")).isEmpty();
    // e-government maps to CRS 15110 and 22040: half each.
    assertThat(values(centre, "sector/@code")).containsExactly("15110", "22040");
    assertThat(values(centre, "sector/@vocabulary")).containsExactly("1", "1");
    assertThat(values(centre, "sector/@percentage")).containsExactly("50", "50");
    assertThat(values(centre, "document-link/@url")).containsExactly("https://www.korea.kr/briefing/pressReleaseView.do");
    assertThat(values(centre, "document-link/category/@code")).containsExactly("A09");
    assertThat(values(centre, "document-link/title/narrative[@xml:lang='ko']")).containsExactly("전자정부 양해각서");
    assertThat(values(centre, "document-link/language/@code")).containsExactly("en", "ko");
    assertThat(values(centre, "document-link/document-date/@iso-date")).containsExactly("2013-12-01");
  }

  @Test
  void everyPartialDateIsReportedWithHowItWasWritten() {
    List<ReportEntry> first = export(PartialDateRule.FIRST_DAY).report().entries(Kind.PARTIAL_DATE);
    assertThat(first).extracting(ReportEntry::pointer)
        .containsExactly("/activities/0/period", "/activities/0/period", "/agreements/0/signedOn",
            "/activities/1/period", "/activities/1/period");
    assertThat(first).extracting(ReportEntry::message).containsExactly(
        "activity '" + PressReleaseFixture.CENTRE + "' start 2013 (known to the year) written as 2013-01-01, the first"
            + " day of its period (rule first-day)",
        "activity '" + PressReleaseFixture.CENTRE + "' end 2015 (known to the year) written as 2015-01-01, the first"
            + " day of its period (rule first-day)",
        "agreement '" + PressReleaseFixture.MOU_2013 + "' signing date 2013-12 (known to the month) written as"
            + " 2013-12-01, the first day of its period (rule first-day)",
        "activity '" + PressReleaseFixture.SECONDMENT + "' start 2013 (known to the year) written as 2013-01-01, the"
            + " first day of its period (rule first-day)",
        "activity '" + PressReleaseFixture.SECONDMENT + "' end 2017 (known to the year) written as 2017-01-01, the"
            + " first day of its period (rule first-day)");
  }

  @Test
  void underTheLastDayRuleAnEndAfterTheAsOfDateIsPlanned() throws Exception {
    IatiExport export = export(PartialDateRule.LAST_DAY);
    Documents.validate(export.xml());
    Document document = Documents.parse(export.xml());
    Element secondment = (Element) nodes(document, "//iati-activity[iati-identifier='" + KOR_MOIS_REF + "-"
        + PressReleaseFixture.SECONDMENT + "']").get(0);

    // 2017 as 2017-12-31 lies after 2017-11-22: a planned end (3), and the secondment is still running (2).
    assertThat(values(secondment, "activity-date/@iso-date")).containsExactly("2013-12-31", "2017-12-31");
    assertThat(values(secondment, "activity-date/@type")).containsExactly("2", "3");
    assertThat(values(secondment, "activity-status/@code")).containsExactly("2");
    assertThat(export.report().entries(Kind.PARTIAL_DATE)).extracting(ReportEntry::message)
        .allMatch(m -> m.endsWith("(rule last-day)"));
  }

  @Test
  void underTheOmitRuleNoActivityKeepsAStartDateSoTheExportIsRefused() {
    IatiExportException e = catchThrowableOfType(IatiExportException.class, () -> export(PartialDateRule.OMIT));

    assertThat(e.problems()).first().asString().startsWith("activities: no activity of portfolio");
    assertThat(e.problems()).filteredOn(p -> p.startsWith("skipped /activities/")).hasSize(3)
        .allMatch(p -> p.contains("no start date"));
  }

  @Test
  void whatIatiCannotHoldIsReported() {
    IatiReport report = export(PartialDateRule.FIRST_DAY).report();
    List<String> notCarried = report.entries(Kind.NOT_CARRIED).stream().map(ReportEntry::toString).toList();

    assertThat(notCarried).anyMatch(m -> m.startsWith("not carried /agreements/1/relations/0:")
        && m.contains("lineage (follows '" + PressReleaseFixture.MOU_2013 + "')"));
    assertThat(notCarried).anyMatch(m -> m.startsWith("not carried /agreements/1/areas/1:")
        && m.contains("benchmarking area 'open-data'"));
    assertThat(notCarried).anyMatch(m -> m.startsWith("not carried /figures/0:")
        && m.contains("a reported figure is not one"));
    assertThat(notCarried).anyMatch(m -> m.startsWith("not carried /agreements/1:")
        && m.contains("no exported activity is carried out under it"));
    assertThat(notCarried).anyMatch(m -> m.startsWith("not carried /activities/0/participants/1:")
        && m.contains("role beneficiary"));
    assertThat(notCarried).anyMatch(m -> m.startsWith("not carried /activities/1/appointmentIds:"));
    assertThat(notCarried).anyMatch(m -> m.startsWith("not carried /observations:"));
    assertThat(notCarried).contains("not carried /organizations/1: organization 'uzb-mitc' not carried: the document"
        + " names it nowhere");
    assertThat(notCarried).noneMatch(m -> m.startsWith("not carried /organizations/0:"));
    assertThat(notCarried).anyMatch(m -> m.startsWith("not carried /sources/0: source '" + PressReleaseFixture.SOURCE
        + "' not carried but as a document-link's URL"));
    assertThat(report.entries(Kind.DERIVED)).anyMatch(e -> e.message().contains("title is written as the description"));
  }

  @Test
  void withoutIdentifiersOneProblemListsEveryOrganisationTheExportNames() {
    IatiExportException e = catchThrowableOfType(IatiExportException.class,
        () -> exporter().build().export(PressReleaseFixture.portfolio()));

    String first = e.problems().get(0);
    assertThat(first).startsWith("organizations without an IATI reference (2): 'kor-mois' (Ministry of the Interior"
        + " and Safety, no registered identifier); 'uzb-government' (Government of the Republic of Uzbekistan, no"
        + " registered identifier): expected each to hold a registered identifier in a scheme of IATI's"
        + " OrganisationRegistrationAgency code list");
    assertThat(e.getMessage()).startsWith("Cannot export to IATI 2.03: ").contains(first);
  }

  @Test
  void anIdentifierInASchemeIatiDoesNotListIsNoReference() {
    Portfolio portfolio = PressReleaseFixture.withIdentifiers();
    Portfolio unlisted = Portfolio.builder().from(portfolio).organizations(portfolio.getOrganizations().stream()
        .map(o -> o.getId().equals("uzb-government")
            ? org.egovcoop.actor.Organization.builder().from(o)
                .identifiers(List.of(org.egovcoop.actor.RegisteredIdentifier.of("UZ-NOTLISTED", "1"))).build()
            : o)
        .toList()).build();

    assertThatThrownBy(() -> exporter().build().export(unlisted)).isInstanceOf(IatiExportException.class)
        .hasMessageContaining("organizations without an IATI reference (1): 'uzb-government' (Government of the"
            + " Republic of Uzbekistan, identifiers UZ-NOTLISTED-1 in no scheme IATI lists, or holding / & | ? or characters XML cannot hold)");
  }

  /**
   * An IATI reference names one organisation, which the exporter can rely on because it is given a
   * valid portfolio: two organisations holding one registered identifier break a rule, reported at
   * the later holder's identifier.
   */
  @Test
  void oneIdentifierHeldByTwoOrganisationsIsAViolationOfTheLaterHolder() {
    Portfolio portfolio = PressReleaseFixture.withIdentifiers();
    List<String> ids = portfolio.getOrganizations().stream().map(org.egovcoop.actor.Organization::getId).toList();
    int holder = ids.indexOf("kor-mois");
    int later = ids.indexOf("uzb-government");
    assertThat(later).isGreaterThan(holder);
    Portfolio shared = Portfolio.builder().from(portfolio).organizations(portfolio.getOrganizations().stream()
        .map(o -> o.getId().equals("uzb-government")
            ? org.egovcoop.actor.Organization.builder().from(o)
                .identifiers(List.of(PressReleaseFixture.TEST_IDENTIFIERS.get("kor-mois"))).build()
            : o)
        .toList()).build();

    assertThatViolationsOf(shared).containsOnly(violation(UniqueRegisteredIdentifiers.class)
        .at("organizations[" + later + "].identifiers[0]")
        .message("registered identifier XI-WIKIDATA-Q900001 is already held by organization 'kor-mois'"));
  }

  @Test
  void aSelectedActivityIatiCannotHoldRefusesTheExportNamingIt() {
    IatiExportException e = catchThrowableOfType(IatiExportException.class, () -> exporter()
        .activities(PressReleaseFixture.CENTRE, PressReleaseFixture.VICE_RECTOR, "nowhere").build()
        .export(PressReleaseFixture.withIdentifiers()));

    assertThat(e.problems()).anyMatch(p -> p.startsWith("activities: 'nowhere' is not an activity of portfolio"))
        .anyMatch(p -> p.startsWith("activity '" + PressReleaseFixture.VICE_RECTOR + "': period (none): no start date"));
  }

  @Test
  void theReportingOrganisationIsFoundByItsReferenceOrRefusedWithTheIdsExpected() {
    IatiExport byReference = Documents.valid(IatiExporter.builder().reportingOrganization(KOR_MOIS_REF).asOf(RELEASE)
        .build().export(PressReleaseFixture.withIdentifiers()));
    assertThat(byReference.xml()).isEqualTo(export(PartialDateRule.FIRST_DAY).xml());

    // An organisation with two references is written with the one it is named by, wherever it appears.
    Portfolio twoReferences = Portfolio.builder().from(PressReleaseFixture.withIdentifiers())
        .organizations(PressReleaseFixture.withIdentifiers().getOrganizations().stream()
            .map(o -> o.getId().equals("kor-mois") ? org.egovcoop.actor.Organization.builder().from(o)
                .addIdentifier(org.egovcoop.actor.RegisteredIdentifier.of("KR-COA", "TEST-1")).build() : o)
            .toList()).build();
    IatiExport bySecond = Documents.valid(IatiExporter.builder().reportingOrganization("KR-COA-TEST-1").asOf(RELEASE)
        .build().export(twoReferences));
    assertThat(values(Documents.parse(bySecond.xml()), "//reporting-org/@ref | //participating-org[@role='4']/@ref"))
        .containsOnly("KR-COA-TEST-1");
    assertThat(bySecond.activityIdentifiers()).allMatch(id -> id.startsWith("KR-COA-TEST-1-"));

    assertThatThrownBy(() -> IatiExporter.builder().reportingOrganization("koica").asOf(RELEASE).build()
        .export(PressReleaseFixture.withIdentifiers()))
        .isInstanceOf(IatiExportException.class)
        .hasMessageContaining("reportingOrganization 'koica': no organization of portfolio 'kor-uzb-egov-cooperation'"
            + " has that id or IATI reference: expected one of kor-mois, uzb-mitc");
    assertThatThrownBy(() -> IatiExporter.builder().build()).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("[reportingOrganization, asOf]");
  }

  @Test
  void equalPortfoliosGiveEqualBytes() {
    byte[] once = export(PartialDateRule.FIRST_DAY).xml();
    byte[] again = Documents.valid(exporter().build().export(PressReleaseFixture.withIdentifiers())).xml();

    assertThat(PressReleaseFixture.withIdentifiers()).isEqualTo(PressReleaseFixture.withIdentifiers());
    assertThat(again).isEqualTo(once);
  }
}

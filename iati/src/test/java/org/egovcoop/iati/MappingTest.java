package org.egovcoop.iati;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.egovcoop.iati.Documents.values;
import static org.egovcoop.test.EgovAssertions.assertThatViolationsOf;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.egovcoop.activity.Activity;
import org.egovcoop.activity.Participation;
import org.egovcoop.activity.ParticipationRole;
import org.egovcoop.actor.Organization;
import org.egovcoop.agreement.Agreement;
import org.egovcoop.agreement.AgreementArea;
import org.egovcoop.area.CooperationArea;
import org.egovcoop.geo.CountryCode;
import org.egovcoop.iati.ReportEntry.Kind;
import org.egovcoop.portfolio.Portfolio;
import org.egovcoop.text.LocalizedText;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Document;

/** Parts of the mapping the press release does not exercise: shares, languages, characters, determinism. */
class MappingTest {

  private static Portfolio changeActivity(Portfolio portfolio, String id, UnaryOperator<Activity> change) {
    return Portfolio.builder().from(portfolio).activities(portfolio.getActivities().stream()
        .map(a -> a.getId().equals(id) ? change.apply(a) : a).toList()).build();
  }

  private static Portfolio changeOrganization(Portfolio portfolio, String id, UnaryOperator<Organization> change) {
    return Portfolio.builder().from(portfolio).organizations(portfolio.getOrganizations().stream()
        .map(o -> o.getId().equals(id) ? change.apply(o) : o).toList()).build();
  }

  private static Document export(Portfolio portfolio, String... activities) throws Exception {
    assertThatViolationsOf(portfolio).isEmpty();
    IatiExport export = PressReleaseExportTest.exporter().activities(activities).build().export(portfolio);
    Documents.validate(export.xml());
    return Documents.parse(export.xml());
  }

  @Test
  void threeSectorsShareOneHundredInHundredthsTheRemainderFirst() throws Exception {
    Portfolio portfolio = PressReleaseFixture.withIdentifiers();
    Agreement mou = portfolio.getAgreements().get(0);
    Portfolio wider = Portfolio.builder().from(portfolio).agreements(List.of(
        Agreement.builder().from(mou).addArea(AgreementArea.cooperation(CooperationArea.SAFE_CITY)).build(),
        portfolio.getAgreements().get(1))).build();

    Document document = export(wider, PressReleaseFixture.CENTRE);

    assertThat(values(document, "//sector/@code")).containsExactly("15110", "22040", "43030");
    assertThat(values(document, "//sector/@percentage")).containsExactly("33.34", "33.33", "33.33");
  }

  @Test
  void aContractIsLinkedAsAContractAndATreatyAsAnMouWithAReportEntry() throws Exception {
    Portfolio portfolio = PressReleaseFixture.withIdentifiers();
    Agreement mou = portfolio.getAgreements().get(0);
    for (org.egovcoop.agreement.AgreementKind kind : List.of(org.egovcoop.agreement.AgreementKind.CONTRACT,
        org.egovcoop.agreement.AgreementKind.TREATY)) {
      Portfolio changed = Portfolio.builder().from(portfolio).agreements(List.of(
          Agreement.builder().from(mou).kind(kind).build(), portfolio.getAgreements().get(1))).build();

      IatiExport export = Documents.valid(PressReleaseExportTest.exporter().activities(PressReleaseFixture.CENTRE)
          .build().export(changed));

      boolean contract = kind == org.egovcoop.agreement.AgreementKind.CONTRACT;
      assertThat(values(Documents.parse(export.xml()), "//document-link/category/@code"))
          .containsExactly(contract ? "A11" : "A09");
      assertThat(export.report().entries(Kind.DERIVED)).extracting(ReportEntry::pointer).as("%s", kind)
          .matches(pointers -> pointers.contains("/agreements/0/kind") != contract);
    }
  }

  @Test
  void hostsInTwoCountriesShareTheRecipientCountries() throws Exception {
    Portfolio portfolio = Portfolio.builder().from(PressReleaseFixture.withIdentifiers())
        .addOrganization(Organization.builder().id("kaz-ministry").name(LocalizedText.of("en", "A Kazakh ministry"))
            .country(CountryCode.of("KAZ")).kind(org.egovcoop.actor.OrganizationKind.MINISTRY).build())
        .build();
    Portfolio twoHosts = changeActivity(portfolio, PressReleaseFixture.SECONDMENT, a -> Activity.builder().from(a)
        .addParticipant(Participation.of("kaz-ministry", ParticipationRole.HOST)).build());

    Document document = export(twoHosts, PressReleaseFixture.SECONDMENT);

    assertThat(values(document, "//recipient-country/@code")).containsExactly("KZ", "UZ");
    assertThat(values(document, "//recipient-country/@percentage")).containsExactly("50", "50");
  }

  @Test
  void scriptsAreWrittenAsTheirLanguageAndReported() throws Exception {
    Portfolio portfolio = changeOrganization(PressReleaseFixture.withIdentifiers(), "uzb-government",
        o -> Organization.builder().from(o).name(LocalizedText.of("uz-Latn", "O‘zbekiston hukumati",
            "uz-Cyrl", "Ўзбекистон ҳукумати")).build());

    IatiExport export = Documents.valid(PressReleaseExportTest.exporter().activities(PressReleaseFixture.SECONDMENT)
        .build().export(portfolio));

    assertThat(values(Documents.parse(export.xml()), "//participating-org/narrative/@xml:lang"))
        .containsExactly("uz", "uz");
    assertThat(export.report().entries(Kind.DERIVED)).extracting(ReportEntry::pointer)
        .contains("/organizations/4/name/uz-Cyrl", "/organizations/4/name/uz-Latn");
  }

  @Test
  void aTitleInNoListedLanguageRefusesTheSelectedActivity() {
    Portfolio portfolio = changeActivity(PressReleaseFixture.withIdentifiers(), PressReleaseFixture.CENTRE,
        a -> Activity.builder().from(a).title(LocalizedText.of("kaa", "Elektron hu'kimet orayı")).build());

    IatiExportException e = catchThrowableOfType(IatiExportException.class, () -> PressReleaseExportTest.exporter()
        .activities(PressReleaseFixture.CENTRE).build().export(portfolio));

    assertThat(e.problems()).containsExactly("activity '" + PressReleaseFixture.CENTRE + "': title kaa=\"Elektron"
        + " hu'kimet orayı\": no text in a language of IATI's Language code list");
  }

  @Test
  void aCharacterXmlCannotHoldRefusesTheExportNamingIt() {
    Portfolio portfolio = changeOrganization(PressReleaseFixture.withIdentifiers(), "kor-mois",
        o -> Organization.builder().from(o).name(LocalizedText.of("en", "Ministry\uFFFF")).build());

    IatiExportException e = catchThrowableOfType(IatiExportException.class,
        () -> PressReleaseExportTest.exporter().build().export(portfolio));

    assertThat(e.problems()).contains("reportingOrganization 'kor-mois': organization 'kor-mois' name (en) holds"
        + " U+FFFF at index 8: expected characters XML 1.0 can hold");
  }

  @ParameterizedTest(name = "seed {0}, {1}")
  @MethodSource("org.egovcoop.iati.Exports#seeds")
  void equalPortfoliosGiveEqualBytes(long seed, PartialDateRule rule) {
    Optional<IatiExport> once = Exports.export(seed, rule);
    Optional<IatiExport> again = Exports.export(seed, rule);

    assertThat(RandomPortfolios.portfolio(seed)).isEqualTo(RandomPortfolios.portfolio(seed));
    assertThat(again.map(e -> new String(e.xml(), StandardCharsets.UTF_8))).as("seed %d", seed)
        .isEqualTo(once.map(e -> new String(e.xml(), StandardCharsets.UTF_8)));
    assertThat(again.map(e -> e.report().entries())).isEqualTo(once.map(e -> e.report().entries()));
  }
}

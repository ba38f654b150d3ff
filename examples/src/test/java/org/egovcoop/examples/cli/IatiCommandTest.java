package org.egovcoop.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.xml.transform.stream.StreamSource;
import org.egovcoop.actor.Organization;
import org.egovcoop.actor.RegisteredIdentifier;
import org.egovcoop.examples.PressRelease2017;
import org.egovcoop.iati.IatiStandard;
import org.egovcoop.json.EgovJson;
import org.egovcoop.portfolio.Portfolio;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IatiCommandTest {

  /** Test values in the form of org-id.guide identifiers, not real registrations: the release names none. */
  static final List<String> IDENTIFIERS = List.of("--identifier", "kor-mois=XI-WIKIDATA-Q900001",
      "--identifier", "uzb-government=XI-WIKIDATA-Q900002");

  private static void assertSchemaValid(byte[] xml) {
    assertThatCode(() -> IatiStandard.activitiesSchema().newValidator()
        .validate(new StreamSource(new ByteArrayInputStream(xml)))).doesNotThrowAnyException();
  }

  /** The press release as JSON, its ministry and the Uzbek government with (test) identifiers in the file. */
  private static Path pressReleaseWithIdentifiers(Path dir) throws IOException {
    Portfolio portfolio = PressRelease2017.portfolio();
    Portfolio identified = Portfolio.builder().from(portfolio).organizations(portfolio.getOrganizations().stream()
        .map(o -> switch (o.getId()) {
          case "kor-mois" -> Organization.builder().from(o).addIdentifier(RegisteredIdentifier.parse("XI-WIKIDATA-Q900001"))
              .build();
          case "uzb-government" -> Organization.builder().from(o)
              .addIdentifier(RegisteredIdentifier.parse("XI-WIKIDATA-Q900002")).build();
          default -> o;
        }).toList()).build();
    Path file = dir.resolve("press-release-2017.json");
    Files.write(file, EgovJson.create().indented().writePortfolio(identified));
    return file;
  }

  @Test
  void thePressReleaseExportsToASchemaValidDocumentWithItsReport(@TempDir Path dir) throws IOException {
    Path out = dir.resolve("press-release-2017.xml");

    Run run = Run.of("iati", pressReleaseWithIdentifiers(dir).toString(), "--reporting-org", "kor-mois",
        "--output", out.toString(), "--as-of", "2017-11-22");

    assertThat(run.exitCode).as("%s", run).isZero();
    assertThat(run.err).isEmpty();
    assertSchemaValid(Files.readAllBytes(out));
    assertThat(run.outLines().get(0)).isEqualTo("IATI: wrote " + out + " (IATI 2.03, 2 activities):"
        + " XI-WIKIDATA-Q900001-tashkent-egov-cooperation-centre, XI-WIKIDATA-Q900001-kim-nam-seok-secondment");
    assertThat(run.outLines()).contains(
        "  partial date /activities/0/period: activity 'tashkent-egov-cooperation-centre' start 2013 (known to the"
            + " year) written as 2013-01-01, the first day of its period (rule first-day)",
        "  partial date /activities/1/period: activity 'kim-nam-seok-secondment' end 2017 (known to the year)"
            + " written as 2017-01-01, the first day of its period (rule first-day)")
        .anyMatch(l -> l.startsWith("  not carried /agreements/1/relations/0:"))
        .anyMatch(l -> l.startsWith("  skipped /activities/2:"));
  }

  @Test
  void withoutOutputTheDocumentGoesToStdoutAndTheReportToStderr(@TempDir Path dir) throws IOException {
    // No --reporting-org: the one publisher of the release's sources, the ministry, reports.
    Run run = Run.of("iati", pressReleaseWithIdentifiers(dir).toString(), "--as-of", "2017-11-22",
        "--partial-dates", "last-day");

    assertThat(run.exitCode).as("%s", run).isZero();
    assertSchemaValid(run.out.getBytes(StandardCharsets.UTF_8));
    assertThat(run.out).contains("<reporting-org ref=\"XI-WIKIDATA-Q900001\" type=\"10\">")
        .contains("iso-date=\"2015-12-31\"");
    assertThat(run.errLines().get(0)).startsWith("Report: what IATI could not hold");
    assertThat(run.err).contains("written as 2013-12-31, the last day of its period (rule last-day)");
  }

  @Test
  void aFileWithoutIdentifiersIsRefusedListingEveryOrganisationThatNeedsOne(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("press-release-2017.json");
    Files.write(file, EgovJson.create().writePortfolio(PressRelease2017.portfolio()));

    Run run = Run.of("iati", file.toString(), "--as-of", "2017-11-22");

    assertThat(run.exitCode).as("%s", run).isEqualTo(1);
    assertThat(run.out).isEmpty();
    assertThat(run.errLines()).element(0).isEqualTo("iati: cannot export portfolio 'kor-uzb-egov-cooperation' to IATI 2.03:");
    assertThat(run.errLines()).element(1).asString().startsWith("  organizations without an IATI reference (2):"
        + " 'kor-mois' (Ministry of the Interior and Safety, no registered identifier); 'uzb-government'"
        + " (Government of the Republic of Uzbekistan, no registered identifier)");
  }

  @Test
  void identifiersGivenOnTheCommandLineAreUsed(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("press-release-2017.json");
    Files.write(file, EgovJson.create().writePortfolio(PressRelease2017.portfolio()));
    Path out = dir.resolve("out.xml");

    Run run = Run.of(concat(List.of("iati", file.toString(), "--output", out.toString(), "--as-of", "2017-11-22",
        "--activity", "tashkent-egov-cooperation-centre"), IDENTIFIERS));

    assertThat(run.exitCode).as("%s", run).isZero();
    assertSchemaValid(Files.readAllBytes(out));
    assertThat(run.outLines().get(0)).endsWith("(IATI 2.03, 1 activity): XI-WIKIDATA-Q900001-tashkent-egov-cooperation-centre");
  }

  @Test
  void anInvalidFileListsItsProblemsAsValidateDoes(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("broken.json");
    Files.writeString(file, "{\"formatVersion\": \"1.0\", \"id\": \"p\", \"title\": {\"en\": \"T\"}, \"colour\": 1}");

    Run run = Run.of("iati", file.toString());

    assertThat(run.exitCode).isEqualTo(1);
    assertThat(run.out).isEmpty();
    assertThat(run.errLines()).singleElement().asString().startsWith(file + ":1:").contains("/colour: unknown property");
  }

  @Test
  void badArgumentsAreOneLineAndExitCode2(@TempDir Path dir) throws IOException {
    Path file = pressReleaseWithIdentifiers(dir);
    Run.of("iati", file.toString(), "--identifier", "koica=XI-WIKIDATA-Q1").assertUsageError(
        "egovcoop iati: --identifier koica=XI-WIKIDATA-Q1: 'koica' is not an organization of portfolio"
            + " 'kor-uzb-egov-cooperation' (see 'egovcoop iati --help')");
    Run.of("iati", file.toString(), "--identifier", "kor-mois=Q1").assertUsageError(
        "egovcoop iati: --identifier kor-mois=Q1: Text 'Q1' is not an organisation identifier: expected a scheme code"
            + " and an identifier joined by a hyphen, such as GB-COH-01234567 (see 'egovcoop iati --help')");
    Run badRule = Run.of("iati", file.toString(), "--partial-dates", "middle");
    assertThat(badRule.exitCode).isEqualTo(2);
    assertThat(badRule.err).contains("Unknown partial date rule 'middle': expected first-day, last-day or omit");
    Run.of("iati", dir.resolve("missing.json").toString()).assertUsageError(
        "egovcoop iati: cannot read " + dir.resolve("missing.json") + ": no such file or directory");
  }

  @Test
  void demoShowsThePressReleaseActivitiesAsIati() {
    Run run = Run.of(concat(List.of("demo", "--iati", "--as-of", "2017-11-22"), IDENTIFIERS));

    assertThat(run.exitCode).as("%s", run).isZero();
    String out = run.out;
    String xml = out.substring(out.indexOf("<?xml"), out.indexOf("</iati-activities>") + "</iati-activities>\n".length());
    assertSchemaValid(xml.getBytes(StandardCharsets.UTF_8));
    assertThat(out).contains("IATI 2.03 (docs/iati.md):\n<?xml")
        .contains("partial date /agreements/0/signedOn: agreement 'kor-uzb-egov-mou-2013' signing date 2013-12");
  }

  @Test
  void demoWithoutIdentifiersListsTheOrganisationsThatNeedOne() {
    Run run = Run.of("demo", "--iati", "--as-of", "2017-11-22");

    assertThat(run.exitCode).isEqualTo(1);
    assertThat(run.err).contains("organizations without an IATI reference (2): 'kor-mois'");
    Run.of("demo", "--identifier", "kor-mois=XI-WIKIDATA-Q1").assertUsageError("egovcoop demo: --reporting-org,"
        + " --partial-dates, --as-of, --activity and --identifier go with --iati (see 'egovcoop demo --help')");
  }

  private static String[] concat(List<String> first, List<String> second) {
    return java.util.stream.Stream.concat(first.stream(), second.stream()).toArray(String[]::new);
  }
}

package org.egovcoop.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.egovcoop.examples.ProjectFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The validate command on portfolio documents, observation arrays and NDJSON streams, good and bad. */
class ValidateCommandTest {

  private static final String ONE_PARTY = "{\n"
      + "  \"formatVersion\": \"1.0\",\n"
      + "  \"id\": \"bad\",\n"
      + "  \"title\": {\"en\": \"One party is not an agreement\"},\n"
      + "  \"organizations\": [{\"id\": \"kor-mois\", \"name\": {\"en\": \"MOIS\"}, \"country\": \"KOR\","
      + " \"kind\": \"ministry\"}],\n"
      + "  \"agreements\": [\n"
      + "    {\"id\": \"mou\", \"kind\": \"mou\", \"legalNature\": \"non-binding\", \"title\": {\"en\": \"MOU\"},"
      + " \"parties\": [{\"organizationId\": \"kor-mois\", \"country\": \"KOR\"}]}\n"
      + "  ]\n"
      + "}\n";

  private static final String OBSERVATION =
      "{\"index\":\"egdi\",\"edition\":2016,\"country\":\"UZB\",\"rank\":80,\"numberAssessed\":193}";

  @TempDir
  Path dir;

  private Path write(String name, String content) throws IOException {
    return Files.writeString(dir.resolve(name), content);
  }

  @Test
  void theGoldenPortfolioIsValid() {
    Path golden = ProjectFiles.file(ProjectFiles.GOLDEN);

    Run run = Run.of("validate", golden.toString());

    assertThat(run.exitCode).as("%s", run).isZero();
    assertThat(run.err).isEmpty();
    assertThat(run.outLines()).containsExactly(golden + ": valid, portfolio 'kor-uzb-egov-cooperation'");
  }

  @Test
  void aRuleViolationIsListedWithFileLineColumnAndPointer() throws IOException {
    Path bad = write("bad.json", ONE_PARTY);
    int column = ONE_PARTY.lines().toList().get(6).indexOf("[{") + 1;

    Run run = Run.of("validate", bad.toString());

    assertThat(run.exitCode).as("%s", run).isEqualTo(1);
    assertThat(run.out).isEmpty();
    assertThat(column).isEqualTo(99);
    assertThat(run.errLines()).containsExactly(
        bad + ":7:99: /agreements/0/parties: an agreement needs at least 2 parties");
  }

  @Test
  void everyProblemOfEveryFileIsListedAndValidFilesAreSaidValid() throws IOException {
    Path wrongValues = write("wrong.json", "{\"formatVersion\": \"1.0\",\n"
        + " \"id\": \"p\",\n"
        + " \"title\": {\"en\": \"T\"},\n"
        + " \"countries\": [\"KOR\", \"XX\"],\n"
        + " \"colour\": \"blue\"}\n");
    Path cut = write("cut.json", "{\"formatVersion\": \"1.0\",\n \"id\": ");
    Path empty = write("empty.json", "");
    Path golden = ProjectFiles.file(ProjectFiles.GOLDEN);

    Run run = Run.of("validate", wrongValues.toString(), golden.toString(), cut.toString(), empty.toString());

    assertThat(run.exitCode).as("%s", run).isEqualTo(1);
    assertThat(run.outLines()).containsExactly(golden + ": valid, portfolio 'kor-uzb-egov-cooperation'");
    assertThat(run.errLines()).containsExactly(
        wrongValues + ":4:23: /countries/1: unknown country code 'XX': expected an ISO 3166-1 alpha-3 code such as KOR",
        wrongValues + ":5:12: /colour: unknown property 'colour': expected one of formatVersion, id, title, countries,"
            + " organizations, persons, appointments, agreements, activities, figures, observations, statements, sources",
        // a problem of the whole document has no pointer
        cut + ":2:8: unexpected end-of-input within/between Object entries",
        empty + ":1:1: empty document: expected a portfolio object");
  }

  @Test
  void aFileStartingWithABracketIsAnArrayOfObservations() throws IOException {
    Path good = write("good.json", "[" + OBSERVATION + ",\n" + OBSERVATION.replace("2016", "2014") + "]\n");
    Path bad = write("bad.json", " \n\t[" + OBSERVATION + ",\n" + OBSERVATION.replace("80", "194") + "]\n");

    Run run = Run.of("validate", good.toString(), bad.toString());

    assertThat(run.exitCode).as("%s", run).isEqualTo(1);
    assertThat(run.outLines()).containsExactly(good + ": valid, 2 index observations");
    assertThat(run.errLines()).containsExactly(
        bad + ":3:" + (OBSERVATION.indexOf("80") + 1) + ": /1/rank: rank 194 exceeds the 193 countries assessed");
  }

  @Test
  void ndjsonAndJsonlFilesAreObservationsOnePerLineWithEveryBadLineListed() throws IOException {
    Path good = write("good.ndjson", OBSERVATION + "\n" + OBSERVATION.replace("2016", "2014") + "\n");
    String floatRank = OBSERVATION.replace("UZB", "QQQ").replace("80", "80.5");
    Path bad = write("bad.JSONL", OBSERVATION + "\n" + floatRank + "\n\n" + OBSERVATION + "\n");

    Run run = Run.of("validate", good.toString(), bad.toString());

    assertThat(run.exitCode).as("%s", run).isEqualTo(1);
    assertThat(run.outLines()).containsExactly(good + ": valid, 2 index observations, one per line");
    assertThat(run.errLines()).containsExactly(
        bad + ":2:" + (floatRank.indexOf("\"QQQ\"") + 1) + ": /country: unknown country code 'QQQ': expected an ISO 3166-1"
            + " alpha-3 code such as KOR",
        bad + ":2:" + (floatRank.indexOf("80.5") + 1) + ": /rank: expected an integer rank from 1, found the number 80.5",
        // reading goes on past a bad line, so the blank line is reported too
        bad + ":3:1: blank line: expected an index observation object on every line");
  }

  @Test
  void whatTheOtherCommandsWriteIsValid() throws IOException {
    Path portfolio = dir.resolve("press-release.json");
    Path withoutNames = dir.resolve("public.json");
    assertThat(Run.of("demo", "--output", portfolio.toString()).exitCode).isZero();
    assertThat(Run.of("demo", "--output", withoutNames.toString(), "--without-personal-data").exitCode).isZero();
    String egdi = EgdiCommandTest.fixture("unu/egdi-2016.csv");
    Path array = write("uzb.json",
        Run.of("egdi", egdi, "--assessed", "2016=193", "--country", "UZB", "--format", "json").out);
    Path lines = write("all.ndjson", Run.of("egdi", egdi, "--assessed", "2016=193", "--format", "ndjson").out);

    Run run = Run.of("validate", portfolio.toString(), withoutNames.toString(), array.toString(), lines.toString());

    assertThat(run.exitCode).as("%s", run).isZero();
    assertThat(run.err).isEmpty();
    assertThat(run.outLines()).containsExactly(
        portfolio + ": valid, portfolio 'kor-uzb-egov-cooperation'",
        withoutNames + ": valid, portfolio 'kor-uzb-egov-cooperation'",
        array + ": valid, 1 index observation",
        lines + ": valid, 2 index observations, one per line");
  }

  @Test
  void unreadableFilesAreOneLineWithExitCode2BeforeAnyFileIsReported() throws IOException {
    Path good = write("good.json", Files.readString(ProjectFiles.file(ProjectFiles.GOLDEN)));
    Path missing = dir.resolve("missing.json");

    Run.of("validate", good.toString(), missing.toString()).assertUsageError(
        "egovcoop validate: cannot read " + missing + ": no such file or directory");
    Run.of("validate", dir.toString()).assertUsageError("egovcoop validate: cannot read " + dir + ": is a directory");
    Run.of("validate").assertUsageError(
        "egovcoop validate: Missing required parameter: 'FILE' (see 'egovcoop validate --help')");
    Run.of("validate", "--strict", good.toString()).assertUsageError(
        "egovcoop validate: Unknown option: '--strict' (see 'egovcoop validate --help')");
  }

  @Test
  void hasHelp() {
    assertThat(Run.helpOf("validate")).startsWith("Usage: egovcoop validate [-hV] FILE...")
        .contains("FILE:LINE:COLUMN: POINTER: MESSAGE").contains("*.ndjson, *.jsonl").contains("Exit codes:");
  }
}

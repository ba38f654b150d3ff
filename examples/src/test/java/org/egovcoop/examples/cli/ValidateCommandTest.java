package org.egovcoop.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.egovcoop.test.EgovAssertions.assertThatReadingPortfolio;
import static org.egovcoop.test.EgovAssertions.problem;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import org.egovcoop.examples.ProjectFiles;
import org.egovcoop.json.JsonProblem.Kind;
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
    // The command lists what the library reports, at the same place.
    assertThatReadingPortfolio(bad).isRejectedWith(problem(Kind.RULE).at("/agreements/0/parties").line(7).column(99)
        .message("an agreement needs at least 2 parties"));
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
        cut + ":2:8: unexpected end-of-input inside an object: expected a property, or '}' to close the object",
        empty + ":1:1: empty document: expected a portfolio object");
  }

  @Test
  void theGoldenFileInUcs4OfAnUnusualByteOrderIsOneProblemNotAStackTrace() throws IOException {
    byte[] utf32 = Files.readString(ProjectFiles.file(ProjectFiles.GOLDEN)).getBytes(Charset.forName("UTF-32BE"));
    Path order2143 = Files.write(dir.resolve("golden-2143.json"), reorder(utf32, 1, 0, 3, 2));
    Path order3412 = Files.write(dir.resolve("golden-3412.json"), reorder(utf32, 2, 3, 0, 1));

    Run run = Run.of("validate", order2143.toString(), order3412.toString());

    assertThat(run.exitCode).as("%s", run).isEqualTo(1);
    assertThat(run.out).isEmpty();
    assertThat(run.errLines()).containsExactly(
        order2143 + ":1:1: the document is in UCS-4 of byte order 2143, not UTF-8: expected UTF-8, the encoding of"
            + " JSON (RFC 8259, section 8.1)",
        order3412 + ":1:1: the document is in UCS-4 of byte order 3412, not UTF-8: expected UTF-8, the encoding of"
            + " JSON (RFC 8259, section 8.1)");
  }

  @Test
  void aValueOrNameCannotForgeAProblemLineOrReachTheTerminal() throws IOException {
    Path forged = write("forged.json", "{\"formatVersion\": \"1.0\", \"id\": \"p\", \"title\": {\"en\": \"T\"},\n"
        + " \"persons\": [{\"id\": \"kim-nam-seok\\nforged.json:1:1: /forged: forged problem\"}],\n"
        + " \"x\\u001b[2J\\u0007\": 1}\n");

    Run run = Run.of("validate", forged.toString());

    assertThat(run.exitCode).as("%s", run).isEqualTo(1);
    assertThat(run.err).doesNotContainPattern("[\\p{Cc}&&[^\\n]]");
    assertThat(run.errLines()).hasSize(2);
    assertThat(run.errLines().get(0)).startsWith(forged + ":2:21: /persons/0/id: 'kim-nam-seok\\u000aforged.json:1:1:"
        + " /forged: forged problem' is not a valid id");
    int valueColumn = Files.readAllLines(forged).get(2).indexOf(": 1") + 3;
    assertThat(run.errLines().get(1)).startsWith(forged + ":3:" + valueColumn + ": /x\\u001b[2J\\u0007: unknown property"
        + " 'x\\u001b[2J\\u0007'");
  }

  /** UTF-32BE, each group of four bytes put in another order. */
  private static byte[] reorder(byte[] utf32be, int... order) {
    byte[] out = new byte[utf32be.length];
    for (int i = 0; i < utf32be.length; i += 4) {
      for (int j = 0; j < 4; j++) {
        out[i + j] = utf32be[i + order[j]];
      }
    }
    return out;
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

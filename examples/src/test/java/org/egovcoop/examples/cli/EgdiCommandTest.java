package org.egovcoop.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.egovcoop.examples.ProjectFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The egdi command on the fixture tables of real rows (serialization's test resources
 * {@code survey/}, whose README names each row's source) and on broken synthetic ones;
 * {@link EgdiCommandRealDataTest} runs it on the five whole tables.
 */
class EgdiCommandTest {

  /** A fixture table of real rows, by its path under serialization's {@code survey/} test resources. */
  static String fixture(String name) {
    return ProjectFiles.file("survey/src/test/resources/survey/" + name).toString();
  }

  private static String[] fixtureTables(String... options) {
    String[] tables = {fixture("unu/egdi-2010.csv"), fixture("unu/egdi-2012.csv"), fixture("unu/egdi-2014.csv"),
        fixture("unu/egdi-2016.csv"), fixture("unu/egdi-2018.csv"), fixture("un/EGOV_DATA_2022.csv"),
        "--assessed", "2010=192", "--assessed", "2012=193", "--assessed", "2014=193", "--assessed", "2016=193",
        "--assessed", "2018=193", "--assessed", "2022=193"};
    return egdi(tables, options);
  }

  /** {@return the arguments of an egdi command: the tables, then the options} */
  static String[] egdi(String[] tables, String... options) {
    String[] args = new String[1 + tables.length + options.length];
    args[0] = "egdi";
    System.arraycopy(tables, 0, args, 1, tables.length);
    System.arraycopy(options, 0, args, 1 + tables.length, options.length);
    return args;
  }

  @Test
  void bothLayoutsTogetherGiveUzbekistanFrom2010To2022() {
    // the 2018 rows of the UN-layout fixture repeat UNU-EGOV's 2018 table: a duplicate, named with both places
    Run duplicate = Run.of("egdi", fixture("unu/egdi-2018.csv"), fixture("un/EGOV_DATA_2018_2022.csv"),
        "--assessed", "2018=193", "--assessed", "2022=193");
    assertThat(duplicate.exitCode).isEqualTo(1);
    assertThat(duplicate.errLines()).contains("EGOV_DATA_2018_2022.csv, line 5, column 2 (Country Name): country UZB"
        + " is listed twice for edition 2018: first in egdi-2018.csv, line 3");

    Run run = Run.of(fixtureTables("--country", "UZB"));
    assertThat(run.exitCode).as("%s", run).isZero();
    assertThat(run.err).isEmpty();
    assertThat(run.outLines()).containsSubsequence(
        "UZB  Uzbekistan: E-Government Development Index (egdi)",
        "  year  rank  outOf  score                 group      percentile  rank change");
    // percentiles are over the few countries of the fixtures, so only the figures of the UN are checked here
    assertThat(run.outLines()).anySatisfy(line -> assertThat(line).startsWith("  2010    87    192  0.44975               middle"))
        .anySatisfy(line -> assertThat(line).startsWith("  2012    91    193  0.50991               high"))
        .anySatisfy(line -> assertThat(line).startsWith("  2016    80    193  0.54335               high"))
        .anySatisfy(line -> assertThat(line).startsWith("  2022    69    193  0.72650               high"));
    assertThat(run.out).contains("100 → 80 (+20)").contains("81 → 69 (+12)");
  }

  @Test
  void restoredCellsAreListedOnRequest() {
    Run run = Run.of("egdi", fixture("unu/egdi-2012.csv"), "--assessed", "2012=193", "--country", "UZB",
        "--format", "csv", "--list-restored");
    assertThat(run.exitCode).as("%s", run).isZero();
    assertThat(run.errLines()).contains("egdi-2012.csv, line 3, column 4 (e-gov-index): 0.5099100000000001 read as 0.50991");
    assertThat(run.outLines()).containsExactly("country,year,index,rank,outOf,score", "UZB,2012,egdi,91,193,0.50991");
  }

  @Test
  void aNameOfTheCallersOwn() {
    Run unknown = Run.of("egdi", fixture("un/unknown-name.csv"), "--assessed", "2022=193", "--format", "csv");
    assertThat(unknown.exitCode).isEqualTo(1);
    assertThat(unknown.errLines()).hasSize(2).first().asString().contains("unknown country name 'Republic of Corea'");
    assertThat(unknown.errLines()).last()
        .isEqualTo("egovcoop egdi: add a country name the table lacks with --country-name \"NAME=ISO3\"");
    Run mapped = Run.of("egdi", fixture("un/unknown-name.csv"), "--assessed", "2022=193", "--format", "csv",
        "--country-name", "Republic of Corea=KOR", "--country", "KOR");
    assertThat(mapped.exitCode).as("%s", mapped).isZero();
    assertThat(mapped.outLines()).containsExactly("country,year,index,rank,outOf,score", "KOR,2022,egdi,3,193,0.95290");
  }

  @Test
  void hasHelp() {
    assertThat(Run.helpOf("egdi")).startsWith("Usage: egovcoop egdi [-hV] [--list-restored] [--format=FORMAT] [--index=INDEX]")
        .contains("--country=ISO3").contains("country,year,index,rank,outOf,score").contains("Exit codes:");
  }

  @Test
  void badArgumentsAreOneLineWithExitCode2() {
    Run.of("egdi").assertUsageError("egovcoop egdi: Missing required parameter: 'FILE' (see 'egovcoop egdi --help')");
    Run.of(fixtureTables("--country", "XXX")).assertUsageError("egovcoop egdi: Invalid value for option '--country' (ISO3):"
        + " unknown country code 'XXX': expected an ISO 3166-1 alpha-3 code such as UZB (see 'egovcoop egdi --help')");
    Run.of(fixtureTables("--index", "gdp")).assertUsageError("egovcoop egdi: Invalid value for option '--index':"
        + " unknown index 'gdp': expected egdi, osi, hci, tii or epi (see 'egovcoop egdi --help')");
    Run.of(fixtureTables("--format", "xml")).assertUsageError("egovcoop egdi: Invalid value for option '--format':"
        + " expected one of [TABLE, CSV, JSON, NDJSON] (case-insensitive) but was 'xml' (see 'egovcoop egdi --help')");
    Run.of(fixtureTables("--country", "ATA")).assertUsageError("egovcoop egdi: ATA is in none of the tables given");
  }

  @Test
  void anUnreadableFileIsOneLineWithExitCode2(@TempDir Path dir) {
    Path missing = dir.resolve("egdi-2016.csv");
    Run.of("egdi", missing.toString())
        .assertUsageError("egovcoop egdi: cannot read " + missing + ": no such file or directory");
    Run.of("egdi", fixture("unu/egdi-2016.csv"), "--assessed", "2016=0")
        .assertUsageError("egovcoop egdi: The number of countries edition 2016 assessed must be at least 1, not 0");
  }

  @Test
  void anUnnamedTableOrTheSameCountryInTwoTablesOfOneEditionIsAProblem(@TempDir Path dir) throws IOException {
    String header = "country-code,country-name,e-gov-rank,e-gov-index,e-pat-index,osi,hci,tii\n";
    Path unnamed = Files.writeString(dir.resolve("survey.csv"), header + "UZB,Uzbekistan,1,0.5,0.6,0.6,0.7,0.2\n");
    Run run = Run.of("egdi", unnamed.toString());
    assertThat(run.exitCode).isEqualTo(1);
    assertThat(run.errLines()).containsExactly("survey.csv, line 1: the edition of a table in UNU-EGOV's compilation"
        + " comes from its file name, and 'survey.csv' holds no single four-digit survey year: name it like"
        + " egdi-2016.csv or give the edition when reading it");
    Path copy = Files.writeString(dir.resolve("copy-2016.csv"), header + "UZB,Uzbekistan,1,0.5,0.6,0.6,0.7,0.2\n");
    Path other = Files.writeString(dir.resolve("egdi-2016.csv"), header + "UZB,Uzbekistan,1,0.5,0.6,0.6,0.7,0.2\n");
    Run twice = Run.of("egdi", copy.toString(), other.toString());
    assertThat(twice.exitCode).isEqualTo(1);
    assertThat(twice.errLines()).containsExactly("egdi-2016.csv, line 2, column 1 (country-code): country UZB is listed"
        + " twice for edition 2016: first in copy-2016.csv, line 2");
  }

  @Test
  void tablesWithProblemsListEveryProblemAndExitWith1(@TempDir Path dir) throws IOException {
    Path broken = Files.writeString(dir.resolve("egdi-2016.csv"),
        "country-code,country-name,e-gov-rank,e-gov-index,e-pat-index,osi,hci,tii\n"
            + "KOR,Republic of Korea,abc,0.9,1.0,1.0,0.9,0.8\n"
            + "UZB,Uzbekistan,2,0.5,0.6,1.6,0.7,0.2\n");
    Run run = Run.of("egdi", broken.toString(), "--format", "csv");
    assertThat(run.exitCode).isEqualTo(1);
    assertThat(run.out).isEmpty();
    assertThat(run.errLines()).containsExactly(
        "egdi-2016.csv, line 2, column 3 (e-gov-rank): rank 'abc' is not a number",
        "egdi-2016.csv, line 3, column 6 (osi): osi score '1.6' lies outside 0 to 1");
  }
}

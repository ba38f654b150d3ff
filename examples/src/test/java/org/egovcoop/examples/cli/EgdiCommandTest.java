package org.egovcoop.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import org.egovcoop.json.EgovJson;
import org.egovcoop.json.JsonLinesReader;
import org.egovcoop.survey.IndexObservation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The egdi command on the five real UN tables and on broken synthetic ones. */
class EgdiCommandTest {

  /** One of the real UN tables in the shared data; fails if it is missing. */
  static Path realTable(int year) {
    String shared = System.getProperty("egovcoop.shared.dir");
    if (shared == null) {
      throw new IllegalStateException("System property egovcoop.shared.dir is not set: run the tests through Maven");
    }
    Path file = Path.of(shared, "data", "egdi", "egdi-" + year + ".csv");
    if (!Files.isRegularFile(file)) {
      throw new IllegalStateException("Missing UN survey table " + file.toAbsolutePath());
    }
    return file;
  }

  private static String[] realTables(String... options) {
    String[] tables = IntStream.of(2010, 2012, 2014, 2016, 2018)
        .mapToObj(year -> realTable(year).toString())
        .toArray(String[]::new);
    String[] args = new String[1 + tables.length + options.length];
    args[0] = "egdi";
    System.arraycopy(tables, 0, args, 1, tables.length);
    System.arraycopy(options, 0, args, 1 + tables.length, options.length);
    return args;
  }

  @Test
  void csvForUzbekistanHasItsFiveRanksInYearOrder() {
    Run run = Run.of(realTables("--country", "UZB", "--format", "csv"));
    assertThat(run.exitCode).as("%s", run).isZero();
    assertThat(run.err).isEmpty();
    assertThat(run.outLines()).containsExactly(
        "country,year,index,rank,outOf,score",
        "UZB,2010,egdi,87,193,0.44975",
        "UZB,2012,egdi,91,193,0.5099100000000001",
        "UZB,2014,egdi,100,193,0.46951000000000004",
        "UZB,2016,egdi,80,193,0.54335",
        "UZB,2018,egdi,81,193,0.6207");
  }

  @Test
  void jsonIsAnArrayOfObservationsInYearOrderThatReadsBack() {
    Run run = Run.of(realTables("--country", "UZB", "--format", "json"));

    assertThat(run.exitCode).as("%s", run).isZero();
    assertThat(run.err).isEmpty();
    List<IndexObservation> read = EgovJson.create().readObservations(run.out.getBytes(StandardCharsets.UTF_8));
    assertThat(read).extracting(o -> o.getCountry() + " " + o.getEdition() + " " + o.getRank().getAsInt() + "/"
        + o.getNumberAssessed() + " " + o.getScore().orElseThrow().toPlainString())
        .containsExactly("UZB 2010 87/193 0.44975", "UZB 2012 91/193 0.5099100000000001",
            "UZB 2014 100/193 0.46951000000000004", "UZB 2016 80/193 0.54335", "UZB 2018 81/193 0.6207");
    assertThat(run.outLines()).startsWith("[", "  {", "    \"index\": \"egdi\",", "    \"edition\": 2010,")
        .contains("    \"score\": 0.5099100000000001").endsWith("]");
    // canonical: the bytes the library writes for what it reads
    assertThat(EgovJson.create().indented().writeObservations(read)).isEqualTo(run.out.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void ndjsonIsOneCompactObservationPerLine() {
    Run run = Run.of(realTables("--country", "SSD", "--country", "UZB", "--index", "epi", "--format", "ndjson"));

    assertThat(run.exitCode).as("%s", run).isZero();
    assertThat(run.outLines()).hasSize(10).startsWith(
        // South Sudan, listed in 2010 with no values: no rank and no score, never zero
        "{\"index\":\"epi\",\"edition\":2010,\"country\":\"SSD\",\"numberAssessed\":193}")
        // the E-Participation Index has no rank in the tables; its score as the 2016 file writes it
        .contains("{\"index\":\"epi\",\"edition\":2016,\"country\":\"UZB\",\"numberAssessed\":193,\"score\":0.67797}");
    try (JsonLinesReader<IndexObservation> lines = EgovJson.create()
        .observationLines(new ByteArrayInputStream(run.out.getBytes(StandardCharsets.UTF_8)))) {
      assertThat(lines.stream().map(o -> o.getCountry() + " " + o.getEdition()))
          .containsExactly("SSD 2010", "SSD 2012", "SSD 2014", "SSD 2016", "SSD 2018",
              "UZB 2010", "UZB 2012", "UZB 2014", "UZB 2016", "UZB 2018");
    }
  }

  @Test
  void tablesGiveEachCountrysSeriesWithRankChangesGroupsAndPercentiles() {
    Run run = Run.of(realTables("--country", "uzb", "--country", "KOR"));
    assertThat(run.exitCode).as("%s", run).isZero();
    assertThat(run.outLines()).containsSubsequence(
        "UZB  Uzbekistan: E-Government Development Index (egdi)",
        "  year  rank  outOf  score                 group      percentile  rank change",
        "  2010    87    193  0.44975               middle          54.95",
        "  2016    80    193  0.54335               high            58.81  100 → 80 (+20)",
        "",
        "KOR  Republic of Korea: E-Government Development Index (egdi)",
        "  2014     1    193  0.9462299999999999    very high       99.74  1 → 1 (0)",
        "  2016     3    193  0.89149               very high       98.70  1 → 3 (-2)");
    // Uzbekistan comes first because it was asked for first
    assertThat(run.out.indexOf("UZB  ")).isLessThan(run.out.indexOf("KOR  "));
  }

  @Test
  void anotherIndexIsUnrankedAndHasNoGroup() {
    Run run = Run.of(realTables("--country", "SSD", "--index", "hci", "--format", "table"));
    assertThat(run.exitCode).as("%s", run).isZero();
    assertThat(run.outLines()).contains(
        "SSD  South Sudan: Human Capital Index (hci)",
        // listed in 2010 with no values: neither rank nor score, and no percentile
        "  2010     -    193  -                                         -");
  }

  @Test
  void everyCountryWhenNoneIsGiven() {
    Run run = Run.of(realTables("--format", "CSV", "--index", "epi"));
    assertThat(run.exitCode).isZero();
    assertThat(run.outLines()).hasSize(1 + 5 * 193)
        .contains("ISR,2016,epi,,193,0.8305100000000001", "SSD,2010,epi,,193,");
  }

  @Test
  void hasHelp() {
    assertThat(Run.helpOf("egdi")).startsWith("Usage: egovcoop egdi [-hV] [--format=FORMAT] [--index=INDEX]")
        .contains("--country=ISO3").contains("country,year,index,rank,outOf,score").contains("Exit codes:");
  }

  @Test
  void badArgumentsAreOneLineWithExitCode2() {
    Run.of("egdi").assertUsageError("egovcoop egdi: Missing required parameter: 'FILE' (see 'egovcoop egdi --help')");
    Run.of(realTables("--country", "XXX")).assertUsageError("egovcoop egdi: Invalid value for option '--country' (ISO3):"
        + " unknown country code 'XXX': expected an ISO 3166-1 alpha-3 code such as UZB (see 'egovcoop egdi --help')");
    Run.of(realTables("--index", "gdp")).assertUsageError("egovcoop egdi: Invalid value for option '--index':"
        + " unknown index 'gdp': expected egdi, osi, hci, tii or epi (see 'egovcoop egdi --help')");
    Run.of(realTables("--format", "xml")).assertUsageError("egovcoop egdi: Invalid value for option '--format':"
        + " expected one of [TABLE, CSV, JSON, NDJSON] (case-insensitive) but was 'xml' (see 'egovcoop egdi --help')");
    Run.of(realTables("--country", "ATA")).assertUsageError("egovcoop egdi: ATA is in none of the tables given");
  }

  @Test
  void unreadableOrUnnamedFilesAreOneLineWithExitCode2(@TempDir Path dir) throws IOException {
    Path missing = dir.resolve("egdi-2016.csv");
    Run.of("egdi", missing.toString())
        .assertUsageError("egovcoop egdi: cannot read " + missing + ": no such file or directory");
    Path unnamed = Files.writeString(dir.resolve("survey.csv"), "country-code\n");
    Run.of("egdi", unnamed.toString()).assertUsageError("egovcoop egdi: Cannot tell the survey edition of 'survey.csv':"
        + " its name holds no four-digit year (expected a name such as egdi-2016.csv)");
    Path copy = Files.writeString(dir.resolve("copy-2016.csv"), "");
    Path other = Files.writeString(dir.resolve("egdi-2016.csv"), "");
    Run.of("egdi", copy.toString(), other.toString()).assertUsageError(
        "egovcoop egdi: two tables of edition 2016: " + copy + " and " + other);
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

package org.egovcoop.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import org.egovcoop.json.EgovJson;
import org.egovcoop.json.JsonLinesReader;
import org.egovcoop.survey.IndexObservation;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The egdi command on the five real UN tables; these run in the shared-data variant of the build
 * ({@code -Degovcoop.shared.dir=../shared}) and fail if the tables are not there.
 */
@Tag("shared-data")
class EgdiCommandRealDataTest {

  /** One of the real UN tables in the shared data; fails if it is missing. */
  static Path realTable(int year) {
    String shared = System.getProperty("egovcoop.shared.dir");
    if (shared == null || shared.isBlank()) {
      throw new IllegalStateException("System property egovcoop.shared.dir is not set: run the tests tagged"
          + " shared-data through Maven with -Degovcoop.shared.dir=../shared");
    }
    Path directory = Path.of(System.getProperty("egovcoop.project.dir", "..")).resolve(shared);
    Path file = directory.resolve(Path.of("data", "egdi", "egdi-" + year + ".csv"));
    if (!Files.isRegularFile(file)) {
      throw new IllegalStateException("Missing UN survey table " + file.toAbsolutePath().normalize());
    }
    return file;
  }

  static String[] realTables(String... options) {
    String[] tables = IntStream.of(2010, 2012, 2014, 2016, 2018)
        .mapToObj(year -> realTable(year).toString())
        .toArray(String[]::new);
    return EgdiCommandTest.egdi(tables, options);
  }

  @Test
  void csvForUzbekistanHasItsFiveRanksInYearOrder() {
    Run run = Run.of(realTables("--country", "UZB", "--format", "csv"));
    assertThat(run.exitCode).as("%s", run).isZero();
    assertThat(run.err).isEmpty();
    assertThat(run.outLines()).containsExactly(
        "country,year,index,rank,outOf,score",
        // 2010 assessed 192 countries; the scores are the decimals the UN published, without the compilation's float noise
        "UZB,2010,egdi,87,192,0.44975",
        "UZB,2012,egdi,91,193,0.50991",
        "UZB,2014,egdi,100,193,0.46951",
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
        .containsExactly("UZB 2010 87/192 0.44975", "UZB 2012 91/193 0.50991",
            "UZB 2014 100/193 0.46951", "UZB 2016 80/193 0.54335", "UZB 2018 81/193 0.6207");
    assertThat(run.outLines()).startsWith("[", "  {", "    \"index\": \"egdi\",", "    \"edition\": 2010,")
        .contains("    \"score\": 0.50991").endsWith("]");
    // canonical: the bytes the library writes for what it reads
    assertThat(EgovJson.create().indented().writeObservations(read)).isEqualTo(run.out.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void ndjsonIsOneCompactObservationPerLine() {
    Run run = Run.of(realTables("--country", "SSD", "--country", "UZB", "--index", "epi", "--format", "ndjson"));

    assertThat(run.exitCode).as("%s", run).isZero();
    assertThat(run.outLines()).hasSize(9).startsWith(
        // South Sudan, listed in 2010 with no values, was not assessed then: its series starts in 2012
        "{\"index\":\"epi\",\"edition\":2012,\"country\":\"SSD\",\"numberAssessed\":193,\"score\":0.0}")
        // the E-Participation Index has no rank in the tables; its score as the 2016 file writes it
        .contains("{\"index\":\"epi\",\"edition\":2016,\"country\":\"UZB\",\"numberAssessed\":193,\"score\":0.67797}");
    try (JsonLinesReader<IndexObservation> lines = EgovJson.create()
        .observationLines(new ByteArrayInputStream(run.out.getBytes(StandardCharsets.UTF_8)))) {
      assertThat(lines.stream().map(o -> o.getCountry() + " " + o.getEdition()))
          .containsExactly("SSD 2012", "SSD 2014", "SSD 2016", "SSD 2018",
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
        "  2010    87    192  0.44975               middle          54.95",
        "  2016    80    193  0.54335               high            58.81  100 → 80 (+20)",
        "",
        "KOR  Republic of Korea: E-Government Development Index (egdi)",
        "  2014     1    193  0.94623               very high       99.74  1 → 1 (0)",
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
        "  2012     -    193  0.45548                               15.54");
    // listed in 2010 with no values: not assessed, so no row for 2010
    assertThat(run.outLines()).noneMatch(line -> line.startsWith("  2010"));
  }

  @Test
  void everyCountryWhenNoneIsGiven() {
    Run run = Run.of(realTables("--format", "CSV", "--index", "epi"));
    assertThat(run.exitCode).isZero();
    assertThat(run.outLines()).hasSize(1 + 192 + 4 * 193)
        .contains("ISR,2016,epi,,193,0.83051", "AFG,2010,epi,,192,0.05714")
        .noneMatch(line -> line.startsWith("SSD,2010,"));
  }

  @Test
  void theRealTablesWithTheUnExportOf2022GiveTheSeriesTo2022() {
    String[] tables = realTables("--country", "UZB", "--format", "csv");
    String[] args = new String[tables.length + 1];
    System.arraycopy(tables, 0, args, 0, 6);
    args[6] = EgdiCommandTest.fixture("un/EGOV_DATA_2022.csv");
    System.arraycopy(tables, 6, args, 7, tables.length - 6);
    Run run = Run.of(args);
    // the fixture holds 8 rows of 2022, so ranks above 8 need the edition's count
    assertThat(run.exitCode).isEqualTo(1);
    assertThat(run.errLines()).first().asString().contains("rank 69 exceeds the 8 countries assessed in edition 2022");
    assertThat(run.errLines()).last().isEqualTo("egovcoop egdi: for a table that holds part of an edition, give the"
        + " number the edition assessed: --assessed YEAR=COUNT");
    String[] withCount = new String[args.length + 2];
    System.arraycopy(args, 0, withCount, 0, args.length);
    withCount[args.length] = "--assessed";
    withCount[args.length + 1] = "2022=193";
    Run counted = Run.of(withCount);
    assertThat(counted.exitCode).as("%s", counted).isZero();
    assertThat(counted.outLines()).endsWith("UZB,2018,egdi,81,193,0.6207", "UZB,2022,egdi,69,193,0.72650");
  }
}

package org.egovcoop.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.egovcoop.geo.CountryCode;
import org.egovcoop.survey.EditionRanking;
import org.egovcoop.survey.IndexObservation;
import org.egovcoop.survey.IndexSeries;
import org.egovcoop.survey.SurveyIndex;
import org.junit.jupiter.api.Test;

/**
 * Every quirk of the real survey tables, on small fixture tables of real rows in both layouts
 * (test resources {@code survey/}, whose README names each row's source). These run on a bare
 * clone; {@link RealSurveyTablesTest} checks the five whole tables.
 */
class SurveyFixturesTest {

  private static final CountryCode SSD = CountryCode.of("SSD");

  static Path fixture(String name) {
    try {
      return Path.of(SurveyFixturesTest.class.getResource("/survey/" + name).toURI());
    } catch (URISyntaxException | NullPointerException e) {
      throw new IllegalStateException("Missing test fixture survey/" + name, e);
    }
  }

  private static List<Path> unuTables() {
    return Stream.of(2010, 2012, 2014, 2016, 2018).map(edition -> fixture("unu/egdi-" + edition + ".csv")).toList();
  }

  /** The extracts hold a few countries each: the editions' numbers assessed are given, as the reader asks. */
  private static SurveyTableReader extractsReader() {
    return SurveyTableReader.failFast().withNumberAssessed(2010, 192).withNumberAssessed(2012, 193)
        .withNumberAssessed(2014, 193).withNumberAssessed(2016, 193).withNumberAssessed(2018, 193)
        .withNumberAssessed(2022, 193);
  }

  private static IndexObservation find(ImportReport report, int edition, SurveyIndex index, String country) {
    return report.observations(index).stream()
        .filter(o -> o.getEdition() == edition && o.getCountry().alpha3().equals(country))
        .findFirst().orElseThrow(() -> new AssertionError("no " + index + " " + edition + " for " + country));
  }

  private static ImportReport readExtract(String name) throws IOException {
    return extractsReader().read(fixture(name));
  }

  @Test
  void theNumberAssessedIsTheNumberOfCountriesWithValues() throws IOException {
    ImportReport report = SurveyTableReader.failFast().read(fixture("unu/top/egdi-2010.csv"));
    assertThat(report.layout()).contains(SurveyLayout.UNU_EGOV_COMPILATION);
    assertThat(report.editions()).containsExactly(2010);
    assertThat(report.numberAssessed(2010, SurveyIndex.EGDI)).isEqualTo(5);
    assertThat(report.observations()).hasSize(25).allSatisfy(o -> assertThat(o.getNumberAssessed()).isEqualTo(5));
    assertThat(report.unassessed(2010)).containsExactly(SSD);
    assertThat(report.observations()).noneMatch(o -> o.getCountry() == SSD);
    assertThat(EditionRanking.of(SurveyIndex.EGDI, 2010, report.observations()).entries()).hasSize(5);
  }

  @Test
  void southSudanIsListedIn2010ButNotAssessedAndRanked175thIn2012() throws IOException {
    ImportReport report = readExtract("unu/egdi-2010.csv");
    assertThat(report.unassessed(2010)).containsExactly(SSD);
    assertThat(report.countryNames()).containsEntry(SSD, "South Sudan");
    assertThat(report.observations()).noneMatch(o -> o.getCountry() == SSD);
    assertThat(find(readExtract("unu/egdi-2012.csv"), 2012, SurveyIndex.EGDI, "SSD").getRank()).hasValue(175);
  }

  @Test
  void emptyCellsAreAbsentNotZeroAndCountInNoTotal() throws IOException {
    // KIR,Kiribati,184.0,0.0,0.014280000000000001,0.028569999999999998,,0.014819999999999998
    ImportReport extract = readExtract("unu/egdi-2010.csv");
    assertThat(find(extract, 2010, SurveyIndex.EGDI, "KIR").getScore()).contains(new BigDecimal("0.0"));
    assertThat(extract.observations(SurveyIndex.HCI)).extracting(o -> o.getCountry().alpha3())
        .containsExactly("KOR", "USA", "IRQ", "UZB");
    assertThat(extract.observations(SurveyIndex.TII)).extracting(o -> o.getCountry().alpha3())
        .containsExactly("KOR", "USA", "IRQ", "UZB", "KIR"); // NRU and PRK have no TII
    // counted, not given: per index, the countries with values (the ranks above 7 are problems here)
    ImportReport counted = SurveyTableReader.collectingProblems().read(fixture("unu/egdi-2010.csv"));
    assertThat(counted.numberAssessed(2010, SurveyIndex.EGDI)).isEqualTo(7);
    assertThat(counted.numberAssessed(2010, SurveyIndex.HCI)).isEqualTo(4);
    assertThat(counted.numberAssessed(2010, SurveyIndex.TII)).isEqualTo(5);
    assertThat(counted.numberAssessed(2010, SurveyIndex.EPI)).isEqualTo(7);
  }

  @Test
  void anExtractWhoseRanksExceedItsRowsNeedsTheEditionsCount() throws IOException {
    assertThatThrownBy(() -> SurveyTableReader.failFast().read(fixture("unu/egdi-2010.csv")))
        .isInstanceOf(SurveyImportException.class)
        .hasMessageStartingWith("egdi-2010.csv, line 4, column 3 (e-gov-rank): rank 136 exceeds the 7 countries assessed")
        .satisfies(e -> assertThat(((SurveyImportException) e).problem().kind())
            .isEqualTo(ImportProblem.Kind.RANK_ABOVE_ASSESSED));
    ImportReport report = readExtract("unu/egdi-2010.csv");
    assertThat(find(report, 2010, SurveyIndex.EGDI, "UZB").getNumberAssessed()).isEqualTo(192);
    assertThatThrownBy(() -> SurveyTableReader.failFast().withNumberAssessed(2010, 3).read(fixture("unu/egdi-2010.csv")))
        .hasMessageContaining("edition 2010 has 7 countries with egdi values in the tables read, more than the 3 given");
  }

  @Test
  void ranksWrittenAsDecimalsAndTiesAreKept() throws IOException {
    ImportReport report = readExtract("unu/egdi-2010.csv");
    assertThat(find(report, 2010, SurveyIndex.EGDI, "IRQ").getRank()).hasValue(136);
    assertThat(report.observations(SurveyIndex.EGDI)).filteredOn(o -> o.getRank().getAsInt() == 184)
        .extracting(o -> o.getCountry().alpha3()).containsExactly("KIR", "NRU", "PRK");
  }

  @Test
  void noiseIsReadAsTheDecimalTheUnPublishedAndReported() throws IOException {
    ImportReport report = readExtract("unu/egdi-2012.csv");
    BigDecimal egdi = find(report, 2012, SurveyIndex.EGDI, "UZB").getScore().orElseThrow();
    assertThat(egdi).isEqualTo(new BigDecimal("0.50991")); // equals: value and scale
    assertThat(find(report, 2012, SurveyIndex.TII, "UZB").getScore()).contains(new BigDecimal("0.20748"));
    assertThat(find(report, 2012, SurveyIndex.HCI, "UZB").getScore()).contains(new BigDecimal("0.82554"));
    assertThat(find(report, 2012, SurveyIndex.EGDI, "LBY").getScore()).contains(new BigDecimal("0.0"));
    assertThat(report.restoredCells()).extracting(RestoredCell::toString).contains(
        "egdi-2012.csv, line 3, column 4 (e-gov-index): 0.5099100000000001 read as 0.50991",
        "egdi-2012.csv, line 3, column 8 (tii): 0.20748000000000003 read as 0.20748");
    RestoredCell first = report.restoredCells().get(0); // KOR,Republic of Korea,1,0.92832,1.0,1.0,0.94937,0.8355899999999999
    assertThat(first.source()).isEqualTo("egdi-2012.csv");
    assertThat(first.line()).isEqualTo(2);
    assertThat(first.columnNumber()).isEqualTo(8);
    assertThat(first.columnName()).isEqualTo("tii");
    assertThat(first.written()).isEqualTo("0.8355899999999999");
    assertThat(first.value()).isEqualTo(new BigDecimal("0.83559"));
    assertThat(report.observations()).allSatisfy(o ->
        assertThat(o.getScore().map(BigDecimal::scale).orElse(0)).isLessThanOrEqualTo(5));
  }

  @Test
  void aCellThatIsNotFiveDecimalsPlusNoiseIsReadExactlyAsWritten() throws IOException {
    String header = String.join(",", SurveyTableReader.COLUMNS) + "\n";
    ImportReport report = SurveyTableReader.failFast().read(new java.io.ByteArrayInputStream((header
        + "UZB,Uzbekistan,1,0.509911,0.50991000001,0.50991000000000001,0.123456789,0.5000000000000001\n")
        .getBytes(java.nio.charset.StandardCharsets.UTF_8)), "egdi-2012.csv");
    // in row order EGDI, OSI, HCI, TII, EPI: 1e-11 away from 0.50991 is not noise, 1e-17 is
    assertThat(report.observations()).extracting(o -> o.getScore().orElseThrow().toPlainString())
        .containsExactly("0.509911", "0.50991", "0.123456789", "0.5", "0.50991000001");
    assertThat(report.restoredCells()).extracting(RestoredCell::written)
        .containsExactly("0.50991000000000001", "0.5000000000000001");
  }

  @Test
  void uzbekistansSeriesFrom2010To2018AsThePressReleaseHasIt() throws IOException {
    List<IndexObservation> all = extractsReader().readAll(unuTables()).stream()
        .flatMap(report -> report.observations().stream()).toList();
    IndexSeries series = IndexSeries.of(SurveyIndex.EGDI, CountryCode.UZB, all);
    assertThat(series.observations()).extracting(o -> o.getRank().getAsInt()).containsExactly(87, 91, 100, 80, 81);
    assertThat(series.rankChange(2014, 2016)).map(Object::toString).contains("100 → 80 (+20)");
  }

  @Test
  void theUnDataCentersExportIsRecognisedAndNamesMappedToCodes() throws IOException {
    ImportReport report = readExtract("un/EGOV_DATA_2022.csv");
    assertThat(report.layout()).contains(SurveyLayout.UN_DATA_CENTER);
    assertThat(report.editions()).containsExactly(2022);
    assertThat(report.numberAssessed(2022, SurveyIndex.EGDI)).isEqualTo(193);
    assertThat(report.countryNames()).containsExactly(
        java.util.Map.entry(CountryCode.KOR, "Republic of Korea"), java.util.Map.entry(CountryCode.UZB, "Uzbekistan"),
        java.util.Map.entry(CountryCode.of("ISL"), "Iceland"), java.util.Map.entry(CountryCode.of("SWE"), "Sweden"),
        java.util.Map.entry(CountryCode.of("GEO"), "Georgia (Country)"), java.util.Map.entry(CountryCode.of("TUR"), "Türkiye"),
        java.util.Map.entry(CountryCode.of("MKD"), "North Macedonia"), java.util.Map.entry(SSD, "South Sudan"));
    assertThat(find(report, 2022, SurveyIndex.EGDI, "UZB").getScore()).contains(new BigDecimal("0.72650"));
    assertThat(find(report, 2022, SurveyIndex.EPI, "SSD").getScore()).contains(new BigDecimal("0.00000"));
    assertThat(report.restoredCells()).isEmpty();
  }

  @Test
  void theRanksOfAWholeEditionCheckAgainstItsRows() throws IOException {
    // Uzbekistan's rank 69 exceeds the eight rows of the extract; the caller gives the edition's count
    assertThatThrownBy(() -> SurveyTableReader.failFast().read(fixture("un/EGOV_DATA_2022.csv")))
        .isInstanceOf(SurveyImportException.class)
        .hasMessageStartingWith("EGOV_DATA_2022.csv, line 3, column 3 (E-Government Rank): rank 69 exceeds the 8"
            + " countries assessed in edition 2022");
    assertThat(SurveyTableReader.collectingProblems().read(fixture("un/EGOV_DATA_2022.csv")).problems())
        .extracting(ImportProblem::line).containsExactly(3, 6, 7, 8, 9); // ranks 69, 60, 48, 80, 193
  }

  @Test
  void tiesInTheUnLayoutAreKept() throws IOException {
    ImportReport report = readExtract("un/EGOV_DATA_2022.csv");
    assertThat(report.observations(SurveyIndex.EGDI)).filteredOn(o -> o.getRank().getAsInt() == 5)
        .extracting(o -> o.getCountry().alpha3()).containsExactlyInAnyOrder("ISL", "SWE");
    assertThat(EditionRanking.of(SurveyIndex.EGDI, 2022, report.observations()).countriesAt(2))
        .containsExactlyInAnyOrder(CountryCode.of("ISL"), CountryCode.of("SWE"));
  }

  @Test
  void twoEditionsInOneFileInAnyOrderWithRenamedCountries() throws IOException {
    ImportReport report = readExtract("un/EGOV_DATA_2018_2022.csv");
    assertThat(report.isClean()).isTrue();
    assertThat(report.editions()).containsExactly(2018, 2022);
    assertThat(find(report, 2018, SurveyIndex.EGDI, "MKD").getRank()).hasValue(79);
    assertThat(find(report, 2022, SurveyIndex.EGDI, "MKD").getRank()).hasValue(80);
    assertThat(find(report, 2018, SurveyIndex.EGDI, "TUR").getRank()).hasValue(53);
    assertThat(find(report, 2022, SurveyIndex.EGDI, "TUR").getRank()).hasValue(48);
    // the latest edition's name
    assertThat(report.countryNames()).containsEntry(CountryCode.of("MKD"), "North Macedonia")
        .containsEntry(CountryCode.of("TUR"), "Türkiye");
    IndexSeries uzbekistan = IndexSeries.of(SurveyIndex.EGDI, CountryCode.UZB, report.observations());
    assertThat(uzbekistan.rankChange(2018, 2022)).map(Object::toString).contains("81 → 69 (+12)");
  }

  @Test
  void bothLayoutsReadTogetherGiveOneSeries() throws IOException {
    List<Path> files = new java.util.ArrayList<>(unuTables());
    files.add(fixture("un/EGOV_DATA_2022.csv"));
    List<ImportReport> reports = extractsReader().readAll(files);
    List<IndexObservation> all = reports.stream().flatMap(report -> report.observations().stream()).toList();
    IndexSeries series = IndexSeries.of(SurveyIndex.EGDI, CountryCode.UZB, all);
    assertThat(series.editions()).containsExactly(2010, 2012, 2014, 2016, 2018, 2022);
    assertThat(series.rankChange(2018, 2022)).map(Object::toString).contains("81 → 69 (+12)");
  }

  @Test
  void anUnknownNameIsLocatedAndTheClosestKnownNamesSuggested() throws IOException {
    ImportReport report = SurveyTableReader.collectingProblems().withNumberAssessed(2022, 193)
        .read(fixture("un/unknown-name.csv"));
    assertThat(report.problems()).singleElement().hasToString(
        "unknown-name.csv, line 3, column 2 (Country Name): unknown country name 'Republic of Corea' (survey country"
            + " names edition 2026-12): closest known 'Republic of Korea',"
            + " 'Republic of Cuba', 'Republic of Chad'; a name the table lacks can be added to the reader");
    assertThat(report.problems().get(0).kind()).isEqualTo(ImportProblem.Kind.COUNTRY);
    assertThat(report.problems().get(0).value()).contains("Republic of Corea");
    ImportReport mapped = SurveyTableReader.failFast().withNumberAssessed(2022, 193)
        .withCountryName("Republic of Corea", CountryCode.KOR).read(fixture("un/unknown-name.csv"));
    assertThat(find(mapped, 2022, SurveyIndex.EGDI, "KOR").getRank()).hasValue(3);
  }

  @Test
  void theSameCountryAndEditionTwiceNamesBothPlaces() throws IOException {
    ImportReport report = SurveyTableReader.collectingProblems().withNumberAssessed(2022, 193)
        .read(fixture("un/duplicate.csv"));
    assertThat(report.problems()).singleElement().hasToString(
        "duplicate.csv, line 4, column 2 (Country Name): country UZB is listed twice for edition 2022: first on line 2");
    assertThat(report.problems().get(0).kind()).isEqualTo(ImportProblem.Kind.DUPLICATE);
    List<ImportReport> twoFiles = SurveyTableReader.collectingProblems().withNumberAssessed(2022, 193)
        .withNumberAssessed(2018, 193)
        .readAll(List.of(fixture("un/EGOV_DATA_2022.csv"), fixture("un/EGOV_DATA_2018_2022.csv")));
    assertThat(twoFiles.get(0).isClean()).isTrue();
    assertThat(twoFiles.get(1).problems()).hasSize(6).first().hasToString(
        "EGOV_DATA_2018_2022.csv, line 2, column 2 (Country Name): country MKD is listed twice for edition 2022:"
            + " first in EGOV_DATA_2022.csv, line 8");
  }

  @Test
  void aHeaderInNeitherLayoutNamesBoth() throws IOException {
    ImportReport report = SurveyTableReader.collectingProblems().read(fixture("un/wrong-header.csv"));
    assertThat(report.problems()).singleElement().hasToString(
        "wrong-header.csv, line 1, column 3 (E-Government Rank): header has 'E-Gov Rank' where 'E-Government Rank' is"
            + " expected in the UN Data Center's export: expected " + String.join(",", SurveyLayout.UN_DATA_CENTER.columns()));
    assertThat(report.observations()).isEmpty();
    assertThat(report.problems().get(0).kind()).isEqualTo(ImportProblem.Kind.HEADER);
    ImportProblem neither = SurveyTableReader.collectingProblems()
        .read(new java.io.ByteArrayInputStream("Year,Country,Rank\n".getBytes(java.nio.charset.StandardCharsets.UTF_8)),
            "x.csv").problems().get(0);
    assertThat(neither.message()).startsWith("header 'Year,Country,Rank' is in neither survey layout: expected "
        + String.join(",", SurveyTableReader.COLUMNS) + " (UNU-EGOV's compilation) or Survey Year,");
  }

  @Test
  void aUnuTableWhoseNameGivesNoEditionIsAProblemAUnTableNeedsNone() throws IOException {
    String header = String.join(",", SurveyTableReader.COLUMNS) + "\n";
    assertThatThrownBy(() -> SurveyTableReader.failFast().read(new java.io.ByteArrayInputStream(
        (header + "UZB,Uzbekistan,1,0.5,0.5,0.5,0.5,0.5\n").getBytes(java.nio.charset.StandardCharsets.UTF_8)), "survey.csv"))
        .isInstanceOf(SurveyImportException.class)
        .hasMessageContaining("'survey.csv' holds no single four-digit survey year");
    try (InputStream in = SurveyFixturesTest.class.getResourceAsStream("/survey/un/EGOV_DATA_2022.csv")) {
      assertThat(extractsReader().read(in, "export.csv").editions()).containsExactly(2022);
    }
  }

  @Test
  void aSurveyYearThatIsNotAYearOrDisagreesWithTheCaller() throws IOException {
    String header = String.join(",", SurveyLayout.UN_DATA_CENTER.columns()) + "\n";
    String rows = "20x2,Uzbekistan,1,0.5,0.5,0.5,0.5,0.5\n2020,Iceland,1,0.5,0.5,0.5,0.5,0.5\n";
    ImportReport report = SurveyTableReader.collectingProblems().read(new java.io.ByteArrayInputStream(
        (header + rows).getBytes(java.nio.charset.StandardCharsets.UTF_8)), "export.csv", 2022);
    assertThat(report.problems()).extracting(ImportProblem::toString).containsExactly(
        "export.csv, line 2, column 1 (Survey Year): survey year '20x2' is not a survey year: expected a year from 2001"
            + " to 9999, such as 2022",
        "export.csv, line 3, column 1 (Survey Year): survey year 2020 differs from the edition 2022 given for this table");
  }
}

package org.egovcoop.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.egovcoop.survey.IndexObservation;
import org.egovcoop.survey.SurveyIndex;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Tables with one defect each, written to a temporary directory. Their rows are real rows of
 * UNU-EGOV's {@code egdi-2016.csv} (Korea, Uzbekistan, Afghanistan, Côte d'Ivoire) and of
 * {@code egdi-2010.csv} (Korea), each defect one cell altered, as the test names it. The tables
 * hold a few countries of an edition that assessed 193, so the readers are given that number.
 */
class BrokenTablesTest {

  private static final String HEADER = "country-code,country-name,e-gov-rank,e-gov-index,e-pat-index,osi,hci,tii\n";
  private static final String KOR = row("KOR,Republic of Korea,3,0.89149,0.9661,0.9420299999999999,0.8794700000000001,0.85296");
  private static final String UZB = row("UZB,Uzbekistan,80,0.54335,0.67797,0.6884100000000001,0.69535,0.2463");
  private static final String AFG = row("AFG,Afghanistan,171,0.23131999999999997,0.42373,0.30435,0.28304,0.10658");
  private static final String KOR_2010 = row("KOR,Republic of Korea,1.0,0.87854,1.0,1.0,0.99293,0.63902");

  private static String row(String cells) {
    return cells + "\n";
  }

  /** A real row with its cell at a column (1-based) replaced. */
  private static String altered(String row, int column, String cell) {
    String[] cells = row.strip().split(",", -1);
    cells[column - 1] = cell;
    return String.join(",", cells) + "\n";
  }

  private static SurveyTableReader collecting() {
    return SurveyTableReader.collectingProblems().withNumberAssessed(2016, 193);
  }

  private static SurveyTableReader failing() {
    return SurveyTableReader.failFast().withNumberAssessed(2016, 193);
  }

  @TempDir
  Path dir;

  private Path table(String name, String content) throws IOException {
    return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
  }

  private ImportReport collect(String content) throws IOException {
    return collecting().read(table("egdi-2016.csv", content));
  }

  private static ImportProblem only(ImportReport report) {
    assertThat(report.problems()).hasSize(1);
    return report.problems().get(0);
  }

  @Test
  void aRankThatIsNotANumberNamesFileLineAndColumn() throws IOException {
    ImportProblem problem = only(collect(HEADER + KOR + altered(UZB, 3, "abc")));
    assertThat(problem.source()).isEqualTo("egdi-2016.csv");
    assertThat(problem.line()).isEqualTo(3);
    assertThat(problem.columnNumber()).hasValue(3);
    assertThat(problem.columnName()).contains("e-gov-rank");
    assertThat(problem.value()).contains("abc");
    assertThat(problem).hasToString("egdi-2016.csv, line 3, column 3 (e-gov-rank): rank 'abc' is not a number");
  }

  @Test
  void aRankWithAFractionIsAProblemButADecimalWholeNumberIsNot() throws IOException {
    ImportReport report = collect(HEADER + altered(KOR, 3, "3.0") + altered(UZB, 3, "80.5"));
    assertThat(only(report)).hasToString("egdi-2016.csv, line 3, column 3 (e-gov-rank): rank '80.5' is not a whole number");
    assertThat(report.observations(SurveyIndex.EGDI)).singleElement()
        .satisfies(o -> assertThat(o.getRank()).hasValue(3));
  }

  @Test
  void anUnknownCountryCode() throws IOException {
    ImportProblem problem = only(collect(HEADER + KOR + altered(UZB, 1, "XYZ")));
    assertThat(problem.line()).isEqualTo(3);
    assertThat(problem.columnName()).contains("country-code");
    assertThat(problem.message()).startsWith("unknown country code 'XYZ'");
  }

  @Test
  void aCountryListedTwice() throws IOException {
    ImportProblem problem = only(collect(HEADER + KOR + UZB + KOR));
    assertThat(problem.line()).isEqualTo(4);
    assertThat(problem.message()).isEqualTo("country KOR is listed twice for edition 2016: first on line 2");
  }

  @Test
  void aScoreAboveOneNamesItsIndexColumn() throws IOException {
    ImportProblem problem = only(collect(HEADER + KOR + altered(UZB, 6, "1.2")));
    assertThat(problem).hasToString("egdi-2016.csv, line 3, column 6 (osi): osi score '1.2' lies outside 0 to 1");
  }

  @Test
  void aScoreThatIsNotANumber() throws IOException {
    ImportProblem problem = only(collect(HEADER + KOR + altered(UZB, 5, "n/a")));
    assertThat(problem).hasToString("egdi-2016.csv, line 3, column 5 (e-pat-index): score 'n/a' is not a number");
  }

  @Test
  void aRankBelowOneBreaksTheModelsInvariant() throws IOException {
    ImportProblem problem = only(collect(HEADER + KOR + altered(UZB, 3, "0")));
    assertThat(problem.columnName()).contains("e-gov-rank");
    assertThat(problem.message()).isEqualTo("rank 0 is below 1");
  }

  @Test
  void aRankAboveTheNumberAssessed() throws IOException {
    ImportProblem problem = only(collect(HEADER + KOR + altered(UZB, 3, "194")));
    assertThat(problem).hasToString(
        "egdi-2016.csv, line 3, column 3 (e-gov-rank): rank 194 exceeds the 193 countries assessed in edition 2016 (the"
            + " number given)");
    assertThat(problem.kind()).isEqualTo(ImportProblem.Kind.RANK_ABOVE_ASSESSED);
    // counted, not given: the countries with values in the tables read
    ImportProblem counted = only(SurveyTableReader.collectingProblems().read(table("egdi-2016.csv", HEADER + KOR)));
    assertThat(counted).hasToString(
        "egdi-2016.csv, line 2, column 3 (e-gov-rank): rank 3 exceeds the 1 countries assessed in edition 2016 (those"
            + " with EGDI values in the tables read; a table of part of an edition needs the number the edition assessed)");
  }

  @Test
  void aWrongHeaderNamesTheColumn() throws IOException {
    ImportReport report = collect(HEADER.replace("e-gov-index", "egdi") + KOR);
    ImportProblem problem = only(report);
    assertThat(problem.line()).isEqualTo(1);
    assertThat(problem.columnNumber()).hasValue(4);
    assertThat(problem.columnName()).contains("e-gov-index");
    assertThat(problem.value()).contains("egdi");
    assertThat(problem.message()).startsWith("header has 'egdi' where 'e-gov-index' is expected");
    assertThat(report.observations()).isEmpty();
  }

  @Test
  void aHeaderWithTooFewOrTooManyColumns() throws IOException {
    assertThat(only(collect("country-code,country-name,e-gov-rank\n" + KOR)).message())
        .startsWith("header lacks column 'e-gov-index'");
    assertThat(only(collect(HEADER.replace("tii", "tii,extra") + KOR)).message())
        .startsWith("header has 9 columns, 'extra' and after are not in the survey layout");
  }

  @Test
  void rowsWithTheWrongNumberOfCells() throws IOException {
    String content = HEADER + "KOR,Republic of Korea,3\n" + UZB + AFG.strip() + ",extra\n";
    // a row of the wrong shape has no values that can be told apart, so it counts in no total
    assertThat(SurveyTableReader.collectingProblems().read(table("egdi-2016.csv", content))
        .numberAssessed(2016, SurveyIndex.EGDI)).isEqualTo(1);
    ImportReport report = collect(content);
    assertThat(report.problems()).extracting(ImportProblem::toString).containsExactly(
        "egdi-2016.csv, line 2: row has 3 cells, expected 8 (country-code,country-name,e-gov-rank,e-gov-index,e-pat-index,osi,hci,tii)",
        "egdi-2016.csv, line 4: row has 9 cells, expected 8 (country-code,country-name,e-gov-rank,e-gov-index,e-pat-index,osi,hci,tii)");
    assertThat(report.numberAssessed(2016, SurveyIndex.EGDI)).isEqualTo(193);
    assertThat(report.observations()).extracting(o -> o.getCountry().alpha3()).containsOnly("UZB");
  }

  @Test
  void unparseableCsvStopsTheTableAndYieldsNoObservations() throws IOException {
    ImportReport report = collect(HEADER + KOR + altered(UZB, 2, "\"Uzbekistan") + "AFG,Afghanistan\n");
    ImportProblem problem = only(report);
    assertThat(problem.line()).isEqualTo(3);
    assertThat(problem.message()).startsWith("unreadable CSV: Missing closing quote");
    assertThat(report.observations()).isEmpty();
    assertThat(report.numberAssessed(2016, SurveyIndex.EGDI)).isZero();
    assertThat(report.editions()).isEmpty();
  }

  @Test
  void bytesThatAreNotUtf8AreAProblemNotAnIoError() throws IOException {
    byte[] latin1 = (HEADER + KOR + "CIV,C\u00f4te d'Ivoire,175,0.21845,0.15254,0.18841,0.29589,0.17107\n")
        .getBytes(StandardCharsets.ISO_8859_1);
    ImportReport report = collecting().read(new ByteArrayInputStream(latin1), "egdi-2016.csv");
    ImportProblem problem = only(report);
    assertThat(problem.kind()).isEqualTo(ImportProblem.Kind.UNREADABLE_CSV);
    assertThat(problem).hasToString("egdi-2016.csv, line 3: unreadable CSV: the bytes are not UTF-8 text (a survey table"
        + " is UTF-8, with or without a byte-order mark)");
    assertThat(report.observations()).isEmpty();
    assertThatThrownBy(() -> failing().read(new ByteArrayInputStream(latin1), "egdi-2016.csv"))
        .isInstanceOf(SurveyImportException.class);
  }

  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.ValueSource(strings = {"UTF-16", "UTF-16LE", "UTF-32BE", "UTF-32LE"})
  void aTableInAnotherEncodingIsOneProblemNotAGuess(String encoding) throws IOException {
    byte[] bytes = (HEADER + KOR).getBytes(java.nio.charset.Charset.forName(encoding));
    ImportReport report = SurveyTableReader.collectingProblems().read(new ByteArrayInputStream(bytes), "egdi-2016.csv");
    assertThat(report.problems()).hasSize(1);
    assertThat(report.observations()).isEmpty();
  }

  @Test
  void ucs4InAnUnusualByteOrderIsAProblemNotAnIoError() throws IOException {
    // the bytes of "<" in UCS-4 of byte order 3412, which the parser's own detection refuses with an IOException
    byte[] bytes = {0, 0, 0x3c, 0, 0, 0, 0x3c, 0};
    ImportReport report = SurveyTableReader.collectingProblems().read(new ByteArrayInputStream(bytes), "egdi-2016.csv");
    assertThat(report.problems()).hasSize(1);
  }

  @Test
  void hugeExponentsAreRefusedByTheModelsBoundsNotByAnArithmeticException() throws IOException {
    ImportReport report = collect(HEADER + KOR
        + altered(altered(UZB, 3, "1e999999999"), 5, "0.01428000001e-1200000001"));
    assertThat(report.problems()).extracting(ImportProblem::toString).containsExactly(
        "egdi-2016.csv, line 3, column 3 (e-gov-rank): rank '1e999999999' is out of range: expected a whole number from 1",
        "egdi-2016.csv, line 3, column 5 (e-pat-index): epi score 1.428000001E-1200000003 is out of bounds: at most 38"
            + " significant digits and a scale within ±38 (precision 10, scale 1200000012)");
  }

  @Test
  void anEmptyFile() throws IOException {
    assertThat(only(collect(""))).hasToString(
        "egdi-2016.csv, line 1: empty file: expected the header of country-code,country-name,e-gov-rank,e-gov-index,"
            + "e-pat-index,osi,hci,tii (UNU-EGOV's compilation) or Survey Year,Country Name,E-Government Rank,"
            + "E-Government Index,E-Participation Index,Online Service Index,Human Capital Index,"
            + "Telecommunication Infrastructure Index (the UN Data Center's export)");
  }

  @Test
  void collectingReportsEveryProblemInLineOrderAndKeepsTheGoodRows() throws IOException {
    String content = HEADER + altered(KOR, 1, "XYZ") + UZB + altered(altered(AFG, 3, "abc"), 6, "7");
    ImportReport report = collect(content);
    assertThat(report.problems()).extracting(p -> p.line() + ":" + p.columnName().orElse(""))
        .containsExactly("2:country-code", "4:e-gov-rank", "4:osi");
    assertThat(report.observations()).hasSize(5).allSatisfy(o -> assertThat(o.getCountry().alpha3()).isEqualTo("UZB"));
    assertThat(report.countryNames()).containsExactly(java.util.Map.entry(org.egovcoop.geo.CountryCode.UZB, "Uzbekistan"));
    // the rows with problems have values, so they count among the countries assessed
    assertThat(SurveyTableReader.collectingProblems().read(table("egdi-2016.csv", content))
        .numberAssessed(2016, SurveyIndex.EGDI)).isEqualTo(3);
    assertThat(report.isClean()).isFalse();
  }

  @Test
  void failFastThrowsTheFirstProblem() throws IOException {
    Path file = table("egdi-2016.csv", HEADER + KOR + altered(AFG, 3, "abc") + altered(UZB, 1, "XYZ"));
    assertThatThrownBy(() -> failing().read(file))
        .isInstanceOfSatisfying(SurveyImportException.class, e -> assertThat(e.problem().line()).isEqualTo(3))
        .hasMessage("egdi-2016.csv, line 3, column 3 (e-gov-rank): rank 'abc' is not a number");
  }

  @Test
  void aByteOrderMarkCrlfLineEndsAndBlankLinesAreFine() throws IOException {
    byte[] bytes = ("\uFEFF" + HEADER + KOR + "\n" + UZB).replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8);
    ImportReport report = failing().read(new ByteArrayInputStream(bytes), "bom.csv", 2016);
    assertThat(report.observations(SurveyIndex.EGDI)).extracting(o -> o.getRank().getAsInt()).containsExactly(3, 80);
    // counted: the two rows, the blank line is none
    assertThat(SurveyTableReader.collectingProblems().read(new ByteArrayInputStream(bytes), "bom.csv", 2016)
        .numberAssessed(2016, SurveyIndex.EGDI)).isEqualTo(2);
  }

  @Test
  void aRowWithNoValuesIsListedNotAssessed() throws IOException {
    ImportReport report = SurveyTableReader.failFast().read(table("egdi-2010.csv", HEADER + KOR_2010 + "SSD,South Sudan,,,,,,\n"));
    assertThat(report.observations()).extracting(o -> o.getCountry().alpha3()).containsOnly("KOR");
    assertThat(report.observations()).extracting(IndexObservation::getEdition).containsOnly(2010);
    assertThat(report.unassessed(2010)).containsExactly(org.egovcoop.geo.CountryCode.of("SSD"));
    assertThat(report.countryNames()).containsEntry(org.egovcoop.geo.CountryCode.of("SSD"), "South Sudan");
    for (SurveyIndex index : SurveyIndex.values()) {
      assertThat(report.numberAssessed(2010, index)).as("%s", index).isEqualTo(1);
    }
  }

  @Test
  void theEditionComesFromTheFileNameOrTheCaller() throws IOException {
    assertThat(SurveyTableReader.editionOf("egdi-2016.csv")).isEqualTo(2016);
    assertThat(SurveyTableReader.editionOf("un-survey-2018-final.csv")).isEqualTo(2018);
    assertThatThrownBy(() -> SurveyTableReader.editionOf("survey.csv"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'survey.csv'");
    assertThatThrownBy(() -> SurveyTableReader.editionOf("egdi-2016-vs-2018.csv"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("more than one");
    assertThatThrownBy(() -> SurveyTableReader.editionOf("egdi-1999.csv"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1999");
    Path unnamed = table("survey.csv", HEADER + KOR);
    assertThat(SurveyTableReader.failFast().withNumberAssessed(2012, 193).read(unnamed, 2012).observations()).extracting(IndexObservation::getEdition)
        .containsOnly(2012);
  }

  @Test
  void aMissingFileIsAnIoError() {
    assertThatThrownBy(() -> SurveyTableReader.failFast().read(dir.resolve("egdi-2016.csv")))
        .isInstanceOf(NoSuchFileException.class);
  }
}

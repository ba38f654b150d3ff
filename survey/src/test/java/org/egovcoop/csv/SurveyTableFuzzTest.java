package org.egovcoop.csv;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The survey importer's contract, for any bytes in either layout: a collecting reader returns a
 * report, never an exception; every observation it returns keeps the model's rules; every problem
 * is located and fits one line; a fail-fast reader throws exactly the collecting reader's first
 * problem, or returns the same observations when there is none.
 *
 * <p>In {@code ./mvnw verify} these run in Jazzer's regression mode over the committed inputs
 * ({@code src/test/resources/org/egovcoop/csv/SurveyTableFuzzTestInputs/<method>/}). A campaign of
 * one method, from the project's directory: {@code JAZZER_FUZZ=1 ./mvnw -o -pl serialization -am
 * test-compile surefire:test@default-test -Dtest='SurveyTableFuzzTest#unuRows'
 * -Dsurefire.failIfNoSpecifiedTests=false} ({@code docs/fuzzing.md}).
 */
class SurveyTableFuzzTest {

  private static final byte[] UNU_HEADER =
      (String.join(",", SurveyLayout.UNU_EGOV_COMPILATION.columns()) + "\n").getBytes(StandardCharsets.UTF_8);
  private static final byte[] UN_HEADER =
      (String.join(",", SurveyLayout.UN_DATA_CENTER.columns()) + "\n").getBytes(StandardCharsets.UTF_8);

  /** Any bytes as a whole table: the header too is fuzzed. */
  @FuzzTest(maxDuration = "2m")
  void anyTable(byte[] table) throws IOException {
    holdsTheContract(table);
  }

  /** Rows under the header of UNU-EGOV's compilation, so that the fuzzer reaches the cells. */
  @FuzzTest(maxDuration = "2m")
  void unuRows(byte[] rows) throws IOException {
    holdsTheContract(concat(UNU_HEADER, rows));
  }

  /** Rows under the header of the UN Data Center's export: years, names, two editions. */
  @FuzzTest(maxDuration = "2m")
  void unDataCenterRows(byte[] rows) throws IOException {
    holdsTheContract(concat(UN_HEADER, rows));
  }

  private static void holdsTheContract(byte[] table) throws IOException {
    ImportReport report = SurveyTableReader.collectingProblems().read(new ByteArrayInputStream(table), "egdi-2016.csv");
    assertThat(report.observations()).allSatisfy(o -> {
      assertThat(o.rankIsWithinAssessed()).as("%s", o).isTrue();
      assertThat(o.scoreIsWithinRange()).as("%s", o).isTrue();
      assertThat(o.getNumberAssessed()).isEqualTo(report.numberAssessed(o.getEdition(), o.getIndex()));
    });
    // a restored cell is a decimal of at most five places, within the noise of what was written
    assertThat(report.restoredCells()).allSatisfy(cell -> {
      assertThat(cell.value().scale()).isBetween(1, 5);
      assertThat(new java.math.BigDecimal(cell.written()).subtract(cell.value()).abs())
          .isLessThanOrEqualTo(new java.math.BigDecimal("1e-12"));
    });
    for (ImportProblem problem : report.problems()) {
      assertThat(problem.line()).isPositive();
      assertThat(problem.toString()).doesNotContain("\n", "\r");
      assertThat(problem.message()).isNotBlank();
    }
    List<ImportProblem> problems = report.problems();
    try {
      ImportReport strict = SurveyTableReader.failFast().read(new ByteArrayInputStream(table), "egdi-2016.csv");
      assertThat(problems).isEmpty();
      assertThat(strict.observations()).isEqualTo(report.observations());
    } catch (SurveyImportException e) {
      assertThat(problems).isNotEmpty();
      assertThat(e.problem()).isEqualTo(problems.get(0));
    }
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] both = new byte[a.length + b.length];
    System.arraycopy(a, 0, both, 0, a.length);
    System.arraycopy(b, 0, both, a.length, b.length);
    return both;
  }
}

package org.egovcoop.benchmarks.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GrowthReportTest {

  private static JmhResult time(String benchmark, int agreements, double ms, double error) {
    return new JmhResult(benchmark, Map.of("agreements", String.valueOf(agreements)), "avgt", ms, error, "ms/op",
        "3 x 2 s warm-up", "17");
  }

  @Test
  void theExponentIsTheLogOfTheTimeRatioOverTheLogOfTheSizeRatio() {
    List<GrowthReport.Growth> growths = GrowthReport.growths(List.of(
        // out of order on purpose: sizes are sorted
        time("ScaleBenchmark.linear", 10_000, 10.0, 0.5),
        time("ScaleBenchmark.linear", 1_000, 1.0, 0.05),
        time("ScaleBenchmark.quadratic", 1_000, 1.0, 0.0),
        time("ScaleBenchmark.quadratic", 10_000, 100.0, 0.0)));
    assertThat(growths).extracting(GrowthReport.Growth::operation, GrowthReport.Growth::from, GrowthReport.Growth::to)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("ScaleBenchmark.linear", 1_000, 10_000),
            org.assertj.core.groups.Tuple.tuple("ScaleBenchmark.quadratic", 1_000, 10_000));
    GrowthReport.Growth linear = growths.get(0);
    assertThat(linear.exponent().value()).isCloseTo(1.0, within(1e-12));
    assertThat(linear.exponent().error()).isCloseTo(Math.sqrt(2 * 0.05 * 0.05) / Math.log(10), within(1e-12));
    assertThat(linear.exponent().verdict()).isEqualTo("met");
    assertThat(linear.beyondBaseline()).as("no readEach was measured").isEmpty();
    assertThat(growths.get(1).exponent().value()).isCloseTo(2.0, within(1e-12));
    assertThat(growths.get(1).exponent().verdict()).isEqualTo("missed");
  }

  @Test
  void anIntervalAcrossTheTargetIsNeitherMetNorMissed() {
    GrowthReport.Growth growth = GrowthReport.growths(List.of(
        time("ScaleBenchmark.x", 1_000, 1.0, 0.2), time("ScaleBenchmark.x", 10_000, 12.0, 2.4))).get(0);
    assertThat(growth.exponent().value()).isCloseTo(Math.log(12) / Math.log(10), within(1e-12));
    assertThat(growth.exponent().verdict()).isEqualTo("within error of the target");
  }

  @Test
  void theGrowthBeyondTheBaselineDividesOutWhatTheLoopThatReadsEachElementPays() {
    List<GrowthReport.Growth> growths = GrowthReport.growths(List.of(
        time("ScaleBenchmark.readEach", 1_000, 1.0, 0.01), time("ScaleBenchmark.readEach", 10_000, 20.0, 0.2),
        time("ScaleBenchmark.sort", 1_000, 2.0, 0.02), time("ScaleBenchmark.sort", 10_000, 50.0, 0.5),
        time("OtherBenchmark.sort", 1_000, 2.0, 0.02), time("OtherBenchmark.sort", 10_000, 50.0, 0.5)));
    GrowthReport.Growth baseline = growths.get(0);
    assertThat(baseline.operation()).isEqualTo("ScaleBenchmark.readEach");
    assertThat(baseline.exponent().value()).isCloseTo(Math.log(20) / Math.log(10), within(1e-12));
    assertThat(baseline.beyondBaseline()).as("the baseline is not measured against itself").isEmpty();
    GrowthReport.Growth sort = growths.get(1);
    assertThat(sort.exponent().value()).isCloseTo(Math.log(25) / Math.log(10), within(1e-12));
    assertThat(sort.exponent().verdict()).isEqualTo("missed");
    GrowthReport.Exponent beyond = sort.beyondBaseline().orElseThrow();
    assertThat(beyond.value()).isCloseTo(1 + Math.log(25.0 / 20.0) / Math.log(10), within(1e-12));
    assertThat(beyond.error()).isCloseTo(Math.sqrt(4 * 0.01 * 0.01) / Math.log(10), within(1e-12));
    assertThat(beyond.verdict()).isEqualTo("met");
    assertThat(growths.get(2).beyondBaseline()).as("another benchmark has no readEach").isEmpty();
  }

  @Test
  void theSectionListsEveryGrowthAndThroughputsAreRefused() {
    String section = GrowthReport.render(List.of(
        time("ScaleBenchmark.lineageOrder", 1_000, 0.5, 0.01), time("ScaleBenchmark.lineageOrder", 10_000, 5.5, 0.1)));
    assertThat(section).contains("## Growth with size")
        .contains("| ScaleBenchmark.lineageOrder | 1,000 → 10,000 | 0.500 → 5.500 | 1.04 ± 0.01 | met | — | — |");
    assertThat(GrowthReport.render(List.of())).isEmpty();
    assertThatThrownBy(() -> GrowthReport.growths(List.of(new JmhResult("ScaleBenchmark.x",
        Map.of("agreements", "1"), "thrpt", 1, 0, "ops/s", "", ""))))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("throughput");
    assertThatThrownBy(() -> GrowthReport.growths(List.of(new JmhResult("ScaleBenchmark.x",
        Map.of("agreements", "1", "seed", "2"), "avgt", 1, 0, "ms/op", "", ""))))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2 parameters");
  }
}

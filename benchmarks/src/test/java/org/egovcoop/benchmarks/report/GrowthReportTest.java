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
    assertThat(linear.exponent()).isCloseTo(1.0, within(1e-12));
    assertThat(linear.error()).isCloseTo(Math.sqrt(2 * 0.05 * 0.05) / Math.log(10), within(1e-12));
    assertThat(linear.verdict()).isEqualTo("met");
    assertThat(growths.get(1).exponent()).isCloseTo(2.0, within(1e-12));
    assertThat(growths.get(1).verdict()).isEqualTo("missed");
  }

  @Test
  void anIntervalAcrossTheTargetIsNeitherMetNorMissed() {
    GrowthReport.Growth growth = GrowthReport.growths(List.of(
        time("ScaleBenchmark.x", 1_000, 1.0, 0.2), time("ScaleBenchmark.x", 10_000, 12.0, 2.4))).get(0);
    assertThat(growth.exponent()).isCloseTo(Math.log(12) / Math.log(10), within(1e-12));
    assertThat(growth.verdict()).isEqualTo("within error of the target");
  }

  @Test
  void theSectionListsEveryGrowthAndThroughputsAreRefused() {
    String section = GrowthReport.render(List.of(
        time("ScaleBenchmark.lineageOrder", 1_000, 0.5, 0.01), time("ScaleBenchmark.lineageOrder", 10_000, 5.5, 0.1)));
    assertThat(section).contains("## Growth with size")
        .contains("| ScaleBenchmark.lineageOrder | 1,000 → 10,000 | 0.500 → 5.500 | 1.04 ± 0.01 | met |");
    assertThat(GrowthReport.render(List.of())).isEmpty();
    assertThatThrownBy(() -> GrowthReport.growths(List.of(new JmhResult("ScaleBenchmark.x",
        Map.of("agreements", "1"), "thrpt", 1, 0, "ops/s", "", ""))))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("throughput");
    assertThatThrownBy(() -> GrowthReport.growths(List.of(new JmhResult("ScaleBenchmark.x",
        Map.of("agreements", "1", "seed", "2"), "avgt", 1, 0, "ms/op", "", ""))))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2 parameters");
  }
}

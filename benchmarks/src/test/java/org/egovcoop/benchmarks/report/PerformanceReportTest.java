package org.egovcoop.benchmarks.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.egovcoop.benchmarks.data.BenchmarkData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;

class PerformanceReportTest {

  private static Path resource(String name) {
    try {
      return Path.of(PerformanceReportTest.class.getResource("/" + name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private static PerformanceReport report() {
    List<JmhResult> results = new ArrayList<>(JmhResult.read(resource("jmh-main.json")));
    results.addAll(JmhResult.read(resource("jmh-streaming.json")));
    return new PerformanceReport(results, Optional.of(JsonMapper.builder().build().readTree(resource("heap.json"))));
  }

  private static PerformanceReport.Ratio ratio(String numerator, String denominator) {
    return report().ratio(new PerformanceReport.Comparison("", numerator, denominator, "", 0)).orElseThrow();
  }

  @Test
  void readsJmhResultsWithTheirErrorsAndSettings() {
    List<JmhResult> results = JmhResult.read(resource("jmh-main.json"));
    assertThat(results).extracting(JmhResult::benchmark).startsWith("DecodeBenchmark.floor", "DecodeBenchmark.peer");
    JmhResult encode = results.stream().filter(r -> r.benchmark().equals("EncodeBenchmark.peer")).findFirst().orElseThrow();
    assertThat(encode.error()).isNaN();
    assertThat(encode.params()).isEqualTo(Map.of("observations", "10000"));
    assertThat(encode.settings()).isEqualTo(
        "5 x 2 s warm-up, 5 x 2 s measurement, 1 fork(s), 1 thread(s), JVM args -Xms2g -Xmx2g");
    assertThat(encode.jdk()).isEqualTo("17.0.15, OpenJDK 64-Bit Server VM 17.0.15+6-Debian-1deb12u1");
  }

  @Test
  void propagatesRelativeErrorsIntoRatios() {
    PerformanceReport.Ratio oursToPeer = ratio("DecodeBenchmark.ours", "DecodeBenchmark.peer");
    assertThat(oursToPeer.value()).isCloseTo(1.3, within(1e-9));
    assertThat(oursToPeer.error()).isCloseTo(1.3 * Math.sqrt(0.05 * 0.05 + 0.1 * 0.1), within(1e-9));
    assertThat(ratio("EncodeBenchmark.peer", "DecodeBenchmark.peer").error()).isNaN();
  }

  @Test
  void timesGiveSpeedRatiosTheOtherWayRound() {
    PerformanceReport.Ratio streaming = ratio("StreamingReadBenchmark.ours", "StreamingReadBenchmark.peer");
    assertThat(streaming.value()).isCloseTo(2.0, within(1e-9));
    assertThat(streaming.error()).isCloseTo(2.0 * Math.sqrt(2 * 0.05 * 0.05), within(1e-9));
  }

  @Test
  void aTargetIsMetOnlyIfItsWholeIntervalClearsIt() {
    assertThat(new PerformanceReport.Ratio(6.5, 0.7).verdict(">=", 5)).isEqualTo("met");
    assertThat(new PerformanceReport.Ratio(1.3, 0.15).verdict(">=", 1.2)).isEqualTo("within error of the target");
    assertThat(new PerformanceReport.Ratio(0.71, 0.05).verdict(">=", 1.0)).isEqualTo("missed");
    assertThat(new PerformanceReport.Ratio(0.56, 0).verdict("<=", 0.7)).isEqualTo("met");
    assertThat(new PerformanceReport.Ratio(0.75, 0).verdict("<=", 0.7)).isEqualTo("missed");
    assertThat(new PerformanceReport.Ratio(0.9, Double.NaN).verdict(">=", 1.0)).isEqualTo("missed (no error estimate)");
  }

  @Test
  void rendersEveryTargetAndSaysWhichWereNotMeasured() {
    String markdown = report().render(List.of("Phase 1: a note."), Map.of("Command", "`run.sh`"),
        Map.of("CPU", "Test CPU"), "2026-11-27 22:00 UTC");
    assertThat(markdown)
        .contains("> Phase 1: a note.")
        .contains("| Decode: ours (every guarantee) vs peer without validation | 1.30 ± 0.15 | >= 1.2 | within error of the target |")
        .contains("| Decode: ours vs peer with Hibernate Validator | 6.50 ± 0.73 | >= 5.0 | met |")
        .contains("| Encode: ours vs peer | — | >= 1.0 | not measured: `EncodeBenchmark.ours` not in this run |")
        .contains("| Retained heap per observation: ours vs peer (lower is better) | 0.57 ± 0.00 | <= 0.7 | met |")
        .contains("| CSV import of the five UN files: ours vs plain jackson-dataformat-csv | 0.71 ± 0.05 | >= 1.0 | missed |")
        .contains("| NDJSON stream of 1,000,000 observations in a 64 MB heap: ours vs peer | 2.00 ± 0.14 |")
        .contains("| Retained heap per observation: core values built without decoding vs peer (lower is better) | 0.45 ± 0.00 |")
        .contains("| DecodeBenchmark.peer | observations=10000 | thrpt | 200.000 ± 20.000 | ops/s | ")
        .contains("| EncodeBenchmark.peer | observations=10000 | thrpt | 500.000 ± ? | ops/s |")
        .contains("| peer-decoded | 176.9 | 186.2 | the peer's records |")
        .contains("- CPU: Test CPU")
        .contains("- Command: `run.sh`")
        .contains("- JMH settings of StreamingReadBenchmark.peer, StreamingReadBenchmark.ours: 5 x 2 s warm-up,"
            + " 5 x 2 s measurement, 1 fork(s), 1 thread(s), JVM args -Xms64m -Xmx64m");
    long bytes = BenchmarkData.arrayBytes(10_000).length;
    assertThat(markdown).contains(String.format(java.util.Locale.ROOT,
        "| DecodeBenchmark.floor | observations=10000 | thrpt | 400.000 ± 40.000 | ops/s | %.0f MB/s, 4.00 M observations/s |",
        400 * bytes / 1e6));
  }

  @Test
  void refusesAmbiguousOrIncomparableResults() {
    List<JmhResult> twice = new ArrayList<>(JmhResult.read(resource("jmh-main.json")));
    twice.addAll(JmhResult.read(resource("jmh-main.json")));
    assertThatThrownBy(() -> new PerformanceReport(twice, Optional.empty()))
        .hasMessageContaining("Two results for DecodeBenchmark.floor");
    assertThatThrownBy(() -> ratio("StreamingReadBenchmark.ours", "DecodeBenchmark.peer"))
        .hasMessageContaining("Cannot compare StreamingReadBenchmark.ours (avgt, ms/op) with DecodeBenchmark.peer (thrpt, ops/s)");
  }

  @Test
  void writesTheDocument(@TempDir Path dir) throws Exception {
    Path out = dir.resolve("docs/performance.md");
    PerformanceReport.main(new String[] {
        "--out", out.toString(), "--jmh", resource("jmh-main.json").toString(),
        "--heap", resource("heap.json").toString(), "--note", "smoke", "--load-before", "1.00 0.50 0.25"});
    assertThat(Files.readString(out)).startsWith("# Performance\n").contains("> smoke")
        .contains("- Load average (1, 5, 15 min) before the run: 1.00 0.50 0.25")
        .contains("- Cores available to the JVM: " + Runtime.getRuntime().availableProcessors());
  }
}

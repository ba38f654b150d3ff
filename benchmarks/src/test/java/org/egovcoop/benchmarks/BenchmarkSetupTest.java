package org.egovcoop.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.egovcoop.portfolio.Portfolio;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Runs every benchmark's setup, with its checks, on small data, so the build proves that each
 * contender still gives the right result; JMH itself never runs in the build.
 */
class BenchmarkSetupTest {

  @Test
  void decode() {
    DecodeBenchmark benchmark = new DecodeBenchmark();
    benchmark.observations = 1_000;
    benchmark.setUp();
    assertThat(benchmark.peer()).hasSize(1_000);
    assertThat(benchmark.ours()).hasSize(1_000);
  }

  @Test
  void brokenDocument() {
    BrokenDocumentBenchmark benchmark = new BrokenDocumentBenchmark();
    benchmark.problems = 10_000;
    benchmark.setUp();
    assertThat(benchmark.listed()).hasSize(101);
    assertThat(benchmark.allLocated()).hasSize(10_000);
  }

  @Test
  void jackson2() {
    Jackson2Benchmark benchmark = new Jackson2Benchmark();
    benchmark.observations = 1_000;
    benchmark.setUp();
    assertThat(benchmark.readObservationsJackson2()).hasSize(1_000).isEqualTo(benchmark.readObservationsEgovJson());
    assertThat(benchmark.writePortfolioJackson2()).isEqualTo(benchmark.writePortfolioEgovJson());
  }

  @Test
  void encode() {
    EncodeBenchmark benchmark = new EncodeBenchmark();
    benchmark.observations = 1_000;
    benchmark.setUp();
    assertThat(new String(benchmark.peer(), StandardCharsets.UTF_8)).startsWith("[{\"index\":\"egdi\"");
    assertThat(benchmark.ours()).isEqualTo(benchmark.peer());
  }

  /** Reads the real UN tables: runs in the shared-data variant of the build. */
  @Tag("shared-data")
  @Test
  void csvImport() {
    CsvImportBenchmark benchmark = new CsvImportBenchmark();
    benchmark.setUp();
    assertThat(benchmark.peer()).hasSize(SharedData.SURVEY_EDITIONS.size());
    assertThat(benchmark.ours()).hasSize(SharedData.SURVEY_EDITIONS.size()).allMatch(report -> report.isClean());
  }

  @Test
  void scaleAtItsSmallestSize() {
    ScaleBenchmark benchmark = new ScaleBenchmark();
    benchmark.agreements = 1_000;
    benchmark.setUp();
    ScaleBenchmark.FreshCopy fresh = new ScaleBenchmark.FreshCopy();
    fresh.copy(benchmark);
    assertThat(benchmark.lineageOrder(fresh)).hasSize(1_000);
    fresh.copy(benchmark);
    assertThat(benchmark.inForce(fresh)).isNotEmpty();
    fresh.copy(benchmark);
    assertThat(benchmark.lineageOf(fresh)).last().extracting(a -> a.getId()).isNotNull();
    assertThat(benchmark.validate()).isEmpty();
    assertThat(benchmark.timeline().entries()).isNotEmpty();
    assertThat(benchmark.decode()).isEqualTo(benchmark.copy());
    Portfolio portfolio = benchmark.copy();
    long everyHash = portfolio.getAgreements().stream()
        .mapToLong(a -> (long) a.getId().hashCode() + a.getSignedOn().map(d -> d.hashCode()).orElse(0)
            + a.getRelations().stream().mapToLong(r -> r.getTargetId().hashCode()).sum())
        .sum()
        + portfolio.getActivities().stream()
            .mapToLong(a -> (long) a.getId().hashCode() + a.getAgreementIds().stream().mapToLong(String::hashCode).sum())
            .sum();
    assertThat(benchmark.readEach()).isEqualTo(everyHash);
  }

  @Test
  void portfolioValidation() {
    PortfolioValidationBenchmark benchmark = new PortfolioValidationBenchmark();
    benchmark.setUp();
    assertThat(benchmark.ours()).isEmpty();
    assertThat(benchmark.peer()).isEmpty();
  }

  @Test
  void streamingReadDeletesItsFile() throws Exception {
    StreamingReadBenchmark benchmark = new StreamingReadBenchmark();
    benchmark.observations = 5_000;
    List<Path> before = temporaryFiles();
    benchmark.setUp();
    assertThat(benchmark.peer().count()).isEqualTo(5_000);
    assertThat(benchmark.ours()).isEqualTo(benchmark.peer());
    assertThat(temporaryFiles()).hasSize(before.size() + 1);
    benchmark.tearDown();
    assertThat(temporaryFiles()).containsExactlyInAnyOrderElementsOf(before);
  }

  @Test
  void checksNameWhatDiffers() {
    assertThatThrownBy(() -> Check.sameList("decoded", List.of(1, 2, 3), List.of(1, 5, 3)))
        .hasMessage("decoded: element 1 differs: expected 5 but got 2");
    assertThatThrownBy(() -> Check.sameList("decoded", List.of(1, 2), List.of(1, 2, 3)))
        .hasMessage("decoded: expected 3 elements but got 2");
    assertThatThrownBy(() -> Check.sameBytes("written", bytes("[1,2,3]"), bytes("[1,2,4]")))
        .hasMessage("written: 7 bytes written, 7 expected; first difference at byte 5: expected \"[1,2,4]\" but got \"[1,2,3]\"");
    assertThatThrownBy(() -> Check.equal("tokens", 3L, 4L)).hasMessage("tokens: expected 4 but got 3");
    Check.sameList("decoded", List.of(1, 2), List.of(1, 2));
    Check.sameBytes("written", bytes("[]"), bytes("[]"));
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private static List<Path> temporaryFiles() throws Exception {
    try (var files = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
      return files.filter(f -> f.getFileName().toString().startsWith("egovcoop-observations-")).toList();
    }
  }
}

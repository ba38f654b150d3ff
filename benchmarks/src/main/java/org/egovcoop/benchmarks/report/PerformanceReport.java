package org.egovcoop.benchmarks.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.egovcoop.benchmarks.DecodeBenchmark;
import org.egovcoop.benchmarks.data.BenchmarkData;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns JMH JSON results and the retained-heap measurement into {@code docs/performance.md}: each
 * target of the benchmark issue as a ratio with its error, the baseline ratios of the peer and the
 * floor, every score, the JDK, the machine and the date.
 *
 * <p>Contenders are paired by method name: {@code floor}, {@code peer}, {@code peerValidated}
 * and {@code ours} in the same benchmark class. A ratio whose contenders are not both in the
 * results is reported as not measured, never guessed.
 *
 * <p>Errors: JMH's score error is the half-width of its 99.9 % confidence interval. The error of a
 * ratio is propagated to first order from the two relative errors, assumed independent:
 * {@code δr = r · sqrt((δa/a)² + (δb/b)²)}.
 *
 * <p>Usage: {@code PerformanceReport --out docs/performance.md --jmh main.json [--jmh more.json]
 * [--heap heap.json] [--note text]... [--load-before "1.0 0.8 0.5"] [--load-after ...]
 * [--command "benchmarks/run.sh"]}.
 */
public final class PerformanceReport {

  /** One comparison: a ratio of a contender to another, with the bound the issue sets, if any. */
  record Comparison(String label, String numerator, String denominator, String bound, double limit) {

    boolean hasTarget() {
      return !bound.isEmpty();
    }
  }

  /** A ratio with its error; {@code error} is NaN where unknown. */
  record Ratio(double value, double error) {

    static Ratio of(double a, double ea, double b, double eb) {
      double value = a / b;
      double error = value * Math.sqrt(square(ea / a) + square(eb / b));
      return new Ratio(value, error);
    }

    private static double square(double x) {
      return x * x;
    }

    String verdict(String bound, double limit) {
      boolean atLeast = bound.equals(">=");
      boolean meets = atLeast ? value >= limit : value <= limit;
      if (Double.isNaN(error)) {
        return (meets ? "met" : "missed") + " (no error estimate)";
      }
      double worst = atLeast ? value - error : value + error;
      double best = atLeast ? value + error : value - error;
      boolean surely = atLeast ? worst >= limit : worst <= limit;
      boolean surelyNot = atLeast ? best < limit : best > limit;
      return surely ? "met" : surelyNot ? "missed" : "within error of the target";
    }

    String format() {
      return Double.isNaN(error)
          ? String.format(Locale.ROOT, "%.2f ± ?", value)
          : String.format(Locale.ROOT, "%.2f ± %.2f", value, error);
    }
  }

  /** One contender's retained heap per observation. */
  record Heap(String name, String description, double graphBytes, double heapBytes) {}

  /** The targets of issue 5, ours against the peer and the floor. */
  static final List<Comparison> TARGETS = List.of(
      new Comparison("Decode: ours (every guarantee) vs peer without validation",
          "DecodeBenchmark.ours", "DecodeBenchmark.peer", ">=", 1.2),
      new Comparison("Decode: ours vs peer with Hibernate Validator",
          "DecodeBenchmark.ours", "DecodeBenchmark.peerValidated", ">=", 5.0),
      new Comparison("Decode: ours vs token-only floor",
          "DecodeBenchmark.ours", "DecodeBenchmark.floor", ">=", 0.6),
      new Comparison("Encode: ours vs peer",
          "EncodeBenchmark.ours", "EncodeBenchmark.peer", ">=", 1.0),
      new Comparison("Retained heap per observation: ours vs peer (lower is better)",
          "heap:ours-decoded", "heap:peer-decoded", "<=", 0.7),
      new Comparison("CSV import of the five UN files: ours vs plain jackson-dataformat-csv",
          "CsvImportBenchmark.ours", "CsvImportBenchmark.peer", ">=", 1.0));

  /** Ratios with no target that explain the others. */
  static final List<Comparison> BASELINES = List.of(
      new Comparison("Decode: peer without validation vs token-only floor",
          "DecodeBenchmark.peer", "DecodeBenchmark.floor", "", 0),
      new Comparison("Decode: ours on the indented form (the general reader, on jackson-core's tokenizer) vs peer on the compact form",
          "DecodeBenchmark.oursIndented", "DecodeBenchmark.peer", "", 0),
      new Comparison("Decode: peer with Hibernate Validator vs peer without",
          "DecodeBenchmark.peerValidated", "DecodeBenchmark.peer", "", 0),
      new Comparison("Validation of the large portfolio: ours vs Hibernate Validator on the peer's records",
          "PortfolioValidationBenchmark.ours", "PortfolioValidationBenchmark.peer", "", 0),
      new Comparison("NDJSON stream of 1,000,000 observations in a 64 MB heap: ours vs peer",
          "StreamingReadBenchmark.ours", "StreamingReadBenchmark.peer", "", 0),
      new Comparison("Retained heap per observation: core values built without decoding vs peer (lower is better)",
          "heap:ours-built", "heap:peer-decoded", "", 0),
      jackson2("read 10,000 observations", "readObservations", "Jackson3"),
      jackson2("read 10,000 observations", "readObservations", "EgovJson"),
      jackson2("write 10,000 observations", "writeObservations", "Jackson3"),
      jackson2("write 10,000 observations", "writeObservations", "EgovJson"),
      jackson2("read the golden portfolio", "readPortfolio", "Jackson3"),
      jackson2("read the golden portfolio", "readPortfolio", "EgovJson"),
      jackson2("write the golden portfolio, compact", "writePortfolio", "Jackson3"),
      jackson2("write the golden portfolio, compact", "writePortfolio", "EgovJson"),
      jackson2("write the golden portfolio, indented", "writePortfolioIndented", "Jackson3"),
      jackson2("write the golden portfolio, indented", "writePortfolioIndented", "EgovJson"));

  /** The cost of the Jackson 2 bridge: Jackson2Benchmark's Jackson 2 contender against another. */
  private static Comparison jackson2(String what, String operation, String against) {
    return new Comparison("Jackson 2 module: " + what + " vs " + (against.equals("EgovJson") ? "EgovJson" : "the Jackson 3 module"),
        "Jackson2Benchmark." + operation + "Jackson2", "Jackson2Benchmark." + operation + against, "", 0);
  }

  private final Map<String, JmhResult> results = new LinkedHashMap<>();
  private final Map<String, Heap> heap = new LinkedHashMap<>();
  private int heapObservations;

  PerformanceReport(List<JmhResult> jmhResults, Optional<JsonNode> heapDocument) {
    for (JmhResult result : jmhResults) {
      if (results.put(result.benchmark(), result) != null) {
        throw new IllegalArgumentException("Two results for " + result.benchmark()
            + ": run each benchmark with one set of parameters per report");
      }
    }
    heapDocument.ifPresent(document -> {
      heapObservations = document.get("observations").intValue();
      for (JsonNode m : document.get("measurements")) {
        Heap h = new Heap(m.get("name").asString(), m.get("description").asString(),
            m.get("graphBytesPerObservation").doubleValue(), m.get("heapBytesPerObservation").doubleValue());
        heap.put("heap:" + h.name(), h);
      }
    });
  }

  /**
   * @param args see the class comment
   * @throws IOException if a file cannot be read or written
   */
  public static void main(String[] args) throws IOException {
    Path out = null;
    List<JmhResult> jmh = new ArrayList<>();
    List<JmhResult> scale = new ArrayList<>();
    Optional<JsonNode> heap = Optional.empty();
    List<String> notes = new ArrayList<>();
    Map<String, String> context = new LinkedHashMap<>();
    for (int i = 0; i < args.length; i++) {
      String option = args[i];
      if (i + 1 == args.length) {
        throw new IllegalArgumentException("Option " + option + " needs a value");
      }
      String value = args[++i];
      switch (option) {
        case "--out" -> out = Path.of(value);
        case "--jmh" -> jmh.addAll(JmhResult.read(Path.of(value)));
        case "--scale" -> scale.addAll(JmhResult.read(Path.of(value)));
        case "--heap" -> heap = Optional.of(JsonMapper.builder().build().readTree(Path.of(value)));
        case "--note" -> notes.add(value);
        case "--load-before" -> context.put("Load average (1, 5, 15 min) before the run", value);
        case "--load-after" -> context.put("Load average (1, 5, 15 min) after the run", value);
        case "--command" -> context.put("Command", "`" + value + "`");
        default -> throw new IllegalArgumentException(
            "Unknown option " + option + ": expected --out, --jmh, --scale, --heap, --note, --load-before, --load-after, --command");
      }
    }
    if (out == null) {
      throw new IllegalArgumentException("--out <file> is required");
    }
    // A benchmark measured at several sizes is a growth result, not one of the ratios' contenders.
    Map<String, Long> runs = jmh.stream().collect(java.util.stream.Collectors.groupingBy(JmhResult::benchmark,
        java.util.stream.Collectors.counting()));
    jmh.stream().filter(r -> runs.get(r.benchmark()) > 1).forEach(scale::add);
    jmh.removeIf(r -> runs.get(r.benchmark()) > 1);
    String markdown = new PerformanceReport(jmh, heap).render(notes, context, Machine.describe(),
        ZonedDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")));
    String growth = GrowthReport.render(scale);
    if (!growth.isEmpty()) {
      // before the machine and settings, which close the report
      int settings = markdown.indexOf("\n## Machine and settings");
      markdown = settings < 0 ? markdown + growth : markdown.substring(0, settings) + growth + markdown.substring(settings);
    }
    Files.createDirectories(out.toAbsolutePath().getParent());
    Files.writeString(out, markdown, StandardCharsets.UTF_8);
    System.out.println("Wrote " + out);
  }

  /**
   * @param comparison what to compare
   * @return the ratio, speed or size of the numerator over the denominator, if both were measured
   */
  Optional<Ratio> ratio(Comparison comparison) {
    if (comparison.numerator().startsWith("heap:")) {
      Heap a = heap.get(comparison.numerator());
      Heap b = heap.get(comparison.denominator());
      // The object graph's size is exact, so the ratio has no statistical error.
      return a == null || b == null ? Optional.empty() : Optional.of(new Ratio(a.graphBytes() / b.graphBytes(), 0));
    }
    JmhResult a = results.get(comparison.numerator());
    JmhResult b = results.get(comparison.denominator());
    if (a == null || b == null) {
      return Optional.empty();
    }
    if (!a.mode().equals(b.mode()) || !a.unit().equals(b.unit())) {
      throw new IllegalArgumentException("Cannot compare " + a.benchmark() + " (" + a.mode() + ", " + a.unit()
          + ") with " + b.benchmark() + " (" + b.mode() + ", " + b.unit() + ")");
    }
    // A speed ratio either way: throughputs divide directly, times the other way round.
    return Optional.of(a.higherIsBetter()
        ? Ratio.of(a.score(), a.error(), b.score(), b.error())
        : Ratio.of(b.score(), b.error(), a.score(), a.error()));
  }

  String render(List<String> notes, Map<String, String> context, Map<String, String> machine, String date) {
    StringBuilder md = new StringBuilder();
    md.append("# Performance\n\n");
    md.append("Generated by `benchmarks/run.sh` (`PerformanceReport`) on ").append(date)
        .append(". Do not edit by hand: rerun the command.\n\n");
    for (String note : notes) {
      md.append("> ").append(note.replace("\n", "\n> ")).append("\n\n");
    }

    md.append("## Targets\n\n");
    md.append("Ratios are speed ratios (higher is faster) except where marked; ± is the error propagated from JMH's"
        + " 99.9 % confidence intervals. A target is *met* only if the whole interval clears it.\n\n");
    md.append("| target | ratio | required | verdict |\n|---|---|---|---|\n");
    for (Comparison target : TARGETS) {
      Optional<Ratio> ratio = ratio(target);
      md.append("| ").append(target.label()).append(" | ")
          .append(ratio.map(Ratio::format).orElse("—")).append(" | ")
          .append(target.bound()).append(' ').append(fmt(target.limit())).append(" | ")
          .append(ratio.map(r -> r.verdict(target.bound(), target.limit())).orElse(missing(target))).append(" |\n");
    }

    md.append("\n## Baseline ratios\n\n| comparison | ratio |\n|---|---|\n");
    for (Comparison baseline : BASELINES) {
      md.append("| ").append(baseline.label()).append(" | ")
          .append(ratio(baseline).map(Ratio::format).orElse(missing(baseline))).append(" |\n");
    }

    md.append("\n## Scores\n\n");
    if (results.isEmpty()) {
      md.append("No JMH results.\n");
    } else {
      md.append("| benchmark | parameters | mode | score ± error | unit | derived |\n|---|---|---|---|---|---|\n");
      for (JmhResult r : results.values()) {
        md.append("| ").append(r.benchmark()).append(" | ").append(params(r)).append(" | ").append(r.mode())
            .append(" | ").append(Double.isNaN(r.error())
                ? String.format(Locale.ROOT, "%.3f ± ?", r.score())
                : String.format(Locale.ROOT, "%.3f ± %.3f", r.score(), r.error()))
            .append(" | ").append(r.unit()).append(" | ").append(derived(r)).append(" |\n");
      }
    }

    md.append("\n## Retained heap per observation\n\n");
    if (heap.isEmpty()) {
      md.append("Not measured in this run.\n");
    } else {
      md.append(String.format(Locale.ROOT, "%,d observations held in a list; the list itself is not counted."
          + " *Object graph* is exact (JOL); *heap growth* is the used heap after a full GC, a cross-check.%n%n",
          heapObservations));
      md.append("| contender | object graph, bytes | heap growth, bytes | what |\n|---|---|---|---|\n");
      for (Heap h : heap.values()) {
        md.append(String.format(Locale.ROOT, "| %s | %.1f | %.1f | %s |%n",
            h.name(), h.graphBytes(), h.heapBytes(), h.description()));
      }
    }

    md.append("\n## Machine and settings\n\n");
    Set<String> jdks = new LinkedHashSet<>();
    Map<String, List<String>> settings = new LinkedHashMap<>();
    for (JmhResult r : results.values()) {
      jdks.add(r.jdk());
      settings.computeIfAbsent(r.settings(), s -> new ArrayList<>()).add(r.benchmark());
    }
    md.append("- Date: ").append(date).append('\n');
    md.append("- JDK: ").append(jdks.isEmpty() ? "no JMH results" : String.join("; ", jdks)).append('\n');
    machine.forEach((k, v) -> md.append("- ").append(k).append(": ").append(v).append('\n'));
    context.forEach((k, v) -> md.append("- ").append(k).append(": ").append(v).append('\n'));
    settings.forEach((s, benchmarks) -> md.append("- JMH settings of ").append(String.join(", ", benchmarks))
        .append(": ").append(s).append('\n'));
    md.append('\n').append(METHOD);
    return md.toString();
  }

  private String missing(Comparison comparison) {
    List<String> absent = new ArrayList<>();
    for (String name : List.of(comparison.numerator(), comparison.denominator())) {
      if (!results.containsKey(name) && !heap.containsKey(name)) {
        absent.add("`" + name + "`");
      }
    }
    return "not measured: " + String.join(" and ", absent) + " not in this run";
  }

  private static String params(JmhResult r) {
    if (r.params().isEmpty()) {
      return "";
    }
    List<String> parts = new ArrayList<>();
    r.params().forEach((k, v) -> parts.add(k + "=" + v));
    return String.join(", ", parts);
  }

  /** Megabytes and observations per second, where one operation is a known number of bytes. */
  private static String derived(JmhResult r) {
    String observations = r.params().get("observations");
    if (observations == null) {
      return "";
    }
    int count = Integer.parseInt(observations);
    double perSecond;
    if (r.unit().equals("ops/s")) {
      perSecond = r.score();
    } else if (r.unit().equals("ms/op")) {
      perSecond = 1000 / r.score();
    } else if (r.unit().equals("s/op")) {
      perSecond = 1 / r.score();
    } else {
      return "";
    }
    long bytes = r.benchmark().startsWith("StreamingReadBenchmark.") ? BenchmarkData.ndjsonLength(count)
        : r.benchmark().equals("DecodeBenchmark.oursIndented") ? DecodeBenchmark.indentedBytes(count).length
        : BenchmarkData.arrayBytes(count).length;
    return String.format(Locale.ROOT, "%.0f MB/s, %.2f M observations/s", perSecond * bytes / 1e6, perSecond * count / 1e6);
  }

  private static String fmt(double limit) {
    return limit == Math.rint(limit) ? String.format(Locale.ROOT, "%.1f", limit) : String.valueOf(limit);
  }

  private static final String METHOD = """
      ## What is measured

      Every contender reads or writes the same bytes in the same JMH run; each benchmark's setup checks \
      the contender's result (equal lists, equal bytes, token counts, checksums, a planted defect found), so \
      none can measure nothing.

      - **Decode** (`DecodeBenchmark`, one operation = a JSON array of 10,000 observations): `floor` is \
      jackson-core's tokenizer alone, the bound of any decoder built on it; `peer` is Java records through \
      a stock Jackson 3 `JsonMapper`; `peerValidated` adds Hibernate Validator's `validate()` on each \
      record; `ours` is egovcoop's reader with every guarantee it gives (strictness, invariants, \
      validation). The data set is in egovcoop's compact canonical form, which `ours` reads straight from \
      the bytes rather than through jackson-core's tokenizer, and so can be faster than the floor; any \
      other spelling, and any problem, goes to the general reader on the tokenizer. `oursIndented` \
      measures that general reader, on the same observations written indented.
      - **Encode** (`EncodeBenchmark`): the same 10,000 observations written as a JSON array; each \
      contender must write exactly the data set's bytes.
      - **CSV import** (`CsvImportBenchmark`, one operation = the five real UN files, 965 rows): `peer` \
      is a stock jackson-dataformat-csv mapper binding rows to records by the header.
      - **Portfolio validation** (`PortfolioValidationBenchmark`): 1,000 agreements, 1,000 activities, \
      386 organisations. `ours` is `ModelValidator` on core values (ids and codes already enforced by the \
      builders); `peer` is Hibernate Validator on records that carry every rule as a constraint.
      - **Broken documents** (`BrokenDocumentBenchmark`): a compact array of 10,000 to 120,000 \
      observations, each with one problem (the index code `"EGDI"`); `listed` lists the first 100 and \
      counts the rest, `allLocated` locates and lists every one. The time grows with the document, not \
      with its square.
      - **Streaming** (`StreamingReadBenchmark`, run apart with `-Xms64m -Xmx64m`): 1,000,000 observations \
      of NDJSON (about 86 MB) read one at a time from a file.
      - **Retained heap** (`HeapFootprint`): bytes per decoded observation held in memory.

      The data are deterministic and seeded (`BenchmarkData`, `LargePortfolio`): the 193 UN member \
      states, editions 2003 to 2024, five indices with only the EGDI ranked, ties, scores of four and \
      five decimals and some with binary noise (`0.8305100000000001`), a few states with no values.
      """;
}

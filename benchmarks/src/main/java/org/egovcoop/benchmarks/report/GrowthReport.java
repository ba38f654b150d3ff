package org.egovcoop.benchmarks.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * How the time of each operation measured at several sizes grows with the size (a benchmark with
 * one parameter, the size: {@code ScaleBenchmark}'s agreements, {@code BrokenDocumentBenchmark}'s
 * problems): the growth exponent between consecutive sizes, {@code ln(t2 / t1) / ln(n2 / n1)} (1
 * is linear, 2 quadratic), with its error propagated from JMH's 99.9 % confidence intervals. The
 * target is an exponent of at most {@value #TARGET}, met only if the whole interval clears it.
 *
 * <p>Where the benchmark has a {@value #BASELINE} operation (a plain loop that reads each element
 * once, whose growth is the machine's: caches outgrown, not an algorithm), each operation's growth
 * beyond it is given too: {@code 1 + ln((t2 / t1) / (b2 / b1)) / ln(n2 / n1)}, the exponent the
 * operation would have on a machine where reading each element cost the same at every size.
 * Both are shown with their own verdicts; neither replaces the other.
 */
final class GrowthReport {

  /** The largest growth exponent allowed between two sizes. */
  static final double TARGET = 1.15;

  /** The name of a benchmark's baseline operation, a plain loop reading each element once. */
  static final String BASELINE = "readEach";

  /** An exponent with its error, and whether it meets the target. */
  record Exponent(double value, double error) {

    String verdict() {
      if (Double.isNaN(error)) {
        return (value <= TARGET ? "met" : "missed") + " (no error estimate)";
      }
      return value + error <= TARGET ? "met" : value - error > TARGET ? "missed" : "within error of the target";
    }
  }

  /**
   * One operation's growth between two sizes.
   *
   * @param beyondBaseline the growth beyond the benchmark's {@value #BASELINE} loop between the
   *     same sizes, if it has one and this is not it
   */
  record Growth(String operation, int from, int to, double timeFrom, double timeTo, Exponent exponent,
      Optional<Exponent> beyondBaseline) {}

  private GrowthReport() {}

  /**
   * @param results the results of benchmarks run at several sizes, each with one parameter, the size
   * @return each operation's growth between consecutive sizes, in operation then size order
   */
  static List<Growth> growths(List<JmhResult> results) {
    Map<String, List<JmhResult>> byOperation = new LinkedHashMap<>();
    for (JmhResult result : results) {
      if (result.params().size() != 1) {
        throw new IllegalArgumentException(result.benchmark() + " has " + result.params().size()
            + " parameters: a growth result has one, the size");
      }
      if (result.mode().equals("thrpt")) {
        throw new IllegalArgumentException(result.benchmark() + " is a throughput: growth needs times (avgt)");
      }
      byOperation.computeIfAbsent(result.benchmark(), b -> new ArrayList<>()).add(result);
    }
    byOperation.values().forEach(sizes -> sizes.sort(Comparator.comparingInt(GrowthReport::size)));
    List<Growth> growths = new ArrayList<>();
    byOperation.forEach((operation, sizes) -> {
      String baseline = baselineOf(operation);
      Map<Integer, JmhResult> baselineBySize = new HashMap<>();
      if (!baseline.equals(operation)) {
        byOperation.getOrDefault(baseline, List.of()).forEach(b -> baselineBySize.put(size(b), b));
      }
      for (int i = 1; i < sizes.size(); i++) {
        JmhResult a = sizes.get(i - 1);
        JmhResult b = sizes.get(i);
        double sizeRatio = Math.log((double) size(b) / size(a));
        Exponent exponent = new Exponent(Math.log(b.score() / a.score()) / sizeRatio,
            Math.sqrt(relativeSquare(a) + relativeSquare(b)) / sizeRatio);
        JmhResult baseA = baselineBySize.get(size(a));
        JmhResult baseB = baselineBySize.get(size(b));
        Optional<Exponent> beyond = baseA == null || baseB == null ? Optional.empty()
            : Optional.of(new Exponent(1 + Math.log((b.score() / a.score()) / (baseB.score() / baseA.score())) / sizeRatio,
                Math.sqrt(relativeSquare(a) + relativeSquare(b) + relativeSquare(baseA) + relativeSquare(baseB))
                    / sizeRatio));
        growths.add(new Growth(operation, size(a), size(b), a.score(), b.score(), exponent, beyond));
      }
    });
    return growths;
  }

  /** {@return the baseline of a benchmark method: {@code ScaleBenchmark.readEach} for {@code ScaleBenchmark.copy}} */
  private static String baselineOf(String operation) {
    int dot = operation.lastIndexOf('.');
    return operation.substring(0, dot + 1) + BASELINE;
  }

  /**
   * @param results the scale results
   * @return the markdown section, empty if there are none
   */
  static String render(List<JmhResult> results) {
    if (results.isEmpty()) {
      return "";
    }
    String unit = results.get(0).unit();
    StringBuilder md = new StringBuilder("\n## Growth with size\n\n");
    md.append("`ScaleBenchmark`: the large portfolio made with 1,000, 10,000, 100,000 and 300,000 agreements (an activity")
        .append(" each); `BrokenDocumentBenchmark`: documents with 10,000 to 120,000 problems, listed and located.")
        .append(" The exponent between two sizes is ln(t2/t1) / ln(n2/n1): 1 is linear, 2 quadratic; ± is propagated")
        .append(" from JMH's 99.9 % intervals. Target: at most ").append(TARGET).append(" for every operation.")
        .append(" Queries run on a fresh copy of the portfolio, made before each call outside the time measured,")
        .append(" since a portfolio caches its lineage order; `copy` measures that copy alone (fresh memory, no")
        .append(" agreement read). The heap is touched before the run (`-XX:+AlwaysPreTouch`), so that the")
        .append(" virtual machine's first write to each page is not measured.\n\n")
        .append("`").append(BASELINE).append("` is a plain loop that reads each agreement's id, signing date and")
        .append(" relations and each activity's id and agreements once: no algorithm that looks at every agreement")
        .append(" can grow slower. Between 1,000 and 100,000 agreements it grows faster than linearly, because the")
        .append(" portfolio outgrows the processor's caches and each read waits longer for memory; beyond 100,000 it")
        .append(" is linear again. *Beyond ").append(BASELINE).append("* is each operation's growth with that")
        .append(" machine effect divided out, 1 + ln((t2/t1) / (b2/b1)) / ln(n2/n1): what is left is the")
        .append(" algorithm's. Both columns keep their own verdict.\n\n");
    md.append("| operation | sizes | time (").append(unit).append(") | exponent | verdict | beyond ").append(BASELINE)
        .append(" | verdict |\n|---|---|---|---|---|---|---|\n");
    for (Growth growth : growths(results)) {
      md.append(String.format(Locale.ROOT, "| %s | %,d → %,d | %.3f → %.3f | %s | %s | %s | %s |%n",
          growth.operation(), growth.from(), growth.to(), growth.timeFrom(), growth.timeTo(),
          format(growth.exponent()), growth.exponent().verdict(),
          growth.beyondBaseline().map(GrowthReport::format).orElse("—"),
          growth.beyondBaseline().map(Exponent::verdict).orElse("—")));
    }
    return md.toString();
  }

  private static String format(Exponent exponent) {
    return String.format(Locale.ROOT, "%.2f ± %.2f", exponent.value(), exponent.error());
  }

  private static int size(JmhResult result) {
    return Integer.parseInt(result.params().values().iterator().next());
  }

  private static double relativeSquare(JmhResult result) {
    double relative = result.error() / result.score();
    return relative * relative;
  }
}

package org.egovcoop.benchmarks.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * How the time of each operation measured at several sizes grows with the size (a benchmark with
 * one parameter, the size: {@code ScaleBenchmark}'s agreements, {@code BrokenDocumentBenchmark}'s
 * problems): the
 * growth exponent between consecutive sizes, {@code ln(t2 / t1) / ln(n2 / n1)} (1 is linear, 2
 * quadratic), with its error propagated from JMH's 99.9 % confidence intervals. The target is an
 * exponent of at most {@value #TARGET}, met only if the whole interval clears it.
 */
final class GrowthReport {

  /** The largest growth exponent allowed between two sizes. */
  static final double TARGET = 1.15;


  /** One operation's growth between two sizes. */
  record Growth(String operation, int from, int to, double timeFrom, double timeTo, double exponent, double error) {

    String verdict() {
      if (Double.isNaN(error)) {
        return (exponent <= TARGET ? "met" : "missed") + " (no error estimate)";
      }
      return exponent + error <= TARGET ? "met" : exponent - error > TARGET ? "missed" : "within error of the target";
    }
  }

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
    List<Growth> growths = new ArrayList<>();
    byOperation.forEach((operation, sizes) -> {
      sizes.sort(Comparator.comparingInt(GrowthReport::size));
      for (int i = 1; i < sizes.size(); i++) {
        JmhResult a = sizes.get(i - 1);
        JmhResult b = sizes.get(i);
        double sizeRatio = Math.log((double) size(b) / size(a));
        double exponent = Math.log(b.score() / a.score()) / sizeRatio;
        double relative = Math.sqrt(square(a.error() / a.score()) + square(b.error() / b.score()));
        growths.add(new Growth(operation, size(a), size(b), a.score(), b.score(), exponent, relative / sizeRatio));
      }
    });
    return growths;
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
        .append(" each); between 10,000 and 100,000 the portfolio outgrows the processor's caches, which every operation")
        .append(" pays, the copy of the portfolio's lists included, so the growth beyond 100,000 is the algorithm's;")
        .append(" `BrokenDocumentBenchmark`: documents with 10,000 to 120,000 problems, listed and located.")
        .append(" The exponent between two sizes is ln(t2/t1) / ln(n2/n1): 1 is linear, 2 quadratic; ± is propagated")
        .append(" from JMH's 99.9 % intervals. Target: at most ").append(TARGET).append(" for every operation.")
        .append(" Queries run on a fresh copy of the portfolio, made before each call outside the time measured,")
        .append(" since a portfolio caches its lineage order; `copy` measures that copy alone, the baseline of the")
        .append(" memory effect.\n\n");
    md.append("| operation | sizes | time (").append(unit).append(") | exponent | verdict |\n|---|---|---|---|---|\n");
    for (Growth growth : growths(results)) {
      md.append(String.format(Locale.ROOT, "| %s | %,d → %,d | %.3f → %.3f | %.2f ± %.2f | %s |%n",
          growth.operation(), growth.from(), growth.to(), growth.timeFrom(), growth.timeTo(), growth.exponent(),
          growth.error(), growth.verdict()));
    }
    return md.toString();
  }

  private static int size(JmhResult result) {
    return Integer.parseInt(result.params().values().iterator().next());
  }

  private static double square(double x) {
    return x * x;
  }
}

package org.egovcoop.benchmarks.report;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One benchmark's result from a JMH JSON result file ({@code -rf json}).
 *
 * @param benchmark the simple name, {@code DecodeBenchmark.peer}
 * @param params the benchmark's parameters, in order
 * @param mode JMH's mode: {@code thrpt}, {@code avgt}, {@code sample} or {@code ss}
 * @param score the primary score
 * @param error the half-width of JMH's 99.9 % confidence interval, NaN when JMH could not tell
 *     (fewer than two measurement iterations)
 * @param unit the score's unit, {@code ops/s}
 * @param settings the run's settings, as a reader should see them
 * @param jdk the JDK and VM
 */
public record JmhResult(
    String benchmark, Map<String, String> params, String mode, double score, double error, String unit,
    String settings, String jdk) {

  private static final JsonMapper MAPPER = JsonMapper.builder().build();

  /** @return whether a higher score is better (a throughput), rather than a lower one (a time) */
  public boolean higherIsBetter() {
    return mode.equals("thrpt");
  }

  /**
   * @param file a JMH JSON result file
   * @return its results, in file order
   */
  public static List<JmhResult> read(Path file) {
    JsonNode root = MAPPER.readTree(file.toFile());
    if (!root.isArray()) {
      throw new IllegalArgumentException(file + " is not a JMH JSON result: expected an array at the top");
    }
    List<JmhResult> results = new ArrayList<>();
    for (JsonNode node : root) {
      String benchmark = required(node, "benchmark", file).asString();
      String[] parts = benchmark.split("\\.");
      if (parts.length < 2) {
        throw new IllegalArgumentException(file + ": benchmark name '" + benchmark + "' has no class");
      }
      Map<String, String> params = new LinkedHashMap<>();
      JsonNode paramsNode = node.get("params");
      if (paramsNode != null) {
        paramsNode.properties().forEach(e -> params.put(e.getKey(), e.getValue().asString()));
      }
      JsonNode metric = required(node, "primaryMetric", file);
      results.add(new JmhResult(
          parts[parts.length - 2] + "." + parts[parts.length - 1],
          params,
          required(node, "mode", file).asString(),
          number(required(metric, "score", file)),
          number(required(metric, "scoreError", file)),
          required(metric, "scoreUnit", file).asString(),
          settings(node),
          text(node, "jdkVersion") + ", " + text(node, "vmName") + " " + text(node, "vmVersion")));
    }
    return results;
  }

  private static String settings(JsonNode node) {
    List<String> jvmArgs = new ArrayList<>();
    JsonNode args = node.get("jvmArgs");
    if (args != null) {
      args.forEach(a -> jvmArgs.add(a.asString()));
    }
    return text(node, "warmupIterations") + " x " + text(node, "warmupTime") + " warm-up, "
        + text(node, "measurementIterations") + " x " + text(node, "measurementTime") + " measurement, "
        + text(node, "forks") + " fork(s), " + text(node, "threads") + " thread(s), JVM args "
        + String.join(" ", jvmArgs);
  }

  private static JsonNode required(JsonNode node, String name, Path file) {
    JsonNode value = node.get(name);
    if (value == null || value.isNull()) {
      throw new IllegalArgumentException(file + ": a result has no '" + name + "'");
    }
    return value;
  }

  private static String text(JsonNode node, String name) {
    JsonNode value = node.get(name);
    return value == null || value.isNull() ? "?" : value.asString();
  }

  /** JMH writes "NaN" as a string where it has no number. */
  private static double number(JsonNode node) {
    return node.isNumber() ? node.doubleValue() : Double.parseDouble(node.asString());
  }
}

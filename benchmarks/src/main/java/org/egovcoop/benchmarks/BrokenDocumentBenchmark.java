package org.egovcoop.benchmarks;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.egovcoop.json.EgovJson;
import org.egovcoop.json.EgovJsonException;
import org.egovcoop.json.JsonLimits;
import org.egovcoop.json.JsonProblem;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Reading a broken document costs time in proportion to its length, however many problems it
 * has: a compact array of observations, each with the index code {@code "EGDI"} (one problem
 * each), read at several sizes. Each problem's column was found by scanning from the document's
 * start, so that time grew with the square of the size (10,000 observations: 2.7 s, 40,000: 34 s);
 * with one pass, twice the size should take about twice the time.
 * <ul>
 *   <li>{@link #listed()}: with the default limit, the first 100 problems of a kind are located and
 *       listed, the rest counted;</li>
 *   <li>{@link #allLocated()}: with no limit on problems, every one is located and listed, the
 *       case of the issue.</li>
 * </ul>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgs = {"-Xms2g", "-Xmx2g"})
public class BrokenDocumentBenchmark {

  /** How many observations, and so how many problems, the document has. */
  @Param({"10000", "20000", "40000", "120000"})
  public int problems;

  private final EgovJson listing = EgovJson.create();
  private final EgovJson locatingAll = EgovJson.create()
      .withLimits(JsonLimits.builder().maxProblems(Integer.MAX_VALUE).build());
  private byte[] document;

  /** @param count the observations; each has the upper-case index code that the format refuses */
  public static byte[] document(int count) {
    StringBuilder out = new StringBuilder(count * 90).append('[');
    for (int i = 0; i < count; i++) {
      out.append(i == 0 ? "" : ",").append("{\"index\":\"EGDI\",\"edition\":2016,\"country\":\"UZB\",\"rank\":")
          .append(1 + i % 193).append(",\"numberAssessed\":193}");
    }
    return out.append(']').toString().getBytes(StandardCharsets.UTF_8);
  }

  /** Makes the document and checks that each read finds what it must. */
  @Setup
  public void setUp() {
    document = document(problems);
    List<JsonProblem> listed = problemsOf(listing);
    Check.equal("listed: problems", listed.size(), 101);
    Check.equal("listed: the count of the rest", listed.get(100).message().startsWith("and " + (problems - 100)
        + " more problems"), true);
    List<JsonProblem> all = problemsOf(locatingAll);
    Check.equal("all located: problems", all.size(), problems);
    JsonProblem last = all.get(problems - 1);
    Check.equal("all located: pointer of the last", last.pointer(), "/" + (problems - 1) + "/index");
    Check.equal("all located: column of the last", last.column(),
        new String(document, StandardCharsets.UTF_8).lastIndexOf("\"EGDI\"") + 1);
  }

  private List<JsonProblem> problemsOf(EgovJson json) {
    try {
      json.readObservations(document);
    } catch (EgovJsonException e) {
      return e.problems();
    }
    throw new IllegalStateException("the broken document was read as valid");
  }

  /** @return the problems listed, the first 100 and the count of the rest */
  @Benchmark
  public List<JsonProblem> listed() {
    return problemsOf(listing);
  }

  /** @return every problem, each located */
  @Benchmark
  public List<JsonProblem> allLocated() {
    return problemsOf(locatingAll);
  }
}

package org.egovcoop.benchmarks;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.egovcoop.activity.Activity;
import org.egovcoop.agreement.Agreement;
import org.egovcoop.agreement.AgreementRelation;
import org.egovcoop.benchmarks.data.LargePortfolio;
import org.egovcoop.json.EgovJson;
import org.egovcoop.json.JsonLimits;
import org.egovcoop.portfolio.Portfolio;
import org.egovcoop.portfolio.Timeline;
import org.egovcoop.time.PartialDate;
import org.egovcoop.validation.ModelValidator;
import org.egovcoop.validation.Violation;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * How the portfolio's operations grow with its size: the large portfolio made with 1,000, 10,000
 * and 100,000 agreements (an activity each, the lineage between the same two states), one
 * operation being one whole query, validation, decode or encode. {@code PerformanceReport} turns
 * the times into growth exponents between sizes ({@code ln(t2/t1) / ln(n2/n1)}: 1 is linear).
 *
 * <p>A portfolio caches its lineage order and id index once computed, so every query runs on a
 * fresh copy ({@link FreshCopy}, made before each call and outside the time measured), never on
 * a cached answer; the copy itself is measured on its own ({@link #copy()}).
 *
 * <p>Two baselines show what the machine charges for size alone. {@link #readEach()} reads what
 * every query reads of each agreement and activity, once, in a plain loop: between 1,000 and
 * 100,000 agreements the portfolio outgrows the processor's caches and such a loop grows faster
 * than its work, so the report gives each operation's growth beyond it as well as its own.
 * {@link #copy()} copies the portfolio's lists, touching no agreement: the cost of fresh memory.
 *
 * <p>The heap is touched before the run ({@code -XX:+AlwaysPreTouch}): on a virtual machine the
 * first write to each page of a fresh heap is a fault served by the host, which, left in, made the
 * copy of 10,000 agreements look five times slower than it is (an application that runs for long
 * has touched its heap).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgs = {"-Xms4g", "-Xmx4g", "-XX:+AlwaysPreTouch"})
public class ScaleBenchmark {

  /**
   * The number of agreements, and of activities. 300,000 as well as the sizes the scale target
   * names: between 1,000 and 100,000 the portfolio outgrows the processor's caches, which every
   * operation pays ({@link #readEach()} shows how much); beyond, the growth is the algorithm's.
   */
  @Param({"1000", "10000", "100000", "300000"})
  public int agreements;

  private Portfolio portfolio;
  private byte[] json;
  private String newest;
  private PartialDate date;
  private ModelValidator validator;
  private EgovJson egovJson;

  /** Builds the portfolio and its JSON, and checks what the operations answer. */
  @Setup
  public void setUp() {
    portfolio = LargePortfolio.create(agreements);
    validator = ModelValidator.create();
    // 100,000 agreements take more than the default 64 MB and 10 million tokens
    egovJson = EgovJson.create().withLimits(JsonLimits.builder().maxDocumentLength(1L << 30)
        .maxTokenCount(1L << 30).maxCollectionSize(10_000_000).build());
    json = egovJson.writePortfolio(portfolio);
    newest = portfolio.getAgreements().get(agreements - 1).getId();
    date = portfolio.getAgreements().get(agreements / 2).getSignedOn().orElseThrow();
    Check.equal("agreements", portfolio.getAgreements().size(), agreements);
    Check.equal("violations", validate(), List.of());
    Check.equal("lineage order holds every agreement", copy().agreementsInLineageOrder().size(), agreements);
    List<Agreement> lineage = copy().lineageOf(newest);
    Check.equal("the lineage ends with the agreement", lineage.get(lineage.size() - 1).getId(), newest);
    Check.equal("decode", decode(), portfolio);
    Check.equal("encode", encode().length, json.length);
    if (copy().agreementsInForceOn(date).isEmpty()) {
      throw new IllegalStateException("no agreement in force on " + date + ": the query would measure nothing");
    }
  }

  /**
   * The least a query of the whole portfolio does: reads each agreement's id, signing date and
   * relations' targets and each activity's id and agreements, once, in portfolio order.
   *
   * @return a sum of their hash codes, so that nothing is left unread
   */
  @Benchmark
  public long readEach() {
    long sum = 0;
    for (Agreement agreement : portfolio.getAgreements()) {
      sum += agreement.getId().hashCode();
      sum += agreement.getSignedOn().map(PartialDate::hashCode).orElse(0);
      for (AgreementRelation relation : agreement.getRelations()) {
        sum += relation.getTargetId().hashCode();
      }
    }
    for (Activity activity : portfolio.getActivities()) {
      sum += activity.getId().hashCode();
      for (String agreementId : activity.getAgreementIds()) {
        sum += agreementId.hashCode();
      }
    }
    return sum;
  }

  /** @return a fresh copy of the portfolio, with nothing cached: the baseline of the queries */
  @Benchmark
  public Portfolio copy() {
    return Portfolio.builder().from(portfolio).build();
  }

  /** A copy of the portfolio made before each call of a query, with nothing cached. */
  @State(Scope.Thread)
  public static class FreshCopy {
    /** The copy. */
    public Portfolio portfolio;

    /**
     * Makes the copy.
     *
     * @param scale the benchmark, whose portfolio is copied
     */
    @Setup(Level.Invocation)
    public void copy(ScaleBenchmark scale) {
      portfolio = scale.copy();
    }
  }

  /**
   * @param fresh a fresh copy of the portfolio
   * @return the agreements in lineage order
   */
  @Benchmark
  public List<Agreement> lineageOrder(FreshCopy fresh) {
    return fresh.portfolio.agreementsInLineageOrder();
  }

  /**
   * @param fresh a fresh copy of the portfolio
   * @return the lineage of the newest agreement
   */
  @Benchmark
  public List<Agreement> lineageOf(FreshCopy fresh) {
    return fresh.portfolio.lineageOf(newest);
  }

  /**
   * @param fresh a fresh copy of the portfolio
   * @return the agreements certainly in force on the middle agreement's signing date
   */
  @Benchmark
  public List<Agreement> inForce(FreshCopy fresh) {
    return fresh.portfolio.agreementsInForceOn(date);
  }

  /** @return the timeline */
  @Benchmark
  public Timeline timeline() {
    return portfolio.timeline();
  }

  /** @return the violations: none */
  @Benchmark
  public List<Violation> validate() {
    return validator.validate(portfolio);
  }

  /** @return the portfolio read from its JSON */
  @Benchmark
  public Portfolio decode() {
    return egovJson.readPortfolio(json);
  }

  /** @return the portfolio's JSON */
  @Benchmark
  public byte[] encode() {
    return egovJson.writePortfolio(portfolio);
  }
}

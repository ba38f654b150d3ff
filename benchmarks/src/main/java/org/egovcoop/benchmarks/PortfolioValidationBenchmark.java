package org.egovcoop.benchmarks;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.egovcoop.benchmarks.data.LargePortfolio;
import org.egovcoop.benchmarks.peer.PeerJson;
import org.egovcoop.benchmarks.peer.PeerPortfolio;
import org.egovcoop.portfolio.Portfolio;
import org.egovcoop.validation.ModelValidator;
import org.egovcoop.validation.Violation;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Validating the large portfolio (1,000 agreements with parties, areas and relations, 1,000
 * activities, 386 organisations), one operation being one whole validation:
 * <ul>
 *   <li>{@link #ours()}: egovcoop's {@link ModelValidator} on the core portfolio. Ids, codes and
 *       single-value rules are invariants its builders enforced; validation checks the rules that
 *       relate attributes and records.</li>
 *   <li>{@link #peer()}: Hibernate Validator on the peer's records, which carry every rule as a
 *       constraint, since records have no invariants.</li>
 * </ul>
 * The setup checks that both find the portfolio valid, and that both find the one defect of a
 * portfolio with a dangling relation, so neither can pass by validating nothing.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgs = {"-Xms2g", "-Xmx2g"})
public class PortfolioValidationBenchmark {

  private ModelValidator modelValidator;
  private Validator peerValidator;
  private Portfolio portfolio;
  private PeerPortfolio peerPortfolio;

  /** Builds both portfolios and checks that each validator sees what it must. */
  @Setup
  public void setUp() {
    modelValidator = ModelValidator.create();
    peerValidator = PeerJson.validator();
    portfolio = LargePortfolio.create();
    peerPortfolio = LargePortfolio.peer(portfolio);

    Check.equal("agreements", peerPortfolio.agreements().size(), LargePortfolio.AGREEMENTS);
    Check.equal("ours: violations of the valid portfolio", ours(), List.of());
    Check.equal("peer: violations of the valid portfolio", peer(), Set.of());
    Portfolio broken = LargePortfolio.withDanglingRelation();
    Check.equal("ours: violations of a dangling relation", modelValidator.validate(broken).size(), 1);
    Check.equal("peer: violations of a dangling relation",
        peerValidator.validate(LargePortfolio.peer(broken)).size(), 1);
  }

  /** @return the violations: none */
  @Benchmark
  public List<Violation> ours() {
    return modelValidator.validate(portfolio);
  }

  /** @return the violations: none */
  @Benchmark
  public Set<ConstraintViolation<PeerPortfolio>> peer() {
    return peerValidator.validate(peerPortfolio);
  }
}

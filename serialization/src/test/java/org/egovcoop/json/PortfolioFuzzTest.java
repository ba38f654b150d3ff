package org.egovcoop.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.egovcoop.portfolio.Portfolio;

/**
 * The portfolio reader's contract, for any bytes: a portfolio that round-trips to an equal value
 * (and, written again, to the same bytes), or an {@link EgovJsonException} whose problems are
 * located and printable; never another exception.
 *
 * <p>In {@code ./mvnw verify} these run in Jazzer's regression mode over the committed inputs
 * ({@code src/test/resources/org/egovcoop/json/PortfolioFuzzTestInputs/<method>/}), where every
 * crash a campaign finds is kept. A campaign of one method (three minutes, its
 * {@code maxDuration}), from the project's directory:
 * {@code JAZZER_FUZZ=1 ./mvnw -o -pl serialization -am test-compile surefire:test@default-test
 * -Dtest='PortfolioFuzzTest#strict' -Dsurefire.failIfNoSpecifiedTests=false} ({@code docs/fuzzing.md}).
 * Its corpus goes to {@code .cifuzz-corpus/}, which git ignores; a crash is written to the inputs
 * directory, to be committed with its fix.
 */
class PortfolioFuzzTest {

  private static final EgovJson JSON = EgovJson.create();

  @FuzzTest(maxDuration = "3m")
  void strict(byte[] document) {
    Portfolio read = FuzzContract.readOrRefuse(() -> JSON.readPortfolio(document));
    if (read != null) {
      FuzzContract.roundTrips(read, JSON::writePortfolio, JSON::readPortfolio);
    }
  }

  @FuzzTest(maxDuration = "3m")
  void lenient(byte[] document) {
    ReadResult<Portfolio> read = FuzzContract.readOrRefuse(() -> JSON.readPortfolioLeniently(document));
    if (read == null) {
      return;
    }
    read.ignoredProperties().forEach(FuzzContract::printable);
    assertThat(read.ignoredProperties()).allSatisfy(p -> assertThat(p.kind()).isEqualTo(JsonProblem.Kind.UNKNOWN_PROPERTY));
    FuzzContract.roundTrips(read.value(), JSON::writePortfolio, JSON::readPortfolio);
  }
}

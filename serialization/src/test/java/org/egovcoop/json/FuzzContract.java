package org.egovcoop.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.function.Function;
import java.util.function.Supplier;

/** What every fuzz test asserts of a reader's answer. */
final class FuzzContract {
  private FuzzContract() {}

  /**
   * @param read a read that either returns a value or throws the documented exception
   * @param <T> the value's type
   * @return the value, or null if the input was refused (and the refusal keeps the contract)
   */
  static <T> T readOrRefuse(Supplier<T> read) {
    try {
      return read.get();
    } catch (EgovJsonException e) {
      refusedProperly(e);
      return null;
    }
  }

  /** @param e a refusal: at least one problem, each located (0 when unknown) and printable on one line */
  static void refusedProperly(EgovJsonException e) {
    assertThat(e.problems()).isNotEmpty();
    e.problems().forEach(FuzzContract::printable);
  }

  static void printable(JsonProblem problem) {
    assertThat(problem.line()).isNotNegative();
    assertThat(problem.column()).isNotNegative();
    assertThat(problem.message()).isNotBlank().hasSizeLessThanOrEqualTo(600);
    assertThat(problem.toString()).doesNotContainPattern("[\\p{Cc}\u2028\u2029]");
    assertThat(problem.message()).doesNotContain("tools.jackson", "org.egovcoop", "ALLOW_", "Feature", "VALUE_");
  }

  /**
   * @param value a value read without a problem
   * @param write its writer
   * @param read its reader
   * @param <T> its type
   */
  static <T> void roundTrips(T value, Function<T, byte[]> write, Function<byte[], T> read) {
    byte[] written = write.apply(value);
    T again = read.apply(written);
    assertThat(again).isEqualTo(value);
    assertThat(write.apply(again)).isEqualTo(written);
  }
}

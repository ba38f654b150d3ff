package org.egovcoop.test;

import java.util.List;
import org.assertj.core.api.AbstractAssert;
import org.egovcoop.json.JsonProblem;

/**
 * Assertions over the problems of a JSON document, as an
 * {@link org.egovcoop.json.EgovJsonException} lists them (or a lenient read's
 * {@link org.egovcoop.json.ReadResult#ignoredProperties()}). Made by
 * {@link EgovAssertions#assertThatProblems(org.egovcoop.json.EgovJsonException)} and its sibling,
 * and by the reading assertions of {@link DocumentAssert}.
 *
 * <p>The order is the reader's: document order, as far as reading found them;
 * {@link #containsExactly(ExpectedProblem...)} checks it. Every failure lists the expected
 * problems, every problem found (kind, pointer, line, column, message, value and expectation),
 * and those of either that had no counterpart.
 */
public final class ProblemsAssert extends AbstractAssert<ProblemsAssert, List<JsonProblem>> {

  private final Matching<ExpectedProblem, JsonProblem> matching;

  ProblemsAssert(List<JsonProblem> actual) {
    super(actual, ProblemsAssert.class);
    this.matching = actual == null ? null : new Matching<>("problems", actual, ExpectedProblem::matches,
        ExpectedProblem::toString, ExpectedProblem::describe, null);
  }

  /**
   * Verifies that there is no problem.
   *
   * @return this assertion
   */
  public ProblemsAssert isEmpty() {
    return check(matching().isEmpty());
  }

  /**
   * Verifies the number of problems.
   *
   * @param size the number expected
   * @return this assertion
   */
  public ProblemsAssert hasSize(int size) {
    return check(matching().hasSize(size));
  }

  /**
   * Verifies that each expectation matches one problem at least; other problems may be there.
   *
   * @param expected the problems that must be there
   * @return this assertion
   */
  public ProblemsAssert contains(ExpectedProblem... expected) {
    return check(matching().contains(List.of(expected)));
  }

  /**
   * Verifies that each expectation matches one problem at least, and that every problem is
   * matched by one of them: nothing is missing and nothing else is there.
   *
   * @param expected the problems that must be there, and the only ones
   * @return this assertion
   */
  public ProblemsAssert containsOnly(ExpectedProblem... expected) {
    return check(matching().containsOnly(List.of(expected)));
  }

  /**
   * Verifies that there are exactly as many problems as expectations, and that the problem at each
   * position meets the expectation at the same position.
   *
   * @param expected the problems, in the reader's order
   * @return this assertion
   */
  public ProblemsAssert containsExactly(ExpectedProblem... expected) {
    return check(matching().containsExactly(List.of(expected)));
  }

  /**
   * Verifies that no problem meets any of these expectations.
   *
   * @param unexpected the problems that must not be there
   * @return this assertion
   */
  public ProblemsAssert doesNotContain(ExpectedProblem... unexpected) {
    return check(matching().doesNotContain(List.of(unexpected)));
  }

  private Matching<ExpectedProblem, JsonProblem> matching() {
    isNotNull();
    return matching;
  }

  private ProblemsAssert check(String failure) {
    if (failure != null) {
      failWithMessage("%s", failure);
    }
    return myself;
  }
}

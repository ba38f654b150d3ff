package org.egovcoop.test;

import java.util.List;
import org.assertj.core.api.AbstractAssert;

/**
 * The assertions shared by {@link ViolationsAssert} and {@link ProblemsAssert}: what was found,
 * matched against expectations. Every failure lists the expectations, everything found, and those
 * of either that had no counterpart.
 *
 * @param <SELF> the assertion's own type, which each method returns
 * @param <ACTUAL> what is asserted, as the test gave it
 * @param <E> the type of the expectations
 */
public abstract class MatchingAssert<SELF extends MatchingAssert<SELF, ACTUAL, E>, ACTUAL, E>
    extends AbstractAssert<SELF, ACTUAL> {

  private final Matching<E, ?> matching;

  MatchingAssert(ACTUAL actual, Class<?> selfType, Matching<E, ?> matching) {
    super(actual, selfType);
    this.matching = matching;
  }

  /**
   * Verifies that nothing was found: no violation, no problem.
   *
   * @return this assertion
   */
  public final SELF isEmpty() {
    return check(matching().isEmpty());
  }

  /**
   * Verifies how many were found.
   *
   * @param size the number expected
   * @return this assertion
   */
  public final SELF hasSize(int size) {
    return check(matching().hasSize(size));
  }

  /**
   * Verifies that each expectation matches one found at least; others may be there.
   *
   * @param expected what must be there
   * @return this assertion
   */
  @SafeVarargs
  public final SELF contains(E... expected) {
    return check(matching().contains(List.of(expected)));
  }

  /**
   * Verifies that each expectation matches one found at least, and that everything found is
   * matched by one of them: nothing is missing and nothing else is there.
   *
   * @param expected what must be there, and the only things there
   * @return this assertion
   */
  @SafeVarargs
  public final SELF containsOnly(E... expected) {
    return check(matching().containsOnly(List.of(expected)));
  }

  /**
   * Verifies that as many were found as there are expectations, and that the one found at each
   * position meets the expectation at the same position.
   *
   * @param expected what must be there, in the order of what was found (the assertion's class
   *     says which order that is)
   * @return this assertion
   */
  @SafeVarargs
  public final SELF containsExactly(E... expected) {
    return check(matching().containsExactly(List.of(expected)));
  }

  /**
   * Verifies that nothing found meets any of these expectations.
   *
   * @param unexpected what must not be there
   * @return this assertion
   */
  @SafeVarargs
  public final SELF doesNotContain(E... unexpected) {
    return check(matching().doesNotContain(List.of(unexpected)));
  }

  private Matching<E, ?> matching() {
    isNotNull();
    return matching;
  }

  private SELF check(String failure) {
    if (failure != null) {
      throw failure("%s", failure);
    }
    return myself;
  }
}

package org.egovcoop.test;

import java.util.Collection;
import java.util.List;
import org.assertj.core.api.AbstractAssert;

/**
 * Assertions over the violations of a value: egovcoop's {@link org.egovcoop.validation.Violation}s
 * as {@code ModelValidator} returns them, or Bean Validation's
 * {@link jakarta.validation.ConstraintViolation}s from any validator. Made by
 * {@link EgovAssertions#assertThat(List)} and its siblings.
 *
 * <p>The order is the one {@code ModelValidator} gives: by property path, indices compared as
 * numbers, then by message key. A set of Bean Validation's violations has no order, so it is put
 * in the same one; {@link #containsExactly(ExpectedViolation...)} checks it.
 *
 * <p>Every failure lists the expected violations, every violation found (with its path,
 * message, constraint, message key and invalid value), and those of either that had no
 * counterpart.
 */
public final class ViolationsAssert extends AbstractAssert<ViolationsAssert, Collection<?>> {

  private final Matching<ExpectedViolation, Violations.Found> matching;

  ViolationsAssert(Collection<?> actual, List<Violations.Found> found, boolean modelViolations) {
    super(actual, ViolationsAssert.class);
    this.matching = found == null ? null : new Matching<>("violations", found, ExpectedViolation::matches,
        ExpectedViolation::toString, Violations.Found::toString,
        modelViolations ? unmatched -> keyHint(unmatched, found) : null);
  }

  /**
   * Verifies that there is no violation: the value is valid.
   *
   * @return this assertion
   */
  public ViolationsAssert isEmpty() {
    return check(matching().isEmpty());
  }

  /**
   * Verifies the number of violations.
   *
   * @param size the number expected
   * @return this assertion
   */
  public ViolationsAssert hasSize(int size) {
    return check(matching().hasSize(size));
  }

  /**
   * Verifies that each expectation matches one violation at least; other violations may be there.
   *
   * @param expected the violations that must be there
   * @return this assertion
   */
  public ViolationsAssert contains(ExpectedViolation... expected) {
    return check(matching().contains(List.of(expected)));
  }

  /**
   * Verifies that each expectation matches one violation at least, and that every violation is
   * matched by one of them: nothing is missing and nothing else is there.
   *
   * @param expected the violations that must be there, and the only ones
   * @return this assertion
   */
  public ViolationsAssert containsOnly(ExpectedViolation... expected) {
    return check(matching().containsOnly(List.of(expected)));
  }

  /**
   * Verifies that there are exactly as many violations as expectations, and that the violation at
   * each position meets the expectation at the same position.
   *
   * @param expected the violations, in the order described above
   * @return this assertion
   */
  public ViolationsAssert containsExactly(ExpectedViolation... expected) {
    return check(matching().containsExactly(List.of(expected)));
  }

  /**
   * Verifies that no violation meets any of these expectations.
   *
   * @param unexpected the violations that must not be there
   * @return this assertion
   */
  public ViolationsAssert doesNotContain(ExpectedViolation... unexpected) {
    return check(matching().doesNotContain(List.of(unexpected)));
  }

  private Matching<ExpectedViolation, Violations.Found> matching() {
    isNotNull();
    return matching;
  }

  private ViolationsAssert check(String failure) {
    if (failure != null) {
      failWithMessage("%s", failure);
    }
    return myself;
  }

  /**
   * Why an expected constraint may match none of egovcoop's violations, which name keys only: said
   * of each expected constraint whose default key no violation has.
   */
  private static String keyHint(List<ExpectedViolation> unmatched, List<Violations.Found> found) {
    StringBuilder out = new StringBuilder();
    for (ExpectedViolation e : unmatched) {
      boolean keyFound = found.stream().anyMatch(f -> e.constraintKey().filter(f.messageKey()::equals).isPresent());
      e.constraint().filter(constraint -> !keyFound).ifPresent(constraint -> {
        if (out.length() == 0) {
          out.append("(egovcoop's Violation names its constraint by message key only:");
        }
        out.append(' ').append(constraint.getSimpleName()).append(" is matched by the key ")
            .append(e.constraintKey().orElse("(none)")).append(';');
      });
    }
    if (out.length() == 0) {
      return null;
    }
    return out.append(" a constraint declared with a message of its own is matched with violation().messageKey(...))")
        .toString();
  }
}

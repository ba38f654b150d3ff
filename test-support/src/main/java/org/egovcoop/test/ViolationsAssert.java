package org.egovcoop.test;

import java.util.Collection;
import java.util.List;

/**
 * Assertions over the violations of a value: egovcoop's {@link org.egovcoop.validation.Violation}s
 * as {@code ModelValidator} returns them, or Bean Validation's
 * {@link jakarta.validation.ConstraintViolation}s from any validator. Made by
 * {@link EgovAssertions#assertThat(List)} and its siblings; the assertions are those of
 * {@link MatchingAssert}, over {@link ExpectedViolation}s.
 *
 * <p>The order is the one {@code ModelValidator} gives: by property path, indices compared as
 * numbers, then by message key. A set of Bean Validation's violations has no order, so it is put
 * in the same one; {@link #containsExactly(Object...)} checks it.
 *
 * <p>Every failure lists the expected violations, every violation found (with its path,
 * message, constraint, message key and invalid value), and those of either that had no
 * counterpart.
 */
public final class ViolationsAssert extends MatchingAssert<ViolationsAssert, Collection<?>, ExpectedViolation> {

  ViolationsAssert(Collection<?> actual, List<Violations.Found> found, boolean modelViolations) {
    super(actual, ViolationsAssert.class, found == null ? null : new Matching<>("violations", found,
        ExpectedViolation::matches, ExpectedViolation::toString, Violations.Found::toString,
        modelViolations ? unmatched -> keyHint(unmatched, found) : null));
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

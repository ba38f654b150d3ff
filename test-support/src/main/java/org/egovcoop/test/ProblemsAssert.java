package org.egovcoop.test;

import java.util.List;
import org.egovcoop.json.JsonProblem;

/**
 * Assertions over the problems of a JSON document, as an
 * {@link org.egovcoop.json.EgovJsonException} lists them (or a lenient read's
 * {@link org.egovcoop.json.ReadResult#ignoredProperties()}). Made by
 * {@link EgovAssertions#assertThatProblems(org.egovcoop.json.EgovJsonException)} and its sibling,
 * and by the reading assertions of {@link DocumentAssert}; the assertions are those of
 * {@link MatchingAssert}, over {@link ExpectedProblem}s.
 *
 * <p>The order is the reader's: document order, as far as reading found them;
 * {@link #containsExactly(Object...)} checks it. Every failure lists the expected problems, every
 * problem found (kind, pointer, line, column, message, value and expectation), and those of either
 * that had no counterpart.
 */
public final class ProblemsAssert extends MatchingAssert<ProblemsAssert, List<JsonProblem>, ExpectedProblem> {

  ProblemsAssert(List<JsonProblem> actual) {
    super(actual, ProblemsAssert.class, actual == null ? null : new Matching<>("problems", actual,
        ExpectedProblem::matches, ExpectedProblem::toString, ExpectedProblem::describe, null));
  }
}

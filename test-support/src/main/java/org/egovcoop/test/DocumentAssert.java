package org.egovcoop.test;

import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.function.BiFunction;
import org.assertj.core.api.AbstractAssert;
import org.assertj.core.api.Assertions;
import org.assertj.core.api.ObjectAssert;
import org.egovcoop.json.EgovJson;
import org.egovcoop.json.EgovJsonException;

/**
 * Assertions over the reading of one JSON document with {@link EgovJson}: that it is rejected,
 * with which problems, or that it is accepted. The document is read when an assertion runs, by
 * {@link EgovJson#create()} unless {@link #readWith(EgovJson)} gives another reader (other limits,
 * another locale for rule messages). Made by {@link EgovAssertions#assertThatReadingPortfolio(String)}
 * and its siblings:
 *
 * <pre>{@code
 * assertThatReadingPortfolio(json)
 *     .isRejectedWith(problem(Kind.RULE).at("/observations/0/rank").line(463).column(15));
 * }</pre>
 *
 * @param <T> what the document is read as: a portfolio, an observation, a list of observations
 */
public final class DocumentAssert<T> extends AbstractAssert<DocumentAssert<T>, byte[]> {

  private final String what;
  private final BiFunction<EgovJson, byte[], T> read;
  private EgovJson reader = EgovJson.create();

  DocumentAssert(byte[] document, String what, BiFunction<EgovJson, byte[], T> read) {
    super(document, DocumentAssert.class);
    this.what = what;
    this.read = read;
  }

  /**
   * Reads the document with this reader instead of {@link EgovJson#create()}.
   *
   * @param reader a reader, such as {@code EgovJson.create().withLocale(Locale.KOREAN)}
   * @return this assertion
   */
  public DocumentAssert<T> readWith(EgovJson reader) {
    this.reader = Objects.requireNonNull(reader, "reader");
    return myself;
  }

  /**
   * Verifies that reading the document fails with an {@link EgovJsonException}.
   *
   * @return assertions over the problems it lists, for more checks
   */
  public ProblemsAssert isRejected() {
    isNotNull();
    T value;
    try {
      value = read.apply(reader, actual);
    } catch (EgovJsonException e) {
      return new ProblemsAssert(e.problems());
    }
    throw failure("%s", "Expecting reading the " + what + " to fail, but it was read without a problem: "
        + Matching.abbreviate(String.valueOf(value), 200) + "\nThe " + what + ": " + abbreviatedDocument());
  }

  /**
   * Verifies that reading the document fails with these problems and no other: each expectation
   * matches one problem at least, and each problem is matched by one of them.
   *
   * @param expected the problems that must be there, and the only ones
   * @return assertions over the problems, for more checks
   */
  public ProblemsAssert isRejectedWith(ExpectedProblem... expected) {
    return isRejected().containsOnly(expected);
  }

  /**
   * Verifies that the document is read without a problem.
   *
   * @return AssertJ's assertions over the value read
   */
  public ObjectAssert<T> isAccepted() {
    isNotNull();
    try {
      return Assertions.assertThat(read.apply(reader, actual));
    } catch (EgovJsonException e) {
      StringBuilder problems = new StringBuilder();
      e.problems().forEach(p -> problems.append("\n  ").append(ExpectedProblem.describe(p)));
      throw failure("%s", "Expecting the " + what + " to be read, but it was rejected with " + e.problems().size()
          + (e.problems().size() == 1 ? " problem:" : " problems:") + problems);
    }
  }

  private String abbreviatedDocument() {
    return Matching.abbreviate(new String(actual, StandardCharsets.UTF_8), 200);
  }
}

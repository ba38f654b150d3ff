/**
 * AssertJ assertions over egovcoop's violations and JSON problems. Import the entry points of
 * {@link org.egovcoop.test.EgovAssertions} statically, beside AssertJ's own:
 *
 * <pre>{@code
 * import static org.assertj.core.api.Assertions.assertThat;
 * import static org.egovcoop.test.EgovAssertions.assertThat;
 * import static org.egovcoop.test.EgovAssertions.assertThatReadingPortfolio;
 * import static org.egovcoop.test.EgovAssertions.problem;
 * import static org.egovcoop.test.EgovAssertions.violation;
 *
 * assertThat(ModelValidator.create().validate(portfolio))
 *     .containsOnly(violation(ResolvableReferences.class).at("agreements[0].parties[1].organizationId"));
 *
 * assertThatReadingPortfolio(json)
 *     .isRejectedWith(problem(Kind.RULE).at("/observations/0/rank").line(463).column(15));
 * }</pre>
 *
 * <p>An expectation ({@link org.egovcoop.test.ExpectedViolation},
 * {@link org.egovcoop.test.ExpectedProblem}) names only what it cares about: what it leaves out
 * matches anything. Expectations are immutable values, so a test class may keep them in
 * constants. A failed assertion lists what was expected, what was found, and which of them had no
 * counterpart.
 */
package org.egovcoop.test;

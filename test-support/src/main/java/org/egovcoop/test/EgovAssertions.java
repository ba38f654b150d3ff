package org.egovcoop.test;

import jakarta.validation.ConstraintViolation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.annotation.Annotation;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.egovcoop.json.EgovJson;
import org.egovcoop.json.EgovJsonException;
import org.egovcoop.json.JsonProblem;
import org.egovcoop.json.JsonProblem.Kind;
import org.egovcoop.portfolio.Portfolio;
import org.egovcoop.survey.IndexObservation;
import org.egovcoop.validation.ModelValidationException;
import org.egovcoop.validation.ModelValidator;
import org.egovcoop.validation.Violation;

/**
 * The entry points of egovcoop's assertions: import them statically.
 *
 * <pre>{@code
 * assertThat(ModelValidator.create().validate(organization))
 *     .containsOnly(violation(NotOwnParent.class).at("parentId"));
 * assertThat(validator.validate(portfolio))      // any Bean Validation validator
 *     .contains(violation(ResolvableReferences.class).at("agreements[0].parties[1].organizationId"));
 * assertThatProblems(exception).containsExactly(problem(Kind.MISSING).at("/agreements/0/title"));
 * assertThatReadingObservation(json).isRejectedWith(problem(Kind.RULE).at("/rank").line(1).column(52));
 * }</pre>
 *
 * <p>The two {@code assertThat} methods overload AssertJ's: import both by name
 * ({@code import static org.assertj.core.api.Assertions.assertThat;} and
 * {@code import static org.egovcoop.test.EgovAssertions.assertThat;}), or both with {@code .*}.
 * Java lets an import by name hide every method of that name that an import with {@code .*}
 * brings, so importing one by name and the other with {@code .*} hides the latter. Where both are
 * imported, {@code assertThat} of a {@code List<Violation>} is this class's; AssertJ's list
 * assertions over it remain {@code Assertions.assertThat((Iterable<Violation>) violations)}.
 */
public final class EgovAssertions {
  private EgovAssertions() {}

  // ---- violations ----

  /**
   * {@return assertions over egovcoop's violations, in their order}
   *
   * @param violations as {@link ModelValidator#validate(Object)} returns them
   */
  public static ViolationsAssert assertThat(List<Violation> violations) {
    return new ViolationsAssert(violations, violations == null ? null : Violations.ofModel(violations), true);
  }

  /**
   * {@return assertions over Bean Validation's violations, put in the order of egovcoop's (by
   *     path, then message key)}
   *
   * @param violations as any {@link jakarta.validation.Validator} returns them, such as Spring's or
   *     Hibernate Validator's default one
   */
  public static ViolationsAssert assertThat(Set<? extends ConstraintViolation<?>> violations) {
    return new ViolationsAssert(violations, violations == null ? null : Violations.ofBeanValidation(violations),
        false);
  }

  /**
   * {@return assertions over the violations a {@link ModelValidator#requireValid(Object)} threw}
   *
   * @param thrown the exception, such as {@code catchThrowableOfType(ModelValidationException.class, ...)}
   *     returns; null fails every assertion, saying that nothing was thrown
   */
  public static ViolationsAssert assertThatViolations(ModelValidationException thrown) {
    List<Violation> violations = thrown == null ? null : thrown.violations();
    return new ViolationsAssert(violations, violations == null ? null : Violations.ofModel(violations), true)
        .as(thrown == null ? "no ModelValidationException was thrown" : "violations of the ModelValidationException");
  }

  /**
   * {@return assertions over the violations of a value, validated by
   *     {@link ModelValidator}{@code .create().withLocale(Locale.ENGLISH)}: messages in English,
   *     whatever the JVM's locale (for another language, validate with
   *     {@link ModelValidator#withLocale(Locale)} and pass the list to {@link #assertThat(List)})}
   *
   * @param value any egovcoop value, such as a portfolio, an agreement or an observation
   */
  public static ViolationsAssert assertThatViolationsOf(Object value) {
    Objects.requireNonNull(value, "value");
    return assertThat(ModelValidator.create().withLocale(Locale.ENGLISH).validate(value));
  }

  /**
   * {@return an expectation of a violation of that constraint, at any path until
   *     {@link ExpectedViolation#at(String)} says where}
   *
   * @param constraint a Bean Validation constraint annotation, such as {@code NotOwnParent.class} or
   *     {@code Size.class}
   * @throws IllegalArgumentException if the annotation is not a constraint
   */
  public static ExpectedViolation violation(Class<? extends Annotation> constraint) {
    return ExpectedViolation.of(constraint);
  }

  /**
   * {@return an expectation of a violation of any constraint, to be narrowed by path, message key
   *     or message}
   */
  public static ExpectedViolation violation() {
    return ExpectedViolation.any();
  }

  // ---- problems of JSON documents ----

  /**
   * {@return assertions over the problems of an exception of the JSON readers}
   *
   * @param thrown the exception, such as {@code catchThrowableOfType(EgovJsonException.class, ...)}
   *     returns; null fails every assertion, saying that nothing was thrown
   */
  public static ProblemsAssert assertThatProblems(EgovJsonException thrown) {
    return new ProblemsAssert(thrown == null ? null : thrown.problems())
        .as(thrown == null ? "no EgovJsonException was thrown" : "problems of the EgovJsonException");
  }

  /**
   * {@return assertions over a list of problems, in its order}
   *
   * @param problems problems, such as {@link org.egovcoop.json.ReadResult#ignoredProperties()}
   */
  public static ProblemsAssert assertThatProblems(List<JsonProblem> problems) {
    return new ProblemsAssert(problems);
  }

  /**
   * {@return an expectation of a problem of that kind, anywhere until
   *     {@link ExpectedProblem#at(String)} says where}
   *
   * @param kind the kind of problem
   */
  public static ExpectedProblem problem(Kind kind) {
    return ExpectedProblem.of(kind);
  }

  /**
   * {@return assertions over reading a portfolio document with {@link EgovJson#readPortfolio(byte[])}}
   *
   * @param json the document
   */
  public static DocumentAssert<Portfolio> assertThatReadingPortfolio(String json) {
    return assertThatReadingPortfolio(utf8(json));
  }

  /**
   * {@return assertions over reading a portfolio document with {@link EgovJson#readPortfolio(byte[])}}
   *
   * @param json the document in UTF-8
   */
  public static DocumentAssert<Portfolio> assertThatReadingPortfolio(byte[] json) {
    return new DocumentAssert<>(json, "portfolio document", EgovJson::readPortfolio);
  }

  /**
   * {@return assertions over reading a portfolio document file with {@link EgovJson#readPortfolio(byte[])}}
   *
   * @param file the document in UTF-8, read now
   * @throws UncheckedIOException if the file cannot be read
   */
  public static DocumentAssert<Portfolio> assertThatReadingPortfolio(Path file) {
    try {
      return new DocumentAssert<>(Files.readAllBytes(file), "portfolio document " + file, EgovJson::readPortfolio);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + file, e);
    }
  }

  /**
   * {@return assertions over reading one index observation with {@link EgovJson#readObservation(byte[])}}
   *
   * @param json one observation object
   */
  public static DocumentAssert<IndexObservation> assertThatReadingObservation(String json) {
    return assertThatReadingObservation(utf8(json));
  }

  /**
   * {@return assertions over reading one index observation with {@link EgovJson#readObservation(byte[])}}
   *
   * @param json one observation object in UTF-8
   */
  public static DocumentAssert<IndexObservation> assertThatReadingObservation(byte[] json) {
    return new DocumentAssert<>(json, "observation document", EgovJson::readObservation);
  }

  /**
   * {@return assertions over reading an array of index observations with
   *     {@link EgovJson#readObservations(byte[])}}
   *
   * @param json a JSON array of observation objects
   */
  public static DocumentAssert<List<IndexObservation>> assertThatReadingObservations(String json) {
    return assertThatReadingObservations(utf8(json));
  }

  /**
   * {@return assertions over reading an array of index observations with
   *     {@link EgovJson#readObservations(byte[])}}
   *
   * @param json a JSON array of observation objects in UTF-8
   */
  public static DocumentAssert<List<IndexObservation>> assertThatReadingObservations(byte[] json) {
    return new DocumentAssert<>(json, "observation array", EgovJson::readObservations);
  }

  private static byte[] utf8(String json) {
    return json == null ? null : json.getBytes(StandardCharsets.UTF_8);
  }
}

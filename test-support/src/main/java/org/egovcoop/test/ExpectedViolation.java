package org.egovcoop.test;

import jakarta.validation.Constraint;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.Objects;
import java.util.Optional;

/**
 * A violation a test expects: of which constraint, at which property path, and optionally with
 * which message, message key and invalid value. Made by {@link EgovAssertions#violation(Class)}
 * and refined by its methods, each of which returns a new expectation:
 *
 * <pre>{@code
 * violation(NotOwnParent.class).at("organizations[0].parentId").message("organization 'kor-mois' cannot be its own parent")
 * }</pre>
 *
 * <p>What an expectation does not name matches anything: without {@link #at(String)}, any path.
 *
 * <p><b>The constraint of an egovcoop {@link org.egovcoop.validation.Violation}.</b> A violation of
 * Bean Validation ({@link jakarta.validation.ConstraintViolation}) names its constraint's
 * annotation, which is matched. An egovcoop {@code Violation}, as {@code ModelValidator} returns
 * it, names its rule by message key only: there the constraint is matched by the key of its
 * default message ({@code NotOwnParent} by {@code org.egovcoop.validation.NotOwnParent.message},
 * {@code Size} by {@code jakarta.validation.constraints.Size.message}). A constraint declared with
 * a message of its own, such as the {@code @Size} of an agreement's parties, is matched in a
 * {@code Violation} by {@link EgovAssertions#violation()} and {@link #messageKey(String)}.
 */
public final class ExpectedViolation {

  private final Class<? extends Annotation> constraint;
  private final String constraintKey;
  private final String path;
  private final String message;
  private final String messageKey;
  private final boolean checksInvalidValue;
  private final Object invalidValue;

  private ExpectedViolation(Class<? extends Annotation> constraint, String constraintKey, String path, String message,
      String messageKey, boolean checksInvalidValue, Object invalidValue) {
    this.constraint = constraint;
    this.constraintKey = constraintKey;
    this.path = path;
    this.message = message;
    this.messageKey = messageKey;
    this.checksInvalidValue = checksInvalidValue;
    this.invalidValue = invalidValue;
  }

  /**
   * {@return an expectation of a violation of that constraint, anywhere}
   *
   * @param constraint a Bean Validation constraint annotation, such as {@code NotOwnParent.class}
   * @throws IllegalArgumentException if the annotation is not a constraint
   */
  static ExpectedViolation of(Class<? extends Annotation> constraint) {
    Objects.requireNonNull(constraint, "constraint");
    if (!constraint.isAnnotationPresent(Constraint.class)) {
      throw new IllegalArgumentException("@" + constraint.getSimpleName()
          + " is not a Bean Validation constraint: it is not annotated @Constraint");
    }
    return new ExpectedViolation(constraint, defaultKey(constraint), null, null, null, false, null);
  }

  /** {@return an expectation of a violation of any constraint, anywhere} */
  static ExpectedViolation any() {
    return new ExpectedViolation(null, null, null, null, null, false, null);
  }

  /** The key of the constraint's default message, {@code {...}} taken off; null if it has none. */
  private static String defaultKey(Class<? extends Annotation> constraint) {
    try {
      Method message = constraint.getMethod("message");
      Object template = message.getDefaultValue();
      return template instanceof String ? Violations.key((String) template) : null;
    } catch (NoSuchMethodException e) {
      return null;
    }
  }

  /**
   * {@return this expectation, at that property path}
   *
   * @param path the property path as Bean Validation prints it, such as
   *     {@code agreements[0].parties[1].organizationId}; {@code ""} for the validated value itself
   */
  public ExpectedViolation at(String path) {
    return new ExpectedViolation(constraint, constraintKey, Objects.requireNonNull(path, "path"), message, messageKey,
        checksInvalidValue, invalidValue);
  }

  /**
   * {@return this expectation, with that message}
   *
   * @param message the whole interpolated message, such as {@code refers to unknown id 'nowhere'}
   */
  public ExpectedViolation message(String message) {
    return new ExpectedViolation(constraint, constraintKey, path, Objects.requireNonNull(message, "message"),
        messageKey, checksInvalidValue, invalidValue);
  }

  /**
   * {@return this expectation, with that message key}
   *
   * @param messageKey the key of the message template, without braces, such as
   *     {@code org.egovcoop.validation.Agreement.parties.Size.message}
   */
  public ExpectedViolation messageKey(String messageKey) {
    return new ExpectedViolation(constraint, constraintKey, path, message,
        Objects.requireNonNull(messageKey, "messageKey"), checksInvalidValue, invalidValue);
  }

  /**
   * {@return this expectation, with that invalid value}
   *
   * @param invalidValue the value that broke the rule, compared with {@code equals}; may be null
   */
  public ExpectedViolation invalidValue(Object invalidValue) {
    return new ExpectedViolation(constraint, constraintKey, path, message, messageKey, true, invalidValue);
  }

  /** {@return the constraint expected, if the expectation names one} */
  public Optional<Class<? extends Annotation>> constraint() {
    return Optional.ofNullable(constraint);
  }

  /** {@return the property path expected, if the expectation names one} */
  public Optional<String> path() {
    return Optional.ofNullable(path);
  }

  /**
   * {@return whether the violation meets this expectation}
   *
   * @param violation a violation found
   */
  boolean matches(Violations.Found violation) {
    if (constraint != null) {
      boolean sameConstraint = violation.constraint() != null
          ? violation.constraint() == constraint
          : constraintKey != null && constraintKey.equals(violation.messageKey());
      if (!sameConstraint) {
        return false;
      }
    }
    return (path == null || path.equals(violation.path()))
        && (message == null || message.equals(violation.message()))
        && (messageKey == null || messageKey.equals(violation.messageKey()))
        && (!checksInvalidValue || Objects.equals(invalidValue, violation.invalidValue()));
  }

  /**
   * {@return the key of the constraint's default message, if the expectation names a constraint
   *     that has one}
   */
  Optional<String> constraintKey() {
    return Optional.ofNullable(constraintKey);
  }

  /**
   * {@return the expectation in words, such as
   *     {@code NotOwnParent at "parentId" with message "..."}}
   */
  @Override
  public String toString() {
    StringBuilder out = new StringBuilder(constraint == null ? "any constraint" : constraint.getSimpleName());
    out.append(path == null ? " at any path" : " at " + Violations.quotedPath(path));
    if (message != null) {
      out.append(" with message \"").append(message).append('"');
    }
    if (messageKey != null) {
      out.append(" with key ").append(messageKey);
    }
    if (checksInvalidValue) {
      out.append(" with invalid value ").append(Violations.printable(invalidValue));
    }
    return out.toString();
  }
}

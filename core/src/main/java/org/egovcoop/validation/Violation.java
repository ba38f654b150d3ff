package org.egovcoop.validation;

import java.util.Objects;

/**
 * One broken rule: where (the property path, such as {@code agreements[0].parties[1].country}),
 * which rule (the message key, such as {@code org.egovcoop.validation.BilateralBetweenCountries.message}
 * or {@code jakarta.validation.constraints.Size.message}), and the message in the validator's
 * language.
 */
public final class Violation {

  private final String path;
  private final String messageKey;
  private final String message;
  private final Object invalidValue;

  /**
   * A violation of one rule.
   *
   * @param path the property path from the validated object; empty for the object itself
   * @param messageKey the message key, or the literal template if it has no key
   * @param message the interpolated message
   * @param invalidValue the value that broke the rule, may be null
   */
  public Violation(String path, String messageKey, String message, Object invalidValue) {
    this.path = Objects.requireNonNull(path, "path");
    this.messageKey = Objects.requireNonNull(messageKey, "messageKey");
    this.message = Objects.requireNonNull(message, "message");
    this.invalidValue = invalidValue;
  }

  /** {@return the property path, such as {@code agreements[0].parties[1].country}} */
  public String path() {
    return path;
  }

  /** {@return the message key, such as {@code org.egovcoop.validation.UniqueIds.message}} */
  public String messageKey() {
    return messageKey;
  }

  /** {@return the message, interpolated in the validator's language} */
  public String message() {
    return message;
  }

  /** {@return the value that broke the rule (for a class-level rule, the object holding it)} */
  public Object invalidValue() {
    return invalidValue;
  }

  @Override
  public boolean equals(Object o) {
    return this == o
        || o instanceof Violation
            && ((Violation) o).path.equals(path)
            && ((Violation) o).messageKey.equals(messageKey)
            && ((Violation) o).message.equals(message)
            && Objects.equals(((Violation) o).invalidValue, invalidValue);
  }

  @Override
  public int hashCode() {
    return Objects.hash(path, messageKey, message);
  }

  /** {@return the text {@code path: message [key]}} */
  @Override
  public String toString() {
    return (path.isEmpty() ? "(root)" : path) + ": " + message + " [" + messageKey + "]";
  }
}

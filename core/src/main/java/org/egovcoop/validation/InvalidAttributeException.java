package org.egovcoop.validation;

import java.util.Objects;
import java.util.Optional;

/**
 * A value refused by a model type's invariant, with the data a caller needs to act on it: the
 * model type ({@code Agreement}), the attribute ({@code id}), the value refused and the reason,
 * as {@link java.time.format.DateTimeParseException} carries its text and index. Readers of the
 * JSON format and of the survey tables place the problem by these fields, never by the message.
 *
 * <p>The message is {@code <type>.<attribute> <reason>}:
 * {@code Agreement.id 'kor mois' is not a valid id: expected 1 to 128 letters, digits or . _ : ~ -,
 * starting with a letter or digit}.
 */
public class InvalidAttributeException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  private final String modelType;
  private final String attribute;
  private final transient Object invalidValue;
  private final String reason;

  /**
   * A refusal.
   *
   * @param modelType the simple name of the public model type, such as {@code Agreement}
   * @param attribute the attribute's name as its accessor has it without {@code get}, such as
   *     {@code id} or {@code sourceIds}
   * @param invalidValue the value refused, or null if there is no single one
   * @param reason what is wrong and what was expected, naming the value:
   *     {@code 'kor mois' is not a valid id: expected ...}
   */
  public InvalidAttributeException(String modelType, String attribute, Object invalidValue, String reason) {
    super(Objects.requireNonNull(modelType, "modelType") + "." + Objects.requireNonNull(attribute, "attribute") + " "
        + Objects.requireNonNull(reason, "reason"));
    this.modelType = modelType;
    this.attribute = attribute;
    this.invalidValue = invalidValue;
    this.reason = reason;
  }

  /** {@return the simple name of the model type whose invariant refused the value: {@code Agreement}} */
  public String modelType() {
    return modelType;
  }

  /** {@return the attribute refused: {@code id}} */
  public String attribute() {
    return attribute;
  }

  /** {@return the value refused, if there is a single one} */
  public Optional<Object> invalidValue() {
    return Optional.ofNullable(invalidValue);
  }

  /** {@return what is wrong and what was expected, without the type and attribute} */
  public String reason() {
    return reason;
  }
}

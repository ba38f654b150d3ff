package org.egovcoop.validation;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.egovcoop.validation.internal.IsoCurrencyCodeValidator;

/**
 * A string is a known ISO 4217 currency code, as {@link org.egovcoop.metric.Money} accepts. For
 * text fields; {@code null} is valid.
 *
 * <p>Message key: {@code org.egovcoop.validation.IsoCurrencyCode.message}.
 */
@Documented
@Constraint(validatedBy = IsoCurrencyCodeValidator.class)
@Target({ElementType.METHOD, ElementType.FIELD, ElementType.ANNOTATION_TYPE, ElementType.CONSTRUCTOR,
  ElementType.PARAMETER, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface IsoCurrencyCode {

  /** {@return the message template} */
  String message() default "{org.egovcoop.validation.IsoCurrencyCode.message}";

  /** {@return the validation groups} */
  Class<?>[] groups() default {};

  /** {@return the payload} */
  Class<? extends Payload>[] payload() default {};
}

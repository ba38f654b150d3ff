package org.egovcoop.validation;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.egovcoop.validation.internal.LanguageTagValidator;

/**
 * A string is a well-formed BCP 47 language tag, as {@link org.egovcoop.text.LocalizedText}
 * accepts. For text fields; {@code null} is valid.
 *
 * <p>Message key: {@code org.egovcoop.validation.LanguageTag.message}.
 */
@Documented
@Constraint(validatedBy = LanguageTagValidator.class)
@Target({ElementType.METHOD, ElementType.FIELD, ElementType.ANNOTATION_TYPE, ElementType.CONSTRUCTOR,
  ElementType.PARAMETER, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface LanguageTag {

  /** {@return the message template} */
  String message() default "{org.egovcoop.validation.LanguageTag.message}";

  /** {@return the validation groups} */
  Class<?>[] groups() default {};

  /** {@return the payload} */
  Class<? extends Payload>[] payload() default {};
}

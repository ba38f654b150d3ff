package org.egovcoop.validation;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.egovcoop.validation.internal.ScoreWithinRangeValidator;

/**
 * The score of an {@link org.egovcoop.survey.IndexObservation} lies within its index's range
 * (0 to 1 for every UN survey index). Reported on the {@code score} property.
 *
 * <p>Message key: {@code org.egovcoop.validation.ScoreWithinRange.message}.
 */
@Documented
@Constraint(validatedBy = ScoreWithinRangeValidator.class)
@Target({ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
public @interface ScoreWithinRange {

  /** {@return the message template} */
  String message() default "{org.egovcoop.validation.ScoreWithinRange.message}";

  /** {@return the validation groups} */
  Class<?>[] groups() default {};

  /** {@return the payload} */
  Class<? extends Payload>[] payload() default {};
}

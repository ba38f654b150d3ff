package org.egovcoop.validation;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.egovcoop.validation.internal.RankWithinAssessedValidator;

/**
 * The rank of an {@link org.egovcoop.survey.IndexObservation} does not exceed the number of
 * countries assessed. Reported on the {@code rank} property.
 *
 * <p>Message key: {@code org.egovcoop.validation.RankWithinAssessed.message}.
 */
@Documented
@Constraint(validatedBy = RankWithinAssessedValidator.class)
@Target({ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
public @interface RankWithinAssessed {

  /** {@return the message template} */
  String message() default "{org.egovcoop.validation.RankWithinAssessed.message}";

  /** {@return the validation groups} */
  Class<?>[] groups() default {};

  /** {@return the payload} */
  Class<? extends Payload>[] payload() default {};
}

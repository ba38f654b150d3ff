package org.egovcoop.validation;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.egovcoop.validation.internal.AcyclicLineageValidator;

/**
 * Within a {@link org.egovcoop.portfolio.Portfolio}, following agreements' relations to earlier
 * agreements never leads back to where it started. Reported on the relation that closes a cycle,
 * such as {@code agreements[0].relations[0].targetId}.
 *
 * <p>Message key: {@code org.egovcoop.validation.AcyclicLineage.message}.
 */
@Documented
@Constraint(validatedBy = AcyclicLineageValidator.class)
@Target({ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
public @interface AcyclicLineage {

  /** {@return the message template} */
  String message() default "{org.egovcoop.validation.AcyclicLineage.message}";

  /** {@return the validation groups} */
  Class<?>[] groups() default {};

  /** {@return the payload} */
  Class<? extends Payload>[] payload() default {};
}

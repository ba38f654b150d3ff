package org.egovcoop.validation;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.egovcoop.validation.internal.ResolvableReferencesValidator;

/**
 * Within a {@link org.egovcoop.portfolio.Portfolio}, every id a fact refers to names a fact of
 * the right kind: organisations, people, appointments, agreements and sources. Reported on each
 * dangling reference, such as {@code agreements[0].parties[1].organizationId}.
 *
 * <p>Message key: {@code org.egovcoop.validation.ResolvableReferences.message}.
 */
@Documented
@Constraint(validatedBy = ResolvableReferencesValidator.class)
@Target({ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
public @interface ResolvableReferences {

  /** {@return the message template} */
  String message() default "{org.egovcoop.validation.ResolvableReferences.message}";

  /** {@return the validation groups} */
  Class<?>[] groups() default {};

  /** {@return the payload} */
  Class<? extends Payload>[] payload() default {};
}

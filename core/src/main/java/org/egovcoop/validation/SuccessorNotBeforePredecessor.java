package org.egovcoop.validation;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.egovcoop.validation.internal.SuccessorNotBeforePredecessorValidator;

/**
 * Within a {@link org.egovcoop.portfolio.Portfolio}, an agreement is not signed certainly before
 * an agreement it follows, renews, amends, supersedes or implements. Reported on
 * {@code agreements[i].signedOn}.
 *
 * <p>Message key: {@code org.egovcoop.validation.SuccessorNotBeforePredecessor.message}.
 */
@Documented
@Constraint(validatedBy = SuccessorNotBeforePredecessorValidator.class)
@Target({ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
public @interface SuccessorNotBeforePredecessor {

  /** {@return the message template} */
  String message() default "{org.egovcoop.validation.SuccessorNotBeforePredecessor.message}";

  /** {@return the validation groups} */
  Class<?>[] groups() default {};

  /** {@return the payload} */
  Class<? extends Payload>[] payload() default {};
}

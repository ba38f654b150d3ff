package org.egovcoop.validation;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.egovcoop.validation.internal.NotOwnParentValidator;

/**
 * An {@link org.egovcoop.actor.Organization} is never its own parent: a rule that relates two of
 * its attributes ({@code id} and {@code parentId}), so validation reports it, as
 * {@link NoSelfRelation} does for an agreement. Reported on {@code parentId}.
 *
 * <p>Message key: {@code org.egovcoop.validation.NotOwnParent.message}.
 */
@Documented
@Constraint(validatedBy = NotOwnParentValidator.class)
@Target({ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
public @interface NotOwnParent {

  /** {@return the message template} */
  String message() default "{org.egovcoop.validation.NotOwnParent.message}";

  /** {@return the validation groups} */
  Class<?>[] groups() default {};

  /** {@return the payload} */
  Class<? extends Payload>[] payload() default {};
}

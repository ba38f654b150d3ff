package org.egovcoop.validation;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.egovcoop.validation.internal.NoSelfRelationValidator;

/**
 * An {@link org.egovcoop.agreement.Agreement} never relates to itself. Reported on
 * {@code relations[i].targetId}.
 *
 * <p>Message key: {@code org.egovcoop.validation.NoSelfRelation.message}.
 */
@Documented
@Constraint(validatedBy = NoSelfRelationValidator.class)
@Target({ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
public @interface NoSelfRelation {

  /** {@return the message template} */
  String message() default "{org.egovcoop.validation.NoSelfRelation.message}";

  /** {@return the validation groups} */
  Class<?>[] groups() default {};

  /** {@return the payload} */
  Class<? extends Payload>[] payload() default {};
}

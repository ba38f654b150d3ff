package org.egovcoop.validation;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.egovcoop.validation.internal.EntryIntoForceNotBeforeSigningValidator;

/**
 * An {@link org.egovcoop.agreement.Agreement} does not enter into force certainly before it is
 * signed; dates of reduced precision that overlap are accepted. Reported on
 * {@code entryIntoForce}.
 *
 * <p>Message key: {@code org.egovcoop.validation.EntryIntoForceNotBeforeSigning.message}.
 */
@Documented
@Constraint(validatedBy = EntryIntoForceNotBeforeSigningValidator.class)
@Target({ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
public @interface EntryIntoForceNotBeforeSigning {

  /** {@return the message template} */
  String message() default "{org.egovcoop.validation.EntryIntoForceNotBeforeSigning.message}";

  /** {@return the validation groups} */
  Class<?>[] groups() default {};

  /** {@return the payload} */
  Class<? extends Payload>[] payload() default {};
}

package org.egovcoop.validation;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.egovcoop.validation.internal.DistinctPartyOrganizationsValidator;

/**
 * No organisation is party to an {@link org.egovcoop.agreement.Agreement} twice. Reported on
 * {@code parties[i].organizationId} of each repeat.
 *
 * <p>Message key: {@code org.egovcoop.validation.DistinctPartyOrganizations.message}.
 */
@Documented
@Constraint(validatedBy = DistinctPartyOrganizationsValidator.class)
@Target({ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
public @interface DistinctPartyOrganizations {

  /** {@return the message template} */
  String message() default "{org.egovcoop.validation.DistinctPartyOrganizations.message}";

  /** {@return the validation groups} */
  Class<?>[] groups() default {};

  /** {@return the payload} */
  Class<? extends Payload>[] payload() default {};
}

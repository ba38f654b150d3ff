package org.egovcoop.validation;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.egovcoop.validation.internal.SignatoriesInOfficeValidator;

/**
 * Within a {@link org.egovcoop.portfolio.Portfolio}, a party's signatory may have held their post
 * on the signing date: the appointment's period may contain it. Reported on
 * {@code agreements[i].parties[j].signatoryAppointmentId}.
 *
 * <p>Message key: {@code org.egovcoop.validation.SignatoriesInOffice.message}.
 */
@Documented
@Constraint(validatedBy = SignatoriesInOfficeValidator.class)
@Target({ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
public @interface SignatoriesInOffice {

  /** {@return the message template} */
  String message() default "{org.egovcoop.validation.SignatoriesInOffice.message}";

  /** {@return the validation groups} */
  Class<?>[] groups() default {};

  /** {@return the payload} */
  Class<? extends Payload>[] payload() default {};
}

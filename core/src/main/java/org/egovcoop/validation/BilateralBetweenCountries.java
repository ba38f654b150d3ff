package org.egovcoop.validation;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.egovcoop.validation.internal.BilateralBetweenCountriesValidator;

/**
 * A bilateral {@link org.egovcoop.agreement.Agreement} (exactly two parties) is between two
 * different countries. Reported on {@code parties[1].country}.
 *
 * <p>Message key: {@code org.egovcoop.validation.BilateralBetweenCountries.message}.
 */
@Documented
@Constraint(validatedBy = BilateralBetweenCountriesValidator.class)
@Target({ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
public @interface BilateralBetweenCountries {

  /** {@return the message template} */
  String message() default "{org.egovcoop.validation.BilateralBetweenCountries.message}";

  /** {@return the validation groups} */
  Class<?>[] groups() default {};

  /** {@return the payload} */
  Class<? extends Payload>[] payload() default {};
}

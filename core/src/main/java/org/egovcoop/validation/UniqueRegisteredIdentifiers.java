package org.egovcoop.validation;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.egovcoop.validation.internal.UniqueRegisteredIdentifiersValidator;

/**
 * Within a {@link org.egovcoop.portfolio.Portfolio}, no two organisations hold the same
 * {@linkplain org.egovcoop.actor.RegisteredIdentifier registered identifier} (scheme and
 * identifier): a register assigns one to one organisation, so two holders are one organisation
 * recorded twice, or a typing error. Reported on the repeat, such as
 * {@code organizations[3].identifiers[0]}.
 *
 * <p>Message key: {@code org.egovcoop.validation.UniqueRegisteredIdentifiers.message}.
 */
@Documented
@Constraint(validatedBy = UniqueRegisteredIdentifiersValidator.class)
@Target({ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
public @interface UniqueRegisteredIdentifiers {

  /** {@return the message template} */
  String message() default "{org.egovcoop.validation.UniqueRegisteredIdentifiers.message}";

  /** {@return the validation groups} */
  Class<?>[] groups() default {};

  /** {@return the payload} */
  Class<? extends Payload>[] payload() default {};
}

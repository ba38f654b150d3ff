package org.egovcoop.validation;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.egovcoop.validation.internal.OneIdentifierPerSchemeValidator;

/**
 * An {@link org.egovcoop.actor.Organization} holds at most one
 * {@linkplain org.egovcoop.actor.RegisteredIdentifier registered identifier} per scheme: a register
 * lists an organisation once, so a second identifier in the same scheme is a mistake, and which of
 * the two names the organisation would be ambiguous. A rule that relates elements of one attribute,
 * as {@link DistinctPartyOrganizations} is for an agreement's parties. Reported on the repeat's
 * {@code scheme}, such as {@code identifiers[1].scheme}.
 *
 * <p>Message key: {@code org.egovcoop.validation.OneIdentifierPerScheme.message}.
 */
@Documented
@Constraint(validatedBy = OneIdentifierPerSchemeValidator.class)
@Target({ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
public @interface OneIdentifierPerScheme {

  /** {@return the message template} */
  String message() default "{org.egovcoop.validation.OneIdentifierPerScheme.message}";

  /** {@return the validation groups} */
  Class<?>[] groups() default {};

  /** {@return the payload} */
  Class<? extends Payload>[] payload() default {};
}

package org.egovcoop.validation;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.egovcoop.validation.internal.UniqueIdsValidator;

/**
 * Within a {@link org.egovcoop.portfolio.Portfolio}, no two facts of the same kind share an id.
 * Reported on the {@code id} of each repeat, such as {@code agreements[2].id}.
 *
 * <p>Message key: {@code org.egovcoop.validation.UniqueIds.message}.
 */
@Documented
@Constraint(validatedBy = UniqueIdsValidator.class)
@Target({ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
public @interface UniqueIds {

  /** {@return the message template} */
  String message() default "{org.egovcoop.validation.UniqueIds.message}";

  /** {@return the validation groups} */
  Class<?>[] groups() default {};

  /** {@return the payload} */
  Class<? extends Payload>[] payload() default {};
}

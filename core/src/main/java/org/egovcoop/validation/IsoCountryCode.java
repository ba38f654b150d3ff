package org.egovcoop.validation;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.egovcoop.validation.internal.IsoCountryCodeValidator;

/**
 * A string is an assigned ISO 3166-1 alpha-3 country code, as {@link org.egovcoop.geo.CountryCode}
 * accepts. For data transfer objects and request parameters that hold codes as text; {@code null}
 * is valid (combine with {@code @NotNull}).
 *
 * <p>Message key: {@code org.egovcoop.validation.IsoCountryCode.message}.
 */
@Documented
@Constraint(validatedBy = IsoCountryCodeValidator.class)
@Target({ElementType.METHOD, ElementType.FIELD, ElementType.ANNOTATION_TYPE, ElementType.CONSTRUCTOR,
  ElementType.PARAMETER, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface IsoCountryCode {

  /** {@return the message template} */
  String message() default "{org.egovcoop.validation.IsoCountryCode.message}";

  /** {@return the validation groups} */
  Class<?>[] groups() default {};

  /** {@return the payload} */
  Class<? extends Payload>[] payload() default {};
}

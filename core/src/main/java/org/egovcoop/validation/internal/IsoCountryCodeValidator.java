package org.egovcoop.validation.internal;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.egovcoop.validation.IsoCountryCode;

/** Checks {@link IsoCountryCode}, with the same rule as the model's own type. */
public final class IsoCountryCodeValidator implements ConstraintValidator<IsoCountryCode, CharSequence> {

  @Override
  public boolean isValid(CharSequence text, ConstraintValidatorContext context) {
    if (text == null) {
      return true;
    }
    String value = text.toString();
    return org.egovcoop.geo.CountryCode.isAssigned(value);
  }
}

package org.egovcoop.validation.internal;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.egovcoop.validation.IsoCurrencyCode;

/** Checks {@link IsoCurrencyCode}, with the same rule as the model's own type. */
public final class IsoCurrencyCodeValidator implements ConstraintValidator<IsoCurrencyCode, CharSequence> {

  @Override
  public boolean isValid(CharSequence text, ConstraintValidatorContext context) {
    if (text == null) {
      return true;
    }
    String value = text.toString();
    return org.egovcoop.metric.Money.isCurrencyCode(value);
  }
}

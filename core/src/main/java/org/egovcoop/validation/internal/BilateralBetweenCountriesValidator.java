package org.egovcoop.validation.internal;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.egovcoop.agreement.Agreement;
import org.egovcoop.validation.BilateralBetweenCountries;

/** Checks {@link BilateralBetweenCountries}. */
public final class BilateralBetweenCountriesValidator
    implements ConstraintValidator<BilateralBetweenCountries, Agreement> {

  @Override
  public boolean isValid(Agreement agreement, ConstraintValidatorContext context) {
    if (agreement == null || !agreement.isBilateral()) {
      return true;
    }
    if (!agreement.getParties().get(0).getCountry().equals(agreement.getParties().get(1).getCountry())) {
      return true;
    }
    Violations.report(context, new Object[] {"country", agreement.getParties().get(1).getCountry().alpha3()},
        "parties", 1, "country");
    return false;
  }
}

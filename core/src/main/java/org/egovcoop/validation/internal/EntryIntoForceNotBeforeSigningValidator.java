package org.egovcoop.validation.internal;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.egovcoop.agreement.Agreement;
import org.egovcoop.validation.EntryIntoForceNotBeforeSigning;

/** Checks {@link EntryIntoForceNotBeforeSigning}. */
public final class EntryIntoForceNotBeforeSigningValidator
    implements ConstraintValidator<EntryIntoForceNotBeforeSigning, Agreement> {

  @Override
  public boolean isValid(Agreement agreement, ConstraintValidatorContext context) {
    if (agreement == null || agreement.getSignedOn().isEmpty() || agreement.getEntryIntoForce().isEmpty()
        || !agreement.getEntryIntoForce().get().isBefore(agreement.getSignedOn().get())) {
      return true;
    }
    Violations.report(context,
        new Object[] {
          "entryIntoForce", agreement.getEntryIntoForce().get().toString(),
          "signedOn", agreement.getSignedOn().get().toString()
        },
        "entryIntoForce");
    return false;
  }
}

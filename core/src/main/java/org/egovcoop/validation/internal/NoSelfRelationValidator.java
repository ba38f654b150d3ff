package org.egovcoop.validation.internal;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.egovcoop.agreement.Agreement;
import org.egovcoop.validation.NoSelfRelation;

/** Checks {@link NoSelfRelation}. */
public final class NoSelfRelationValidator implements ConstraintValidator<NoSelfRelation, Agreement> {

  @Override
  public boolean isValid(Agreement agreement, ConstraintValidatorContext context) {
    if (agreement == null) {
      return true;
    }
    boolean valid = true;
    for (int i = 0; i < agreement.getRelations().size(); i++) {
      if (agreement.getRelations().get(i).getTargetId().equals(agreement.getId())) {
        Violations.report(context, new Object[] {"id", agreement.getId()}, "relations", i, "targetId");
        valid = false;
      }
    }
    return valid;
  }
}

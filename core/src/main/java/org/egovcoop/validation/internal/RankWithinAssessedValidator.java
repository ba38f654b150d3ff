package org.egovcoop.validation.internal;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.OptionalInt;
import org.egovcoop.survey.IndexObservation;
import org.egovcoop.validation.RankWithinAssessed;

/** Checks {@link RankWithinAssessed}, by the model's own rule ({@link IndexObservation#rankIsWithinAssessed()}). */
public final class RankWithinAssessedValidator implements ConstraintValidator<RankWithinAssessed, IndexObservation> {

  @Override
  public boolean isValid(IndexObservation observation, ConstraintValidatorContext context) {
    if (observation == null || observation.rankIsWithinAssessed()) {
      return true;
    }
    Violations.report(context,
        new Object[] {"rank", observation.getRank().getAsInt(), "numberAssessed", observation.getNumberAssessed()},
        "rank");
    return false;
  }
}

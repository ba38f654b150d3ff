package org.egovcoop.validation.internal;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.OptionalInt;
import org.egovcoop.survey.IndexObservation;
import org.egovcoop.validation.RankWithinAssessed;

/** Checks {@link RankWithinAssessed}. */
public final class RankWithinAssessedValidator implements ConstraintValidator<RankWithinAssessed, IndexObservation> {

  /**
   * {@return whether its rank, if any, is at most the number assessed}
   *
   * @param observation the observation
   */
  public static boolean isValid(IndexObservation observation) {
    OptionalInt rank = observation.getRank();
    return rank.isEmpty() || rank.getAsInt() <= observation.getNumberAssessed();
  }

  @Override
  public boolean isValid(IndexObservation observation, ConstraintValidatorContext context) {
    if (observation == null || isValid(observation)) {
      return true;
    }
    Violations.report(context,
        new Object[] {"rank", observation.getRank().getAsInt(), "numberAssessed", observation.getNumberAssessed()},
        "rank");
    return false;
  }
}

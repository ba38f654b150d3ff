package org.egovcoop.validation.internal;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.math.BigDecimal;
import java.util.Optional;
import org.egovcoop.survey.IndexObservation;
import org.egovcoop.survey.SurveyIndex;
import org.egovcoop.validation.ScoreWithinRange;

/** Checks {@link ScoreWithinRange}. */
public final class ScoreWithinRangeValidator implements ConstraintValidator<ScoreWithinRange, IndexObservation> {

  /**
   * {@return whether its score, if any, lies within its index's range}
   *
   * @param observation the observation
   */
  public static boolean isValid(IndexObservation observation) {
    Optional<BigDecimal> score = observation.getScore();
    if (score.isEmpty()) {
      return true;
    }
    SurveyIndex index = observation.getIndex();
    return score.get().compareTo(index.minScore()) >= 0 && score.get().compareTo(index.maxScore()) <= 0;
  }

  @Override
  public boolean isValid(IndexObservation observation, ConstraintValidatorContext context) {
    if (observation == null || isValid(observation)) {
      return true;
    }
    Violations.report(context,
        new Object[] {
          "score", observation.getScore().get().toString(),
          "index", observation.getIndex().code(),
          "min", observation.getIndex().minScore().toString(),
          "max", observation.getIndex().maxScore().toString()
        },
        "score");
    return false;
  }
}

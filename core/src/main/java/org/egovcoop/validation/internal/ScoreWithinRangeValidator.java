package org.egovcoop.validation.internal;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.math.BigDecimal;
import java.util.Optional;
import org.egovcoop.survey.IndexObservation;
import org.egovcoop.survey.SurveyIndex;
import org.egovcoop.validation.ScoreWithinRange;

/** Checks {@link ScoreWithinRange}, by the model's own rule ({@link IndexObservation#scoreIsWithinRange()}). */
public final class ScoreWithinRangeValidator implements ConstraintValidator<ScoreWithinRange, IndexObservation> {

  @Override
  public boolean isValid(IndexObservation observation, ConstraintValidatorContext context) {
    if (observation == null || observation.scoreIsWithinRange()) {
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

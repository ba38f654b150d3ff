package org.egovcoop.internal;

import java.math.BigDecimal;
import java.util.List;
import org.egovcoop.geo.CountryCode;
import org.egovcoop.survey.IndexObservation;
import org.egovcoop.survey.SurveyIndex;

/**
 * The one way the readers (JSON, the bulk JSON path, the survey tables) make an observation from
 * the parts they have read, a rank or a score possibly absent. Internal: exported only to
 * egovcoop's own modules.
 */
public final class Observations {
  private Observations() {}

  /** The value of {@code rank} when the observation has none: no int is, so no rank read is lost. */
  public static final long NO_RANK = Long.MIN_VALUE;

  /**
   * {@return the observation, its invariants checked}
   *
   * @param index the index
   * @param edition the survey edition
   * @param country the country
   * @param numberAssessed the number of countries assessed
   * @param rank the rank (an int), or {@link #NO_RANK}
   * @param score the score, or null
   * @param sourceIds the ids of the sources, or null for none
   * @throws IllegalArgumentException if an invariant is broken (an
   *     {@link org.egovcoop.validation.InvalidAttributeException} naming the attribute)
   */
  public static IndexObservation of(SurveyIndex index, int edition, CountryCode country, int numberAssessed,
      long rank, BigDecimal score, List<String> sourceIds) {
    IndexObservation.Builder builder =
        IndexObservation.builder().index(index).edition(edition).country(country).numberAssessed(numberAssessed);
    if (rank != NO_RANK) {
      builder.rank(Math.toIntExact(rank));
    }
    if (score != null) {
      builder.score(score);
    }
    if (sourceIds != null) {
      builder.sourceIds(sourceIds);
    }
    return builder.build();
  }
}

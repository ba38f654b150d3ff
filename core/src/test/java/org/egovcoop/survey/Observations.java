package org.egovcoop.survey;

import java.math.BigDecimal;
import org.egovcoop.geo.CountryCode;

/** Small factory for test observations. */
final class Observations {
  private Observations() {}

  static IndexObservation egdi(String country, int edition, Integer rank, String score) {
    return of(SurveyIndex.EGDI, country, edition, rank, score);
  }

  static IndexObservation of(SurveyIndex index, String country, int edition, Integer rank, String score) {
    IndexObservation.Builder builder = IndexObservation.builder()
        .index(index)
        .edition(edition)
        .country(CountryCode.of(country))
        .numberAssessed(193);
    if (rank != null) {
      builder.rank(rank);
    }
    if (score != null) {
      builder.score(new BigDecimal(score));
    }
    return builder.build();
  }
}

package org.egovcoop.survey;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * The four EGDI groups in which the UN E-Government Survey places countries by their
 * E-Government Development Index: very high (0.75 and above), high (0.50 to below 0.75), middle
 * (0.25 to below 0.50) and low (below 0.25).
 *
 * <p>Source: the description of the EGDI in UN DESA's United Nations Public Administration
 * Country Studies (UNPACS), as reproduced by Knoema at
 * {@code tunisia.opendataforafrica.org/atlas/sources/UNPACS}: "Very High-EGDI (Greater than
 * 0.75), High-EGDI (Between 0.50 and 0.75), Middle-EGDI (Between 0.25 and 0.50), Low-EGDI (Less
 * than 0.25)". That wording does not say where a score of exactly 0.75, 0.50 or 0.25 belongs;
 * egovcoop puts it in the higher group: every lower bound is inclusive.
 *
 * <p>Not modelled: the "rating classes" into which recent editions of the survey split each
 * group (VH, V3, V2, V1 for very high, and so on). Their exact published definition (which
 * edition introduced them, and whether the four classes are quartiles of the countries or equal
 * score intervals) could not be confirmed from a UN source when this was written, so egovcoop
 * does not compute them rather than guess.
 */
public enum EgdiGroup {
  /** EGDI of 0.75 and above. */
  VERY_HIGH("very high", new BigDecimal("0.75")),
  /** EGDI from 0.50 to below 0.75. */
  HIGH("high", new BigDecimal("0.50")),
  /** EGDI from 0.25 to below 0.50. */
  MIDDLE("middle", new BigDecimal("0.25")),
  /** EGDI below 0.25. */
  LOW("low", BigDecimal.ZERO);

  private final String label;
  private final BigDecimal lowerBound;

  EgdiGroup(String label, BigDecimal lowerBound) {
    this.label = label;
    this.lowerBound = lowerBound;
  }

  /**
   * The group of an EGDI score.
   *
   * @param egdi a score from 0 to 1, as published
   * @return its group
   * @throws IllegalArgumentException naming the score if it lies outside 0 to 1
   */
  public static EgdiGroup of(BigDecimal egdi) {
    Objects.requireNonNull(egdi, "egdi");
    if (egdi.compareTo(SurveyIndex.EGDI.minScore()) < 0 || egdi.compareTo(SurveyIndex.EGDI.maxScore()) > 0) {
      throw new IllegalArgumentException("EGDI score " + egdi + " is outside the range 0 to 1");
    }
    for (EgdiGroup group : values()) {
      if (egdi.compareTo(group.lowerBound) >= 0) {
        return group;
      }
    }
    throw new AssertionError("LOW has lower bound 0");
  }

  /**
   * The group of an EGDI observation.
   *
   * @param observation an observation of the {@link SurveyIndex#EGDI}
   * @return its group, or empty if the observation has no score
   * @throws IllegalArgumentException if the observation is of another index, or its score lies
   *     outside 0 to 1
   */
  public static Optional<EgdiGroup> of(IndexObservation observation) {
    if (observation.getIndex() != SurveyIndex.EGDI) {
      throw new IllegalArgumentException(
          "EGDI groups apply to EGDI scores only, not to " + observation.getIndex().code());
    }
    return observation.getScore().map(EgdiGroup::of);
  }

  /** {@return the smallest score in the group (inclusive): 0.75, 0.50, 0.25 or 0} */
  public BigDecimal lowerBound() {
    return lowerBound;
  }

  /** {@return the group's name as the survey writes it: {@code very high}, {@code high}, …} */
  public String label() {
    return label;
  }
}

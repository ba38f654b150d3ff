package org.egovcoop.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Stream;
import org.egovcoop.testing.Cases;
import org.egovcoop.testing.PropertyTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class EgdiGroupTest {

  @ParameterizedTest
  @CsvSource({
    "1, VERY_HIGH", "0.75, VERY_HIGH", "0.750, VERY_HIGH", "0.7499999, HIGH", "0.50, HIGH", "0.5, HIGH",
    "0.4999, MIDDLE", "0.25, MIDDLE", "0.2499, LOW", "0, LOW", "0.0, LOW",
    // Uzbekistan's EGDI: 0.46951 in 2014, 0.54335 in 2016 (it moved from middle to high)
    "0.46951000000000004, MIDDLE", "0.54335, HIGH"
  })
  void groupsAScoreWithInclusiveLowerBounds(String score, EgdiGroup expected) {
    assertThat(EgdiGroup.of(new BigDecimal(score))).isEqualTo(expected);
  }

  @Test
  void rejectsScoresOutsideTheRange() {
    assertThatThrownBy(() -> EgdiGroup.of(new BigDecimal("1.0001")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1.0001");
    assertThatThrownBy(() -> EgdiGroup.of(new BigDecimal("-0.1")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("-0.1");
  }

  @Test
  void groupsEgdiObservationsOnly() {
    assertThat(EgdiGroup.of(Observations.egdi("KOR", 2016, 3, "0.89149"))).contains(EgdiGroup.VERY_HIGH);
    assertThat(EgdiGroup.of(Observations.egdi("SSD", 2010, null, null))).isEmpty();
    assertThatThrownBy(() -> EgdiGroup.of(Observations.of(SurveyIndex.OSI, "KOR", 2016, null, "0.94")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("osi");
  }

  /**
   * Pairs of scores from 0 to 1 with six decimals: every pair of the ends, the groups' lower
   * bounds and their neighbours a millionth away; then random ones.
   */
  static Stream<Arguments> scorePairs() {
    List<BigDecimal> edges = Stream.of(
            "0.000000", "0.000001", "0.249999", "0.250000", "0.250001", "0.499999", "0.500000", "0.500001",
            "0.749999", "0.750000", "0.750001", "0.999999", "1.000000")
        .map(BigDecimal::new)
        .toList();
    return Cases.pairs(edges, g -> BigDecimal.valueOf(g.between(0, 1_000_000), 6));
  }

  @PropertyTest
  @MethodSource("scorePairs")
  void aHigherScoreIsNeverInALowerGroup(BigDecimal a, BigDecimal b) {
    BigDecimal low = a.min(b);
    BigDecimal high = a.max(b);
    // groups are declared best first, so a better group has a smaller ordinal
    assertThat(EgdiGroup.of(high).ordinal()).isLessThanOrEqualTo(EgdiGroup.of(low).ordinal());
    assertThat(high.compareTo(EgdiGroup.of(high).lowerBound())).isGreaterThanOrEqualTo(0);
  }
}

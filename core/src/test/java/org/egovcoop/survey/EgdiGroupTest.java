package org.egovcoop.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.BigRange;
import net.jqwik.api.constraints.Scale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

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

  @Property
  void aHigherScoreIsNeverInALowerGroup(
      @ForAll @BigRange(min = "0", max = "1") @Scale(6) BigDecimal a,
      @ForAll @BigRange(min = "0", max = "1") @Scale(6) BigDecimal b) {
    BigDecimal low = a.min(b);
    BigDecimal high = a.max(b);
    // groups are declared best first, so a better group has a smaller ordinal
    assertThat(EgdiGroup.of(high).ordinal()).isLessThanOrEqualTo(EgdiGroup.of(low).ordinal());
    assertThat(high.compareTo(EgdiGroup.of(high).lowerBound())).isGreaterThanOrEqualTo(0);
  }
}

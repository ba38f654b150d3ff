package org.egovcoop.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class SurveyIndexTest {

  @ParameterizedTest
  @EnumSource(SurveyIndex.class)
  void everyIndexIsFoundByItsCodeAndScoresFromZeroToOne(SurveyIndex index) {
    assertThat(SurveyIndex.ofCode(index.code())).isSameAs(index);
    assertThat(SurveyIndex.findByCode(index.code().toUpperCase(java.util.Locale.ROOT))).containsSame(index);
    assertThat(index.minScore()).isEqualByComparingTo(BigDecimal.ZERO);
    assertThat(index.maxScore()).isEqualByComparingTo(BigDecimal.ONE);
    assertThat(index.title()).endsWith("Index");
  }

  @Test
  void onlyTheEgdiIsRankedAndItIsTheMeanOfThreeComponents() {
    assertThat(SurveyIndex.EGDI.isRanked()).isTrue();
    assertThat(SurveyIndex.OSI.isRanked()).isFalse();
    assertThat(SurveyIndex.EGDI.components()).containsExactly(SurveyIndex.OSI, SurveyIndex.HCI, SurveyIndex.TII);
    assertThat(SurveyIndex.EPI.components()).isEmpty();
  }

  @Test
  void unknownCodesAreRejectedNamingTheCode() {
    assertThatThrownBy(() -> SurveyIndex.ofCode("EGDI"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Unknown survey index 'EGDI': expected one of egdi, osi, hci, tii, epi");
    assertThat(SurveyIndex.findByCode("e-pat-index")).isEmpty();
    assertThat(SurveyIndex.findByCode(null)).isEmpty();
  }
}

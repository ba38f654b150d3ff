package org.egovcoop.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class RankChangeTest {

  @Test
  void uzbekistanRoseTwentyPlacesFrom2014To2016() {
    RankChange change = RankChange.between(
        Observations.egdi("UZB", 2014, 100, "0.46951"), Observations.egdi("UZB", 2016, 80, "0.54335"));
    assertThat(change.fromRank()).isEqualTo(100);
    assertThat(change.toRank()).isEqualTo(80);
    assertThat(change.placesGained()).isEqualTo(20);
    assertThat(change).hasToString("100 → 80 (+20)");
  }

  @Test
  void rendersLossesAndStandstills() {
    assertThat(RankChange.between(Observations.egdi("UZB", 2010, 87, null), Observations.egdi("UZB", 2012, 91, null)))
        .hasToString("87 → 91 (-4)")
        .extracting(RankChange::placesGained).isEqualTo(-4);
    assertThat(RankChange.between(Observations.egdi("KOR", 2016, 3, null), Observations.egdi("KOR", 2018, 3, null)))
        .hasToString("3 → 3 (0)");
  }

  @Test
  void refusesToCompareDifferentSeriesOrOrdersOrUnrankedEditions() {
    assertThatThrownBy(() -> RankChange.between(Observations.egdi("UZB", 2014, 100, null), Observations.egdi("KOR", 2016, 3, null)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("UZB").hasMessageContaining("KOR");
    assertThatThrownBy(() -> RankChange.between(Observations.egdi("UZB", 2016, 80, null), Observations.egdi("UZB", 2014, 100, null)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2016 to 2014");
    assertThatThrownBy(() -> RankChange.between(Observations.egdi("SSD", 2010, null, null), Observations.egdi("SSD", 2012, 175, null)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("unranked").hasMessageContaining("2010");
  }
}

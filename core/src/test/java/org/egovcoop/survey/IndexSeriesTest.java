package org.egovcoop.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.egovcoop.geo.CountryCode;
import org.junit.jupiter.api.Test;

class IndexSeriesTest {

  private static final List<IndexObservation> MIXED = List.of(
      Observations.egdi("UZB", 2016, 80, "0.54335"),
      Observations.egdi("KOR", 2016, 3, "0.89149"),
      Observations.of(SurveyIndex.OSI, "UZB", 2016, null, "0.6884100000000001"),
      Observations.egdi("UZB", 2010, 87, "0.44975"),
      Observations.egdi("UZB", 2014, 100, "0.46951000000000004"),
      Observations.egdi("UZB", 2012, 91, "0.5099100000000001"),
      Observations.egdi("UZB", 2018, 81, "0.6207"));

  @Test
  void keepsOneIndexForOneCountryInEditionOrder() {
    IndexSeries series = IndexSeries.of(SurveyIndex.EGDI, CountryCode.UZB, MIXED);
    assertThat(series.editions()).containsExactly(2010, 2012, 2014, 2016, 2018);
    assertThat(series.observations()).extracting(o -> o.getRank().getAsInt()).containsExactly(87, 91, 100, 80, 81);
    assertThat(series).hasToString("UZB egdi 2010: 87, 2012: 91, 2014: 100, 2016: 80, 2018: 81");
    assertThat(series.find(2016)).map(o -> o.getScore().get().toPlainString()).contains("0.54335");
    assertThat(series.find(2015)).isEmpty();
  }

  @Test
  void givesTheRankChangeBetweenTwoEditions() {
    IndexSeries series = IndexSeries.of(SurveyIndex.EGDI, CountryCode.UZB, MIXED);
    assertThat(series.rankChange(2014, 2016)).map(RankChange::toString).contains("100 → 80 (+20)");
    assertThat(series.rankChange(2010, 2018)).map(RankChange::placesGained).contains(6);
    assertThat(series.rankChange(2014, 2020)).isEmpty();
    assertThatThrownBy(() -> series.rankChange(2016, 2014)).isInstanceOf(IllegalArgumentException.class);
    assertThat(series.rankChanges()).extracting(RankChange::toString)
        .containsExactly("87 → 91 (-4)", "91 → 100 (-9)", "100 → 80 (+20)", "80 → 81 (-1)");
  }

  @Test
  void rankChangesSkipUnrankedEditions() {
    IndexSeries series = IndexSeries.of(SurveyIndex.EGDI, CountryCode.of("SSD"), List.of(
        Observations.egdi("SSD", 2010, null, null),
        Observations.egdi("SSD", 2012, 175, "0.22392"),
        Observations.egdi("SSD", 2014, 185, "0.14184")));
    assertThat(series.rankChange(2010, 2012)).isEmpty();
    assertThat(series.rankChanges()).extracting(RankChange::toString).containsExactly("175 → 185 (-10)");
    assertThat(series).hasToString("SSD egdi 2010: -, 2012: 175, 2014: 185");
  }

  @Test
  void rejectsTwoObservationsOfOneEdition() {
    assertThatThrownBy(() -> IndexSeries.of(SurveyIndex.EGDI, CountryCode.UZB, List.of(
            Observations.egdi("UZB", 2014, 100, null), Observations.egdi("UZB", 2014, 99, null))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("egdi").hasMessageContaining("UZB").hasMessageContaining("2014");
  }
}

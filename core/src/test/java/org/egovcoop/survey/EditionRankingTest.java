package org.egovcoop.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.egovcoop.geo.CountryCode;
import org.egovcoop.testing.Cases;
import org.egovcoop.testing.PropertyTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class EditionRankingTest {

  private static final List<IndexObservation> EDITION = List.of(
      Observations.egdi("KOR", 2010, 1, "0.87854"),
      Observations.egdi("USA", 2010, 2, "0.8510"),
      Observations.egdi("GBR", 2010, 2, "0.851"), // equal by value to USA's 0.8510
      Observations.egdi("UZB", 2010, 4, "0.44975"),
      Observations.egdi("SSD", 2010, null, null),
      Observations.egdi("KOR", 2012, 1, "0.92832"),
      Observations.of(SurveyIndex.OSI, "UZB", 2010, null, "0.99"));

  @Test
  void ranksByScoreWithTiesSharingARankAndTheNextRankSkipped() {
    EditionRanking ranking = EditionRanking.of(SurveyIndex.EGDI, 2010, EDITION);
    assertThat(ranking.entries()).extracting(EditionRanking.Entry::toString)
        .containsExactly("1 KOR 0.87854", "2 GBR 0.851", "2 USA 0.8510", "4 UZB 0.44975");
    assertThat(ranking.countriesAt(2)).containsExactly(CountryCode.of("GBR"), CountryCode.of("USA"));
    assertThat(ranking.countriesAt(3)).isEmpty();
    assertThat(ranking.rankOf(CountryCode.UZB)).hasValue(4);
  }

  @Test
  void leavesCountriesWithoutAScoreUnranked() {
    EditionRanking ranking = EditionRanking.of(SurveyIndex.EGDI, 2010, EDITION);
    assertThat(ranking.unscored()).containsExactly(CountryCode.of("SSD"));
    assertThat(ranking.rankOf(CountryCode.of("SSD"))).isEmpty();
    assertThat(ranking.percentileOf(CountryCode.of("SSD"))).isEmpty();
    assertThat(ranking.percentileOf(CountryCode.of("FRA"))).isEmpty();
  }

  @Test
  void percentileCountsTiesAsHalf() {
    EditionRanking ranking = EditionRanking.of(SurveyIndex.EGDI, 2010, EDITION);
    // KOR: 3 below, alone: 100 × 3.5 / 4; GBR: 1 below, 2 equal: 100 × 2 / 4; UZB: 0 below: 100 × 0.5 / 4
    assertThat(ranking.percentileOf(CountryCode.KOR)).contains(new BigDecimal("87.50"));
    assertThat(ranking.percentileOf(CountryCode.of("GBR"))).contains(new BigDecimal("50.00"));
    assertThat(ranking.percentileOf(CountryCode.UZB)).contains(new BigDecimal("12.50"));
  }

  @Test
  void rejectsTwoObservationsOfOneCountry() {
    assertThatThrownBy(() -> EditionRanking.of(SurveyIndex.EGDI, 2010, List.of(
            Observations.egdi("KOR", 2010, 1, "0.87854"), Observations.egdi("KOR", 2010, 1, "0.87"))))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("KOR").hasMessageContaining("2010");
  }

  /**
   * Scores as tenths (0 to 10, so that ties are common; 1 and 10 are 0.1 and 0.10, equal in value)
   * of 1 to 40 countries: one country, the most, all tied at either end, every score once in
   * either order; then random ones.
   */
  static Stream<Arguments> scores() {
    List<Integer> ascending = IntStream.rangeClosed(0, 10).boxed().toList();
    List<Integer> descending = new ArrayList<>(ascending);
    Collections.reverse(descending);
    List<List<Integer>> edges = List.of(
        List.of(0), List.of(1), List.of(2), List.of(9), List.of(10), Collections.nCopies(40, 0), Collections.nCopies(40, 10), List.of(1, 10),
        List.of(10, 1, 10, 1), ascending, descending,
        IntStream.range(0, 40).map(i -> i % 11).boxed().toList());
    return Cases.of(edges, g -> g.list(1, 40, () -> g.between(0, 10)));
  }

  /** A rank is one more than the number of strictly better scores, whatever the ties. */
  @PropertyTest
  @MethodSource("scores")
  void competitionRankingCountsStrictlyBetterScores(List<Integer> scores) {
    List<CountryCode> countries = new ArrayList<>(new java.util.TreeSet<>(CountryCode.values())).subList(0, scores.size());
    List<IndexObservation> observations = new ArrayList<>();
    for (int i = 0; i < scores.size(); i++) {
      observations.add(Observations.egdi(countries.get(i).alpha3(), 2018, null, "0." + scores.get(i)));
    }
    EditionRanking ranking = EditionRanking.of(SurveyIndex.EGDI, 2018, observations);
    for (int i = 0; i < scores.size(); i++) {
      BigDecimal mine = new BigDecimal("0." + scores.get(i));
      long better = scores.stream().filter(s -> new BigDecimal("0." + s).compareTo(mine) > 0).count();
      assertThat(ranking.rankOf(countries.get(i))).hasValue((int) better + 1);
      BigDecimal percentile = ranking.percentileOf(countries.get(i)).orElseThrow();
      assertThat(percentile).isGreaterThan(BigDecimal.ZERO).isLessThanOrEqualTo(new BigDecimal("100"));
    }
  }
}

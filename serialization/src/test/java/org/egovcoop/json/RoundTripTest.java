package org.egovcoop.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.egovcoop.portfolio.Portfolio;
import org.egovcoop.survey.IndexObservation;
import org.egovcoop.testing.PropertyTest;
import org.egovcoop.testing.Seeds;

/**
 * Round trips of random valid values: {@code decode(encode(x)).equals(x)}, and encoding what was
 * decoded gives the same bytes, for portfolios, observations and every type the module claims.
 */
class RoundTripTest {

  private static final EgovJson COMPACT = EgovJson.create();
  private static final EgovJson INDENTED = EgovJson.create().indented();

  @PropertyTest
  @Seeds(200)
  void portfolioRoundTrips(long seed) {
    Portfolio portfolio = new RandomModel(new Random(seed), false).portfolio();
    for (EgovJson json : List.of(COMPACT, INDENTED)) {
      byte[] bytes = json.writePortfolio(portfolio);
      Portfolio decoded = json.readPortfolio(bytes);

      assertThat(decoded).isEqualTo(portfolio);
      assertThat(json.writePortfolio(decoded)).isEqualTo(bytes);
    }
  }

  @PropertyTest
  @Seeds(100)
  void fullyPopulatedPortfolioRoundTrips(long seed) {
    Portfolio portfolio = new RandomModel(new Random(seed), true).portfolio();
    byte[] bytes = COMPACT.writePortfolio(portfolio);

    assertThat(COMPACT.readPortfolio(bytes)).isEqualTo(portfolio);
    assertThat(COMPACT.writePortfolio(COMPACT.readPortfolio(bytes))).isEqualTo(bytes);
  }

  @PropertyTest
  @Seeds(500)
  void observationRoundTripsKeepingEveryDecimalDigit(long seed) {
    IndexObservation observation = new RandomModel(new Random(seed), false).observation();
    byte[] bytes = COMPACT.writeObservation(observation);
    IndexObservation decoded = COMPACT.readObservation(bytes);

    assertThat(decoded).isEqualTo(observation);
    assertThat(decoded.getScore().map(s -> s.scale())).isEqualTo(observation.getScore().map(s -> s.scale()));
    assertThat(COMPACT.writeObservation(decoded)).isEqualTo(bytes);
  }

  @PropertyTest
  @Seeds(50)
  void observationArrayRoundTrips(long seed) {
    Random random = new Random(seed);
    RandomModel model = new RandomModel(random, false);
    List<IndexObservation> observations = new ArrayList<>();
    int n = random.nextInt(20);
    for (int i = 0; i < n; i++) {
      observations.add(model.observation());
    }
    byte[] bytes = INDENTED.writeObservations(observations);

    assertThat(INDENTED.readObservations(bytes)).isEqualTo(observations);
    assertThat(INDENTED.writeObservations(INDENTED.readObservations(bytes))).isEqualTo(bytes);
  }
}

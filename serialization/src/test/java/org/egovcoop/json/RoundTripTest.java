package org.egovcoop.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.egovcoop.json.internal.Codec;
import org.egovcoop.json.internal.Codecs;
import org.egovcoop.portfolio.Portfolio;
import org.egovcoop.survey.IndexObservation;
import tools.jackson.databind.json.JsonMapper;

/**
 * Round trips of random valid values: {@code decode(encode(x)).equals(x)}, and encoding what was
 * decoded gives the same bytes, for portfolios, observations and every type the module claims.
 */
class RoundTripTest {

  private static final EgovJson COMPACT = EgovJson.create();
  private static final EgovJson INDENTED = EgovJson.create().indented();

  @Provide
  Arbitrary<Portfolio> portfolios() {
    return Arbitraries.randomValue(random -> new RandomModel(random, false).portfolio());
  }

  @Provide
  Arbitrary<Portfolio> fullPortfolios() {
    return Arbitraries.randomValue(random -> new RandomModel(random, true).portfolio());
  }

  @Provide
  Arbitrary<IndexObservation> observations() {
    return Arbitraries.randomValue(random -> new RandomModel(random, false).observation());
  }

  @Property(tries = 200)
  void portfolioRoundTrips(@ForAll("portfolios") Portfolio portfolio) {
    for (EgovJson json : List.of(COMPACT, INDENTED)) {
      byte[] bytes = json.writePortfolio(portfolio);
      Portfolio decoded = json.readPortfolio(bytes);

      assertThat(decoded).isEqualTo(portfolio);
      assertThat(json.writePortfolio(decoded)).isEqualTo(bytes);
    }
  }

  @Property(tries = 100)
  void fullyPopulatedPortfolioRoundTrips(@ForAll("fullPortfolios") Portfolio portfolio) {
    byte[] bytes = COMPACT.writePortfolio(portfolio);

    assertThat(COMPACT.readPortfolio(bytes)).isEqualTo(portfolio);
    assertThat(COMPACT.writePortfolio(COMPACT.readPortfolio(bytes))).isEqualTo(bytes);
  }

  @Property(tries = 500)
  void observationRoundTripsKeepingEveryDecimalDigit(@ForAll("observations") IndexObservation observation) {
    byte[] bytes = COMPACT.writeObservation(observation);
    IndexObservation decoded = COMPACT.readObservation(bytes);

    assertThat(decoded).isEqualTo(observation);
    assertThat(decoded.getScore().map(s -> s.scale())).isEqualTo(observation.getScore().map(s -> s.scale()));
    assertThat(COMPACT.writeObservation(decoded)).isEqualTo(bytes);
  }

  @Property(tries = 50)
  void observationArrayRoundTrips(@ForAll Random random) {
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

  @Property(tries = 100)
  void everyTypeRoundTripsThroughTheModule(@ForAll Random random, @ForAll boolean full) {
    RandomModel model = new RandomModel(random, full);
    JsonMapper mapper = COMPACT.mapper();
    for (Codec<?> codec : Codecs.all()) {
      Object value = model.sampleOf(codec.type());
      byte[] bytes = mapper.writeValueAsBytes(value);
      Object decoded = mapper.readValue(bytes, codec.type());

      assertThat(decoded).as("%s from %s", codec.type().getSimpleName(), new String(bytes)).isEqualTo(value);
      assertThat(mapper.writeValueAsBytes(decoded)).isEqualTo(bytes);
    }
  }
}

package org.egovcoop.jackson2;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.egovcoop.json.EgovJson;
import org.egovcoop.json.RandomModel;
import org.egovcoop.portfolio.Portfolio;
import org.egovcoop.survey.IndexObservation;
import org.egovcoop.testing.PropertyTest;
import org.egovcoop.testing.Seeds;

/**
 * Random valid values (serialization's {@code RandomModel}: texts with quotes, backslashes,
 * slashes, tabs, line ends, control characters, accents and CJK) through Jackson 2 mappers: the
 * bytes are exactly {@link EgovJson}'s, compact and indented, and they read back equal.
 */
class Jackson2RoundTripTest {

  private static final ObjectMapper COMPACT = new ObjectMapper().findAndRegisterModules();
  private static final ObjectMapper INDENTED = EgovJackson2Mapper.of(EgovJson.create().indented());

  @PropertyTest
  @Seeds(100)
  void portfoliosAreEgovJsonsBytes(long seed) throws Exception {
    Portfolio portfolio = new RandomModel(new Random(seed), seed % 2 == 0).portfolio();

    byte[] compact = COMPACT.writeValueAsBytes(portfolio);
    assertThat(compact).isEqualTo(EgovJson.create().writePortfolio(portfolio));
    assertThat(COMPACT.readValue(compact, Portfolio.class)).isEqualTo(portfolio);
    String indented = INDENTED.writeValueAsString(portfolio) + "\n";
    assertThat(indented).isEqualTo(new String(EgovJson.create().indented().writePortfolio(portfolio),
        java.nio.charset.StandardCharsets.UTF_8));
    assertThat(INDENTED.readValue(indented, Portfolio.class)).isEqualTo(portfolio);
  }

  @PropertyTest
  @Seeds(50)
  void observationListsAreEgovJsonsBytes(long seed) throws Exception {
    Random random = new Random(seed);
    RandomModel model = new RandomModel(random, false);
    List<IndexObservation> observations = new ArrayList<>();
    for (int i = random.nextInt(20); i > 0; i--) {
      observations.add(model.observation());
    }

    byte[] compact = COMPACT.writeValueAsBytes(observations);
    assertThat(compact).isEqualTo(EgovJson.create().writeObservations(observations));
    assertThat(COMPACT.readValue(compact, new TypeReference<List<IndexObservation>>() {})).isEqualTo(observations);
  }
}

package org.egovcoop.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.egovcoop.json.databind.EgovJsonMapper;
import org.egovcoop.json.internal.Codec;
import org.egovcoop.json.internal.Codecs;
import org.egovcoop.testing.PropertyTest;
import org.egovcoop.testing.Seeds;
import tools.jackson.databind.json.JsonMapper;

/** Every egovcoop type, as a random value, round-trips through the Jackson 3 module. */
class ModuleRoundTripTest {
  private static final EgovJson COMPACT = EgovJson.create();

  /** Fully populated or not: each seed chooses. */
  @PropertyTest
  @Seeds(100)
  void everyTypeRoundTripsThroughTheModule(long seed) {
    Random random = new Random(seed);
    RandomModel model = new RandomModel(random, random.nextBoolean());
    JsonMapper mapper = EgovJsonMapper.of(COMPACT);
    for (Codec<?> codec : Codecs.all()) {
      Object value = model.sampleOf(codec.type());
      byte[] bytes = mapper.writeValueAsBytes(value);
      Object decoded = mapper.readValue(bytes, codec.type());

      assertThat(decoded).as("%s from %s", codec.type().getSimpleName(), new String(bytes)).isEqualTo(value);
      assertThat(mapper.writeValueAsBytes(decoded)).isEqualTo(bytes);
    }
  }
}

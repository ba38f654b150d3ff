package org.egovcoop.json;

import org.egovcoop.json.databind.EgovJsonMapper;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import org.egovcoop.agreement.Agreement;
import org.egovcoop.survey.IndexObservation;
import org.egovcoop.time.PartialDate;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.exc.InvalidDefinitionException;
import tools.jackson.databind.json.JsonMapper;

/**
 * What a stock Jackson 3 mapper without the module does with egovcoop types, as
 * docs/json-format.md describes: it writes something that is not the format, without any error,
 * and cannot read the types at all.
 */
class PlainMapperTest {

  private static final JsonMapper PLAIN = JsonMapper.builder().build();

  @Test
  void writesBeanPropertiesThatAreNotTheFormat() {
    Agreement agreement = Golden.portfolio().findAgreement(Golden.MOU_2017).orElseThrow();
    JsonNode plain = PLAIN.readTree(PLAIN.writeValueAsString(agreement));
    JsonNode ours = PLAIN.readTree(EgovJsonMapper.create().writeValueAsString(agreement));

    assertThat(plain).isNotEqualTo(ours);
    // Derived values become properties, enums are written by constant name,
    assertThat(plain.get("bilateral").asBoolean()).isTrue();
    assertThat(plain.get("kind").asString()).isEqualTo("MOU");
    assertThat(ours.get("kind").asString()).isEqualTo("mou");
    // and the scalar types, which have no bean getters, come out as empty objects: the date and the text are lost.
    assertThat(plain.get("signedOn").isObject() && plain.get("signedOn").isEmpty()).as(plain.toString()).isTrue();
    assertThat(plain.get("title").isObject() && plain.get("title").isEmpty()).as(plain.toString()).isTrue();
    assertThat(PLAIN.writeValueAsString(PartialDate.of(2013, 12))).isEqualTo("{}");
  }

  @Test
  void cannotReadTheTypes() {
    Throwable agreement = catchThrowable(() -> PLAIN.readValue("{\"id\": \"a\"}", Agreement.class));
    Throwable observation = catchThrowable(() -> PLAIN.readValue(
        "{\"index\":\"egdi\",\"edition\":2016,\"country\":\"UZB\",\"numberAssessed\":193}", IndexObservation.class));

    assertThat(agreement).isInstanceOf(InvalidDefinitionException.class).hasMessageContaining("abstract types");
    assertThat(observation).isInstanceOf(InvalidDefinitionException.class);
  }
}

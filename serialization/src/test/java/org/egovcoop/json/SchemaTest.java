package org.egovcoop.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.egovcoop.testing.PropertyTest;
import org.egovcoop.testing.Seeds;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The shipped JSON Schemas, checked by an independent validator (networknt json-schema-validator,
 * draft 2020-12, format assertions on): every valid document passes, every invalid fixture fails.
 */
class SchemaTest {

  private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
  private static final Schema PORTFOLIO = REGISTRY.getSchema(SchemaLocation.of("classpath:" + EgovJson.PORTFOLIO_SCHEMA));
  private static final Schema OBSERVATION = REGISTRY.getSchema(SchemaLocation.of("classpath:" + EgovJson.OBSERVATION_SCHEMA));

  static List<Error> validate(Schema schema, byte[] json) {
    return schema.validate(new String(json, StandardCharsets.UTF_8), InputFormat.JSON,
        context -> context.executionConfig(config -> config.formatAssertionsEnabled(true)));
  }

  @Test
  void schemasAreShippedAndReadable() {
    assertThat(EgovJson.portfolioSchema()).contains("\"$schema\": \"https://json-schema.org/draft/2020-12/schema\"");
    assertThat(EgovJson.observationSchema()).contains("\"numberAssessed\"").doesNotContain("\"agreement\"");
  }

  @Test
  void goldenFileIsValid() {
    assertThat(validate(PORTFOLIO, Golden.bytes())).isEmpty();
  }

  @Test
  void portfolioWithoutPersonalDataIsValid() {
    byte[] redacted = EgovJson.create().withoutPersonalData().writePortfolio(Golden.portfolio());

    assertThat(new String(Golden.bytes(), StandardCharsets.UTF_8)).contains("+82-2-2100-3955", "Kim Boo-kyum", "김부겸");
    assertThat(new String(redacted, StandardCharsets.UTF_8)).doesNotContain("+82-2-2100-3955", "Kim Boo-kyum", "김부겸");
    assertThat(validate(PORTFOLIO, redacted)).isEmpty();
    assertThat(EgovJson.create().readPortfolio(redacted).getPersons()).allSatisfy(p -> assertThat(p.getName()).isEmpty());
  }

  /** Fully populated or not, with personal data or without: each seed chooses. */
  @PropertyTest
  @Seeds(100)
  void randomPortfoliosAreValid(long seed) {
    Random random = new Random(seed);
    boolean full = random.nextBoolean();
    boolean redact = random.nextBoolean();
    EgovJson json = redact ? EgovJson.create().withoutPersonalData() : EgovJson.create();
    byte[] bytes = json.writePortfolio(new RandomModel(random, full).portfolio());

    assertThat(validate(PORTFOLIO, bytes)).as(new String(bytes, StandardCharsets.UTF_8)).isEmpty();
  }

  @PropertyTest
  @Seeds(200)
  void randomObservationsAreValid(long seed) {
    Random random = new Random(seed);
    boolean full = random.nextBoolean();
    byte[] bytes = EgovJson.create().writeObservation(new RandomModel(random, full).observation());

    assertThat(validate(OBSERVATION, bytes)).as(new String(bytes, StandardCharsets.UTF_8)).isEmpty();
  }

  static Stream<BrokenDocumentsTest.Broken> invalidFixtures() {
    return BrokenDocumentsTest.broken().filter(BrokenDocumentsTest.Broken::schema);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("invalidFixtures")
  void invalidFixturesFail(BrokenDocumentsTest.Broken broken) {
    Schema schema = broken.observation() ? OBSERVATION : PORTFOLIO;
    List<Error> errors;
    try {
      errors = validate(schema, broken.bytes());
    } catch (JacksonException notJson) {
      return; // rejected before validation: the text is not JSON
    }

    assertThat(errors).as(broken.json()).isNotEmpty();
  }

  @Test
  void manyInvalidFixturesAreSchemaChecked() {
    assertThat(invalidFixtures().count()).isGreaterThanOrEqualTo(30);
  }

  @Test
  void everyEnumOfTheCodecsIsAnEnumOfTheSchema() {
    JsonNode schema = JsonMapper.builder().build().readTree(EgovJson.portfolioSchema());
    List<List<String>> schemaEnums = new java.util.ArrayList<>();
    collectEnums(schema, schemaEnums);
    for (org.egovcoop.json.internal.EnumCodec<?> codes : org.egovcoop.json.internal.Enums.all()) {
      assertThat(schemaEnums).as("codes of %s", codes.type().getSimpleName()).contains(codes.codes());
    }
  }

  private static void collectEnums(JsonNode node, List<List<String>> out) {
    if (node.isObject() && node.has("enum")) {
      List<String> values = new java.util.ArrayList<>();
      node.get("enum").forEach(v -> values.add(v.asString()));
      out.add(values);
    }
    node.forEach(child -> collectEnums(child, out));
  }

  @Test
  void observationSchemaMatchesThePortfolioSchemasObservation() {
    JsonMapper mapper = JsonMapper.builder().build();
    JsonNode portfolio = mapper.readTree(EgovJson.portfolioSchema());
    JsonNode observation = mapper.readTree(EgovJson.observationSchema());

    assertThat(observation.get("properties")).isEqualTo(portfolio.at("/$defs/indexObservation/properties"));
    assertThat(observation.get("required")).isEqualTo(portfolio.at("/$defs/indexObservation/required"));
    for (String def : List.of("id", "ids", "countryCode", "decimal")) {
      assertThat(observation.at("/$defs/" + def)).isEqualTo(portfolio.at("/$defs/" + def));
    }
  }
}

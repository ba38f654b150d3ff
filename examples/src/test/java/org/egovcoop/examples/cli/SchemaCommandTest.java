package org.egovcoop.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.egovcoop.json.EgovJson;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The schema command prints the schemas that ship in the serialization jar, unchanged. */
class SchemaCommandTest {

  private static final JsonMapper MAPPER = JsonMapper.builder().build();

  @Test
  void printsThePortfolioSchema() {
    Run run = Run.of("schema");

    assertThat(run.exitCode).as("%s", run).isZero();
    assertThat(run.err).isEmpty();
    assertThat(run.out).isEqualTo(EgovJson.portfolioSchema()).endsWith("}\n");
    JsonNode schema = MAPPER.readTree(run.out);
    assertThat(schema.get("$schema").asString()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
    assertThat(schema.get("$id").asString()).endsWith("/egovcoop-portfolio-1.0.schema.json");
    assertThat(schema.at("/required").toString()).contains("\"formatVersion\"");
  }

  @Test
  void printsTheObservationSchemaWithObservation() {
    Run run = Run.of("schema", "--observation");

    assertThat(run.exitCode).as("%s", run).isZero();
    assertThat(run.out).isEqualTo(EgovJson.observationSchema());
    JsonNode schema = MAPPER.readTree(run.out);
    assertThat(schema.get("$id").asString()).endsWith("/egovcoop-observation-1.0.schema.json");
    assertThat(schema.at("/properties").propertyNames()).contains("index", "edition", "country", "rank", "numberAssessed");
  }

  @Test
  void badArgumentsAreOneLineWithExitCode2() {
    Run.of("schema", "--observations")
        .assertUsageError("egovcoop schema: Unknown option: '--observations' (see 'egovcoop schema --help')");
  }

  @Test
  void hasHelp() {
    assertThat(Run.helpOf("schema")).startsWith("Usage: egovcoop schema [-hV] [--observation]").contains("draft 2020-12");
  }
}

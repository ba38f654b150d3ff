package org.egovcoop.json;

import org.egovcoop.json.databind.EgovJsonMapper;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import java.util.Map;
import org.egovcoop.json.JsonProblem.Kind;
import org.egovcoop.portfolio.Portfolio;
import org.egovcoop.survey.IndexObservation;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Egovcoop values inside a caller's own structures, read and written by {@link EgovJsonMapper}. */
class MapperTest {

  private static final JsonMapper MAPPER = EgovJsonMapper.create();

  @Test
  void problemsInsideOtherStructuresHaveAbsolutePointers() {
    String json = "{\"first\": [{\"index\": \"egdi\", \"edition\": 2016, \"country\": \"UZB\", \"numberAssessed\": 193},\n"
        + "  {\"index\": \"egdi\", \"edition\": 2016.0, \"country\": \"QQQ\", \"numberAssessed\": 193, \"rank\": 200}]}";

    EgovJsonException e = catchThrowableOfType(EgovJsonException.class,
        () -> MAPPER.readValue(json, new TypeReference<Map<String, List<IndexObservation>>>() {}));

    assertThat(e.problems()).extracting(JsonProblem::pointer, JsonProblem::kind, JsonProblem::line)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("/first/1/edition", Kind.TYPE, 2),
            org.assertj.core.groups.Tuple.tuple("/first/1/country", Kind.INVALID_VALUE, 2));
    assertThat(e.getMessage()).doesNotContain("org.egovcoop", "java.", "through reference chain");
  }

  @Test
  void validationRunsOnValuesReadThroughTheMapper() {
    String json = "[{\"index\": \"egdi\", \"edition\": 2016, \"country\": \"UZB\", \"numberAssessed\": 193, \"rank\": 200}]";

    EgovJsonException e = catchThrowableOfType(EgovJsonException.class,
        () -> MAPPER.readValue(json, new TypeReference<List<IndexObservation>>() {}));

    assertThat(e.problems()).singleElement().satisfies(problem -> {
      assertThat(problem.kind()).isEqualTo(Kind.RULE);
      assertThat(problem.pointer()).isEqualTo("/0/rank");
      assertThat(problem.message()).isEqualTo("rank 200 exceeds the 193 countries assessed");
    });
  }

  @Test
  void theCallersOwnTypesAreReadStrictlyToo() {
    assertThat(catchThrowableOfType(JacksonException.class,
        () -> MAPPER.readValue("{\"a\": 80.5}", new TypeReference<Map<String, Integer>>() {}))).isNotNull();
    assertThat(catchThrowableOfType(JacksonException.class,
        () -> MAPPER.readValue("{\"a\": \"80\"}", new TypeReference<Map<String, Integer>>() {}))).isNotNull();
    assertThat(catchThrowableOfType(JacksonException.class,
        () -> MAPPER.readValue("{\"a\": 1, \"a\": 2}", new TypeReference<Map<String, Integer>>() {}))).isNotNull();
  }

  @Test
  void writesTheCanonicalFormInsideOtherStructures() {
    Portfolio portfolio = Golden.portfolio();
    String wrapped = MAPPER.writeValueAsString(Map.of("portfolio", portfolio));

    assertThat(wrapped).isEqualTo("{\"portfolio\":" + EgovJson.create().writePortfolioAsString(portfolio) + "}");
    assertThat(MAPPER.readValue(wrapped, new TypeReference<Map<String, Portfolio>>() {}))
        .containsEntry("portfolio", portfolio);
  }

  @Test
  void indentedMapperWritesTheGoldenLayout() {
    JsonMapper indented = EgovJsonMapper.of(EgovJson.create().indented());

    assertThat(indented.writeValueAsString(Golden.portfolio()) + "\n")
        .isEqualTo(new String(Golden.bytes(), java.nio.charset.StandardCharsets.UTF_8));
  }
}

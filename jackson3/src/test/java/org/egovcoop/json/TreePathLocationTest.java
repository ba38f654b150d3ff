package org.egovcoop.json;

import org.egovcoop.json.databind.EgovcoopModule;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.egovcoop.agreement.AgreementKind;
import org.egovcoop.json.JsonProblem.Kind;
import org.egovcoop.survey.IndexObservation;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A value bound from a tree ({@code readTree} then {@code treeToValue}) has no place in a text:
 * its problems have line 0 and column 0, as {@link JsonProblem} documents for an unknown place,
 * never Jackson's -1.
 */
class TreePathLocationTest {

  private final JsonMapper mapper = JsonMapper.builder().addModule(new EgovcoopModule()).build();

  @Test
  void aValueFromATreeHasUnknownLocations() {
    JsonNode tree = mapper.readTree(
        "{\"index\": \"egdi\", \"edition\": 2016, \"country\": \"UZB\", \"numberAssessed\": 193, \"rank\": 194}");

    EgovJsonException e = catchThrowableOfType(EgovJsonException.class,
        () -> mapper.treeToValue(tree, IndexObservation.class));

    assertThat(e).isNotNull();
    assertThat(e.problems()).singleElement().satisfies(problem -> {
      assertThat(problem.kind()).isEqualTo(Kind.RULE);
      assertThat(problem.pointer()).isEqualTo("/rank");
      assertThat(problem.line()).isZero();
      assertThat(problem.column()).isZero();
    });
  }

  @Test
  void aCodeFromATreeHasUnknownLocations() {
    JsonNode tree = mapper.readTree("\"MOU\"");

    EgovJsonException e = catchThrowableOfType(EgovJsonException.class,
        () -> mapper.treeToValue(tree, AgreementKind.class));

    assertThat(e).isNotNull();
    assertThat(e.problems()).singleElement().satisfies(problem -> {
      assertThat(problem.kind()).isEqualTo(Kind.INVALID_VALUE);
      assertThat(problem.value()).hasValue("MOU");
      assertThat(problem.line()).isZero();
      assertThat(problem.column()).isZero();
    });
  }
}

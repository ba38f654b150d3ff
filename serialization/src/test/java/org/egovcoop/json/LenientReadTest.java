package org.egovcoop.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.egovcoop.json.JsonProblem.Kind;
import org.egovcoop.portfolio.Portfolio;
import org.junit.jupiter.api.Test;

/** A lenient read skips unknown properties but lists each one; nothing else is relaxed. */
class LenientReadTest {

  private static final String DOCUMENT = "{\"formatVersion\": \"1.0\", \"id\": \"p\", \"title\": {\"en\": \"T\"},\n"
      + " \"generator\": {\"name\": \"x\", \"version\": [1, 2]},\n"
      + " \"persons\": [{\"id\": \"x\", \"nickname\": \"X\"}]}";

  @Test
  void unknownPropertiesAreListedWithPointerLineAndColumn() {
    ReadResult<Portfolio> result = EgovJson.create().readPortfolioLeniently(DOCUMENT.getBytes(StandardCharsets.UTF_8));

    assertThat(result.value().getPersons()).singleElement().satisfies(p -> assertThat(p.getId()).isEqualTo("x"));
    assertThat(result.ignoredProperties()).extracting(JsonProblem::pointer, JsonProblem::line, JsonProblem::column)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("/generator", 2, 15),
            org.assertj.core.groups.Tuple.tuple("/persons/0/nickname", 3, 38));
    assertThat(result.ignoredProperties()).allSatisfy(p -> assertThat(p.kind()).isEqualTo(Kind.UNKNOWN_PROPERTY));
  }

  @Test
  void strictReadRejectsTheSameDocument() {
    EgovJsonException e = catchThrowableOfType(EgovJsonException.class,
        () -> EgovJson.create().readPortfolio(DOCUMENT));

    assertThat(e.problems()).extracting(JsonProblem::pointer).containsExactly("/generator", "/persons/0/nickname");
  }

  @Test
  void otherProblemsStillFail() {
    String bad = DOCUMENT.replace("\"id\": \"x\"", "\"id\": 7");

    EgovJsonException e = catchThrowableOfType(EgovJsonException.class,
        () -> EgovJson.create().readPortfolioLeniently(new ByteArrayInputStream(bad.getBytes(StandardCharsets.UTF_8))));

    assertThat(e.problems()).extracting(JsonProblem::pointer).containsExactly("/persons/0/id");
  }

  @Test
  void aCleanDocumentHasNothingIgnored() {
    ReadResult<Portfolio> result = EgovJson.create().readPortfolioLeniently(Golden.bytes());

    assertThat(result.ignoredProperties()).isEmpty();
    assertThat(result.value()).isEqualTo(Golden.portfolio());
  }

  @Test
  void manyProblemsAreReportedInOnePass() {
    String bad = "{\"formatVersion\": \"1.0\", \"id\": \"p\", \"title\": {\"en\": \"T\"},\n"
        + " \"countries\": [\"KOR\", \"XX\"],\n"
        + " \"persons\": [{\"id\": 1}, {\"name\": {\"en\": \"N\"}}],\n"
        + " \"observations\": [{\"index\": \"egdi\", \"edition\": 2016.5, \"country\": \"UZB\", \"numberAssessed\": 193},\n"
        + "   {\"index\": \"egdi\", \"edition\": 2016, \"country\": \"UZB\", \"numberAssessed\": 193, \"score\": \"high\"}],\n"
        + " \"extra\": true}";

    EgovJsonException e = catchThrowableOfType(EgovJsonException.class, () -> EgovJson.create().readPortfolio(bad));

    assertThat(e.problems()).extracting(JsonProblem::pointer, JsonProblem::line).containsExactly(
        org.assertj.core.groups.Tuple.tuple("/countries/1", 2),
        org.assertj.core.groups.Tuple.tuple("/persons/0/id", 3),
        org.assertj.core.groups.Tuple.tuple("/persons/1", 3),
        org.assertj.core.groups.Tuple.tuple("/observations/0/edition", 4),
        org.assertj.core.groups.Tuple.tuple("/observations/1/score", 5),
        org.assertj.core.groups.Tuple.tuple("/extra", 6));
  }
}

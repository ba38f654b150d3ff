package org.egovcoop.spring.boot3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.groups.Tuple.tuple;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.egovcoop.agreement.Agreement;
import org.egovcoop.jackson2.EgovJackson2Mapper;
import org.egovcoop.json.BrokenDocumentRows;
import org.egovcoop.json.BrokenDocumentRows.Row;
import org.egovcoop.json.EgovJson;
import org.egovcoop.json.EgovJsonException;
import org.egovcoop.json.Golden;
import org.egovcoop.json.JsonProblem;
import org.egovcoop.json.ProblemReport;
import org.egovcoop.spring.boot3.app.TestApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A Boot 3 application with the starter and no advice of its own answers every broken document
 * of serialization's table with the problem response of the Boot 4 starter: the members
 * {@link ProblemReport} makes of {@code EgovJson}'s problems (the Boot 4 starter's handler sends
 * the same report, and its tests hold it to the same table), whether the body is read by the
 * message converter or by {@link EgovJson} in the controller; valid documents round-trip byte for
 * byte.
 */
@SpringBootTest(classes = TestApplication.class)
@AutoConfigureMockMvc
class ProblemResponsesTest {

  @Autowired
  MockMvc mvc;

  @Autowired
  ObjectMapper mapper;

  /** The rows that read with the default limits: a Boot application's reader has those. */
  static Stream<Row> defaultLimitRows() {
    return BrokenDocumentRows.all().stream().filter(row -> row.limits() == null);
  }

  /** The rows the converter sees: Spring answers an empty body itself, before any converter. */
  static Stream<Row> converterRows() {
    return defaultLimitRows().filter(row -> !row.json().isEmpty());
  }

  static MockHttpServletResponse send(MockMvc mvc, String path, String body, String language) throws Exception {
    var request = post(path).contentType(MediaType.APPLICATION_JSON).content(body.getBytes(StandardCharsets.UTF_8));
    if (language != null) {
      request.header("Accept-Language", language);
    }
    return mvc.perform(request).andReturn().getResponse();
  }

  /** The problem response's members, checked for what every one has. */
  static Map<String, Object> problemResponse(ObjectMapper mapper, MockHttpServletResponse response) throws Exception {
    assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(400);
    assertThat(response.getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    Map<String, Object> problem = mapper.readValue(response.getContentAsByteArray(), new TypeReference<>() {});
    assertThat(problem).containsEntry("status", 400).containsKeys("type", "title", "detail", "errors", "instance");
    return problem;
  }

  @SuppressWarnings("unchecked")
  static List<Map<String, Object>> errors(Map<String, Object> problem) {
    return (List<Map<String, Object>>) problem.get("errors");
  }

  /** {@return the problems {@link EgovJson} reports for the row's document} */
  static List<JsonProblem> egovJsonProblems(Row row) {
    byte[] json = row.json().getBytes(StandardCharsets.UTF_8);
    EgovJson reader = row.limits() == null ? EgovJson.create() : EgovJson.create().withLimits(row.limits());
    EgovJsonException read = catchThrowableOfType(EgovJsonException.class, () -> {
      if (row.observation()) {
        reader.readObservation(json);
      } else {
        reader.readPortfolio(json);
      }
    });
    assertThat(read).as("EgovJson rejects %s", row).isNotNull();
    return read.problems();
  }

  /** The response is the report of EgovJson's problems, the row's among them at the table's place. */
  static void assertReportsTheRowsProblems(Map<String, Object> problem, Row row, Locale locale) {
    ProblemReport expected = ProblemReport.of(egovJsonProblems(row), locale);
    assertThat(problem).containsEntry("type", expected.type().toString()).containsEntry("title", expected.title())
        .containsEntry("detail", expected.detail());
    assertThat(errors(problem)).isEqualTo(expected.errors());
    assertThat(errors(problem)).anySatisfy(error -> {
      assertThat(error.get("kind")).isEqualTo(ProblemReport.codeOf(row.kind()));
      assertThat(error.get("pointer")).isEqualTo(row.pointer());
      assertThat(error.get("line")).isEqualTo(row.line());
      assertThat(error.get("column")).isEqualTo(row.column());
      assertThat((String) error.get("message")).contains(row.message());
    });
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("converterRows")
  void theConverterAnswersEveryBrokenDocumentWithEgovJsonsProblems(Row row) throws Exception {
    Map<String, Object> problem = problemResponse(mapper,
        send(mvc, row.observation() ? "/observations" : "/portfolios", row.json(), null));

    assertReportsTheRowsProblems(problem, row, Locale.ENGLISH);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("defaultLimitRows")
  void egovJsonInAControllerGivesTheSameProblemResponses(Row row) throws Exception {
    Map<String, Object> problem = problemResponse(mapper,
        send(mvc, row.observation() ? "/egovjson/observations" : "/egovjson/portfolios", row.json(), null));

    assertReportsTheRowsProblems(problem, row, Locale.ENGLISH);
  }

  @Test
  void koreanRequestsGetKoreanTitlesAndRuleMessages() throws Exception {
    for (String path : List.of("/observations", "/egovjson/observations")) {
      Map<String, Object> problem = problemResponse(mapper,
          send(mvc, path, BrokenDocumentRows.rankAboveAssessed(), "ko-KR,ko;q=0.9,en;q=0.5"));

      assertThat(problem).as(path).containsEntry("type", ProblemReport.TYPE_BASE + "rule")
          .containsEntry("title", "문서가 모델의 규칙을 어깁니다")
          .containsEntry("detail", "문서에 문제가 1개 있습니다. errors에 적혀 있습니다.");
      assertThat(errors(problem)).as(path).singleElement().satisfies(error -> assertThat(error)
          .containsEntry("pointer", "/rank").containsEntry("line", 1).containsEntry("column", 85)
          .containsEntry("message", "순위 194위가 평가 대상 193개국을 초과합니다"));
    }
  }

  @Test
  void problemsOfSeveralKindsHaveTheGeneralType() throws Exception {
    String json = BrokenDocumentRows.validPortfolio().replace("\"KOR\", \"kind\"", "\"XXX\", \"kind\"")
        .replace("\"id\": \"p\"", "\"id\": \"p\", \"colour\": \"blue\"");

    Map<String, Object> problem = problemResponse(mapper, send(mvc, "/portfolios", json, null));

    assertThat(problem).containsEntry("type", ProblemReport.INVALID_DOCUMENT.toString())
        .containsEntry("title", "The document is not valid egovcoop JSON")
        .containsEntry("detail", "The document has 2 problems; errors names each.");
    assertThat(errors(problem)).extracting(error -> error.get("kind")).containsExactlyInAnyOrder("unknown-property",
        "invalid-value");
  }

  @Test
  void everyElementOfAListBodyIsChecked() throws Exception {
    String bad = "{\"id\": \"a\", \"kind\": \"MOU\", \"title\": {\"en\": \"A\"}}";
    String good = EgovJackson2Mapper.create().writeValueAsString(Golden.portfolio().getAgreements().get(0));
    String json = "[" + bad + ",\n " + good + ",\n " + bad.replace("\"a\"", "\"b\"").replace("MOU", "memo") + "]";

    Map<String, Object> problem = problemResponse(mapper, send(mvc, "/agreements", json, "ko"));

    assertThat(errors(problem)).filteredOn(error -> "invalid-value".equals(error.get("kind")))
        .extracting(error -> error.get("pointer"), error -> error.get("line"), error -> error.get("value"))
        .containsExactly(tuple("/0/kind", 1, "MOU"), tuple("/2/kind", 3, "memo"));
    assertThat(problem).containsEntry("title", "올바른 egovcoop JSON 문서가 아닙니다");
  }

  @Test
  void validDocumentsRoundTripByteForByte() throws Exception {
    byte[] portfolio = EgovJson.create().writePortfolio(Golden.portfolio());
    List<Agreement> agreements = Golden.portfolio().getAgreements();
    byte[] agreementsJson = EgovJackson2Mapper.create().writeValueAsBytes(agreements);

    for (String path : List.of("/portfolios", "/valid/portfolios", "/egovjson/portfolios")) {
      MockHttpServletResponse response = mvc.perform(post(path).contentType(MediaType.APPLICATION_JSON)
          .content(portfolio)).andReturn().getResponse();
      assertThat(response.getStatus()).as(path + ": " + response.getContentAsString()).isEqualTo(200);
      assertThat(response.getContentAsByteArray()).as(path).isEqualTo(portfolio);
    }
    MockHttpServletResponse response = mvc.perform(post("/agreements").contentType(MediaType.APPLICATION_JSON)
        .content(agreementsJson)).andReturn().getResponse();
    assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(200);
    assertThat(response.getContentAsByteArray()).isEqualTo(agreementsJson);
  }

  /**
   * {@code @Valid} on an egovcoop body: egovcoop's rules are checked while the body is read (here
   * by Hibernate Validator 8.0, Boot 3.5's), so a document that breaks one is answered with
   * egovcoop's problem response (kind {@code rule}); a valid document passes Bean Validation.
   */
  @Test
  void validOnAnEgovcoopBodyReportsEgovcoopsRulesAsProblems() throws Exception {
    String json = BrokenDocumentRows.validPortfolio().replace("\"organizationId\": \"uzb\"",
        "\"organizationId\": \"nowhere\"");

    Map<String, Object> problem = problemResponse(mapper, send(mvc, "/valid/portfolios", json, null));

    assertThat(errors(problem)).singleElement().satisfies(error -> assertThat(error)
        .containsEntry("kind", "rule").containsEntry("pointer", "/agreements/0/parties/1/organizationId")
        .containsEntry("message", "refers to unknown id 'nowhere'"));
  }
}

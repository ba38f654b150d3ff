package org.egovcoop.spring.boot;

import org.egovcoop.json.databind.EgovJsonMapper;
import static org.assertj.core.api.Assertions.assertThat;
import static org.egovcoop.test.EgovAssertions.assertThat;
import static org.egovcoop.test.EgovAssertions.assertThatReadingObservation;
import static org.egovcoop.test.EgovAssertions.assertThatReadingPortfolio;
import static org.egovcoop.test.EgovAssertions.problem;
import static org.egovcoop.test.EgovAssertions.violation;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import jakarta.validation.Validator;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.egovcoop.agreement.Agreement;
import org.egovcoop.agreement.Party;
import org.egovcoop.json.BrokenDocumentRows;
import org.egovcoop.json.BrokenDocumentRows.Row;
import org.egovcoop.json.EgovJson;
import org.egovcoop.json.JsonProblem;
import org.egovcoop.portfolio.Portfolio;
import org.egovcoop.spring.boot.app.TestApplication;
import org.egovcoop.test.DocumentAssert;
import org.egovcoop.testing.ModelGenerator;
import org.egovcoop.validation.ModelValidator;
import org.egovcoop.validation.ResolvableReferences;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * A Boot application with the starter and no advice of its own answers every broken document of
 * serialization's table with an RFC 9457 problem response that names each problem, whether the
 * body is read by the message converter or by {@link EgovJson} in the controller; valid documents
 * round-trip byte for byte.
 */
@SpringBootTest(classes = TestApplication.class)
@AutoConfigureMockMvc
class ProblemResponsesTest {

  @Autowired
  MockMvc mvc;

  @Autowired
  JsonMapper mapper;

  @Autowired
  Validator beanValidator;

  /** The rows that read with the default limits: a Boot application's mapper has those. */
  static Stream<Row> defaultLimitRows() {
    return BrokenDocumentRows.all().stream().filter(row -> row.limits() == null);
  }

  /** The rows the converter sees: Spring answers an empty body itself, before any converter. */
  static Stream<Row> converterRows() {
    return defaultLimitRows().filter(row -> !row.json().isEmpty());
  }

  static MockHttpServletResponse send(MockMvc mvc, String path, String body, String language) throws Exception {
    var request = post(path)
        .contentType(MediaType.APPLICATION_JSON).content(body.getBytes(StandardCharsets.UTF_8));
    if (language != null) {
      request.header("Accept-Language", language);
    }
    return mvc.perform(request).andReturn().getResponse();
  }

  /** The problem response's members, checked for what every one has. */
  static Map<String, Object> problemResponse(JsonMapper mapper, MockHttpServletResponse response) throws Exception {
    assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(400);
    assertThat(response.getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    Map<String, Object> problem = mapper.readValue(response.getContentAsByteArray(), new TypeReference<>() {});
    assertThat(problem).containsEntry("status", 400).containsKeys("type", "title", "detail", "errors", "instance");
    assertThat((String) problem.get("type")).startsWith(EgovcoopProblemHandler.TYPE_BASE);
    return problem;
  }

  @SuppressWarnings("unchecked")
  static List<Map<String, Object>> errors(Map<String, Object> problem) {
    return (List<Map<String, Object>>) problem.get("errors");
  }

  /** {@return the members of {@code errors} that these problems must give} */
  static List<Map<String, Object>> expectedErrors(List<JsonProblem> problems) {
    List<Map<String, Object>> errors = new ArrayList<>();
    for (JsonProblem problem : problems) {
      Map<String, Object> error = new LinkedHashMap<>();
      error.put("pointer", problem.pointer());
      error.put("line", problem.line());
      error.put("column", problem.column());
      error.put("kind", EgovcoopProblemHandler.codeOf(problem.kind()));
      error.put("message", problem.message());
      problem.value().ifPresent(value -> error.put("value", value));
      problem.expected().ifPresent(expected -> error.put("expected", expected));
      errors.add(error);
    }
    return errors;
  }

  /** {@return the problems {@link EgovJson} reports for the row's document, the row's own among them} */
  static List<JsonProblem> egovJsonProblems(Row row) {
    EgovJson reader = row.limits() == null ? EgovJson.create() : EgovJson.create().withLimits(row.limits());
    DocumentAssert<?> reading = row.observation() ? assertThatReadingObservation(row.json())
        : assertThatReadingPortfolio(row.json());
    return reading.readWith(reader).as("EgovJson reading %s", row).isRejected()
        .contains(problem(row.kind()).at(row.pointer()).line(row.line()).column(row.column())
            .messageContaining(row.message()))
        .actual();
  }

  /** The response lists EgovJson's problems, the row's among them, at the table's place. */
  static void assertListsTheRowsProblems(Map<String, Object> problem, Row row) {
    assertThat(errors(problem)).isEqualTo(expectedErrors(egovJsonProblems(row)));
    assertThat(errors(problem)).anySatisfy(error -> {
      assertThat(error.get("kind")).isEqualTo(EgovcoopProblemHandler.codeOf(row.kind()));
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

    assertListsTheRowsProblems(problem, row);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("defaultLimitRows")
  void egovJsonInAControllerGivesProblemDetailsAtEgovJsonsLocations(Row row) throws Exception {
    Map<String, Object> problem = problemResponse(mapper,
        send(mvc, row.observation() ? "/egovjson/observations" : "/egovjson/portfolios", row.json(), null));

    assertListsTheRowsProblems(problem, row);
  }

  @Test
  void oneKindGivesItsOwnTypeAndTitle() throws Exception {
    Map<String, Object> problem = problemResponse(mapper,
        send(mvc, "/observations", BrokenDocumentRows.rankAboveAssessed(), "en"));

    assertThat(problem).containsEntry("type", EgovcoopProblemHandler.TYPE_BASE + "rule")
        .containsEntry("title", "The document breaks a rule of the model")
        .containsEntry("detail", "The document has 1 problem; errors names it.")
        .containsEntry("instance", "/observations");
    assertThat(errors(problem)).singleElement().satisfies(error -> assertThat(error)
        .containsEntry("pointer", "/rank").containsEntry("kind", "rule").doesNotContainKeys("value", "expected")
        .containsEntry("message", "rank 194 exceeds the 193 countries assessed"));
  }

  @Test
  void koreanRequestsGetKoreanTitlesAndRuleMessages() throws Exception {
    for (String path : List.of("/observations", "/egovjson/observations")) {
      Map<String, Object> problem = problemResponse(mapper,
          send(mvc, path, BrokenDocumentRows.rankAboveAssessed(), "ko-KR,ko;q=0.9,en;q=0.5"));

      assertThat(problem).as(path).containsEntry("title", "문서가 모델의 규칙을 어깁니다")
          .containsEntry("detail", "문서에 문제가 1개 있습니다. errors에 적혀 있습니다.");
      assertThat(errors(problem)).as(path).singleElement().satisfies(error -> assertThat(error)
          .containsEntry("pointer", "/rank").containsEntry("message", "순위 194위가 평가 대상 193개국을 초과합니다"));
    }
  }

  @Test
  void problemsOfSeveralKindsHaveTheGeneralType() throws Exception {
    String json = BrokenDocumentRows.validPortfolio().replace("\"KOR\", \"kind\"", "\"XXX\", \"kind\"")
        .replace("\"id\": \"p\"", "\"id\": \"p\", \"colour\": \"blue\"");

    Map<String, Object> problem = problemResponse(mapper, send(mvc, "/portfolios", json, null));

    assertThat(problem).containsEntry("type", EgovcoopProblemHandler.INVALID_DOCUMENT.toString())
        .containsEntry("title", "The document is not valid egovcoop JSON")
        .containsEntry("detail", "The document has 2 problems; errors names each.");
    assertThat(errors(problem)).extracting(error -> error.get("kind")).containsExactlyInAnyOrder("unknown-property",
        "invalid-value");
  }

  @Test
  void everyElementOfAListBodyIsChecked() throws Exception {
    String bad = "{\"id\": \"a\", \"kind\": \"MOU\", \"title\": {\"en\": \"A\"}}";
    String good = new String(EgovJsonMapper.create().writeValueAsBytes(validAgreements(1).get(0)),
        StandardCharsets.UTF_8);
    String json = "[" + bad + ",\n " + good + ",\n " + bad.replace("\"a\"", "\"b\"").replace("MOU", "memo") + "]";

    Map<String, Object> problem = problemResponse(mapper, send(mvc, "/agreements", json, null));

    assertThat(errors(problem)).filteredOn(error -> "invalid-value".equals(error.get("kind")))
        .extracting(error -> error.get("pointer"), error -> error.get("line"), error -> error.get("value"))
        .containsExactly(org.assertj.core.groups.Tuple.tuple("/0/kind", 1, "MOU"),
            org.assertj.core.groups.Tuple.tuple("/2/kind", 3, "memo"));
  }

  /**
   * {@return generated agreements that keep every rule and whose texts are Unicode (the generator
   * makes some that do not, such as texts with lone surrogates, which the format refuses)}
   */
  static List<Agreement> validAgreements(int count) {
    ModelGenerator generator = new ModelGenerator(11);
    ModelValidator validator = ModelValidator.create();
    EgovJson json = EgovJson.create();
    return Stream.generate(generator::agreement).filter(a -> validator.validate(a).isEmpty())
        .filter(a -> readsBack(json, a)).limit(count).toList();
  }

  private static boolean readsBack(EgovJson json, Agreement agreement) {
    try {
      EgovJsonMapper.of(json).readValue(EgovJsonMapper.of(json).writeValueAsBytes(agreement), Agreement.class);
      return true;
    } catch (RuntimeException e) {
      return false;
    }
  }

  @Test
  void validDocumentsRoundTripByteForByte() throws Exception {
    byte[] portfolio = EgovJson.create().writePortfolio(EgovJson.create().readPortfolio(
        BrokenDocumentRows.validPortfolio().getBytes(StandardCharsets.UTF_8)));
    List<Agreement> generated = validAgreements(3);
    byte[] agreements = EgovJsonMapper.create().writeValueAsBytes(generated);

    for (String path : List.of("/portfolios", "/valid/portfolios", "/egovjson/portfolios")) {
      MockHttpServletResponse response = mvc.perform(post(path).contentType(MediaType.APPLICATION_JSON)
          .content(portfolio)).andReturn().getResponse();
      assertThat(response.getStatus()).as(path + ": " + response.getContentAsString()).isEqualTo(200);
      assertThat(response.getContentAsByteArray()).as(path).isEqualTo(portfolio);
    }
    MockHttpServletResponse response = mvc.perform(post("/agreements").contentType(MediaType.APPLICATION_JSON)
        .content(agreements)).andReturn().getResponse();
    assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(200);
    assertThat(response.getContentAsByteArray()).isEqualTo(agreements);
  }

  /**
   * Boot's own Bean Validation validator (Hibernate Validator as Boot manages it) checks a value
   * built in code by egovcoop's constraints, reporting each at the path ModelValidator gives.
   */
  @Test
  void bootsValidatorChecksEgovcoopsConstraintsOnAValueBuiltInCode() {
    Portfolio valid = EgovJson.create().readPortfolio(BrokenDocumentRows.validPortfolio());
    Agreement agreement = valid.getAgreements().get(0);
    Party unknown = Party.builder().from(agreement.getParties().get(1)).organizationId("nowhere").build();
    Portfolio broken = Portfolio.builder().from(valid).agreements(List.of(Agreement.builder().from(agreement)
        .parties(List.of(agreement.getParties().get(0), unknown)).build())).build();

    assertThat(beanValidator.validate(valid)).isEmpty();
    assertThat(beanValidator.validate(broken))
        .containsOnly(violation(ResolvableReferences.class).at("agreements[0].parties[1].organizationId"));
    assertThat(ModelValidator.create().validate(broken))
        .containsOnly(violation(ResolvableReferences.class).at("agreements[0].parties[1].organizationId"));
  }

  /**
   * {@code @Valid} on an egovcoop body: egovcoop's rules are checked while the body is read, so a
   * document that breaks one is answered with egovcoop's problem response (kind {@code rule}),
   * never with Spring's MethodArgumentNotValidException; a valid document passes Bean Validation.
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

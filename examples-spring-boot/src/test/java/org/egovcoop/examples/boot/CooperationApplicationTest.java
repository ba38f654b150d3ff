package org.egovcoop.examples.boot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.egovcoop.agreement.Agreement;
import org.egovcoop.json.BrokenDocumentRows;
import org.egovcoop.json.BrokenDocumentRows.Row;
import org.egovcoop.json.EgovJson;
import org.egovcoop.json.EgovJsonException;
import org.egovcoop.json.JsonLimits;
import org.egovcoop.json.JsonProblem;
import org.egovcoop.portfolio.Portfolio;
import org.egovcoop.spring.boot.EgovcoopProblemHandler;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The example application on a real server (127.0.0.1, a free port), asked by a real HTTP client,
 * {@code java.net.http}, as its clients would ask it: every broken document is answered
 * {@code 400 application/problem+json}, and the {@code errors} it lists are exactly the problems
 * that {@link EgovJson} reports for the same bytes, at the same pointers, lines and columns.
 *
 * <p>Two kinds of expectation, so that a regression in both the application and
 * {@code EgovJson} cannot pass: the whole {@code errors} array is derived from {@code EgovJson};
 * and each document also names its own problem with a pointer, line and column written here (and
 * checked to be the place of the text the problem is about).
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "server.address=127.0.0.1")
class CooperationApplicationTest {

  /** The limits that application.properties sets, written out again. */
  static final JsonLimits LIMITS = JsonLimits.builder().maxNestingDepth(16).maxStringLength(10_000)
      .maxDocumentLength(4_194_304).build();

  /** A valid portfolio: two ministries, and the MOU of 2017 that follows the MOU of 2013. */
  static final String VALID = """
      {"formatVersion": "1.0",
       "id": "kor-uzb",
       "title": {"ko": "한국–우즈베키스탄 전자정부 협력", "en": "Korea–Uzbekistan e-government cooperation"},
       "organizations": [
        {"id": "kor-mois", "name": {"en": "Ministry of the Interior and Safety"}, "country": "KOR", "kind": "ministry"},
        {"id": "uzb-mitc", "name": {"en": "Ministry for the Development of ICT"}, "country": "UZB", "kind": "ministry"}],
       "agreements": [
        {"id": "mou-2013", "kind": "mou", "legalNature": "binding", "title": {"en": "MOU of 2013"},
         "parties": [{"organizationId": "kor-mois", "country": "KOR"}, {"organizationId": "uzb-mitc", "country": "UZB"}],
         "signedOn": "2013-12"},
        {"id": "mou-2017", "kind": "mou", "legalNature": "binding", "title": {"en": "MOU of 2017"},
         "parties": [{"organizationId": "kor-mois", "country": "KOR"}, {"organizationId": "uzb-mitc", "country": "UZB"}],
         "signedOn": "2017-11-22", "relations": [{"kind": "follows", "targetId": "mou-2013"}]}]
      }
      """;

  private static final String PROBLEM_TYPES = "https://github.com/egovcoop/egovcoop/blob/main/docs/problems.md#";

  private static final HttpClient CLIENT = HttpClient.newHttpClient();

  @LocalServerPort
  int port;

  /** Boot's mapper, with egovcoop's module: it reads the responses. */
  @Autowired
  JsonMapper mapper;

  /** The starter's reader of portfolio bodies. */
  @Autowired
  EgovJson egovJson;

  /**
   * A broken document and the problem it must be answered with, among others EgovJson finds.
   *
   * @param name what is broken
   * @param json the document
   * @param kind the problem's kind code
   * @param pointer its JSON Pointer
   * @param line its line
   * @param column its column, in characters
   * @param marker the text the problem is about, which starts at that line and column
   * @param message text its message contains
   */
  record Broken(String name, String json, String kind, String pointer, int line, int column, String marker,
      String message) {
    @Override
    public String toString() {
      return name;
    }
  }

  /** {@return the valid portfolio with the first occurrence of a text replaced} */
  static String valid(String text, String replacement) {
    assertThat(VALID).contains(text);
    return VALID.replaceFirst(Pattern.quote(text), Matcher.quoteReplacement(replacement));
  }

  static Stream<Broken> broken() {
    String twoParties = "\"parties\": [{\"organizationId\": \"kor-mois\", \"country\": \"KOR\"}, "
        + "{\"organizationId\": \"uzb-mitc\", \"country\": \"UZB\"}],\n   \"signedOn\": \"2013-12\"";
    return Stream.of(
        new Broken("syntax: a comma before '}'", valid("\"2013-12\"}", "\"2013-12\",}"),
            "syntax", "/agreements/0", 10, 26, "}", "(JSON has no comma before '}')"),
        new Broken("unknown property", valid("\"binding\",", "\"binding\", \"budget\": 5,"),
            "unknown-property", "/agreements/0/budget", 8, 73, "5,", "unknown property 'budget'"),
        new Broken("duplicate property", valid("\"id\": \"mou-2017\",", "\"id\": \"mou-2017\", \"id\": \"mou-2018\","),
            "duplicate", "/agreements/1/id", 11, 28, "\"mou-2018\"", "duplicate property 'id'"),
        // the column counts characters: in UTF-8 bytes, with the Korean text before it, it would be 128
        new Broken("duplicate language", valid("cooperation\"}", "cooperation\", \"ko\": \"협력\"}"),
            "duplicate", "/title/ko", 3, 96, "\"협력\"", "duplicate language 'ko'"),
        new Broken("type: a number for a date", valid("\"signedOn\": \"2013-12\"", "\"signedOn\": 2013"),
            "type", "/agreements/0/signedOn", 10, 16, "2013}", "found the number 2013"),
        new Broken("unknown code", valid("\"kind\": \"mou\"", "\"kind\": \"memorandum\""),
            "invalid-value", "/agreements/0/kind", 8, 30, "\"memorandum\"", "unknown code 'memorandum'"),
        new Broken("unknown country code", valid("\"UZB\", \"kind\"", "\"UZ\", \"kind\""),
            "invalid-value", "/organizations/1/country", 6, 88, "\"UZ\"", "unknown country code 'UZ'"),
        new Broken("rule: one party", valid(twoParties, twoParties.replace(", {\"organizationId\": \"uzb-mitc\","
            + " \"country\": \"UZB\"}", "")),
            "rule", "/agreements/0/parties", 9, 15, "[{", "an agreement needs at least 2 parties"),
        new Broken("lineage: an unknown predecessor", valid("\"targetId\": \"mou-2013\"", "\"targetId\": \"mou-2009\""),
            "rule", "/agreements/1/relations/0/targetId", 13, 76, "\"mou-2009\"", "refers to unknown id 'mou-2009'"),
        new Broken("lineage: related to itself", valid("\"targetId\": \"mou-2013\"", "\"targetId\": \"mou-2017\""),
            "rule", "/agreements/1/relations/0/targetId", 13, 76, "\"mou-2017\"",
            "agreement 'mou-2017' cannot relate to itself"),
        new Broken("lineage: a cycle", valid("\"2013-12\"}", "\"2013-12\", \"relations\": [{\"kind\": \"renews\","
            + " \"targetId\": \"mou-2017\"}]}"),
            "rule", "/agreements/1/relations/0/targetId", 13, 76, "\"mou-2013\"",
            "relation of 'mou-2017' to 'mou-2013' closes a cycle in the lineage of agreements"),
        new Broken("lineage: a successor signed first", valid("\"2017-11-22\"", "\"2012-05\""),
            "rule", "/agreements/1/signedOn", 13, 16, "\"2012-05\"", "signed on 2012-05, before 'mou-2013'"),
        // egovcoop.json.limits.max-nesting-depth=16 in application.properties; reported where reading
        // stopped, just after the bracket that is one too deep
        new Broken("limit: nesting depth", valid("\"binding\",", "\"binding\", \"note\": " + "[".repeat(14)
            + "]".repeat(14) + ","),
            "limit", "/agreements/0/note" + "/0".repeat(13), 8, 85, "]]", "nesting depth 17 exceeds the limit of 16"),
        // egovcoop.json.limits.max-string-length=10000
        new Broken("limit: string length", valid("\"MOU of 2013\"", "\"" + "x".repeat(10_001) + "\""),
            "limit", "/agreements/0/title/en", 8, 79, "\"xxx", "string value length 10001 exceeds the limit of 10000"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("broken")
  void aBrokenPortfolioIsAnsweredWithEgovJsonsProblems(Broken broken) throws Exception {
    assertThat(textAt(broken.json(), broken.line(), broken.column())).as("the text at %d:%d", broken.line(),
        broken.column()).startsWith(broken.marker());

    Map<String, Object> problem = problemResponse(post("/portfolios", broken.json(), null));

    assertThat(errors(problem)).as("the document's own problem").anySatisfy(error -> {
      assertThat(error).containsEntry("kind", broken.kind()).containsEntry("pointer", broken.pointer())
          .containsEntry("line", broken.line()).containsEntry("column", broken.column());
      assertThat((String) error.get("message")).contains(broken.message());
    });
    assertThat(errors(problem)).as("EgovJson's problems").isEqualTo(asErrors(egovJsonProblems(broken.json(),
        Locale.ENGLISH)));
  }

  /** The portfolios of serialization's broken-document table that read with the default limits. */
  static Stream<Row> tableRows() {
    return BrokenDocumentRows.all().stream()
        .filter(row -> !row.observation() && row.limits() == null && !row.json().isEmpty());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("tableRows")
  void everyPortfolioOfTheBrokenDocumentTableIsAnsweredWithEgovJsonsProblems(Row row) throws Exception {
    Map<String, Object> problem = problemResponse(post("/portfolios", row.json(), null));

    assertThat(errors(problem)).as("EgovJson's problems").isEqualTo(asErrors(egovJsonProblems(row.json(),
        Locale.ENGLISH)));
    assertThat(errors(problem)).as("the table's problem").anySatisfy(error -> {
      assertThat(error).containsEntry("kind", EgovcoopProblemHandler.codeOf(row.kind()))
          .containsEntry("pointer", row.pointer()).containsEntry("line", row.line())
          .containsEntry("column", row.column());
      assertThat((String) error.get("message")).contains(row.message());
    });
  }

  @Test
  void theTableHasBrokenPortfoliosOfEveryKind() {
    assertThat(tableRows().map(Row::kind).distinct()).hasSameElementsAs(List.of(JsonProblem.Kind.values()));
  }

  @Test
  void aKoreanClientGetsKoreanTitlesAndRuleMessages() throws Exception {
    String json = valid("\"targetId\": \"mou-2013\"", "\"targetId\": \"mou-2017\"");

    Map<String, Object> problem = problemResponse(post("/portfolios", json, "ko-KR,ko;q=0.9,en;q=0.5"));

    assertThat(problem).containsEntry("type", PROBLEM_TYPES + "rule")
        .containsEntry("title", "문서가 모델의 규칙을 어깁니다")
        .containsEntry("detail", "문서에 문제가 1개 있습니다. errors에 적혀 있습니다.");
    assertThat(errors(problem)).singleElement().satisfies(error -> assertThat(error)
        .containsEntry("pointer", "/agreements/1/relations/0/targetId").containsEntry("line", 13)
        .containsEntry("column", 76).containsEntry("kind", "rule")
        .containsEntry("message", "협정 'mou-2017'은(는) 자기 자신과 관계를 맺을 수 없습니다"));
    assertThat(errors(problem)).isEqualTo(asErrors(egovJsonProblems(json, Locale.KOREAN)));
  }

  @Test
  void anEnglishClientGetsTheSameProblemInEnglish() throws Exception {
    Map<String, Object> problem = problemResponse(post("/portfolios",
        valid("\"targetId\": \"mou-2013\"", "\"targetId\": \"mou-2017\""), "en"));

    assertThat(problem).containsEntry("title", "The document breaks a rule of the model")
        .containsEntry("detail", "The document has 1 problem; errors names it.")
        .containsEntry("instance", "/portfolios");
  }

  /** One agreement of a list body, valid, without its closing brace. */
  private static final String AGREEMENT = "{\"id\": \"mou-2013\", \"kind\": \"mou\", \"legalNature\": \"binding\","
      + " \"title\": {\"en\": \"A\"}, \"parties\": [{\"organizationId\": \"kor-mois\", \"country\": \"KOR\"},"
      + " {\"organizationId\": \"uzb-mitc\", \"country\": \"UZB\"}]";

  /**
   * A list body is checked element by element, every bad one reported at its own place: here the
   * first (an unknown code) and the third (a number for a date), not the second.
   */
  @Test
  void everyBadAgreementOfAListIsReported() throws Exception {
    String json = "[" + AGREEMENT.replace("\"mou\"", "\"memorandum\"") + "},\n " + AGREEMENT + "},\n "
        + AGREEMENT.replace("mou-2013", "mou-2017") + ", \"signedOn\": 2017}]";
    assertThat(textAt(json, 1, 29)).startsWith("\"memorandum\"");
    assertThat(textAt(json, 3, 209)).startsWith("2017}]");

    Map<String, Object> problem = problemResponse(post("/agreements", json, null));

    assertThat(problem).containsEntry("type", PROBLEM_TYPES + "invalid-document");
    assertThat(errors(problem)).extracting(error -> error.get("kind"), error -> error.get("pointer"),
        error -> error.get("line"), error -> error.get("column")).containsExactly(
            tuple("invalid-value", "/0/kind", 1, 29), tuple("type", "/2/signedOn", 3, 209));
  }

  /**
   * A rule of one agreement holds in a list body too: an agreement related to itself. (The rules
   * across agreements, such as a cycle in the lineage, need a portfolio.) It is placed at the
   * value it concerns, as in a portfolio body.
   */
  @Test
  void aRuleOfOneAgreementHoldsInAList() throws Exception {
    String json = "[" + AGREEMENT.replace("mou-2013", "mou-2017")
        + ",\n \"relations\": [{\"kind\": \"follows\", \"targetId\": \"mou-2017\"}]}]";

    Map<String, Object> problem = problemResponse(post("/agreements", json, null));

    assertThat(errors(problem)).singleElement().satisfies(error -> assertThat(error)
        .containsEntry("kind", "rule").containsEntry("pointer", "/0/relations/0/targetId").containsEntry("line", 2)
        .containsEntry("column", json.substring(json.indexOf('\n') + 1).indexOf("\"mou-2017\"") + 1)
        .containsEntry("message", "agreement 'mou-2017' cannot relate to itself"));
  }

  @Test
  void theGoldenPortfolioRoundTrips() throws Exception {
    byte[] golden = golden();
    Portfolio portfolio = EgovJson.create().readPortfolio(golden);
    byte[] canonical = EgovJson.create().writePortfolio(portfolio);

    // the golden file is indented; the answer is the canonical compact form of the same value
    HttpResponse<byte[]> indented = post("/portfolios", golden, null);
    assertThat(indented.statusCode()).isEqualTo(200);
    assertThat(indented.headers().firstValue("Content-Type")).hasValue("application/json");
    assertThat(EgovJson.create().readPortfolio(indented.body())).isEqualTo(portfolio);
    assertThat(indented.body()).isEqualTo(canonical);

    // and the canonical form comes back byte for byte
    HttpResponse<byte[]> compact = post("/portfolios", canonical, null);
    assertThat(compact.statusCode()).isEqualTo(200);
    assertThat(compact.body()).isEqualTo(canonical);
  }

  @Test
  void thePressReleaseSampleIsTheGoldenPortfolio() throws Exception {
    HttpResponse<byte[]> response = CLIENT.send(HttpRequest.newBuilder(uri("/portfolios/press-release")).GET().build(),
        HttpResponse.BodyHandlers.ofByteArray());

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).isEqualTo(EgovJson.create().writePortfolio(EgovJson.create().readPortfolio(golden())));
  }

  @Test
  void theSummaryIsInTheClientsLanguage() throws Exception {
    HttpResponse<byte[]> response = post("/portfolios/summary", golden(), "ko");

    assertThat(response.statusCode()).isEqualTo(200);
    Map<String, Object> summary = mapper.readValue(response.body(), new TypeReference<>() {});
    assertThat(summary).containsEntry("id", "kor-uzb-egov-cooperation")
        .containsEntry("title", "한-우즈벡 전자정부 협력")
        .containsEntry("countries", List.of("KOR", "UZB"));
    assertThat(summary.get("agreements")).isEqualTo(List.of(
        Map.of("id", "kor-uzb-egov-mou-2013", "title", "전자정부 양해각서", "signedOn", "2013-12"),
        Map.of("id", "kor-uzb-egov-mou-2017", "title", "전자정부 협력 양해각서", "signedOn", "2017-11-22")));
  }

  @Test
  void validAgreementsRoundTrip() throws Exception {
    List<Agreement> agreements = EgovJson.create().readPortfolio(golden()).getAgreements();
    byte[] json = mapper.writeValueAsBytes(agreements);

    HttpResponse<byte[]> response = post("/agreements", json, null);

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).isEqualTo(json);
    assertThat(mapper.readValue(response.body(), new TypeReference<List<Agreement>>() {})).isEqualTo(agreements);
  }

  @Test
  void theLimitsAreThoseOfApplicationProperties() {
    assertThat(egovJson.limits()).isEqualTo(LIMITS).isNotEqualTo(JsonLimits.defaults());
  }

  private URI uri(String path) {
    return URI.create("http://127.0.0.1:" + port + path);
  }

  private HttpResponse<byte[]> post(String path, String json, String language) throws Exception {
    return post(path, json.getBytes(StandardCharsets.UTF_8), language);
  }

  private HttpResponse<byte[]> post(String path, byte[] body, String language) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofByteArray(body));
    if (language != null) {
      request.header("Accept-Language", language);
    }
    return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
  }

  /** {@return the members of a problem response, after checking its status and media type} */
  private Map<String, Object> problemResponse(HttpResponse<byte[]> response) {
    assertThat(response.statusCode()).as(new String(response.body(), StandardCharsets.UTF_8)).isEqualTo(400);
    assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    Map<String, Object> problem = mapper.readValue(response.body(), new TypeReference<>() {});
    assertThat(problem).containsEntry("status", 400).containsKeys("type", "title", "detail", "instance", "errors");
    assertThat((String) problem.get("type")).startsWith(PROBLEM_TYPES);
    return problem;
  }

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> errors(Map<String, Object> problem) {
    return (List<Map<String, Object>>) problem.get("errors");
  }

  /** {@return the problems EgovJson reports for a portfolio, read as the application reads it} */
  private static List<JsonProblem> egovJsonProblems(String json, Locale locale) {
    EgovJsonException e = catchThrowableOfType(EgovJsonException.class, () -> EgovJson.create().withLimits(LIMITS)
        .withLocale(locale).readPortfolio(json.getBytes(StandardCharsets.UTF_8)));
    assertThat(e).as("EgovJson refuses the document").isNotNull();
    return e.problems();
  }

  /** {@return the {@code errors} members these problems must be, field for field} */
  private static List<Map<String, Object>> asErrors(List<JsonProblem> problems) {
    return problems.stream().map(problem -> {
      Map<String, Object> error = new HashMap<>(Map.of("pointer", problem.pointer(), "line", problem.line(),
          "column", problem.column(), "kind", EgovcoopProblemHandler.codeOf(problem.kind()),
          "message", problem.message()));
      problem.value().ifPresent(value -> error.put("value", value));
      problem.expected().ifPresent(expected -> error.put("expected", expected));
      return error;
    }).toList();
  }

  /** {@return the document's text from a line and column, both from 1, columns in characters} */
  private static String textAt(String json, int line, int column) {
    String[] lines = json.split("\n", -1);
    assertThat(lines.length).as("lines").isGreaterThanOrEqualTo(line);
    return lines[line - 1].substring(column - 1);
  }

  /** {@return the golden file of the JSON format: the founding press release, indented} */
  private static byte[] golden() throws IOException {
    try (InputStream in = BrokenDocumentRows.class.getResourceAsStream("/golden/press-release-2017.json")) {
      assertThat(in).as("the golden file in serialization's test-jar").isNotNull();
      return in.readAllBytes();
    }
  }
}

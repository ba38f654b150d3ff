package org.egovcoop.spring.boot3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.groups.Tuple.tuple;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.egovcoop.json.BrokenDocumentRows;
import org.egovcoop.json.EgovJson;
import org.egovcoop.json.EgovJsonException;
import org.egovcoop.json.Golden;
import org.egovcoop.json.JsonProblem;
import org.egovcoop.json.ProblemReport;
import org.egovcoop.spring.boot3.app.TestApplication;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The Boot 3 application on a real server (Boot 3.5's Tomcat), on 127.0.0.1 and a free port,
 * asked by a real HTTP client: the golden portfolio round-trips byte for byte, and a broken
 * document is answered as the Boot 4 starter answers it, in the client's language.
 */
@SpringBootTest(classes = TestApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT,
    properties = "server.address=127.0.0.1")
class RealHttpTest {

  private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

  @LocalServerPort
  int port;

  @Autowired
  ObjectMapper mapper;

  private HttpResponse<byte[]> post(String path, byte[] body, String language) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
        .timeout(Duration.ofSeconds(30))
        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofByteArray(body));
    if (language != null) {
      request.header("Accept-Language", language);
    }
    return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
  }

  private Map<String, Object> problem(HttpResponse<byte[]> response) throws Exception {
    assertThat(response.statusCode()).as(new String(response.body(), StandardCharsets.UTF_8)).isEqualTo(400);
    assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    return mapper.readValue(response.body(), new TypeReference<>() {});
  }

  @Test
  void theGoldenPortfolioRoundTripsByteForByte() throws Exception {
    byte[] portfolio = EgovJson.create().writePortfolio(Golden.portfolio());

    for (String path : List.of("/portfolios", "/egovjson/portfolios")) {
      HttpResponse<byte[]> response = post(path, portfolio, null);

      assertThat(response.statusCode()).as(path).isEqualTo(200);
      assertThat(response.headers().firstValue("Content-Type")).as(path).hasValue("application/json");
      assertThat(response.body()).as(path).isEqualTo(portfolio);
    }
  }

  @Test
  void aBrokenPortfolioIsAProblemResponseWithThePointers() throws Exception {
    String json = BrokenDocumentRows.validPortfolio().replace("\"KOR\", \"kind\"", "\"XXX\", \"kind\"")
        .replace("\"id\": \"p\"", "\"id\": \"p\", \"colour\": \"blue\"");
    List<JsonProblem> expected = catchThrowableOfType(EgovJsonException.class,
        () -> EgovJson.create().readPortfolio(json)).problems();

    Map<String, Object> problem = problem(post("/portfolios", json.getBytes(StandardCharsets.UTF_8), null));

    assertThat(problem).containsEntry("status", 400).containsEntry("type", ProblemReport.INVALID_DOCUMENT.toString())
        .containsEntry("title", "The document is not valid egovcoop JSON")
        .containsEntry("detail", "The document has 2 problems; errors names each.")
        .containsEntry("instance", "/portfolios");
    assertThat(problem.get("errors")).isEqualTo(ProblemReport.of(expected, java.util.Locale.ENGLISH).errors());
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> errors = (List<Map<String, Object>>) problem.get("errors");
    assertThat(errors).extracting(e -> e.get("pointer"), e -> e.get("line"), e -> e.get("kind"))
        .containsExactly(tuple("/colour", 2, "unknown-property"), tuple("/organizations/0/country", 4, "invalid-value"));
    assertThat(errors).allSatisfy(e -> assertThat((Integer) e.get("column")).isPositive());
  }

  @Test
  void aBrokenDocumentIsAProblemResponseInTheClientsLanguage() throws Exception {
    Map<String, Object> problem = problem(post("/observations",
        BrokenDocumentRows.rankAboveAssessed().getBytes(StandardCharsets.UTF_8), "ko"));

    assertThat(problem).containsEntry("status", 400).containsEntry("title", "문서가 모델의 규칙을 어깁니다")
        .containsEntry("type", ProblemReport.TYPE_BASE + "rule");
    assertThat(problem.get("errors")).isEqualTo(List.of(Map.of("pointer", "/rank", "line", 1, "column", 85,
        "kind", "rule", "message", "순위 194위가 평가 대상 193개국을 초과합니다")));
  }
}

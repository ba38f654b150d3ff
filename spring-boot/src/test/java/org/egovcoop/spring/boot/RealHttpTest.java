package org.egovcoop.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.egovcoop.json.BrokenDocumentRows;
import org.egovcoop.json.EgovJson;
import org.egovcoop.spring.boot.app.TestApplication;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The application on a real server, on 127.0.0.1 and a free port, asked by a real HTTP client:
 * the problem response and the round trip are what a client sees on the wire.
 */
@SpringBootTest(classes = TestApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT,
    properties = "server.address=127.0.0.1")
class RealHttpTest {

  @LocalServerPort
  int port;

  @Autowired
  JsonMapper mapper;

  private HttpResponse<byte[]> post(String path, byte[] body, String language) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofByteArray(body));
    if (language != null) {
      request.header("Accept-Language", language);
    }
    return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
  }

  @Test
  void aBrokenDocumentIsAProblemResponseInTheClientsLanguage() throws Exception {
    HttpResponse<byte[]> response = post("/observations",
        BrokenDocumentRows.rankAboveAssessed().getBytes(StandardCharsets.UTF_8), "ko");

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    Map<String, Object> problem = mapper.readValue(response.body(), new TypeReference<>() {});
    assertThat(problem).containsEntry("status", 400).containsEntry("title", "문서가 모델의 규칙을 어깁니다");
    assertThat(problem.get("errors")).isEqualTo(List.of(Map.of("pointer", "/rank", "line", 1, "column", 85,
        "kind", "rule", "message", "순위 194위가 평가 대상 193개국을 초과합니다")));
  }

  @Test
  void aValidDocumentRoundTripsByteForByte() throws Exception {
    byte[] portfolio = EgovJson.create().writePortfolio(EgovJson.create().readPortfolio(
        BrokenDocumentRows.validPortfolio().getBytes(StandardCharsets.UTF_8)));

    HttpResponse<byte[]> response = post("/portfolios", portfolio, null);

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json");
    assertThat(response.body()).isEqualTo(portfolio);
  }
}

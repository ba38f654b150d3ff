package org.egovcoop.spring.boot3;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import org.egovcoop.json.BrokenDocumentRows;
import org.egovcoop.spring.boot3.app.TestApplication;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * With {@code spring.mvc.problemdetails.enabled=true} Boot 3 adds its own problem-details
 * handler; egovcoop's, ordered before it, still answers egovcoop's problems, and Boot's answers
 * the rest.
 */
@SpringBootTest(classes = TestApplication.class, properties = "spring.mvc.problemdetails.enabled=true")
@AutoConfigureMockMvc
class BootProblemDetailsEnabledTest {

  @Autowired
  MockMvc mvc;

  @Autowired
  ObjectMapper mapper;

  @Autowired
  ApplicationContext context;

  @Test
  void egovcoopsHandlerWinsOverBootsForEgovcoopsProblems() throws Exception {
    assertThat(context.getBeansOfType(ResponseEntityExceptionHandler.class)).hasSize(1);
    assertThat(context.getBeansOfType(EgovcoopProblemHandler.class)).hasSize(1);

    Map<String, Object> problem = ProblemResponsesTest.problemResponse(mapper,
        ProblemResponsesTest.send(mvc, "/observations", BrokenDocumentRows.rankAboveAssessed(), null));

    assertThat(ProblemResponsesTest.errors(problem)).singleElement()
        .satisfies(error -> assertThat(error).containsEntry("pointer", "/rank").containsEntry("kind", "rule"));
  }

  @Test
  void bootsHandlerAnswersWhatEgovcoopDidNotRead() throws Exception {
    MockHttpServletResponse response = ProblemResponsesTest.send(mvc, "/observations", "", null);

    assertThat(response.getStatus()).isEqualTo(400);
    assertThat(response.getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    Map<String, Object> problem = mapper.readValue(response.getContentAsByteArray(), new TypeReference<>() {});
    assertThat(problem).containsEntry("detail", "Failed to read request").doesNotContainKey("errors");
  }
}

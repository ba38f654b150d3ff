package org.egovcoop.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;

import org.egovcoop.json.BrokenDocumentRows;
import org.egovcoop.spring.boot.app.TestApplication;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * An application that declares its own {@link ResponseEntityExceptionHandler} keeps it: the
 * auto-configuration adds no egovcoop handler, and the application's answers.
 */
@SpringBootTest(classes = {TestApplication.class, ApplicationHandlerTest.OwnAdvice.class})
@AutoConfigureMockMvc
class ApplicationHandlerTest {

  /** The application's own advice: every unreadable body is a 422 with its own text. */
  @ControllerAdvice
  static class OwnAdvice extends ResponseEntityExceptionHandler {
    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
        HttpHeaders headers, HttpStatusCode status, WebRequest request) {
      return ResponseEntity.status(HttpStatus.UNPROCESSABLE_CONTENT).body("the application's own answer");
    }
  }

  @Autowired
  MockMvc mvc;

  @Autowired
  ApplicationContext context;

  @Test
  void theApplicationsHandlerAnswers() throws Exception {
    MockHttpServletResponse response = ProblemResponsesTest.send(mvc, "/observations",
        BrokenDocumentRows.rankAboveAssessed(), null);

    assertThat(context.getBeansOfType(EgovcoopProblemHandler.class)).isEmpty();
    assertThat(response.getStatus()).isEqualTo(422);
    assertThat(response.getContentAsString()).isEqualTo("the application's own answer");
  }
}

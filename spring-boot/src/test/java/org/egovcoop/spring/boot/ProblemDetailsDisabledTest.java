package org.egovcoop.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;

import org.egovcoop.json.BrokenDocumentRows;
import org.egovcoop.spring.boot.app.TestApplication;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/** {@code egovcoop.json.problem-details.enabled=false} leaves bad bodies to Spring's own handling. */
@SpringBootTest(classes = TestApplication.class, properties = "egovcoop.json.problem-details.enabled=false")
@AutoConfigureMockMvc
class ProblemDetailsDisabledTest {

  @Autowired
  MockMvc mvc;

  @Autowired
  ApplicationContext context;

  @Test
  void springAnswersWithItsOwnBadRequest() throws Exception {
    MockHttpServletResponse response = ProblemResponsesTest.send(mvc, "/observations",
        BrokenDocumentRows.rankAboveAssessed(), null);

    assertThat(context.getBeansOfType(EgovcoopProblemHandler.class)).isEmpty();
    assertThat(response.getStatus()).isEqualTo(400);
    // Spring's DefaultHandlerExceptionResolver sends the error; Boot's error page (outside MockMvc)
    // would write its body.
    assertThat(response.getContentType()).isNull();
    assertThat(response.getContentAsString()).isEmpty();
  }
}

package org.egovcoop.spring.boot;

import org.egovcoop.json.databind.EgovJsonMapper;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.egovcoop.agreement.Agreement;
import org.egovcoop.json.EgovJson;
import org.egovcoop.spring.boot.app.TestApplication;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;

/**
 * With {@code spring.jackson.find-and-add-modules=false} Boot's mapper still has the egovcoop
 * module (the auto-configuration's bean), so egovcoop values are read strictly and written in the
 * egovcoop format, not as plain beans.
 */
@SpringBootTest(classes = TestApplication.class, properties = "spring.jackson.find-and-add-modules=false")
@AutoConfigureMockMvc
class FindAndAddModulesOffTest {

  @Autowired
  MockMvc mvc;

  @Autowired
  JsonMapper mapper;

  @Test
  void bootsMapperHasTheEgovcoopModule() {
    assertThat(mapper.registeredModules()).extracting(module -> module.getRegistrationId()).contains("egovcoop");
  }

  @Test
  void agreementsRoundTripInTheEgovcoopFormat() throws Exception {
    List<Agreement> agreements = ProblemResponsesTest.validAgreements(2);
    byte[] json = EgovJsonMapper.create().writeValueAsBytes(agreements);

    MockHttpServletResponse response = mvc.perform(post("/agreements").contentType(MediaType.APPLICATION_JSON)
        .content(json)).andReturn().getResponse();

    assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(200);
    assertThat(response.getContentAsByteArray()).isEqualTo(json);
    assertThat(new String(json, StandardCharsets.UTF_8)).doesNotContain("\"bilateral\"");
  }

  @Test
  void aBrokenElementIsAProblemResponse() throws Exception {
    String json = "[{\"id\": \"a\", \"kind\": \"MOU\", \"title\": {\"en\": \"A\"}, \"legalNature\": \"binding\"}]";

    Map<String, Object> problem = ProblemResponsesTest.problemResponse(mapper,
        ProblemResponsesTest.send(mvc, "/agreements", json, null));

    assertThat(ProblemResponsesTest.errors(problem)).anySatisfy(error -> assertThat(error)
        .containsEntry("pointer", "/0/kind").containsEntry("kind", "invalid-value").containsEntry("value", "MOU"));
  }
}

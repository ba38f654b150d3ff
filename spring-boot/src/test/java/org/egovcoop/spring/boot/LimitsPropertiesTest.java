package org.egovcoop.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.egovcoop.json.BrokenDocumentRows;
import org.egovcoop.json.BrokenDocumentRows.Row;
import org.egovcoop.json.EgovJson;
import org.egovcoop.json.JsonLimits;
import org.egovcoop.spring.boot.app.TestApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;

/**
 * The {@code egovcoop.json.limits.*} properties set the EgovJson bean's limits, with which the
 * converter reads portfolio bodies: the table's rows for those limits are answered as EgovJson
 * answers them.
 */
@SpringBootTest(classes = TestApplication.class,
    properties = {"egovcoop.json.limits.max-nesting-depth=3", "egovcoop.json.limits.max-collection-size=2"})
@AutoConfigureMockMvc
class LimitsPropertiesTest {

  @Autowired
  MockMvc mvc;

  @Autowired
  JsonMapper mapper;

  @Autowired
  EgovJson json;

  static Stream<Row> rows() {
    return BrokenDocumentRows.all().stream()
        .filter(row -> row.name().equals("nesting too deep") || row.name().equals("collection too large"));
  }

  @Test
  void theBeanHasTheLimits() {
    assertThat(json.limits()).isEqualTo(JsonLimits.builder().maxNestingDepth(3).maxCollectionSize(2).build());
    assertThat(rows()).hasSize(2);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rows")
  void theLimitsApplyToPortfolioBodies(Row row) throws Exception {
    ProblemResponsesTest.assertListsTheRowsProblems(ProblemResponsesTest.problemResponse(mapper,
        ProblemResponsesTest.send(mvc, "/portfolios", row.json(), null)), row);
  }
}

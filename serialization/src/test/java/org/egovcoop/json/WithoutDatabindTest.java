package org.egovcoop.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import org.egovcoop.json.JsonProblem.Kind;
import org.egovcoop.portfolio.Portfolio;
import org.junit.jupiter.api.Test;

/**
 * Reading and writing documents needs Jackson's streaming API alone: this test runs on a class
 * path without jackson-databind (the {@code without-databind} execution of this module's POM), as
 * a Jackson 2 application's is.
 */
class WithoutDatabindTest {

  @Test
  void theClassPathHasNoDatabind() {
    assertThatExceptionOfType(ClassNotFoundException.class)
        .isThrownBy(() -> Class.forName("tools.jackson.databind.ObjectMapper"));
  }

  @Test
  void theGoldenDocumentRoundTripsByteForByte() {
    EgovJson json = EgovJson.create().indented();
    Portfolio portfolio = json.readPortfolio(Golden.bytes());

    assertThat(json.writePortfolio(portfolio)).isEqualTo(Golden.bytes());
  }

  @Test
  void aBrokenDocumentIsReportedWithItsPlaces() {
    String broken = new String(Golden.bytes(), StandardCharsets.UTF_8).replace("\"KOR\"", "\"KOX\"");

    EgovJsonException e = catchThrowableOfType(EgovJsonException.class, () -> EgovJson.create().readPortfolio(broken));

    assertThat(e.problems()).isNotEmpty().allSatisfy(problem -> {
      assertThat(problem.kind()).isEqualTo(Kind.INVALID_VALUE);
      assertThat(problem.value()).hasValue("KOX");
      assertThat(problem.line()).isPositive();
      assertThat(problem.column()).isPositive();
    });
  }
}

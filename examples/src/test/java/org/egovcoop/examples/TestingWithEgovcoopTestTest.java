package org.egovcoop.examples;

// tag::imports[]
import static org.assertj.core.api.Assertions.assertThat;
import static org.egovcoop.test.EgovAssertions.assertThat;
import static org.egovcoop.test.EgovAssertions.assertThatReadingObservation;
import static org.egovcoop.test.EgovAssertions.assertThatViolationsOf;
import static org.egovcoop.test.EgovAssertions.problem;
import static org.egovcoop.test.EgovAssertions.violation;
// end::imports[]

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Locale;
import org.egovcoop.actor.Organization;
import org.egovcoop.actor.OrganizationKind;
import org.egovcoop.agreement.Agreement;
import org.egovcoop.agreement.Party;
import org.egovcoop.geo.CountryCode;
import org.egovcoop.json.JsonProblem.Kind;
import org.egovcoop.text.LocalizedText;
import org.egovcoop.validation.ModelValidator;
import org.egovcoop.validation.NotOwnParent;
import org.junit.jupiter.api.Test;

/**
 * README.md's section "Testing your code with egovcoop-test" shows these tests exactly, and they
 * run: a user's tests of their own values and documents, written with egovcoop-test.
 */
class TestingWithEgovcoopTestTest {

  // tag::tests[]
  @Test
  void anOrganisationIsNotItsOwnParent() {
    Organization mois = Organization.builder().id("kor-mois").name(LocalizedText.of("en", "MOIS"))
        .country(CountryCode.KOR).kind(OrganizationKind.MINISTRY).parentId("kor-mois").build();

    assertThatViolationsOf(mois).containsOnly(violation(NotOwnParent.class).at("parentId")
        .message("organization 'kor-mois' cannot be its own parent"));
  }

  @Test
  void anAgreementNeedsTwoParties() {
    Agreement mou = PressRelease2017.portfolio().getAgreements().get(0);
    Agreement oneParty = Agreement.builder().from(mou).parties(List.of(mou.getParties().get(0))).build();

    assertThat(ModelValidator.create().withLocale(Locale.KOREAN).validate(oneParty))
        .containsExactly(violation().at("parties").messageKey("org.egovcoop.validation.Agreement.parties.Size.message"));
  }

  @Test
  void aRankAboveTheNumberAssessedIsRejectedWhereItIsWritten() {
    String json = "{\"index\": \"egdi\", \"edition\": 2016, \"country\": \"UZB\", \"rank\": 194, \"numberAssessed\": 193}";

    assertThatReadingObservation(json).isRejectedWith(problem(Kind.RULE).at("/rank").line(1).column(62)
        .message("rank 194 exceeds the 193 countries assessed"));
  }
  // end::tests[]

  @Test
  void readmeShowsExactlyTheseTests() throws IOException {
    List<String> source = Files.readAllLines(ProjectFiles.file(
        "examples/src/test/java/org/egovcoop/examples/TestingWithEgovcoopTestTest.java"), StandardCharsets.UTF_8);
    List<String> readme = Files.readAllLines(ProjectFiles.file("README.md"), StandardCharsets.UTF_8);

    assertThat(QuickStartTest.between(readme, "<!-- egovcoop-test:begin -->", "<!-- egovcoop-test:end -->"))
        .isEqualTo("```java\n"
            + QuickStartTest.between(source, "// tag::imports[]", "// end::imports[]") + "\n"
            + QuickStartTest.between(source, "// tag::tests[]", "// end::tests[]") + "```\n");
  }
}

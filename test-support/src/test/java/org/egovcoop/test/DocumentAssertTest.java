package org.egovcoop.test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.egovcoop.test.EgovAssertions.assertThatReadingObservation;
import static org.egovcoop.test.EgovAssertions.assertThatReadingObservations;
import static org.egovcoop.test.EgovAssertions.assertThatReadingPortfolio;
import static org.egovcoop.test.EgovAssertions.problem;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.egovcoop.json.EgovJson;
import org.egovcoop.json.JsonLimits;
import org.egovcoop.json.JsonProblem.Kind;
import org.egovcoop.portfolio.Portfolio;
import org.egovcoop.survey.IndexObservation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reading a document with EgovJson, asserted: rejected with exactly the problems expected, or
 * accepted; each assertion also fails, saying what the reader did.
 */
class DocumentAssertTest {

  private static final String VALID = "{\"formatVersion\": \"1.0\", \"id\": \"example\", \"title\": {\"en\": \"Fine\"}}";
  private static final String RANK_ABOVE_ASSESSED =
      "{\"index\": \"egdi\", \"edition\": 2016, \"country\": \"UZB\", \"rank\": 194, \"numberAssessed\": 193}";

  @Test
  void aBrokenPortfolioIsRejectedWithItsProblems() {
    assertThatReadingPortfolio(ProblemsAssertTest.BROKEN).isRejectedWith(ProblemsAssertTest.COUNTRY,
        ProblemsAssertTest.RANK, ProblemsAssertTest.INDEX, ProblemsAssertTest.MISSING, ProblemsAssertTest.COLOUR);
    assertThatReadingPortfolio(ProblemsAssertTest.BROKEN).isRejected().hasSize(5).contains(ProblemsAssertTest.COLOUR);

    assertThatThrownBy(() -> assertThatReadingPortfolio(ProblemsAssertTest.BROKEN).isRejectedWith(ProblemsAssertTest.COLOUR))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("Expecting the problems to contain only:\n  UNKNOWN_PROPERTY at \"/colour\" line 8 column 12\n"
            + "but\n  found, not expected:\n    INVALID_VALUE at \"/countries/1\" line 4 column 23");
  }

  @Test
  void aValidDocumentIsNotRejected() {
    assertThatThrownBy(() -> assertThatReadingPortfolio(VALID).isRejectedWith(problem(Kind.SYNTAX)))
        .isInstanceOf(AssertionError.class)
        .hasMessageStartingWith("Expecting reading the portfolio document to fail, but it was read without a problem:"
            + " Portfolio{id=example")
        .hasMessageEndingWith("\nThe portfolio document: " + VALID);
  }

  @Test
  void aValidDocumentIsAcceptedAndTheValueReadCanBeAsserted() {
    assertThatReadingPortfolio(VALID).isAccepted().extracting(Portfolio::getId).isEqualTo("example");
    assertThatReadingPortfolio(VALID.getBytes(StandardCharsets.UTF_8)).isAccepted()
        .isEqualTo(EgovJson.create().readPortfolio(VALID));

    assertThatThrownBy(() -> assertThatReadingPortfolio(ProblemsAssertTest.BROKEN).isAccepted())
        .isInstanceOf(AssertionError.class)
        .hasMessageStartingWith("Expecting the portfolio document to be read, but it was rejected with 5 problems:\n"
            + "  INVALID_VALUE at \"/countries/1\" line 4 column 23: unknown country code 'XX'")
        .hasMessageContaining("\n  UNKNOWN_PROPERTY at \"/colour\" line 8 column 12: unknown property 'colour'");
  }

  @Test
  void anObservationIsReadByTheGivenReaderInItsLocale() {
    assertThatReadingObservation(RANK_ABOVE_ASSESSED).isRejectedWith(problem(Kind.RULE).at("/rank").line(1).column(62)
        .message("rank 194 exceeds the 193 countries assessed"));
    assertThatReadingObservation(RANK_ABOVE_ASSESSED).readWith(EgovJson.create().withLocale(Locale.KOREAN))
        .isRejectedWith(problem(Kind.RULE).at("/rank").message("순위 194위가 평가 대상 193개국을 초과합니다"));

    assertThatThrownBy(() -> assertThatReadingObservation(RANK_ABOVE_ASSESSED)
        .readWith(EgovJson.create().withLocale(Locale.KOREAN))
        .isRejectedWith(problem(Kind.RULE).at("/rank").message("rank 194 exceeds the 193 countries assessed")))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("found, not expected:\n    RULE at \"/rank\" line 1 column 62: 순위 194위가");
  }

  @Test
  void theReadersLimitsApply() {
    EgovJson small = EgovJson.create().withLimits(JsonLimits.builder().maxNestingDepth(1).build());
    assertThatReadingPortfolio(VALID).isAccepted();
    assertThatReadingPortfolio(VALID).readWith(small).isRejectedWith(problem(Kind.LIMIT).messageContaining("nesting"));
  }

  @Test
  void anObservationArrayIsReadWhole() {
    String array = "[" + RANK_ABOVE_ASSESSED.replace("194", "80") + ",\n" + RANK_ABOVE_ASSESSED + "]";
    assertThatReadingObservations(array).isRejectedWith(problem(Kind.RULE).at("/1/rank").line(2));
    assertThatReadingObservations(array.replace("194", "81")).isAccepted().asInstanceOf(
        org.assertj.core.api.InstanceOfAssertFactories.list(IndexObservation.class)).hasSize(2);
    assertThatReadingObservation(RANK_ABOVE_ASSESSED.replace("194", "80").getBytes(StandardCharsets.UTF_8)).isAccepted()
        .extracting(o -> o.getRank().getAsInt()).isEqualTo(80);

    assertThatThrownBy(() -> assertThatReadingObservations(array).isRejectedWith(problem(Kind.RULE).at("/0/rank")))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("expected, not found:\n    RULE at \"/0/rank\"\n  found, not expected:\n    RULE at \"/1/rank\"");
  }

  @Test
  void aFileIsReadAndNamedInTheMessage(@TempDir Path directory) throws IOException {
    Path file = Files.writeString(directory.resolve("broken.json"), ProblemsAssertTest.BROKEN);
    assertThatReadingPortfolio(file).isRejected().contains(ProblemsAssertTest.COLOUR);

    Path valid = Files.writeString(directory.resolve("valid.json"), VALID);
    assertThatThrownBy(() -> assertThatReadingPortfolio(valid).isRejected())
        .isInstanceOf(AssertionError.class)
        .hasMessageStartingWith("Expecting reading the portfolio document " + valid + " to fail");
    assertThatThrownBy(() -> assertThatReadingPortfolio(directory.resolve("absent.json")))
        .isInstanceOf(UncheckedIOException.class)
        .hasMessageContaining("absent.json");
  }
}

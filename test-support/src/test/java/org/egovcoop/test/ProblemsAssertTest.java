package org.egovcoop.test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.egovcoop.test.EgovAssertions.assertThatProblems;
import static org.egovcoop.test.EgovAssertions.problem;

import java.util.List;
import org.egovcoop.json.EgovJson;
import org.egovcoop.json.EgovJsonException;
import org.egovcoop.json.JsonProblem;
import org.egovcoop.json.JsonProblem.Kind;
import org.junit.jupiter.api.Test;

/**
 * Each assertion over the problems of a JSON document passes when they match, and fails with a
 * message that lists the expected problems and those found, each with its kind, pointer, line,
 * column and message.
 */
class ProblemsAssertTest {

  /** The first broken example of docs/json-format.md: five problems of four kinds. */
  static final String BROKEN = "{\"formatVersion\": \"1.0\",\n"
      + " \"id\": \"example\",\n"
      + " \"title\": {\"en\": \"Broken on purpose\"},\n"
      + " \"countries\": [\"KOR\", \"XX\"],\n"
      + " \"observations\": [\n"
      + "  {\"index\": \"egdi\", \"edition\": 2016, \"country\": \"UZB\", \"rank\": 80.5, \"numberAssessed\": 193},\n"
      + "  {\"index\": \"EGDI\", \"edition\": 2014, \"country\": \"UZB\", \"rank\": 100}],\n"
      + " \"colour\": \"blue\"}\n";

  static final ExpectedProblem COUNTRY = problem(Kind.INVALID_VALUE).at("/countries/1").line(4).column(23);
  static final ExpectedProblem RANK = problem(Kind.TYPE).at("/observations/0/rank").line(6).column(64);
  static final ExpectedProblem INDEX = problem(Kind.INVALID_VALUE).at("/observations/1/index").line(7).column(13);
  static final ExpectedProblem MISSING = problem(Kind.MISSING).at("/observations/1").line(7).column(3);
  static final ExpectedProblem COLOUR = problem(Kind.UNKNOWN_PROPERTY).at("/colour").line(8).column(12);

  static EgovJsonException broken() {
    return catchThrowableOfType(EgovJsonException.class, () -> EgovJson.create().readPortfolio(BROKEN));
  }

  @Test
  void containsExactlyFollowsTheReadersOrderAndNamesEachPositionThatDiffers() {
    assertThatProblems(broken()).containsExactly(COUNTRY, RANK, INDEX, MISSING, COLOUR);

    assertThatThrownBy(() -> assertThatProblems(broken()).containsExactly(COUNTRY, INDEX, RANK, MISSING, COLOUR))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("Expecting the problems to be exactly, in this order:\n"
            + "  1. INVALID_VALUE at \"/countries/1\" line 4 column 23\n"
            + "  2. INVALID_VALUE at \"/observations/1/index\" line 7 column 13\n")
        .hasMessageContaining("but:\n"
            + "  2. expected INVALID_VALUE at \"/observations/1/index\" line 7 column 13\n"
            + "     found    TYPE at \"/observations/0/rank\" line 6 column 64: expected an integer rank from 1,"
            + " found the number 80.5 [value \"80.5\"] [expected \"an integer rank from 1\"]\n"
            + "  3. expected TYPE at \"/observations/0/rank\" line 6 column 64\n"
            + "     found    INVALID_VALUE at \"/observations/1/index\"")
        .hasMessageContaining("The problems (5):\n  INVALID_VALUE at \"/countries/1\" line 4 column 23: unknown country code 'XX'");
  }

  @Test
  void containsOnlyPassesInAnyOrderAndNamesWhatIsMissingAndWhatIsUnexpected() {
    assertThatProblems(broken()).containsOnly(COLOUR, MISSING, INDEX, RANK, COUNTRY);

    assertThatThrownBy(() -> assertThatProblems(broken())
        .containsOnly(COUNTRY, RANK, INDEX, MISSING, problem(Kind.UNKNOWN_PROPERTY).at("/color")))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("but\n"
            + "  expected, not found:\n"
            + "    UNKNOWN_PROPERTY at \"/color\"\n"
            + "  found, not expected:\n"
            + "    UNKNOWN_PROPERTY at \"/colour\" line 8 column 12: unknown property 'colour': expected one of"
            + " formatVersion, id, title,");
  }

  @Test
  void theLineAndColumnArePartOfTheMatch() {
    assertThatThrownBy(() -> assertThatProblems(broken()).contains(problem(Kind.TYPE).at("/observations/0/rank").line(6)
        .column(63)))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("but none matched:\n  TYPE at \"/observations/0/rank\" line 6 column 63\n");
    assertThatThrownBy(() -> assertThatProblems(broken()).contains(problem(Kind.TYPE).at("/observations/0/rank").line(5)))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("but none matched:\n  TYPE at \"/observations/0/rank\" line 5\n");
    assertThatThrownBy(() -> assertThatProblems(broken()).contains(problem(Kind.RULE).at("/observations/0/rank")))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("but none matched:\n  RULE at \"/observations/0/rank\"\n");
  }

  @Test
  void messageValueAndExpectedNarrowTheExpectation() {
    assertThatProblems(broken()).contains(
        RANK.message("expected an integer rank from 1, found the number 80.5").value("80.5")
            .expected("an integer rank from 1"),
        COUNTRY.messageContaining("unknown country code 'XX'").value("XX"),
        MISSING.messageContaining("'numberAssessed'"));

    assertThatThrownBy(() -> assertThatProblems(broken()).contains(RANK.message("expected an integer")))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("TYPE at \"/observations/0/rank\" line 6 column 64 with message \"expected an integer\"");
    assertThatThrownBy(() -> assertThatProblems(broken()).contains(COUNTRY.messageContaining("'YY'")))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("with a message containing \"'YY'\"");
    assertThatThrownBy(() -> assertThatProblems(broken()).contains(RANK.value("80")))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("with value \"80\"");
    assertThatThrownBy(() -> assertThatProblems(broken()).contains(RANK.expected("an integer")))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("expecting \"an integer\"");
    // A missing property has no value: an expectation of one does not match it.
    assertThatThrownBy(() -> assertThatProblems(broken()).contains(MISSING.value("")))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("but none matched:\n  MISSING at \"/observations/1\" line 7 column 3 with value \"\"");
  }

  @Test
  void doesNotContainAndIsEmptyAndHasSize() {
    assertThatProblems(broken()).doesNotContain(problem(Kind.SYNTAX), problem(Kind.RULE)).hasSize(5);
    assertThatProblems(List.of()).isEmpty();

    assertThatThrownBy(() -> assertThatProblems(broken()).doesNotContain(problem(Kind.MISSING)))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("but found:\n  MISSING at \"/observations/1\" line 7 column 3: missing required property"
            + " 'numberAssessed'")
        .hasMessageContaining("    matches MISSING at any pointer");
    assertThatThrownBy(() -> assertThatProblems(broken()).isEmpty())
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("Expecting no problems, but found 5:\n  INVALID_VALUE at \"/countries/1\"");
    assertThatThrownBy(() -> assertThatProblems(broken()).hasSize(4))
        .isInstanceOf(AssertionError.class)
        .hasMessageStartingWith("[problems of the EgovJsonException] Expecting 4 problems, but found 5:");
  }

  @Test
  void aListOfProblemsIsAssertedAsWell() {
    List<JsonProblem> problems = List.of(new JsonProblem(Kind.DUPLICATE, "", 1, 2, "repeated", "x", null));
    assertThatProblems(problems).containsOnly(problem(Kind.DUPLICATE).at("").line(1).column(2).message("repeated")
        .value("x"));

    assertThatThrownBy(() -> assertThatProblems(problems).containsOnly(problem(Kind.DUPLICATE).expected("y")))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("  found, not expected:\n    DUPLICATE at (document) line 1 column 2: repeated [value \"x\"]");
  }

  @Test
  void noExceptionFailsEveryAssertionSayingSo() {
    EgovJsonException none = catchThrowableOfType(EgovJsonException.class,
        () -> EgovJson.create().readPortfolio("{\"formatVersion\": \"1.0\", \"id\": \"p\", \"title\": {\"en\": \"P\"}}"));

    assertThatThrownBy(() -> assertThatProblems(none).contains(problem(Kind.SYNTAX)))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("[no EgovJsonException was thrown]")
        .hasMessageContaining("Expecting actual not to be null");
  }

  @Test
  void anExpectationSaysWhatItExpectsAndRefusesNegativePositions() {
    assertThat(problem(Kind.RULE).at("/rank").line(1).column(52).message("m").messageContaining("n").value("v")
        .expected("e"))
        .hasToString("RULE at \"/rank\" line 1 column 52 with message \"m\" with a message containing \"n\""
            + " with value \"v\" expecting \"e\"");
    assertThat(problem(Kind.SYNTAX).at("")).hasToString("SYNTAX at (document)");
    assertThat(problem(Kind.LIMIT)).hasToString("LIMIT at any pointer");
    assertThat(problem(Kind.LIMIT).kind()).isEqualTo(Kind.LIMIT);
    assertThatIllegalArgumentException().isThrownBy(() -> problem(Kind.TYPE).line(-1))
        .withMessage("line must be 0 (unknown) or more: -1");
    assertThatIllegalArgumentException().isThrownBy(() -> problem(Kind.TYPE).column(-2))
        .withMessage("column must be 0 (unknown) or more: -2");
  }
}

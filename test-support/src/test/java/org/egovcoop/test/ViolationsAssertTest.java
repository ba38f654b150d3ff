package org.egovcoop.test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.egovcoop.test.EgovAssertions.assertThat;
import static org.egovcoop.test.EgovAssertions.assertThatViolations;
import static org.egovcoop.test.EgovAssertions.assertThatViolationsOf;
import static org.egovcoop.test.EgovAssertions.violation;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.egovcoop.agreement.Agreement;
import org.egovcoop.geo.CountryCode;
import org.egovcoop.portfolio.Portfolio;
import org.egovcoop.validation.ModelValidationException;
import org.egovcoop.validation.ModelValidator;
import org.egovcoop.validation.NotOwnParent;
import org.egovcoop.validation.ResolvableReferences;
import org.egovcoop.validation.Violation;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Each assertion over violations passes when the violations match, and fails with a message that
 * lists what was expected and what was found when they do not; over egovcoop's violations and
 * over a stock Bean Validation validator's.
 */
class ViolationsAssertTest {

  private static final ModelValidator ENGLISH = ModelValidator.create().withLocale(Locale.ENGLISH);
  private static final String UNKNOWN_ID = "agreements[1].parties[1].organizationId";
  private static final String OWN_PARENT = "organizations[0].parentId";
  /** NotOwnParent is a rule of the organisation: its invalid value is the organisation, abbreviated. */
  private static final String OWN_PARENT_VALUE = Violations.printable(Values.ownParent());
  /** So is ResolvableReferences a rule of the portfolio. */
  private static final String PORTFOLIO_VALUE = Violations.printable(Values.brokenPortfolio());

  private static ValidatorFactory factory;
  private static Validator stock;

  @BeforeAll
  static void stockValidator() {
    Locale.setDefault(Locale.ENGLISH);
    factory = Validation.buildDefaultValidatorFactory();
    stock = factory.getValidator();
  }

  @AfterAll
  static void close() {
    factory.close();
  }

  private static List<Violation> brokenPortfolio() {
    return ENGLISH.validate(Values.brokenPortfolio());
  }

  @Test
  void theFixtureBreaksTwoRules() {
    assertThat(brokenPortfolio().stream().map(Violation::path).toList()).containsExactly(UNKNOWN_ID, OWN_PARENT);
  }

  @Test
  void isEmptyPassesForAValidValueAndListsTheViolationsOfAnInvalidOne() {
    assertThat(ENGLISH.validate(Values.ministry("kor-mois", CountryCode.KOR))).isEmpty();

    assertThatThrownBy(() -> assertThat(ENGLISH.validate(Values.ownParent())).isEmpty())
        .isInstanceOf(AssertionError.class)
        .hasMessage("Expecting no violations, but found 1:\n"
            + "  \"parentId\": organization 'kor-mois' cannot be its own parent"
            + " [key org.egovcoop.validation.NotOwnParent.message, invalid value " + OWN_PARENT_VALUE + "]");
  }

  @Test
  void containsOnlyPassesInAnyOrderAndNamesWhatIsMissingAndWhatIsUnexpected() {
    assertThat(brokenPortfolio()).containsOnly(
        violation(NotOwnParent.class).at(OWN_PARENT),
        violation(ResolvableReferences.class).at(UNKNOWN_ID));

    assertThatThrownBy(() -> assertThat(brokenPortfolio()).containsOnly(
        violation(NotOwnParent.class).at(OWN_PARENT),
        violation(ResolvableReferences.class).at("agreements[0].parties[1].organizationId")))
        .isInstanceOf(AssertionError.class)
        .hasMessage("Expecting the violations to contain only:\n"
            + "  NotOwnParent at \"organizations[0].parentId\"\n"
            + "  ResolvableReferences at \"agreements[0].parties[1].organizationId\"\n"
            + "but\n"
            + "  expected, not found:\n"
            + "    ResolvableReferences at \"agreements[0].parties[1].organizationId\"\n"
            + "  found, not expected:\n"
            + "    \"agreements[1].parties[1].organizationId\": refers to unknown id 'nowhere'"
            + " [key org.egovcoop.validation.ResolvableReferences.message, invalid value " + PORTFOLIO_VALUE + "]\n"
            + "The violations (2):\n"
            + "  \"agreements[1].parties[1].organizationId\": refers to unknown id 'nowhere'"
            + " [key org.egovcoop.validation.ResolvableReferences.message, invalid value " + PORTFOLIO_VALUE + "]\n"
            + "  \"organizations[0].parentId\": organization 'kor-mois' cannot be its own parent"
            + " [key org.egovcoop.validation.NotOwnParent.message, invalid value " + OWN_PARENT_VALUE + "]");
  }

  @Test
  void containsOnlyFailsWhenAViolationIsNotExpected() {
    assertThatThrownBy(() -> assertThat(brokenPortfolio()).containsOnly(violation(NotOwnParent.class)))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("  found, not expected:\n    \"agreements[1].parties[1].organizationId\"")
        .hasMessageNotContaining("expected, not found");
  }

  @Test
  void containsExactlyChecksTheOrderOfPathsAndNamesEachPositionThatDiffers() {
    assertThat(brokenPortfolio()).containsExactly(
        violation(ResolvableReferences.class).at(UNKNOWN_ID),
        violation(NotOwnParent.class).at(OWN_PARENT));

    assertThatThrownBy(() -> assertThat(brokenPortfolio()).containsExactly(
        violation(NotOwnParent.class).at(OWN_PARENT),
        violation(ResolvableReferences.class).at(UNKNOWN_ID)))
        .isInstanceOf(AssertionError.class)
        .hasMessageStartingWith("Expecting the violations to be exactly, in this order:\n"
            + "  1. NotOwnParent at \"organizations[0].parentId\"\n"
            + "  2. ResolvableReferences at \"agreements[1].parties[1].organizationId\"\n"
            + "but:\n"
            + "  1. expected NotOwnParent at \"organizations[0].parentId\"\n"
            + "     found    \"agreements[1].parties[1].organizationId\": refers to unknown id 'nowhere'");
    assertThatThrownBy(() -> assertThat(brokenPortfolio()).containsExactly(violation(ResolvableReferences.class)))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("but 2 were found, not 1:\n"
            + "  2. expected nothing, found \"organizations[0].parentId\": organization 'kor-mois' cannot be its own parent");
  }

  @Test
  void containsAllowsOtherViolationsButNotAMissingOne() {
    assertThat(brokenPortfolio()).contains(violation(NotOwnParent.class));

    assertThatThrownBy(() -> assertThat(brokenPortfolio()).contains(violation(NotOwnParent.class).at("parentId")))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("Expecting the violations to contain:\n  NotOwnParent at \"parentId\"\n"
            + "but none matched:\n  NotOwnParent at \"parentId\"")
        .hasMessageContaining("The violations (2):");
  }

  @Test
  void doesNotContainNamesTheViolationThatMatches() {
    assertThat(brokenPortfolio()).doesNotContain(violation(NotOwnParent.class).at("parentId"));

    assertThatThrownBy(() -> assertThat(brokenPortfolio()).doesNotContain(violation(ResolvableReferences.class)))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("Expecting the violations not to contain:\n  ResolvableReferences at any path\n"
            + "but found:\n  \"agreements[1].parties[1].organizationId\": refers to unknown id 'nowhere'")
        .hasMessageContaining("    matches ResolvableReferences at any path");
  }

  @Test
  void hasSizeCountsTheViolations() {
    assertThat(brokenPortfolio()).hasSize(2);

    assertThatThrownBy(() -> assertThat(brokenPortfolio()).hasSize(1))
        .isInstanceOf(AssertionError.class)
        .hasMessageStartingWith("Expecting 1 violations, but found 2:\n  \"agreements[1].parties[1].organizationId\"");
  }

  @Test
  void messageMessageKeyAndInvalidValueNarrowTheExpectation() {
    Agreement oneParty = Values.mou("mou-2017", Values.party("kor-mois", CountryCode.KOR));
    List<Violation> violations = ENGLISH.validate(oneParty);
    String key = "org.egovcoop.validation.Agreement.parties.Size.message";
    assertThat(violations).containsOnly(violation().at("parties").message("an agreement needs at least 2 parties")
        .messageKey(key).invalidValue(oneParty.getParties()));
    // A class-level rule's invalid value is the object that holds the property.
    assertThat(brokenPortfolio()).contains(violation(NotOwnParent.class).invalidValue(Values.ownParent()),
        violation(ResolvableReferences.class).invalidValue(Values.brokenPortfolio()));

    assertThatThrownBy(() -> assertThat(violations).contains(violation().message("needs at least 2 parties")))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("but none matched:\n  any constraint at any path with message \"needs at least 2 parties\"");
    assertThatThrownBy(() -> assertThat(violations).contains(violation().messageKey("jakarta.validation.constraints.Size.message")))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("but none matched:\n  any constraint at any path with key jakarta.validation.constraints.Size.message");
    assertThatThrownBy(() -> assertThat(violations).contains(violation().invalidValue(List.of())))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("but none matched:\n  any constraint at any path with invalid value []\n");
    assertThatThrownBy(() -> assertThat(violations).contains(violation().invalidValue(null)))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("but none matched:\n  any constraint at any path with invalid value null\n");
  }

  /**
   * The parties' {@code @Size} has a message of its own: a stock validator's violation names the
   * annotation, egovcoop's names only the key, and the failure says how to match it.
   */
  @Test
  void aConstraintWithAMessageOfItsOwnIsMatchedByAnnotationInBeanValidationAndByKeyInEgovcoop() {
    Agreement oneParty = Values.mou("mou-2017", Values.party("kor-mois", CountryCode.KOR));
    String key = "org.egovcoop.validation.Agreement.parties.Size.message";

    assertThat(stock.validate(oneParty)).containsOnly(violation(Size.class).at("parties").messageKey(key)
        .message("an agreement needs at least 2 parties"));
    assertThat(ENGLISH.validate(oneParty)).containsOnly(violation().at("parties").messageKey(key));
    assertThatThrownBy(() -> assertThat(ENGLISH.validate(oneParty)).containsOnly(violation(Size.class).at("parties")))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("(egovcoop's Violation names its constraint by message key only: Size is matched by"
            + " the key jakarta.validation.constraints.Size.message;");
  }

  @Test
  void aStockValidatorsViolationsAreMatchedByTheirAnnotationAndSortedByPath() {
    Set<ConstraintViolation<Portfolio>> violations = stock.validate(Values.brokenPortfolio());

    assertThat(violations).containsExactly(
        violation(ResolvableReferences.class).at(UNKNOWN_ID).message("refers to unknown id 'nowhere'"),
        violation(NotOwnParent.class).at(OWN_PARENT));
    assertThatThrownBy(() -> assertThat(violations).containsOnly(violation(NotNull.class)))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("expected, not found:\n    NotNull at any path")
        // A Bean Validation violation names its annotation, so no hint about keys is needed.
        .hasMessageContaining("[ResolvableReferences, key org.egovcoop.validation.ResolvableReferences.message,")
        .hasMessageNotContaining("names its constraint by message key only");
  }

  @Test
  void theExceptionOfRequireValidIsAssertedByItsViolations() {
    ModelValidationException thrown = catchThrowableOfType(ModelValidationException.class,
        () -> ENGLISH.requireValid(Values.ownParent()));
    assertThatViolations(thrown).containsOnly(violation(NotOwnParent.class).at("parentId"));

    ModelValidationException none = catchThrowableOfType(ModelValidationException.class,
        () -> ENGLISH.requireValid(Values.ministry("uzb-mitc", CountryCode.UZB)));
    assertThatThrownBy(() -> assertThatViolations(none).containsOnly(violation(NotOwnParent.class)))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("[no ModelValidationException was thrown]");
  }

  @Test
  void assertThatViolationsOfValidatesInEnglish() {
    Locale before = Locale.getDefault();
    Locale.setDefault(Locale.KOREAN);
    try {
      assertThatViolationsOf(Values.ownParent()).containsOnly(violation(NotOwnParent.class).at("parentId")
          .message("organization 'kor-mois' cannot be its own parent"));
      assertThatThrownBy(() -> assertThatViolationsOf(Values.ownParent()).isEmpty())
          .isInstanceOf(AssertionError.class)
          .hasMessageContaining("cannot be its own parent");
    } finally {
      Locale.setDefault(before);
    }
  }

  @Test
  void aNullListFailsAsAssertJDoes() {
    List<Violation> none = null;
    assertThatThrownBy(() -> assertThat(none).isEmpty())
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("Expecting actual not to be null");
  }

  @Test
  void onlyAConstraintAnnotationMakesAnExpectation() {
    assertThatIllegalArgumentException().isThrownBy(() -> violation(Deprecated.class))
        .withMessage("@Deprecated is not a Bean Validation constraint: it is not annotated @Constraint");
  }

  @Test
  void pathsAreOrderedWithTheirIndicesAsNumbers() {
    List<String> paths = new java.util.ArrayList<>(List.of("agreements[10].id", "organizations[0].parentId",
        "agreements[2].parties[1].organizationId", "agreements[2].id", "", "agreements[2]", "agreements"));
    paths.sort(Violations::comparePaths);

    assertThat(paths).containsExactly("", "agreements", "agreements[2]", "agreements[2].id",
        "agreements[2].parties[1].organizationId", "agreements[10].id", "organizations[0].parentId");
  }

  @Test
  void anExpectationSaysWhatItExpects() {
    assertThat(violation(NotOwnParent.class).at("").message("m").messageKey("k").invalidValue(7))
        .hasToString("NotOwnParent at (root) with message \"m\" with key k with invalid value 7");
    assertThat(violation()).hasToString("any constraint at any path");
    assertThat(violation(Size.class).path()).isEmpty();
    assertThat(violation(Size.class).at("parties").path()).contains("parties");
    assertThat(violation(Size.class).constraint()).contains(Size.class);
    assertThat(violation().constraint()).isEmpty();
  }
}

package org.egovcoop.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;
import static org.egovcoop.testing.Fixtures.KOR_MINISTRY;
import static org.egovcoop.testing.Fixtures.UZB_MINISTRY;
import static org.egovcoop.testing.Fixtures.text;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.metadata.BeanDescriptor;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.egovcoop.actor.Organization;
import org.egovcoop.actor.Person;
import org.egovcoop.agreement.Agreement;
import org.egovcoop.agreement.AgreementKind;
import org.egovcoop.agreement.AgreementRelation;
import org.egovcoop.agreement.Party;
import org.egovcoop.geo.CountryCode;
import org.egovcoop.portfolio.Portfolio;
import org.egovcoop.survey.IndexObservation;
import org.egovcoop.testing.Fixtures;
import org.egovcoop.time.PartialDate;
import org.junit.jupiter.api.Test;

class ModelValidatorTest {

  private static final String PREFIX = "org.egovcoop.validation.";

  /**
   * Eight violations of seven rules, spread so that ordering by path matters: agreements[2],
   * [10] and [11] (numeric, not text, order), observations before organizations.
   */
  static Portfolio portfolioWithManyViolations() {
    List<Agreement> agreements = new ArrayList<>(Fixtures.portfolio().getAgreements());
    for (int i = 2; i <= 11; i++) {
      Agreement.Builder extra = Agreement.builder()
          .id("extra-" + i)
          .kind(AgreementKind.OTHER)
          .title(text("Extra " + i))
          .addParty(Party.builder().organizationId(KOR_MINISTRY).country(CountryCode.KOR).build());
      if (i != 10) {
        extra.addParty(Party.builder().organizationId(UZB_MINISTRY).country(CountryCode.UZB).build());
      }
      if (i == 2) {
        extra.addRelation(AgreementRelation.follows("extra-2"));
      }
      if (i == 11) {
        extra.signedOn(PartialDate.of(2019, 5)).entryIntoForce(PartialDate.of(2019, 4, 30)).addSourceId("ghost");
      }
      agreements.add(extra.build());
    }
    return Fixtures.portfolioBuilder()
        .organizations(List.of(Fixtures.korMinistry(),
            Organization.builder().from(Fixtures.division()).parentId("ghost").build(), Fixtures.uzbMinistry()))
        .addPerson(Person.builder().id("kim").build())
        .agreements(agreements)
        .observations(List.of(
            IndexObservation.builder().from(Fixtures.egdi(2014, 100)).rank(194).score(new BigDecimal("1.5")).build(),
            Fixtures.egdi(2016, 80)))
        .build();
  }

  @Test
  void everyViolationIsReturnedAtOnceOrderedByPathWithNumericIndices() {
    List<Violation> violations = ModelValidator.create().withLocale(Locale.ENGLISH).validate(portfolioWithManyViolations());
    assertThat(violations)
        .extracting(Violation::path, Violation::messageKey)
        .containsExactly(
            tuple("agreements[2].relations[0].targetId", PREFIX + "NoSelfRelation.message"),
            tuple("agreements[10].parties", "org.egovcoop.validation.Agreement.parties.Size.message"),
            tuple("agreements[11].entryIntoForce", PREFIX + "EntryIntoForceNotBeforeSigning.message"),
            tuple("agreements[11].sourceIds[0]", PREFIX + "ResolvableReferences.message"),
            tuple("observations[0].rank", PREFIX + "RankWithinAssessed.message"),
            tuple("observations[0].score", PREFIX + "ScoreWithinRange.message"),
            tuple("organizations[1].parentId", PREFIX + "ResolvableReferences.message"),
            tuple("persons[3].id", PREFIX + "UniqueIds.message"));
    assertThat(violations).allSatisfy(v -> ValidationRulesTest.assertFullyInterpolated(v.message()));
    assertThat(violations.get(0).invalidValue()).isNotNull();
  }

  @Test
  void aStockValidatorGivesTheSameViolations() {
    Portfolio portfolio = portfolioWithManyViolations();
    try (ValidatorFactory factory = Validation.buildDefaultValidatorFactory()) {
      Validator stock = factory.getValidator();
      Set<ConstraintViolation<Portfolio>> found = stock.validate(portfolio);
      Set<List<String>> fromStock = found.stream()
          .map(v -> List.of(v.getPropertyPath().toString(), v.getMessageTemplate(), v.getMessage()))
          .collect(Collectors.toSet());
      Set<List<String>> fromFacade = ModelValidator.create().validate(portfolio).stream()
          .map(v -> List.of(v.path(), "{" + v.messageKey() + "}", v.message()))
          .collect(Collectors.toSet());
      assertThat(fromStock).hasSize(8).isEqualTo(fromFacade);
    }
  }

  @Test
  void requireValidReturnsAValidValueAndOtherwiseListsEveryViolation() {
    Portfolio valid = Fixtures.portfolio();
    assertThat(ModelValidator.create().requireValid(valid)).isSameAs(valid);
    Agreement invalid = Agreement.builder().from(Fixtures.mou2017())
        .parties(List.of(Party.builder().organizationId(KOR_MINISTRY).country(CountryCode.KOR).build()))
        .entryIntoForce(PartialDate.of(2017, 1))
        .build();
    assertThatThrownBy(() -> ModelValidator.create().withLocale(Locale.ENGLISH).requireValid(invalid))
        .isInstanceOf(ModelValidationException.class)
        .hasMessage("Agreement is invalid: 2 violations\n"
            + "  entryIntoForce: entry into force 2017-01 is before signing on 2017-11-22"
            + " [org.egovcoop.validation.EntryIntoForceNotBeforeSigning.message]\n"
            + "  parties: an agreement needs at least 2 parties [org.egovcoop.validation.Agreement.parties.Size.message]")
        .satisfies(e -> assertThat(((ModelValidationException) e).violations()).hasSize(2));
  }

  @Test
  void theLocaleIsTheOneAskedForEvenWhenTheJvmDefaultHasATranslation() {
    // Canadian English is asked for nowhere else, so no cache of an earlier test can answer.
    Locale before = Locale.getDefault();
    try {
      Locale.setDefault(Locale.KOREAN);
      IndexObservation tooHigh = IndexObservation.builder().from(Fixtures.egdi(2016, 80)).rank(194).build();
      ModelValidator english = ModelValidator.create().withLocale(Locale.CANADA);
      assertThat(english.locale()).isEqualTo(Locale.CANADA);
      assertThat(english.validate(tooHigh)).extracting(Violation::message)
          .containsExactly("rank 194 exceeds the 193 countries assessed");
    } finally {
      Locale.setDefault(before);
    }
  }

  @Test
  void indexObservationHasExactlyTwoClassLevelConstraintsAndNoPropertyConstraints() throws ClassNotFoundException {
    // A bulk reader relies on this to call the two static isValid methods instead of Hibernate Validator.
    try (ValidatorFactory factory = Validation.buildDefaultValidatorFactory()) {
      Validator validator = factory.getValidator();
      for (Class<?> type : List.of(IndexObservation.class, Class.forName("org.egovcoop.survey.ImmutableIndexObservation"))) {
        BeanDescriptor descriptor = validator.getConstraintsForClass(type);
        assertThat(descriptor.getConstraintDescriptors())
            .as("class-level constraints of %s", type.getSimpleName())
            .extracting(constraint -> constraint.getAnnotation().annotationType().getName())
            .containsExactlyInAnyOrder(RankWithinAssessed.class.getName(), ScoreWithinRange.class.getName());
        assertThat(descriptor.getConstrainedProperties()).as("constrained properties of %s", type.getSimpleName()).isEmpty();
        assertThat(descriptor.getConstrainedMethods(jakarta.validation.metadata.MethodType.GETTER,
            jakarta.validation.metadata.MethodType.NON_GETTER)).isEmpty();
      }
    }
  }

  @Test
  void theStaticChecksAgreeWithHibernateValidator() {
    ModelValidator validator = ModelValidator.create();
    for (IndexObservation observation : List.of(
        Fixtures.egdi(2016, 80),
        Fixtures.egdi(2016, 193),
        IndexObservation.builder().from(Fixtures.egdi(2016, 80)).rank(194).build(),
        IndexObservation.builder().from(Fixtures.egdi(2016, 80)).score(new BigDecimal("1.0000001")).build(),
        IndexObservation.builder().from(Fixtures.egdi(2016, 80)).score(new BigDecimal("-0")).build())) {
      boolean rankValid = validator.validate(observation).stream().noneMatch(v -> v.path().equals("rank"));
      boolean scoreValid = validator.validate(observation).stream().noneMatch(v -> v.path().equals("score"));
      assertThat(observation.rankIsWithinAssessed()).as("rank of %s", observation).isEqualTo(rankValid);
      assertThat(observation.scoreIsWithinRange()).as("score of %s", observation).isEqualTo(scoreValid);
    }
  }

  @Test
  void theFacadeKeepsItsLocaleAndRejectsNull() {
    assertThat(ModelValidator.create().withLocale(Locale.KOREAN).locale()).isEqualTo(Locale.KOREAN);
    assertThatThrownBy(() -> ModelValidator.create().withLocale(null)).isInstanceOf(NullPointerException.class).hasMessage("locale");
    assertThatThrownBy(() -> ModelValidator.create().validate(null)).isInstanceOf(NullPointerException.class).hasMessage("value");
  }

  @Test
  void pathsCompareIndicesAsNumbers() {
    assertThat(ModelValidator.comparePaths("agreements[2].id", "agreements[10].id")).isNegative();
    assertThat(ModelValidator.comparePaths("agreements[10].id", "agreements[2].id")).isPositive();
    assertThat(ModelValidator.comparePaths("agreements[10].id", "agreements[10].id")).isZero();
    assertThat(ModelValidator.comparePaths("agreements", "agreements[0]")).isNegative();
    assertThat(ModelValidator.comparePaths("", "rank")).isNegative();
    assertThat(ModelValidator.comparePaths("observations[0]", "organizations[0]")).isNegative();
  }
}

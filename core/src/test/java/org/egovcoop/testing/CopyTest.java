package org.egovcoop.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.function.Function;
import java.util.stream.Stream;
import org.egovcoop.activity.Activity;
import org.egovcoop.activity.Participation;
import org.egovcoop.activity.ParticipationRole;
import org.egovcoop.actor.Appointment;
import org.egovcoop.actor.Organization;
import org.egovcoop.actor.Person;
import org.egovcoop.agreement.Agreement;
import org.egovcoop.agreement.AgreementArea;
import org.egovcoop.agreement.AgreementRelation;
import org.egovcoop.agreement.Party;
import org.egovcoop.area.CooperationArea;
import org.egovcoop.geo.Place;
import org.egovcoop.metric.Figure;
import org.egovcoop.portfolio.Portfolio;
import org.egovcoop.source.ContactPoint;
import org.egovcoop.source.Source;
import org.egovcoop.source.Statement;
import org.egovcoop.survey.IndexObservation;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code X.builder().from(x).build()} is equal to {@code x} for every aggregate: properties where
 * generators exist (edge cases, then seeded random values, see {@link Cases}), fully populated
 * examples for the rest. Each example also shows that equality
 * is not trivially true: the copy with one attribute changed differs.
 */
class CopyTest {

  private static <T> void assertFaithfulCopy(T original, T copy) {
    assertThat(copy).isEqualTo(original);
    assertThat(copy.hashCode()).isEqualTo(original.hashCode());
    assertThat(copy).hasToString(original.toString());
  }

  // ---------------------------------------------------------------- properties

  static Stream<Arguments> agreements() {
    return Cases.of(300, EdgeCases.AGREEMENTS, ModelGenerator::agreement);
  }

  static Stream<Arguments> observations() {
    return Cases.of(EdgeCases.INDEX_OBSERVATIONS, ModelGenerator::indexObservation);
  }

  static Stream<Arguments> observationPairs() {
    return Cases.pairs(EdgeCases.INDEX_OBSERVATIONS, ModelGenerator::indexObservation);
  }

  static Stream<Arguments> parties() {
    return Cases.of(EdgeCases.PARTIES, ModelGenerator::party);
  }

  static Stream<Arguments> areas() {
    return Cases.of(EdgeCases.COOPERATION_AREAS, ModelGenerator::cooperationArea);
  }

  static Stream<Arguments> places() {
    return Cases.of(EdgeCases.PLACES, ModelGenerator::place);
  }

  static Stream<Arguments> agreementAreas() {
    return Cases.of(EdgeCases.AGREEMENT_AREAS, ModelGenerator::agreementArea);
  }

  static Stream<Arguments> relations() {
    return Cases.of(EdgeCases.AGREEMENT_RELATIONS, ModelGenerator::agreementRelation);
  }

  @PropertyTest
  @MethodSource("agreements")
  void agreementCopiesAreEqual(Agreement agreement) {
    assertFaithfulCopy(agreement, Agreement.builder().from(agreement).build());
  }

  @PropertyTest
  @MethodSource("observations")
  void observationCopiesAreEqual(IndexObservation observation) {
    assertFaithfulCopy(observation, IndexObservation.builder().from(observation).build());
  }

  @PropertyTest
  @MethodSource("observationPairs")
  void observationsDifferWhenAnAttributeDiffers(
      IndexObservation a, IndexObservation b) {
    boolean sameAttributes = a.getIndex() == b.getIndex() && a.getEdition() == b.getEdition()
        && a.getCountry().equals(b.getCountry()) && a.getRank().equals(b.getRank())
        && a.getNumberAssessed() == b.getNumberAssessed() && a.getScore().equals(b.getScore())
        && a.getSourceIds().equals(b.getSourceIds());
    assertThat(a.equals(b)).isEqualTo(sameAttributes);
  }

  @PropertyTest
  @MethodSource("parties")
  void partyCopiesAreEqual(Party party) {
    assertFaithfulCopy(party, Party.builder().from(party).build());
  }

  @PropertyTest
  @MethodSource("areas")
  void cooperationAreaCopiesAreEqual(CooperationArea area) {
    assertFaithfulCopy(area, CooperationArea.builder().from(area).build());
    assertThat(CooperationArea.builder().from(area).build().isBuiltIn()).isEqualTo(area.isBuiltIn());
  }

  @PropertyTest
  @MethodSource("places")
  void placeCopiesAreEqual(Place place) {
    assertFaithfulCopy(place, Place.builder().from(place).build());
  }

  @PropertyTest
  @MethodSource("agreementAreas")
  void agreementAreaCopiesAreEqual(AgreementArea area) {
    assertFaithfulCopy(area, AgreementArea.builder().from(area).build());
  }

  @PropertyTest
  @MethodSource("relations")
  void relationCopiesAreEqual(AgreementRelation relation) {
    assertFaithfulCopy(relation, AgreementRelation.builder().from(relation).build());
  }

  // ---------------------------------------------------------------- examples

  private static <T> Arguments copy(String type, T original, Function<T, T> copy, Function<T, T> change) {
    return Arguments.of(type, original, copy, change);
  }

  static Stream<Arguments> examples() {
    return Stream.of(
        copy("Figure", Fixtures.exports(), x -> Figure.builder().from(x).build(),
            x -> Figure.builder().from(x).toCountry(org.egovcoop.geo.CountryCode.KOR).build()),
        copy("Organization", Fixtures.division(), x -> Organization.builder().from(x).build(),
            x -> Organization.builder().from(x).parentId("other").build()),
        copy("Person", Fixtures.minister(), x -> Person.builder().from(x).build(),
            x -> Person.builder().from(x).name(java.util.Optional.empty()).build()),
        copy("Appointment", Fixtures.viceChair(), x -> Appointment.builder().from(x).build(),
            x -> Appointment.builder().from(x).rank(Fixtures.text("minister rank")).build()),
        copy("Participation", Participation.of("kor-mois", ParticipationRole.FUNDING), x -> Participation.builder().from(x).build(),
            x -> Participation.builder().from(x).role(ParticipationRole.HOST).build()),
        copy("Activity", Fixtures.centre(), x -> Activity.builder().from(x).build(),
            x -> Activity.builder().from(x).addAgreementId("mou-2017").build()),
        copy("ContactPoint", Fixtures.contact(), x -> ContactPoint.builder().from(x).build(),
            x -> ContactPoint.builder().from(x).phone("+82-2-2100-0000").build()),
        copy("Source", Fixtures.pressRelease(), x -> Source.builder().from(x).build(),
            x -> Source.builder().from(x).url(java.net.URI.create("https://www.mois.go.kr")).build()),
        copy("Statement", Fixtures.quote(), x -> Statement.builder().from(x).build(),
            x -> Statement.builder().from(x).date(org.egovcoop.time.PartialDate.of(2017, 11)).build()),
        copy("Portfolio", Fixtures.portfolio(), x -> Portfolio.builder().from(x).build(),
            x -> Portfolio.builder().from(x).addObservation(Fixtures.egdi(2018, 81)).build()),
        copy("Agreement", Fixtures.mou2017(), x -> Agreement.builder().from(x).build(),
            x -> Agreement.builder().from(x).legalNature(org.egovcoop.agreement.LegalNature.BINDING).build()),
        copy("IndexObservation", Fixtures.egdi(2016, 80), x -> IndexObservation.builder().from(x).build(),
            x -> IndexObservation.builder().from(x).rank(java.util.OptionalInt.empty()).build()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("examples")
  <T> void aCopyIsEqualAndAChangedCopyIsNot(String type, T original, Function<T, T> copy, Function<T, T> change) {
    assertFaithfulCopy(original, copy.apply(original));
    T changed = change.apply(original);
    assertThat(changed).isNotEqualTo(original);
    assertThat(copy.apply(changed)).isEqualTo(changed);
  }
}

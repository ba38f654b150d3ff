package org.egovcoop.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.egovcoop.testing.Fixtures.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.egovcoop.activity.Activity;
import org.egovcoop.activity.Participation;
import org.egovcoop.activity.ParticipationRole;
import org.egovcoop.actor.Appointment;
import org.egovcoop.actor.Organization;
import org.egovcoop.actor.Person;
import org.egovcoop.agreement.Agreement;
import org.egovcoop.agreement.AgreementRelation;
import org.egovcoop.agreement.Party;
import org.egovcoop.geo.CountryCode;
import org.egovcoop.metric.Figure;
import org.egovcoop.portfolio.Portfolio;
import org.egovcoop.source.ContactPoint;
import org.egovcoop.source.Source;
import org.egovcoop.source.Statement;
import org.egovcoop.survey.IndexObservation;
import org.egovcoop.testing.Fixtures;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@link ResolvableReferences} for every kind of reference a portfolio holds, and {@link UniqueIds}
 * for every kind of id: one dangling reference or repeated id, one violation at its exact path.
 */
class PortfolioReferencesTest {

  private static final ModelValidator ENGLISH = ModelValidator.create().withLocale(Locale.ENGLISH);
  private static final ModelValidator KOREAN = ModelValidator.create().withLocale(Locale.KOREAN);
  private static final String GHOST = "ghost";

  private static Arguments dangling(String path, UnaryOperator<Portfolio.Builder> change) {
    return Arguments.of(path, change);
  }

  private static <T> List<T> replaceFirst(List<T> items, UnaryOperator<T> change) {
    List<T> changed = new ArrayList<>(items);
    changed.set(0, change.apply(changed.get(0)));
    return changed;
  }

  /** The fixture's lists, each first element changed; indices below refer to the fixture. */
  static Stream<Arguments> danglingReferences() {
    Portfolio base = Fixtures.portfolio();
    return Stream.of(
        dangling("organizations[1].parentId", b -> b.organizations(List.of(Fixtures.korMinistry(),
            Organization.builder().from(Fixtures.division()).parentId(GHOST).build(), Fixtures.uzbMinistry()))),
        dangling("organizations[0].sourceIds[1]", b -> b.organizations(replaceFirst(base.getOrganizations(),
            o -> Organization.builder().from(o).addSourceId(GHOST).build()))),
        dangling("persons[0].sourceIds[1]", b -> b.persons(replaceFirst(base.getPersons(),
            p -> Person.builder().from(p).addSourceId(GHOST).build()))),
        dangling("appointments[0].personId", b -> b.appointments(replaceFirst(base.getAppointments(),
            a -> Appointment.builder().from(a).personId(GHOST).build()))),
        dangling("appointments[0].organizationId", b -> b.appointments(replaceFirst(base.getAppointments(),
            a -> Appointment.builder().from(a).organizationId(GHOST).build()))),
        dangling("appointments[0].onBehalfOfId", b -> b.appointments(replaceFirst(base.getAppointments(),
            a -> Appointment.builder().from(a).onBehalfOfId(GHOST).build()))),
        dangling("appointments[0].sourceIds[0]", b -> b.appointments(replaceFirst(base.getAppointments(),
            a -> Appointment.builder().from(a).sourceIds(List.of(GHOST)).build()))),
        dangling("agreements[0].parties[1].organizationId", b -> b.agreements(replaceFirst(base.getAgreements(),
            a -> Agreement.builder().from(a).parties(List.of(a.getParties().get(0),
                Party.builder().organizationId(GHOST).country(CountryCode.UZB).build())).build()))),
        dangling("agreements[0].parties[0].signatoryAppointmentId", b -> b.agreements(replaceFirst(base.getAgreements(),
            a -> Agreement.builder().from(a).parties(List.of(
                Party.builder().from(a.getParties().get(0)).signatoryAppointmentId(GHOST).build(), a.getParties().get(1)))
                .build()))),
        dangling("agreements[0].relations[0].targetId", b -> b.agreements(replaceFirst(base.getAgreements(),
            a -> Agreement.builder().from(a).addRelation(AgreementRelation.follows(GHOST)).build()))),
        dangling("agreements[0].sourceIds[1]", b -> b.agreements(replaceFirst(base.getAgreements(),
            a -> Agreement.builder().from(a).addSourceId(GHOST).build()))),
        dangling("activities[0].participants[2].organizationId", b -> b.activities(replaceFirst(base.getActivities(),
            a -> Activity.builder().from(a).addParticipant(Participation.of(GHOST, ParticipationRole.FUNDING)).build()))),
        dangling("activities[0].appointmentIds[1]", b -> b.activities(replaceFirst(base.getActivities(),
            a -> Activity.builder().from(a).addAppointmentId(GHOST).build()))),
        dangling("activities[0].agreementIds", b -> b.activities(replaceFirst(base.getActivities(),
            a -> Activity.builder().from(a).addAgreementId(GHOST).build()))),
        dangling("activities[0].sourceIds[1]", b -> b.activities(replaceFirst(base.getActivities(),
            a -> Activity.builder().from(a).addSourceId(GHOST).build()))),
        dangling("figures[0].sourceIds[1]", b -> b.figures(replaceFirst(base.getFigures(),
            f -> Figure.builder().from(f).addSourceId(GHOST).build()))),
        dangling("observations[0].sourceIds[1]", b -> b.observations(replaceFirst(base.getObservations(),
            o -> IndexObservation.builder().from(o).addSourceId(GHOST).build()))),
        dangling("statements[0].speakerId", b -> b.statements(replaceFirst(base.getStatements(),
            s -> Statement.builder().from(s).speakerId(GHOST).build()))),
        dangling("statements[0].capacityAppointmentId", b -> b.statements(replaceFirst(base.getStatements(),
            s -> Statement.builder().from(s).capacityAppointmentId(GHOST).build()))),
        dangling("statements[0].sourceIds[1]", b -> b.statements(replaceFirst(base.getStatements(),
            s -> Statement.builder().from(s).addSourceId(GHOST).build()))),
        dangling("sources[0].publisherId", b -> b.sources(replaceFirst(base.getSources(),
            s -> Source.builder().from(s).publisherId(GHOST).build()))),
        dangling("sources[0].contact.organizationId", b -> b.sources(replaceFirst(base.getSources(),
            s -> Source.builder().from(s).contact(ContactPoint.builder().from(s.getContact().get()).organizationId(GHOST).build())
                .build()))),
        dangling("sources[0].contact.personId", b -> b.sources(replaceFirst(base.getSources(),
            s -> Source.builder().from(s).contact(ContactPoint.builder().from(s.getContact().get()).personId(GHOST).build())
                .build()))));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("danglingReferences")
  void aDanglingReferenceIsReportedAtItsPath(String path, UnaryOperator<Portfolio.Builder> change) {
    Portfolio portfolio = change.apply(Fixtures.portfolioBuilder()).build();
    assertThat(ENGLISH.validate(portfolio))
        .extracting(Violation::path, Violation::messageKey, Violation::message)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(
            path, "org.egovcoop.validation.ResolvableReferences.message", "refers to unknown id 'ghost'"));
    assertThat(KOREAN.validate(portfolio))
        .extracting(Violation::path, Violation::message)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(path, "존재하지 않는 식별자 'ghost'을(를) 참조합니다"));
  }

  private static Arguments repeated(String path, String id, UnaryOperator<Portfolio.Builder> change) {
    return Arguments.of(path, id, change);
  }

  static Stream<Arguments> repeatedIds() {
    return Stream.of(
        repeated("organizations[3].id", "uzb-mitc", b -> b.addOrganization(Fixtures.uzbMinistry())),
        repeated("persons[3].id", "kim", b -> b.addPerson(Person.builder().id("kim").name(text("Another Kim")).build())),
        repeated("appointments[3].id", "kim-vice-chair", b -> b.addAppointment(Fixtures.viceChair())),
        repeated("agreements[2].id", "mou-2013", b -> b.addAgreement(Fixtures.mou2013())),
        repeated("activities[2].id", "centre", b -> b.addActivity(Fixtures.centre())),
        repeated("figures[1].id", "exports", b -> b.addFigure(Fixtures.exports())),
        repeated("statements[1].id", "quote", b -> b.addStatement(Fixtures.quote())),
        repeated("sources[1].id", "press-release", b -> b.addSource(Fixtures.pressRelease())));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("repeatedIds")
  void aRepeatedIdIsReportedAtTheRepeat(String path, String id, UnaryOperator<Portfolio.Builder> change) {
    Portfolio portfolio = change.apply(Fixtures.portfolioBuilder()).build();
    assertThat(ENGLISH.validate(portfolio))
        .extracting(Violation::path, Violation::messageKey, Violation::message)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(
            path, "org.egovcoop.validation.UniqueIds.message", "id '" + id + "' is used twice"));
    assertThat(KOREAN.validate(portfolio))
        .extracting(Violation::path, Violation::message)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(path, "식별자 '" + id + "'이(가) 중복됩니다"));
  }

  @org.junit.jupiter.api.Test
  void idsNeedOnlyBeUniqueWithinTheirKind() {
    // An organisation and a person may share an id: references are typed by where they occur.
    Portfolio portfolio = Fixtures.portfolioBuilder().addPerson(Person.builder().id(Fixtures.KOR_MINISTRY).build()).build();
    assertThat(ENGLISH.validate(portfolio)).isEmpty();
  }
}

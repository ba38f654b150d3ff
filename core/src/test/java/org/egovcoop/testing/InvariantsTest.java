package org.egovcoop.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.egovcoop.testing.Fixtures.text;

import java.math.BigDecimal;
import java.time.Period;
import java.util.stream.Stream;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.egovcoop.activity.Activity;
import org.egovcoop.activity.ActivityKind;
import org.egovcoop.activity.Participation;
import org.egovcoop.activity.ParticipationRole;
import org.egovcoop.actor.Appointment;
import org.egovcoop.actor.Organization;
import org.egovcoop.actor.RegisteredIdentifier;
import org.egovcoop.agreement.Agreement;
import org.egovcoop.agreement.AgreementRelation;
import org.egovcoop.agreement.Party;
import org.egovcoop.area.CooperationArea;
import org.egovcoop.geo.CountryCode;
import org.egovcoop.metric.Figure;
import org.egovcoop.source.ContactPoint;
import org.egovcoop.source.Source;
import org.egovcoop.source.Statement;
import org.egovcoop.survey.IndexObservation;
import org.egovcoop.survey.SurveyIndex;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every {@code @Value.Check} invariant: {@code build()} throws an {@link IllegalArgumentException}
 * whose message names the attribute and the bad value.
 */
class InvariantsTest {

  private static String badId(String owner, String attribute, String id) {
    return owner + "." + attribute + " '" + id + "' is not a valid id: expected 1 to 128 letters, digits or"
        + " . _ : ~ -, starting with a letter or digit";
  }

  private static Arguments breaks(String what, ThrowingCallable build, String message) {
    return Arguments.of(what, build, message);
  }

  static Stream<Arguments> brokenValues() {
    return Stream.of(
        breaks("Organization.id", () -> Organization.builder().from(Fixtures.korMinistry()).id("kor mois").build(),
            badId("Organization", "id", "kor mois")),
        breaks("Organization.parentId", () -> Organization.builder().from(Fixtures.division()).parentId("-mois").build(),
            badId("Organization", "parentId", "-mois")),
        breaks("Organization.sourceIds", () -> Organization.builder().from(Fixtures.korMinistry())
            .addSourceId("press release").build(), badId("Organization", "sourceIds", "press release")),
        breaks("IndexObservation.sourceIds", () -> IndexObservation.builder().from(Fixtures.egdi(2016, 80))
            .addSourceId("").build(), badId("IndexObservation", "sourceIds", "")),
        breaks("RegisteredIdentifier.scheme", () -> RegisteredIdentifier.of("KR GOV", "010"),
            "RegisteredIdentifier.scheme 'KR GOV' is not an org-id.guide scheme code: expected two upper-case"
                + " letters, a hyphen and upper-case letters, digits or _, such as GB-COH or XM-DAC"),
        breaks("RegisteredIdentifier.scheme lower case", () -> RegisteredIdentifier.of("gb-coh", "010"),
            "RegisteredIdentifier.scheme 'gb-coh' is not an org-id.guide scheme code: expected two upper-case"
                + " letters, a hyphen and upper-case letters, digits or _, such as GB-COH or XM-DAC"),
        breaks("RegisteredIdentifier.identifier padded", () -> RegisteredIdentifier.of("GB-COH", " 0123"),
            "RegisteredIdentifier.identifier ' 0123' in scheme GB-COH is not a valid identifier: expected 1 to 256"
                + " characters, without control characters or surrounding white space"),
        breaks("RegisteredIdentifier.identifier empty", () -> RegisteredIdentifier.of("GB-COH", ""),
            "RegisteredIdentifier.identifier '' in scheme GB-COH is not a valid identifier: expected 1 to 256"
                + " characters, without control characters or surrounding white space"),
        breaks("Person.id", () -> org.egovcoop.actor.Person.builder().id("").build(), badId("Person", "id", "")),
        breaks("Appointment.id", () -> Appointment.builder().from(Fixtures.viceChair()).id("vice chair").build(),
            badId("Appointment", "id", "vice chair")),
        breaks("Appointment.personId", () -> Appointment.builder().from(Fixtures.viceChair()).personId("김남석").build(),
            badId("Appointment", "personId", "김남석")),
        breaks("Appointment.organizationId",
            () -> Appointment.builder().from(Fixtures.viceChair()).organizationId("uzb/ict").build(),
            badId("Appointment", "organizationId", "uzb/ict")),
        breaks("Appointment.onBehalfOfId",
            () -> Appointment.builder().from(Fixtures.viceChair()).onBehalfOfId(".kor").build(),
            badId("Appointment", "onBehalfOfId", ".kor")),
        breaks("Agreement.id", () -> Agreement.builder().from(Fixtures.mou2017()).id("mou 2017").build(),
            badId("Agreement", "id", "mou 2017")),
        breaks("Agreement.term zero", () -> Agreement.builder().from(Fixtures.mou2017()).term(Period.ZERO).build(),
            "Agreement.term P0D of agreement 'mou-2017' is not a positive period"),
        breaks("Agreement.term negative", () -> Agreement.builder().from(Fixtures.mou2017()).term(Period.of(3, -1, 0)).build(),
            "Agreement.term P3Y-1M of agreement 'mou-2017' is not a positive period"),
        breaks("AgreementRelation.targetId", () -> AgreementRelation.follows("mou 2013"),
            badId("AgreementRelation", "targetId", "mou 2013")),
        breaks("Party.organizationId",
            () -> Party.builder().organizationId("kor mois").country(CountryCode.KOR).build(),
            badId("Party", "organizationId", "kor mois")),
        breaks("Party.signatoryAppointmentId",
            () -> Party.builder().organizationId("kor-mois").country(CountryCode.KOR).signatoryAppointmentId("").build(),
            badId("Party", "signatoryAppointmentId", "")),
        breaks("Participation.organizationId", () -> Participation.of("kor#mois", ParticipationRole.FUNDING),
            badId("Participation", "organizationId", "kor#mois")),
        breaks("Activity.id", () -> Activity.builder().from(Fixtures.centre()).id("centre!").build(),
            badId("Activity", "id", "centre!")),
        breaks("Activity.appointmentIds",
            () -> Activity.builder().from(Fixtures.centre()).addAppointmentId("kim vice chair").build(),
            badId("Activity", "appointmentIds", "kim vice chair")),
        breaks("Activity.agreementIds", () -> Activity.builder().id("a").kind(ActivityKind.PROJECT).title(text("Project"))
                .addAgreementId("mou 2013").build(),
            badId("Activity", "agreementIds", "mou 2013")),
        breaks("ContactPoint.organizationId", () -> ContactPoint.builder().organizationId("").build(),
            badId("ContactPoint", "organizationId", "")),
        breaks("ContactPoint.personId", () -> ContactPoint.builder().from(Fixtures.contact()).personId("jung hyun-kwan").build(),
            badId("ContactPoint", "personId", "jung hyun-kwan")),
        breaks("Source.id", () -> Source.builder().from(Fixtures.pressRelease()).id("press release").build(),
            badId("Source", "id", "press release")),
        breaks("Source.publisherId", () -> Source.builder().from(Fixtures.pressRelease()).publisherId("~mois").build(),
            badId("Source", "publisherId", "~mois")),
        breaks("Statement.id", () -> Statement.builder().from(Fixtures.quote()).id("quote?").build(),
            badId("Statement", "id", "quote?")),
        breaks("Statement.speakerId", () -> Statement.builder().from(Fixtures.quote()).speakerId("kim boo-kyum").build(),
            badId("Statement", "speakerId", "kim boo-kyum")),
        breaks("Statement.capacityAppointmentId",
            () -> Statement.builder().from(Fixtures.quote()).capacityAppointmentId("minister,kim").build(),
            badId("Statement", "capacityAppointmentId", "minister,kim")),
        breaks("Figure.id", () -> Figure.builder().from(Fixtures.exports()).id("exports 2017").build(),
            badId("Figure", "id", "exports 2017")),
        breaks("Portfolio.id", () -> Fixtures.portfolioBuilder().id("kor uzb").build(),
            badId("Portfolio", "id", "kor uzb")),
        breaks("CooperationArea.code upper case", () -> CooperationArea.builder().code("Safe-City").name(text("Safe city")).build(),
            "CooperationArea.code 'Safe-City' is not a valid code: expected lower-case letters and digits in words"
                + " joined by hyphens, such as safe-city"),
        breaks("CooperationArea.code double hyphen", () -> CooperationArea.builder().code("safe--city").name(text("Safe city")).build(),
            "CooperationArea.code 'safe--city' is not a valid code: expected lower-case letters and digits in words"
                + " joined by hyphens, such as safe-city"),
        breaks("CooperationArea.code leading digit", () -> CooperationArea.builder().code("5g").name(text("5G")).build(),
            "CooperationArea.code '5g' is not a valid code: expected lower-case letters and digits in words"
                + " joined by hyphens, such as safe-city"),
        breaks("CooperationArea.crsPurposeCodes four digits",
            () -> CooperationArea.builder().code("ict").name(text("ICT")).addCrsPurposeCode(2204).build(),
            "CooperationArea.crsPurposeCodes 2204 of area 'ict' is not a five-digit OECD DAC CRS purpose code"),
        breaks("CooperationArea.crsPurposeCodes six digits",
            () -> CooperationArea.builder().code("ict").name(text("ICT")).addCrsPurposeCode(220400).build(),
            "CooperationArea.crsPurposeCodes 220400 of area 'ict' is not a five-digit OECD DAC CRS purpose code"),
        breaks("IndexObservation.rank", () -> IndexObservation.builder().from(Fixtures.egdi(2016, 80)).rank(0).build(),
            "IndexObservation.rank 0 is below 1"),
        breaks("IndexObservation.numberAssessed",
            () -> IndexObservation.builder().from(Fixtures.egdi(2016, 80)).rank(java.util.OptionalInt.empty()).numberAssessed(0).build(),
            "IndexObservation.numberAssessed 0 is below 1"),
        breaks("IndexObservation.edition before the first survey",
            () -> IndexObservation.builder().from(Fixtures.egdi(2016, 80)).edition(2000).build(),
            "IndexObservation.edition 2000 is not a survey year: expected 2001 to 9999"),
        breaks("IndexObservation.edition of five digits",
            () -> IndexObservation.builder().from(Fixtures.egdi(2016, 80)).edition(10000).build(),
            "IndexObservation.edition 10000 is not a survey year: expected 2001 to 9999"),
        breaks("IndexObservation.score unbounded",
            () -> IndexObservation.builder().from(Fixtures.egdi(2016, 80)).score(new BigDecimal("1e-40")).build(),
            "IndexObservation.score 1E-40 is out of bounds: at most 38 significant digits and a scale within ±38"
                + " (precision 1, scale 40)"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("brokenValues")
  void buildRejectsTheValueNamingAttributeAndValue(String what, ThrowingCallable build, String message) {
    // the message's type and attribute are data too, for a reader to place the problem without parsing it
    assertThatThrownBy(build).isInstanceOfSatisfying(org.egovcoop.validation.InvalidAttributeException.class, e -> {
      assertThat(e).hasMessage(message);
      assertThat(e.getMessage()).isEqualTo(e.modelType() + "." + e.attribute() + " " + e.reason());
      assertThat(what).startsWith(e.modelType() + "." + e.attribute());
    });
  }

  @Test
  void idsMayHoldUpTo128CharactersOfTheAllowedSet() {
    String longest = "a" + "Z9._:~-".repeat(18) + "x";
    assertThat(longest).hasSize(128);
    assertThat(org.egovcoop.actor.Person.builder().id(longest).build().getId()).isEqualTo(longest);
    assertThatThrownBy(() -> org.egovcoop.actor.Person.builder().id(longest + "y").build())
        .isInstanceOf(IllegalArgumentException.class)
        // a refused value is quoted abbreviated to 60 characters, its "..." included
        .hasMessage(badId("Person", "id", (longest + "y").substring(0, 57) + "..."));
  }

  @Test
  void tiesUnrankedAndMissingScoresAreLegal() {
    IndexObservation tied = IndexObservation.builder().index(SurveyIndex.EGDI).edition(2010).country(CountryCode.of("SSD"))
        .rank(184).numberAssessed(192).build();
    IndexObservation alsoTied = IndexObservation.builder().from(tied).country(CountryCode.of("SOM")).build();
    assertThat(tied.getRank()).isEqualTo(alsoTied.getRank());
    IndexObservation unranked = IndexObservation.builder().index(SurveyIndex.OSI).edition(2010).country(CountryCode.of("SSD"))
        .numberAssessed(192).build();
    assertThat(unranked.getRank()).isEmpty();
    assertThat(unranked.getScore()).isEmpty();
    // Binary floating-point noise in a source file is kept exactly, not rounded.
    IndexObservation noisy = IndexObservation.builder().from(unranked).score(new BigDecimal("0.8305100000000001")).build();
    assertThat(noisy.getScore()).contains(new BigDecimal("0.8305100000000001"));
  }

  @Test
  void aPositiveTermIsKept() {
    assertThat(Agreement.builder().from(Fixtures.mou2017()).term(Period.ofMonths(18)).build().getTerm())
        .contains(Period.ofMonths(18));
  }
}

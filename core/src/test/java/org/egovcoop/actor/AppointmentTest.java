package org.egovcoop.actor;

import static org.assertj.core.api.Assertions.assertThat;

import org.egovcoop.testing.Fixtures;
import org.egovcoop.time.PartialDate;
import org.junit.jupiter.api.Test;

class AppointmentTest {

  @Test
  void aPostMayBeHeldOnAnyDateItsPeriodMayContain() {
    Appointment viceChair = Fixtures.viceChair(); // 2013 to 2017
    assertThat(viceChair.mayBeHeldOn(PartialDate.of(2013, 1, 1))).isTrue();
    assertThat(viceChair.mayBeHeldOn(PartialDate.of(2017, 12, 31))).isTrue();
    assertThat(viceChair.mayBeHeldOn(PartialDate.of(2012, 12, 31))).isFalse();
    assertThat(viceChair.mayBeHeldOn(PartialDate.of(2018))).isFalse();
  }

  @Test
  void aPostWithoutAPeriodMayBeHeldOnAnyDate() {
    Appointment professor = Appointment.builder().id("lee-professor").personId("lee").post(Fixtures.text("Professor"))
        .organizationId("kyungwon").build();
    assertThat(professor.mayBeHeldOn(PartialDate.of(1))).isTrue();
    assertThat(professor.getPeriod()).isEmpty();
  }

  @Test
  void aPersonsNameIsOptionalSoThatItCanBeWithheld() {
    Person withheld = Person.builder().id("kim").addSourceId("press-release").build();
    assertThat(withheld.getName()).isEmpty();
    assertThat(Person.builder().from(Fixtures.minister()).name(java.util.Optional.empty()).build()).isEqualTo(withheld);
  }
}

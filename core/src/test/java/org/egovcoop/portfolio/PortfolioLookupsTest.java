package org.egovcoop.portfolio;

import static org.assertj.core.api.Assertions.assertThat;

import org.egovcoop.agreement.Agreement;
import org.egovcoop.agreement.Party;
import org.egovcoop.geo.CountryCode;
import org.egovcoop.testing.Fixtures;
import org.egovcoop.time.PartialDate;
import org.junit.jupiter.api.Test;

/** What a user reaches for: facts by id, and who signed for a party. */
class PortfolioLookupsTest {

  private static final Portfolio PRESS_RELEASE = Fixtures.portfolio();

  @Test
  void organisationsPeopleAndPostsAreFoundById() {
    assertThat(PRESS_RELEASE.findOrganization(Fixtures.KOR_MINISTRY)).contains(Fixtures.korMinistry());
    assertThat(PRESS_RELEASE.findPerson("kim")).contains(Fixtures.minister());
    assertThat(PRESS_RELEASE.findAppointment("kim-vice-chair")).contains(Fixtures.viceChair());
    assertThat(PRESS_RELEASE.findOrganization("nowhere")).isEmpty();
    assertThat(PRESS_RELEASE.findPerson("nobody")).isEmpty();
    assertThat(PRESS_RELEASE.findAppointment("no-post")).isEmpty();
  }

  @Test
  void aPartysSignatoryIsThePersonAndThePostHeldOnTheSigningDate() {
    Agreement mou = PRESS_RELEASE.findAgreement(Fixtures.MOU_2017).orElseThrow();
    Party korea = mou.getParties().get(0);
    Signatory signatory = PRESS_RELEASE.signatoryOf(korea).orElseThrow();
    assertThat(signatory.person()).isEqualTo(Fixtures.minister());
    assertThat(signatory.appointment()).isEqualTo(Fixtures.ministerPost());
    assertThat(signatory).hasToString("kim as kim-minister");
    // the post runs from 2017-06: it may be held on the signing date, certainly not in 2016
    assertThat(signatory.mayHoldPostOn(mou.getSignedOn().orElseThrow())).isTrue();
    assertThat(signatory.mayHoldPostOn(PartialDate.of(2016))).isFalse();
  }

  @Test
  void noSignatoryWithoutAnAppointmentOrWhenItDoesNotResolve() {
    Party unsigned = Party.builder().organizationId(Fixtures.KOR_MINISTRY).country(CountryCode.KOR).build();
    assertThat(PRESS_RELEASE.signatoryOf(unsigned)).isEmpty();
    Party unknownPost = Party.builder().organizationId(Fixtures.KOR_MINISTRY).country(CountryCode.KOR)
        .signatoryAppointmentId("no-such-post").build();
    assertThat(PRESS_RELEASE.signatoryOf(unknownPost)).isEmpty();
    Portfolio withoutPeople = Portfolio.builder().from(PRESS_RELEASE).persons(java.util.List.of()).build();
    assertThat(withoutPeople.signatoryOf(PRESS_RELEASE.getAgreements().get(1).getParties().get(0))).isEmpty();
  }
}

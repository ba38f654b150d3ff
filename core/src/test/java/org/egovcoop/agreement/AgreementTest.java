package org.egovcoop.agreement;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.egovcoop.area.CooperationArea;
import org.egovcoop.geo.CountryCode;
import org.egovcoop.testing.Fixtures;
import org.junit.jupiter.api.Test;

class AgreementTest {

  @Test
  void areasAreListedByPurposeInTheInstrumentsOrder() {
    Agreement mou = Agreement.builder().from(Fixtures.mou2017())
        .areas(List.of(
            AgreementArea.cooperation(CooperationArea.E_GOVERNMENT),
            AgreementArea.benchmarking(CooperationArea.OPEN_DATA),
            AgreementArea.cooperation(CooperationArea.SMART_GOVERNANCE),
            AgreementArea.benchmarking(CooperationArea.BIG_DATA)))
        .build();
    assertThat(mou.areasFor(AreaPurpose.COOPERATION)).containsExactly(CooperationArea.E_GOVERNMENT, CooperationArea.SMART_GOVERNANCE);
    assertThat(mou.areasFor(AreaPurpose.BENCHMARKING)).containsExactly(CooperationArea.OPEN_DATA, CooperationArea.BIG_DATA);
    assertThat(Fixtures.mou2013().areasFor(AreaPurpose.BENCHMARKING)).isEmpty();
  }

  @Test
  void anAgreementIsBilateralWithExactlyTwoParties() {
    assertThat(Fixtures.mou2017().isBilateral()).isTrue();
    Agreement trilateral = Agreement.builder().from(Fixtures.mou2017())
        .addParty(Party.builder().organizationId("undp").country(CountryCode.of("USA")).build()).build();
    assertThat(trilateral.isBilateral()).isFalse();
  }

  @Test
  void legalNatureIsUnspecifiedUnlessGiven() {
    assertThat(Fixtures.mou2013().getLegalNature()).isEqualTo(LegalNature.UNSPECIFIED);
    assertThat(Fixtures.mou2017().getLegalNature()).isEqualTo(LegalNature.NON_BINDING);
  }

  @Test
  void relationsAndAreasHaveShortFactories() {
    assertThat(AgreementRelation.follows("mou-2013"))
        .isEqualTo(AgreementRelation.builder().kind(RelationKind.FOLLOWS).targetId("mou-2013").build());
    assertThat(AgreementArea.benchmarking(CooperationArea.CLOUD))
        .isEqualTo(AgreementArea.of(CooperationArea.CLOUD, AreaPurpose.BENCHMARKING));
  }
}

package org.egovcoop.portfolio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.egovcoop.testing.Fixtures.KOR_MINISTRY;
import static org.egovcoop.testing.Fixtures.MOU_2013;
import static org.egovcoop.testing.Fixtures.MOU_2017;
import static org.egovcoop.testing.Fixtures.UZB_MINISTRY;
import static org.egovcoop.testing.Fixtures.text;

import java.time.Period;
import java.util.List;
import org.egovcoop.activity.Activity;
import org.egovcoop.agreement.Agreement;
import org.egovcoop.agreement.AgreementKind;
import org.egovcoop.agreement.AgreementRelation;
import org.egovcoop.agreement.Party;
import org.egovcoop.agreement.RelationKind;
import org.egovcoop.geo.CountryCode;
import org.egovcoop.survey.IndexObservation;
import org.egovcoop.survey.SurveyIndex;
import org.egovcoop.testing.Fixtures;
import org.egovcoop.time.PartialDate;
import org.junit.jupiter.api.Test;

class PortfolioQueryEdgeCasesTest {

  private static final Portfolio PRESS_RELEASE = Fixtures.portfolio();

  private static Agreement.Builder agreement(String id) {
    return Agreement.builder().id(id).kind(AgreementKind.MOU).title(text(id))
        .addParty(Party.builder().organizationId(KOR_MINISTRY).country(CountryCode.KOR).build())
        .addParty(Party.builder().organizationId(UZB_MINISTRY).country(CountryCode.UZB).build());
  }

  private static Portfolio withAgreements(Agreement... agreements) {
    return Portfolio.builder().id("p").title(text("p")).addAgreements(agreements).build();
  }

  private static List<String> ids(List<Agreement> agreements) {
    return agreements.stream().map(Agreement::getId).toList();
  }

  @Test
  void findAgreementLooksUpById() {
    assertThat(PRESS_RELEASE.findAgreement(MOU_2017)).contains(Fixtures.mou2017());
    assertThat(PRESS_RELEASE.findAgreement("mou-2009")).isEmpty();
  }

  @Test
  void lineageOrderPutsPredecessorsFirstWhateverTheListOrder() {
    assertThat(ids(withAgreements(Fixtures.mou2017(), Fixtures.mou2013()).agreementsInLineageOrder()))
        .containsExactly(MOU_2013, MOU_2017);
    assertThat(ids(PRESS_RELEASE.agreementsInLineageOrder())).containsExactly(MOU_2013, MOU_2017);
  }

  @Test
  void lineageOrderWinsOverSigningDatesWhichOrderTheRest() {
    Portfolio portfolio = withAgreements(
        agreement("c").signedOn(PartialDate.of(2020)).addRelation(AgreementRelation.of(RelationKind.RENEWS, "b")).build(),
        agreement("undated").build(),
        agreement("a").signedOn(PartialDate.of(2015)).build(),
        agreement("b").signedOn(PartialDate.of(2010)).addRelation(AgreementRelation.of(RelationKind.AMENDS, "a")).build(),
        agreement("z-early").signedOn(PartialDate.of(2001, 5)).build());
    // b is signed before a, but amends it; undated agreements come after dated ones.
    assertThat(ids(portfolio.agreementsInLineageOrder())).containsExactly("z-early", "a", "b", "c", "undated");
  }

  @Test
  void lineageOrderIgnoresUnknownTargetsAndPutsCyclesLast() {
    Portfolio portfolio = withAgreements(
        agreement("x").signedOn(PartialDate.of(2001)).addRelation(AgreementRelation.follows("y")).build(),
        agreement("y").signedOn(PartialDate.of(2002)).addRelation(AgreementRelation.follows("x")).build(),
        agreement("dangling").signedOn(PartialDate.of(2003)).addRelation(AgreementRelation.follows("nowhere")).build(),
        agreement("self").signedOn(PartialDate.of(2004)).addRelation(AgreementRelation.follows("self")).build());
    assertThat(ids(portfolio.agreementsInLineageOrder())).containsExactly("dangling", "self", "x", "y");
  }

  @Test
  void lineageOfFollowsPredecessorsOldestFirst() {
    assertThat(ids(PRESS_RELEASE.lineageOf(MOU_2017))).containsExactly(MOU_2013, MOU_2017);
    assertThat(ids(PRESS_RELEASE.lineageOf(MOU_2013))).containsExactly(MOU_2013);
    assertThat(PRESS_RELEASE.lineageOf("mou-2009")).isEmpty();

    Portfolio chain = withAgreements(
        agreement("third").addRelation(AgreementRelation.of(RelationKind.SUPERSEDES, "second"))
            .addRelation(AgreementRelation.follows("first")).build(),
        agreement("second").addRelation(AgreementRelation.follows("first")).build(),
        agreement("first").addRelation(AgreementRelation.follows("unknown")).build());
    assertThat(ids(chain.lineageOf("third"))).containsExactly("first", "second", "third");
  }

  @Test
  void lineageOfStopsOnACycle() {
    Portfolio cycle = withAgreements(
        agreement("x").addRelation(AgreementRelation.follows("y")).build(),
        agreement("y").addRelation(AgreementRelation.follows("x")).build());
    assertThat(ids(cycle.lineageOf("x"))).containsExactly("y", "x");
  }

  @Test
  void activitiesUnderAnAgreementKeepPortfolioOrder() {
    assertThat(PRESS_RELEASE.activitiesUnder(MOU_2013)).extracting(Activity::getId).containsExactly("centre", "secondment");
    assertThat(PRESS_RELEASE.activitiesUnder(MOU_2017)).isEmpty();
    Portfolio shared = Fixtures.portfolioBuilder()
        .activities(List.of(Activity.builder().from(Fixtures.centre()).addAgreementId(MOU_2017).build(), Fixtures.secondment()))
        .build();
    assertThat(shared.activitiesUnder(MOU_2017)).extracting(Activity::getId).containsExactly("centre");
    assertThat(shared.activitiesUnder(MOU_2013)).extracting(Activity::getId).containsExactly("centre", "secondment");
  }

  @Test
  void agreementsInForceOnAreThoseCertainlyBegunAndNotPastTheirTerm() {
    // mou-2013: signed 2013-12, no term. mou-2017: in force from 2017-11-22 for three years.
    assertThat(ids(PRESS_RELEASE.agreementsInForceOn(PartialDate.of(2014, 6, 1)))).containsExactly(MOU_2013);
    assertThat(ids(PRESS_RELEASE.agreementsInForceOn(PartialDate.of(2014)))).containsExactly(MOU_2013);
    assertThat(ids(PRESS_RELEASE.agreementsInForceOn(PartialDate.of(2013, 12, 10)))).isEmpty();
    assertThat(ids(PRESS_RELEASE.agreementsInForceOn(PartialDate.of(2013, 12, 31)))).containsExactly(MOU_2013);
    assertThat(ids(PRESS_RELEASE.agreementsInForceOn(PartialDate.of(2017, 11, 22)))).containsExactly(MOU_2013, MOU_2017);
    assertThat(ids(PRESS_RELEASE.agreementsInForceOn(PartialDate.of(2017, 11, 21)))).containsExactly(MOU_2013);
    assertThat(ids(PRESS_RELEASE.agreementsInForceOn(PartialDate.of(2017, 11)))).containsExactly(MOU_2013);
    assertThat(ids(PRESS_RELEASE.agreementsInForceOn(PartialDate.of(2020, 11, 21)))).containsExactly(MOU_2013, MOU_2017);
    assertThat(ids(PRESS_RELEASE.agreementsInForceOn(PartialDate.of(2020, 11, 22)))).containsExactly(MOU_2013);
    assertThat(ids(PRESS_RELEASE.agreementsInForceOn(PartialDate.of(2020)))).containsExactly(MOU_2013);
  }

  @Test
  void agreementsPossiblyInForceIncludeTheUncertainOnes() {
    assertThat(ids(PRESS_RELEASE.agreementsPossiblyInForceOn(PartialDate.of(2013, 12, 10)))).containsExactly(MOU_2013);
    assertThat(ids(PRESS_RELEASE.agreementsPossiblyInForceOn(PartialDate.of(2013, 11, 30)))).isEmpty();
    assertThat(ids(PRESS_RELEASE.agreementsPossiblyInForceOn(PartialDate.of(2017, 11)))).containsExactly(MOU_2013, MOU_2017);
    assertThat(ids(PRESS_RELEASE.agreementsPossiblyInForceOn(PartialDate.of(2020)))).containsExactly(MOU_2013, MOU_2017);
    assertThat(ids(PRESS_RELEASE.agreementsPossiblyInForceOn(PartialDate.of(2020, 11, 22)))).containsExactly(MOU_2013);
    assertThat(ids(PRESS_RELEASE.agreementsPossiblyInForceOn(PartialDate.of(2021)))).containsExactly(MOU_2013);
  }

  @Test
  void anAgreementSignedInAKnownYearIsCertainlyInForceOnItsLastDay() {
    Portfolio portfolio = withAgreements(agreement("y").signedOn(PartialDate.of(2017)).build());
    assertThat(portfolio.agreementsInForceOn(PartialDate.of(2017, 12, 31))).hasSize(1);
    assertThat(portfolio.agreementsInForceOn(PartialDate.of(2017, 12, 30))).isEmpty();
    assertThat(portfolio.agreementsPossiblyInForceOn(PartialDate.of(2017, 1, 1))).hasSize(1);
    assertThat(portfolio.agreementsPossiblyInForceOn(PartialDate.of(2016, 12, 31))).isEmpty();
  }

  @Test
  void anAgreementWithNoKnownStartIsOnlyPossiblyInForce() {
    Portfolio portfolio = withAgreements(agreement("undated").term(Period.ofYears(1)).build());
    assertThat(portfolio.agreementsInForceOn(PartialDate.of(2017))).isEmpty();
    assertThat(portfolio.agreementsPossiblyInForceOn(PartialDate.of(2017))).hasSize(1);
  }

  @Test
  void whatIsCertainlyInForceIsPossiblyInForce() {
    Portfolio portfolio = withAgreements(
        agreement("a").signedOn(PartialDate.of(2013)).term(Period.ofMonths(30)).build(),
        agreement("b").signedOn(PartialDate.of(2013, 12)).entryIntoForce(PartialDate.of(2014, 2)).build(),
        agreement("c").build());
    for (int year = 2012; year <= 2017; year++) {
      for (int month = 1; month <= 12; month++) {
        for (PartialDate date : List.of(PartialDate.of(year), PartialDate.of(year, month), PartialDate.of(year, month, 15))) {
          assertThat(portfolio.agreementsPossiblyInForceOn(date)).as("on %s", date)
              .containsAll(portfolio.agreementsInForceOn(date));
        }
      }
    }
  }

  @Test
  void observationsOfOneIndexForOneCountryComeByEdition() {
    Portfolio portfolio = Fixtures.portfolioBuilder()
        .observations(List.of(
            Fixtures.egdi(2016, 80),
            IndexObservation.builder().from(Fixtures.egdi(2016, 80)).index(SurveyIndex.OSI).build(),
            IndexObservation.builder().from(Fixtures.egdi(2014, 28)).country(CountryCode.KOR).rank(3).build(),
            Fixtures.egdi(2014, 100),
            Fixtures.egdi(2010, 87)))
        .build();
    assertThat(portfolio.observations(SurveyIndex.EGDI, CountryCode.UZB))
        .extracting(IndexObservation::getEdition, o -> o.getRank().getAsInt())
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(2010, 87),
            org.assertj.core.groups.Tuple.tuple(2014, 100),
            org.assertj.core.groups.Tuple.tuple(2016, 80));
    assertThat(portfolio.observations(SurveyIndex.OSI, CountryCode.UZB)).extracting(IndexObservation::getEdition)
        .containsExactly(2016);
    assertThat(portfolio.observations(SurveyIndex.EGDI, CountryCode.KOR)).hasSize(1);
    assertThat(portfolio.observations(SurveyIndex.HCI, CountryCode.UZB)).isEmpty();
  }
}

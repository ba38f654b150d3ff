package org.egovcoop.portfolio;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Period;
import java.util.List;
import org.egovcoop.activity.Activity;
import org.egovcoop.activity.ActivityKind;
import org.egovcoop.agreement.Agreement;
import org.egovcoop.agreement.AgreementKind;
import org.egovcoop.agreement.AgreementRelation;
import org.egovcoop.agreement.Party;
import org.egovcoop.agreement.RelationKind;
import org.egovcoop.geo.CountryCode;
import org.egovcoop.text.LocalizedText;
import org.egovcoop.time.PartialDate;
import org.egovcoop.time.PartialDateRange;
import org.egovcoop.time.TemporalOrder;
import org.junit.jupiter.api.Test;

/** Lineage, agreements in force and the timeline on small synthetic portfolios. */
class PortfolioQueriesTest {

  private static Agreement.Builder agreement(String id, PartialDate signedOn) {
    return Agreement.builder()
        .id(id)
        .kind(AgreementKind.MOU)
        .title(LocalizedText.of("en", id))
        .addParties(
            Party.builder().organizationId("kor-org").country(CountryCode.KOR).build(),
            Party.builder().organizationId("uzb-org").country(CountryCode.UZB).build())
        .signedOn(signedOn);
  }

  private static Portfolio portfolio(Agreement... agreements) {
    return Portfolio.builder().id("p").title(LocalizedText.of("en", "p")).addAgreements(agreements).build();
  }

  private static List<String> ids(List<Agreement> agreements) {
    return agreements.stream().map(Agreement::getId).toList();
  }

  @Test
  void lineageRunsFromTheOldestPredecessor() {
    Portfolio p = portfolio(
        agreement("c", PartialDate.of(2020)).addRelations(AgreementRelation.of(RelationKind.RENEWS, "b")).build(),
        agreement("a", PartialDate.of(2010)).build(),
        agreement("b", PartialDate.of(2015)).addRelations(AgreementRelation.follows("a")).build());
    assertThat(ids(p.lineageOf("c"))).containsExactly("a", "b", "c");
    assertThat(ids(p.lineageOf("a"))).containsExactly("a");
    assertThat(p.lineageOf("missing")).isEmpty();
    assertThat(ids(p.agreementsInLineageOrder())).containsExactly("a", "b", "c");
  }

  @Test
  void inForceRespectsPartialDatesAndTerms() {
    Portfolio p = portfolio(
        agreement("dec-2013", PartialDate.of(2013, 12)).build(),
        agreement("three-years", PartialDate.of(2014, 3, 1)).term(Period.ofYears(3)).build(),
        agreement("undated", PartialDate.of(2014)).build());
    // December 2013 may be after the 10th: not certain, but possible
    assertThat(ids(p.agreementsInForceOn(PartialDate.of(2013, 12, 10)))).isEmpty();
    assertThat(ids(p.agreementsPossiblyInForceOn(PartialDate.of(2013, 12, 10)))).containsExactly("dec-2013");
    // the last day of the month is certain even though the signing day is not known
    assertThat(ids(p.agreementsInForceOn(PartialDate.of(2013, 12, 31)))).containsExactly("dec-2013");
    assertThat(ids(p.agreementsInForceOn(PartialDate.of(2015, 6, 1))))
        .containsExactly("dec-2013", "undated", "three-years");
    // the three-year term ends on 2017-03-01: 2017 is only possibly covered, 2018 not at all
    assertThat(ids(p.agreementsInForceOn(PartialDate.of(2017)))).containsExactly("dec-2013", "undated");
    assertThat(ids(p.agreementsPossiblyInForceOn(PartialDate.of(2017)))).contains("three-years");
    assertThat(ids(p.agreementsPossiblyInForceOn(PartialDate.of(2018)))).doesNotContain("three-years");
  }

  @Test
  void aSupersededAgreementStopsApplyingWhenItsSuccessorStarts() {
    Portfolio p = portfolio(
        agreement("old", PartialDate.of(2013, 12)).build(),
        agreement("new", PartialDate.of(2017, 11, 22))
            .addRelations(AgreementRelation.of(RelationKind.SUPERSEDES, "old")).build());
    assertThat(ids(p.agreementsInForceOn(PartialDate.of(2017, 11, 21)))).containsExactly("old");
    assertThat(ids(p.agreementsInForceOn(PartialDate.of(2017, 11, 22)))).containsExactly("new");
    // during 2017 the old one applied until the 22nd of November and the new one from then on
    assertThat(ids(p.agreementsInForceOn(PartialDate.of(2017)))).isEmpty();
    assertThat(ids(p.agreementsPossiblyInForceOn(PartialDate.of(2017)))).containsExactly("old", "new");
    assertThat(ids(p.agreementsPossiblyInForceOn(PartialDate.of(2018)))).containsExactly("new");
  }

  @Test
  void followingDoesNotEndTheEarlierAgreement() {
    Portfolio p = portfolio(
        agreement("old", PartialDate.of(2013, 12)).build(),
        agreement("new", PartialDate.of(2017, 11, 22)).addRelations(AgreementRelation.follows("old")).build());
    assertThat(ids(p.agreementsInForceOn(PartialDate.of(2018)))).containsExactly("old", "new");
  }

  @Test
  void activitiesUnderAnAgreementKeepPortfolioOrder() {
    Portfolio p = Portfolio.builder().from(portfolio(agreement("a", PartialDate.of(2013)).build()))
        .addActivities(activity("x", "a"), activity("y", "b"), activity("z", "a"))
        .build();
    assertThat(p.activitiesUnder("a")).extracting(Activity::getId).containsExactly("x", "z");
    assertThat(p.activitiesUnder("none")).isEmpty();
  }

  private static Activity activity(String id, String agreementId) {
    return Activity.builder().id(id).kind(ActivityKind.CENTRE).title(LocalizedText.of("en", id))
        .addAgreementIds(agreementId).build();
  }

  @Test
  void timelineMarksAnEntryUncertainWhenAnyEarlierEntryMayFollowIt() {
    Portfolio p = Portfolio.builder().id("p").title(LocalizedText.of("en", "p"))
        .addActivities(Activity.builder().id("year").kind(ActivityKind.CENTRE).title(LocalizedText.of("en", "y"))
            .period(PartialDateRange.from(PartialDate.of(2013))).build())
        .addAgreements(
            agreement("feb", PartialDate.of(2013, 2, 1)).build(),
            agreement("mar", PartialDate.of(2013, 3, 1)).build(),
            agreement("mar-too", PartialDate.of(2013, 3, 1)).build(),
            agreement("next-year", PartialDate.of(2014, 1, 1)).build())
        .build();
    assertThat(p.timeline().entries()).extracting(e -> e.subjectId() + " " + e.orderAfterPrevious())
        .containsExactly(
            "year AFTER", // the first entry
            "feb UNCERTAIN", // 2013-02-01 may be before or after "2013"
            "mar UNCERTAIN", // certainly after feb, but "2013" may be later still
            "mar-too SAME",
            "next-year AFTER"); // after every day of 2013
    assertThat(p.timeline().uncertainEntries()).extracting(TimelineEntry::subjectId).containsExactly("feb", "mar");
    assertThat(p.timeline().entries().get(3).orderAfterPrevious()).isEqualTo(TemporalOrder.SAME);
  }
}

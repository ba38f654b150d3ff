package org.egovcoop.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.egovcoop.activity.Activity;
import org.egovcoop.agreement.Agreement;
import org.egovcoop.geo.CountryCode;
import org.egovcoop.portfolio.Portfolio;
import org.egovcoop.survey.SurveyIndex;
import org.egovcoop.time.PartialDate;
import org.junit.jupiter.api.Test;

/** The portfolio queries on the founding press release. */
class PressReleaseQueriesTest {

  private final Portfolio portfolio = PressRelease2017.portfolio();

  private static List<String> ids(List<Agreement> agreements) {
    return agreements.stream().map(Agreement::getId).toList();
  }

  @Test
  void the2017MouFollowsTheDecember2013One() {
    assertThat(ids(portfolio.lineageOf(PressRelease2017.MOU_2017)))
        .containsExactly(PressRelease2017.MOU_2013, PressRelease2017.MOU_2017);
  }

  @Test
  void agreementsInForceHonourTheMonthPrecisionOf2013() {
    // signed in December 2013, day unknown: certainly in force from 2014, possibly on 10 December
    assertThat(portfolio.agreementsInForceOn(PartialDate.of(2013, 12, 10))).isEmpty();
    assertThat(ids(portfolio.agreementsPossiblyInForceOn(PartialDate.of(2013, 12, 10))))
        .containsExactly(PressRelease2017.MOU_2013);
    assertThat(ids(portfolio.agreementsInForceOn(PartialDate.of(2014)))).containsExactly(PressRelease2017.MOU_2013);
    // the 2017 MOU follows the earlier one without replacing it, so both apply from its signing
    assertThat(ids(portfolio.agreementsInForceOn(PartialDate.of(2017, 11, 22))))
        .containsExactly(PressRelease2017.MOU_2013, PressRelease2017.MOU_2017);
  }

  @Test
  void theThreeActivitiesRanUnderThe2013Mou() {
    assertThat(portfolio.activitiesUnder(PressRelease2017.MOU_2013)).extracting(Activity::getId).containsExactly(
        "tashkent-egov-cooperation-centre", "kim-nam-seok-secondment", "lee-chul-soo-tuit-appointment");
    assertThat(portfolio.activitiesUnder(PressRelease2017.MOU_2017)).isEmpty();
  }

  @Test
  void theTimelineShowsWhereTheReleaseLeavesTheOrderOpen() {
    assertThat(portfolio.timeline().entries()).extracting(Object::toString).containsExactly(
        "2013 APPOINTMENT_STARTED kim-nam-seok-vice-chair",
        "2013 ACTIVITY_STARTED kim-nam-seok-secondment (UNCERTAIN)",
        "2013 ACTIVITY_STARTED tashkent-egov-cooperation-centre (UNCERTAIN)",
        "2013-12 AGREEMENT_SIGNED kor-uzb-egov-mou-2013 (UNCERTAIN)",
        "2014 SURVEY_EDITION un-egov-survey-2014",
        "2015 ACTIVITY_ENDED tashkent-egov-cooperation-centre",
        "2016 SURVEY_EDITION un-egov-survey-2016",
        "2017 APPOINTMENT_ENDED kim-nam-seok-vice-chair",
        "2017 ACTIVITY_ENDED kim-nam-seok-secondment (UNCERTAIN)",
        "2017-11-22 AGREEMENT_SIGNED kor-uzb-egov-mou-2017 (UNCERTAIN)",
        "2017-11-22 FIGURE_AS_OF kor-uzb-egov-exports-2017 (SAME)",
        "2017-11-22 STATEMENT_MADE kim-boo-kyum-quote-2017-11-22 (SAME)",
        "2017-11-22 SOURCE_PUBLISHED mois-press-release-2017-11-22 (SAME)");
  }

  @Test
  void uzbekistanRoseTwentyPlaces() {
    assertThat(portfolio.indexSeries(SurveyIndex.EGDI, CountryCode.UZB).rankChange(2014, 2016))
        .map(Object::toString).contains("100 → 80 (+20)");
  }
}

package org.egovcoop.portfolio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.egovcoop.testing.Fixtures.text;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;
import org.egovcoop.activity.Activity;
import org.egovcoop.activity.ActivityKind;
import org.egovcoop.testing.Cases;
import org.egovcoop.testing.EdgeCases;
import org.egovcoop.testing.Fixtures;
import org.egovcoop.testing.PropertyTest;
import org.egovcoop.time.PartialDate;
import org.egovcoop.time.PartialDateRange;
import org.egovcoop.time.TemporalOrder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class TimelineTest {

  @Test
  void thePressReleaseTimelineIsChronologicalAndHonestAboutOverlaps() {
    Timeline timeline = Fixtures.portfolio().timeline();
    assertThat(timeline.entries()).extracting(TimelineEntry::toString).containsExactly(
        "2013 APPOINTMENT_STARTED kim-vice-chair",
        "2013 ACTIVITY_STARTED centre (UNCERTAIN)",
        "2013 ACTIVITY_STARTED secondment (UNCERTAIN)",
        "2013-12 AGREEMENT_SIGNED mou-2013 (UNCERTAIN)",
        "2014 SURVEY_EDITION un-egov-survey-2014",
        "2015 ACTIVITY_ENDED centre",
        "2016 SURVEY_EDITION un-egov-survey-2016",
        "2017 APPOINTMENT_ENDED kim-vice-chair",
        "2017 ACTIVITY_ENDED secondment (UNCERTAIN)",
        "2017-06 APPOINTMENT_STARTED kim-minister (UNCERTAIN)",
        "2017-11-22 AGREEMENT_SIGNED mou-2017 (UNCERTAIN)",
        "2017-11-22 AGREEMENT_ENTERED_INTO_FORCE mou-2017 (SAME)",
        "2017-11-22 FIGURE_AS_OF exports (SAME)",
        "2017-11-22 STATEMENT_MADE quote (SAME)",
        "2017-11-22 SOURCE_PUBLISHED press-release (SAME)");
    assertThat(timeline.uncertainEntries()).extracting(TimelineEntry::subjectId)
        .containsExactly("centre", "secondment", "mou-2013", "secondment", "kim-minister", "mou-2017");
    TimelineEntry signing = timeline.entries().get(10);
    assertThat(signing.date()).isEqualTo(PartialDate.of(2017, 11, 22));
    assertThat(signing.kind()).isEqualTo(TimelineEventKind.AGREEMENT_SIGNED);
    assertThat(signing.subjectId()).isEqualTo("mou-2017");
    // Certainly after 2017-06, but the posts that ended "in 2017" may have ended later.
    assertThat(signing.orderAfterPrevious()).isEqualTo(TemporalOrder.UNCERTAIN);
    assertThat(timeline.toString()).startsWith("2013 APPOINTMENT_STARTED kim-vice-chair\n2013 ACTIVITY_STARTED centre (UNCERTAIN)\n");
  }

  @Test
  void anEmptyPortfolioHasAnEmptyTimeline() {
    Portfolio empty = org.egovcoop.portfolio.Portfolio.builder().id("empty").title(text("Empty")).build();
    assertThat(empty.timeline().entries()).isEmpty();
    assertThat(empty.timeline().uncertainEntries()).isEmpty();
    assertThat(empty.timeline()).hasToString("");
  }

  @Test
  void entriesAreValuesAndTheListIsUnmodifiable() {
    Timeline timeline = Fixtures.portfolio().timeline();
    assertThat(Fixtures.portfolio().timeline().entries()).isEqualTo(timeline.entries());
    assertThat(timeline.entries().get(0)).hasSameHashCodeAs(Fixtures.portfolio().timeline().entries().get(0));
    assertThat(timeline.entries().get(0)).isNotEqualTo(timeline.entries().get(1));
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> timeline.entries().clear())
        .isInstanceOf(UnsupportedOperationException.class);
  }

  /**
   * Up to 12 activity periods: none; each edge range alone; the first 12 edge ranges together and
   * in reverse; 12 times the same day; the leap day, its month and its year, nested; then 300
   * random lists.
   */
  static Stream<Arguments> periods() {
    List<List<PartialDateRange>> edges = new ArrayList<>();
    edges.add(List.of());
    EdgeCases.PARTIAL_DATE_RANGES.forEach(range -> edges.add(List.of(range)));
    List<PartialDateRange> twelve = EdgeCases.PARTIAL_DATE_RANGES.subList(0, 12);
    edges.add(twelve);
    List<PartialDateRange> reversed = new ArrayList<>(twelve);
    Collections.reverse(reversed);
    edges.add(reversed);
    edges.add(Collections.nCopies(12, PartialDateRange.of(PartialDate.of(2012, 2, 29), PartialDate.of(2012, 2, 29))));
    edges.add(List.of(
        PartialDateRange.of(PartialDate.of(2012, 2, 29), PartialDate.of(2012, 2, 29)),
        PartialDateRange.of(PartialDate.of(2012, 2), PartialDate.of(2012, 2)),
        PartialDateRange.of(PartialDate.of(2012), PartialDate.of(2012))));
    return Cases.of(300, edges, g -> g.list(12, g::partialDateRange));
  }

  /**
   * Whatever the dates, each marker tells the truth about the entries before it: AFTER only when
   * certainly later than every one of them, SAME only for the same day as the entry just before
   * (both known to the day), UNCERTAIN otherwise. So the entries up to any AFTER are certainly
   * earlier than it.
   */
  @PropertyTest
  @MethodSource("periods")
  void everyMarkerIsTrue(List<PartialDateRange> periods) {
    List<Activity> activities = new ArrayList<>();
    for (int i = 0; i < periods.size(); i++) {
      activities.add(Activity.builder().id("a" + i).kind(ActivityKind.OTHER).title(text("a" + i)).period(periods.get(i)).build());
    }
    Portfolio portfolio = Portfolio.builder().id("p").title(text("p")).activities(activities).build();
    List<TimelineEntry> entries = portfolio.timeline().entries();

    long dated = periods.stream().mapToLong(p -> (p.start().isPresent() ? 1 : 0) + (p.end().isPresent() ? 1 : 0)).sum();
    assertThat(entries).hasSize((int) dated);
    for (int i = 1; i < entries.size(); i++) {
      PartialDate current = entries.get(i).date();
      PartialDate previous = entries.get(i - 1).date();
      assertThat(previous.compareTo(current)).isLessThanOrEqualTo(0);
      boolean afterEveryEarlier = entries.subList(0, i).stream().allMatch(e -> e.date().isBefore(current));
      boolean sameAsPrevious = current.orderWith(previous) == TemporalOrder.SAME;
      TemporalOrder expected = afterEveryEarlier ? TemporalOrder.AFTER
          : sameAsPrevious ? TemporalOrder.SAME : TemporalOrder.UNCERTAIN;
      assertThat(entries.get(i).orderAfterPrevious()).as("%s after %s", entries.get(i), entries.subList(0, i))
          .isEqualTo(expected);
    }
  }
}

package org.egovcoop.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.egovcoop.testing.ModelArbitraries;

class PartialDateRangePropertiesTest {

  @Provide
  Arbitrary<PartialDateRange> ranges() {
    return ModelArbitraries.partialDateRanges();
  }

  @Provide
  Arbitrary<PartialDate> dates() {
    return ModelArbitraries.partialDates();
  }

  @Property
  void parseReadsBackWhatToStringWrites(@ForAll("ranges") PartialDateRange range) {
    PartialDateRange copy = PartialDateRange.parse(range.toString());
    assertThat(copy).isEqualTo(range);
    assertThat(copy.hashCode()).isEqualTo(range.hashCode());
  }

  @Property
  void equalityFollowsTheEnds(@ForAll("ranges") PartialDateRange a, @ForAll("ranges") PartialDateRange b) {
    assertThat(a.equals(b)).isEqualTo(a.start().equals(b.start()) && a.end().equals(b.end()));
    if (a.equals(b)) {
      assertThat(a.hashCode()).isEqualTo(b.hashCode());
    }
  }

  @Property
  void theEndIsNeverCertainlyBeforeTheStart(@ForAll("ranges") PartialDateRange range) {
    if (range.start().isPresent() && range.end().isPresent()) {
      assertThat(range.end().get().isBefore(range.start().get())).isFalse();
    }
  }

  @Property
  void whatIsCertainlyWithinIsPossiblyWithin(@ForAll("ranges") PartialDateRange range, @ForAll("dates") PartialDate date) {
    if (range.contains(date)) {
      assertThat(range.mayContain(date)).isTrue();
    }
  }

  @Property
  void containsMeansEveryPossibleDayIsWithinEveryPossibleSpan(
      @ForAll("ranges") PartialDateRange range, @ForAll("dates") PartialDate date) {
    LocalDate latestStart = range.start().map(PartialDate::lastDay).orElse(LocalDate.MIN);
    LocalDate earliestEnd = range.end().map(PartialDate::firstDay).orElse(LocalDate.MAX);
    boolean certainly = !date.firstDay().isBefore(latestStart) && !date.lastDay().isAfter(earliestEnd);
    assertThat(range.contains(date)).isEqualTo(certainly);
  }

  @Property
  void mayContainMeansSomePossibleDayIsWithinSomePossibleSpan(
      @ForAll("ranges") PartialDateRange range, @ForAll("dates") PartialDate date) {
    LocalDate earliestStart = range.start().map(PartialDate::firstDay).orElse(LocalDate.MIN);
    LocalDate latestEnd = range.end().map(PartialDate::lastDay).orElse(LocalDate.MAX);
    boolean possibly = !date.lastDay().isBefore(earliestStart) && !date.firstDay().isAfter(latestEnd);
    assertThat(range.mayContain(date)).isEqualTo(possibly);
  }

  @Property
  void aRangeMayContainItsOwnEnds(@ForAll("ranges") PartialDateRange range) {
    range.start().ifPresent(start -> assertThat(range.mayContain(start)).isTrue());
    range.end().ifPresent(end -> assertThat(range.mayContain(end)).isTrue());
  }
}

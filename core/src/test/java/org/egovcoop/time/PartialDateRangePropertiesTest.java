package org.egovcoop.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.stream.Stream;
import org.egovcoop.testing.Cases;
import org.egovcoop.testing.EdgeCases;
import org.egovcoop.testing.ModelGenerator;
import org.egovcoop.testing.PropertyTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The laws of {@link PartialDateRange} on every edge range (with every edge date), then on random ones. */
class PartialDateRangePropertiesTest {

  static Stream<Arguments> ranges() {
    return Cases.of(EdgeCases.PARTIAL_DATE_RANGES, ModelGenerator::partialDateRange);
  }

  static Stream<Arguments> rangePairs() {
    return Cases.pairs(EdgeCases.PAIRED_RANGES, ModelGenerator::partialDateRange);
  }

  static Stream<Arguments> rangesAndDates() {
    return Cases.combined(EdgeCases.PAIRED_RANGES, EdgeCases.PARTIAL_DATES,
        ModelGenerator::partialDateRange, ModelGenerator::partialDate);
  }

  @PropertyTest
  @MethodSource("ranges")
  void parseReadsBackWhatToStringWrites(PartialDateRange range) {
    PartialDateRange copy = PartialDateRange.parse(range.toString());
    assertThat(copy).isEqualTo(range);
    assertThat(copy.hashCode()).isEqualTo(range.hashCode());
  }

  @PropertyTest
  @MethodSource("rangePairs")
  void equalityFollowsTheEnds(PartialDateRange a, PartialDateRange b) {
    assertThat(a.equals(b)).isEqualTo(a.start().equals(b.start()) && a.end().equals(b.end()));
    if (a.equals(b)) {
      assertThat(a.hashCode()).isEqualTo(b.hashCode());
    }
  }

  @PropertyTest
  @MethodSource("ranges")
  void theEndIsNeverCertainlyBeforeTheStart(PartialDateRange range) {
    if (range.start().isPresent() && range.end().isPresent()) {
      assertThat(range.end().get().isBefore(range.start().get())).isFalse();
    }
  }

  @PropertyTest
  @MethodSource("rangesAndDates")
  void whatIsCertainlyWithinIsPossiblyWithin(PartialDateRange range, PartialDate date) {
    if (range.contains(date)) {
      assertThat(range.mayContain(date)).isTrue();
    }
  }

  @PropertyTest
  @MethodSource("rangesAndDates")
  void containsMeansEveryPossibleDayIsWithinEveryPossibleSpan(
      PartialDateRange range, PartialDate date) {
    LocalDate latestStart = range.start().map(PartialDate::lastDay).orElse(LocalDate.MIN);
    LocalDate earliestEnd = range.end().map(PartialDate::firstDay).orElse(LocalDate.MAX);
    boolean certainly = !date.firstDay().isBefore(latestStart) && !date.lastDay().isAfter(earliestEnd);
    assertThat(range.contains(date)).isEqualTo(certainly);
  }

  @PropertyTest
  @MethodSource("rangesAndDates")
  void mayContainMeansSomePossibleDayIsWithinSomePossibleSpan(
      PartialDateRange range, PartialDate date) {
    LocalDate earliestStart = range.start().map(PartialDate::firstDay).orElse(LocalDate.MIN);
    LocalDate latestEnd = range.end().map(PartialDate::lastDay).orElse(LocalDate.MAX);
    boolean possibly = !date.lastDay().isBefore(earliestStart) && !date.firstDay().isAfter(latestEnd);
    assertThat(range.mayContain(date)).isEqualTo(possibly);
  }

  @PropertyTest
  @MethodSource("ranges")
  void aRangeMayContainItsOwnEnds(PartialDateRange range) {
    range.start().ifPresent(start -> assertThat(range.mayContain(start)).isTrue());
    range.end().ifPresent(end -> assertThat(range.mayContain(end)).isTrue());
  }
}

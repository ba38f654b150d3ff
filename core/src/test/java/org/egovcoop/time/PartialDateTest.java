package org.egovcoop.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PartialDateTest {

  private static final PartialDate Y2013 = PartialDate.of(2013);
  private static final PartialDate DEC_2013 = PartialDate.of(2013, 12);
  private static final PartialDate DEC_10_2013 = PartialDate.of(2013, 12, 10);
  private static final PartialDate NOV_2013 = PartialDate.of(2013, 11);

  @Test
  void everyFactoryKeepsItsPrecision() {
    assertThat(PartialDate.of(2013).precision()).isEqualTo(DatePrecision.YEAR);
    assertThat(PartialDate.of(2013, 12).precision()).isEqualTo(DatePrecision.MONTH);
    assertThat(PartialDate.of(2013, 12, 10).precision()).isEqualTo(DatePrecision.DAY);
    assertThat(PartialDate.of(LocalDate.of(2017, 11, 22))).isEqualTo(PartialDate.of(2017, 11, 22));
    assertThat(PartialDate.of(YearMonth.of(2013, 12))).isEqualTo(DEC_2013);
    assertThat(PartialDate.of(Year.of(2013))).isEqualTo(Y2013);
  }

  @Test
  void accessorsGiveWhatIsKnownAndTheSpanOfDays() {
    assertThat(Y2013.year()).isEqualTo(2013);
    assertThat(Y2013.yearMonth()).isEmpty();
    assertThat(Y2013.localDate()).isEmpty();
    assertThat(Y2013.firstDay()).isEqualTo(LocalDate.of(2013, 1, 1));
    assertThat(Y2013.lastDay()).isEqualTo(LocalDate.of(2013, 12, 31));

    assertThat(DEC_2013.yearMonth()).contains(YearMonth.of(2013, 12));
    assertThat(DEC_2013.localDate()).isEmpty();
    assertThat(DEC_2013.firstDay()).isEqualTo(LocalDate.of(2013, 12, 1));
    assertThat(DEC_2013.lastDay()).isEqualTo(LocalDate.of(2013, 12, 31));
    assertThat(PartialDate.of(2016, 2).lastDay()).isEqualTo(LocalDate.of(2016, 2, 29));

    assertThat(DEC_10_2013.localDate()).contains(LocalDate.of(2013, 12, 10));
    assertThat(DEC_10_2013.firstDay()).isEqualTo(DEC_10_2013.lastDay());
  }

  @ParameterizedTest
  @CsvSource({"2013", "2013-12", "2013-12-10", "0001", "9999-12-31", "2016-02-29"})
  void parseReadsTheThreeIsoFormsAndToStringWritesThemBack(String text) {
    assertThat(PartialDate.parse(text).toString()).isEqualTo(text);
  }

  @Test
  void toStringPadsToFourDigitYears() {
    assertThat(PartialDate.of(5, 3, 7)).hasToString("0005-03-07");
    assertThat(PartialDate.of(33)).hasToString("0033");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
    "13|Text '13' could not be parsed as a partial date at index 0: expected yyyy, yyyy-MM or yyyy-MM-dd",
    "2013-1|Text '2013-1' could not be parsed as a partial date at index 0: expected yyyy, yyyy-MM or yyyy-MM-dd",
    "2013/12|Text '2013/12' could not be parsed as a partial date at index 4: expected yyyy, yyyy-MM or yyyy-MM-dd",
    "20x3|Text '20x3' could not be parsed as a partial date at index 2: expected yyyy, yyyy-MM or yyyy-MM-dd",
    "2013-12-1a|Text '2013-12-1a' could not be parsed as a partial date at index 9: expected yyyy, yyyy-MM or yyyy-MM-dd",
    "+013|Text '+013' could not be parsed as a partial date at index 0: expected yyyy, yyyy-MM or yyyy-MM-dd",
    "0000|Text '0000' is not a valid partial date: year 0 is not 1 to 9999",
    "2013-13|Text '2013-13' is not a valid partial date: month 13 is not 1 to 12",
    "2013-00|Text '2013-00' is not a valid partial date: month 0 is not 1 to 12",
    "2013-12-00|Text '2013-12-00' is not a valid partial date: day 0 is not in 2013-12, which has 31 days",
    "2013-02-29|Text '2013-02-29' is not a valid partial date: day 29 is not in 2013-02, which has 28 days",
    "2012-02-30|Text '2012-02-30' is not a valid partial date: day 30 is not in 2012-02, which has 29 days",
  })
  void parseRejectsAnythingElseNamingTheText(String text, String message) {
    assertThatThrownBy(() -> PartialDate.parse(text))
        .isInstanceOf(DateTimeParseException.class)
        .hasMessage(message)
        .satisfies(e -> assertThat(((DateTimeParseException) e).getParsedString()).isEqualTo(text));
  }

  @ParameterizedTest(name = "{0} at {1}")
  @CsvSource({"0000,0", "2013-13,5", "2013-02-29,8", "20x3,2", "2013/12,4"})
  void theErrorIndexIsTheFieldAtFault(String text, int index) {
    assertThatThrownBy(() -> PartialDate.parse(text))
        .isInstanceOfSatisfying(DateTimeParseException.class, e -> assertThat(e.getErrorIndex()).isEqualTo(index));
  }

  @Test
  void factoriesRejectOutOfRangeFieldsNamingTheValue() {
    assertThatThrownBy(() -> PartialDate.of(0))
        .isInstanceOf(DateTimeException.class)
        .hasMessage("Invalid partial date 0000: year 0 is not 1 to 9999");
    assertThatThrownBy(() -> PartialDate.of(10000, 1))
        .hasMessage("Invalid partial date 10000-01: year 10000 is not 1 to 9999");
    assertThatThrownBy(() -> PartialDate.of(2013, 0))
        .hasMessage("Invalid partial date 2013-00: month 0 is not 1 to 12");
    assertThatThrownBy(() -> PartialDate.of(2013, 4, 31))
        .isInstanceOf(DateTimeException.class)
        .hasMessage("Invalid partial date 2013-04-31: day 31 is not in 2013-04, which has 30 days");
    assertThatThrownBy(() -> PartialDate.of(LocalDate.of(-5, 1, 1)))
        .hasMessage("Invalid partial date -005-01-01: year -5 is not 1 to 9999");
    assertThatThrownBy(() -> PartialDate.parse(null)).isInstanceOf(NullPointerException.class).hasMessage("text");
  }

  @Test
  void aMonthIsNeitherBeforeNorAfterADayWithinIt() {
    assertThat(DEC_2013.isBefore(DEC_10_2013)).isFalse();
    assertThat(DEC_2013.isAfter(DEC_10_2013)).isFalse();
    assertThat(DEC_10_2013.isBefore(DEC_2013)).isFalse();
    assertThat(DEC_10_2013.isAfter(DEC_2013)).isFalse();
    assertThat(DEC_2013.mayBeBefore(DEC_10_2013)).isTrue();
    assertThat(DEC_2013.mayBeAfter(DEC_10_2013)).isTrue();
    assertThat(DEC_2013.overlaps(DEC_10_2013)).isTrue();
    assertThat(DEC_2013.orderWith(DEC_10_2013)).isEqualTo(TemporalOrder.UNCERTAIN);
    assertThat(DEC_10_2013.orderWith(DEC_2013)).isEqualTo(TemporalOrder.UNCERTAIN);
  }

  @Test
  void certainOrderNeedsEveryDayOfOneBeforeEveryDayOfTheOther() {
    assertThat(NOV_2013.isBefore(DEC_10_2013)).isTrue();
    assertThat(DEC_10_2013.isAfter(NOV_2013)).isTrue();
    assertThat(NOV_2013.orderWith(DEC_10_2013)).isEqualTo(TemporalOrder.BEFORE);
    assertThat(DEC_10_2013.orderWith(NOV_2013)).isEqualTo(TemporalOrder.AFTER);
    assertThat(NOV_2013.mayBeAfter(DEC_10_2013)).isFalse();
    assertThat(NOV_2013.overlaps(DEC_10_2013)).isFalse();

    PartialDate lastDayOf2013 = PartialDate.of(2013, 12, 31);
    PartialDate firstDayOf2014 = PartialDate.of(2014, 1, 1);
    assertThat(lastDayOf2013.isBefore(firstDayOf2014)).isTrue();
    assertThat(Y2013.isBefore(PartialDate.of(2014))).isTrue();
    assertThat(Y2013.isBefore(lastDayOf2013)).isFalse();
  }

  @Test
  void aDayIsTheSameAsItselfButCoarserDatesAreOnlyUncertainWithThemselves() {
    assertThat(DEC_10_2013.orderWith(PartialDate.of(2013, 12, 10))).isEqualTo(TemporalOrder.SAME);
    assertThat(DEC_10_2013.mayBeBefore(DEC_10_2013)).isFalse();
    assertThat(DEC_2013.orderWith(DEC_2013)).isEqualTo(TemporalOrder.UNCERTAIN);
    assertThat(Y2013.orderWith(Y2013)).isEqualTo(TemporalOrder.UNCERTAIN);
    assertThat(Y2013.mayBeBefore(Y2013)).isTrue();
  }

  @Test
  void containsMeansEveryDayOfTheOtherLiesWithin() {
    assertThat(DEC_2013.contains(DEC_10_2013)).isTrue();
    assertThat(DEC_2013.contains(DEC_2013)).isTrue();
    assertThat(DEC_2013.contains(Y2013)).isFalse();
    assertThat(Y2013.contains(DEC_2013)).isTrue();
    assertThat(DEC_10_2013.contains(DEC_2013)).isFalse();
    assertThat(DEC_2013.contains(NOV_2013)).isFalse();
  }

  @Test
  void compareToSortsByFirstDayThenCoarserFirstWithoutClaimingAnOrderInTime() {
    List<PartialDate> dates = new ArrayList<>(List.of(
        PartialDate.of(2014), PartialDate.of(2013, 1, 1), DEC_10_2013, PartialDate.of(2013, 1), DEC_2013, Y2013));
    Collections.shuffle(dates, new java.util.Random(42));
    Collections.sort(dates);
    assertThat(dates).containsExactly(
        Y2013, PartialDate.of(2013, 1), PartialDate.of(2013, 1, 1), DEC_2013, DEC_10_2013, PartialDate.of(2014));
    // Sorting puts 2013 first, yet 2013 is not before 2013-01.
    assertThat(Y2013.isBefore(PartialDate.of(2013, 1))).isFalse();
  }

  @Test
  void equalsAndHashCodeDistinguishPrecision() {
    assertThat(PartialDate.of(2013, 1)).isNotEqualTo(PartialDate.of(2013)).isNotEqualTo(PartialDate.of(2013, 1, 1));
    assertThat(PartialDate.of(2013, 12)).isEqualTo(DEC_2013).hasSameHashCodeAs(DEC_2013);
    assertThat(PartialDate.of(2013, 1).hashCode()).isNotEqualTo(PartialDate.of(2013).hashCode());
    assertThat(DEC_2013).isNotEqualTo("2013-12");
  }
}

package org.egovcoop.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.format.DateTimeParseException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PartialDateRangeTest {

  private static final PartialDate Y2013 = PartialDate.of(2013);
  private static final PartialDate Y2015 = PartialDate.of(2015);
  private static final PartialDateRange CENTRE = PartialDateRange.of(Y2013, Y2015);

  @Test
  void everyFactoryKeepsItsEnds() {
    assertThat(CENTRE.start()).contains(Y2013);
    assertThat(CENTRE.end()).contains(Y2015);
    assertThat(PartialDateRange.from(PartialDate.of(2013, 12)).end()).isEmpty();
    assertThat(PartialDateRange.from(PartialDate.of(2013, 12)).start()).contains(PartialDate.of(2013, 12));
    assertThat(PartialDateRange.until(Y2015).start()).isEmpty();
    assertThat(PartialDateRange.until(Y2015).end()).contains(Y2015);
    assertThat(PartialDateRange.between(null, null).start()).isEmpty();
    assertThat(PartialDateRange.between(null, null).end()).isEmpty();
    assertThat(PartialDateRange.between(Y2013, null)).isEqualTo(PartialDateRange.from(Y2013));
    assertThat(PartialDateRange.between(null, Y2015)).isEqualTo(PartialDateRange.until(Y2015));
    assertThat(PartialDateRange.between(Y2013, Y2015)).isEqualTo(CENTRE).hasSameHashCodeAs(CENTRE);
  }

  @Test
  void anEndThatMayFallAfterTheStartIsAccepted() {
    PartialDateRange range = PartialDateRange.of(PartialDate.of(2013, 12), PartialDate.of(2013, 12, 10));
    assertThat(range).hasToString("2013-12/2013-12-10");
    assertThat(PartialDateRange.of(PartialDate.of(2013, 12, 10), PartialDate.of(2013, 12))).hasToString("2013-12-10/2013-12");
    assertThat(PartialDateRange.of(Y2013, Y2013)).hasToString("2013/2013");
  }

  @Test
  void anEndCertainlyBeforeTheStartIsRejectedNamingBoth() {
    // the exception family of PartialDate, as java.time's
    assertThatThrownBy(() -> PartialDateRange.of(Y2015, Y2013))
        .isInstanceOf(java.time.DateTimeException.class)
        .hasMessage("Invalid date range 2015/2013: end 2013 is before start 2015");
    assertThatThrownBy(() -> PartialDateRange.between(PartialDate.of(2013, 12, 11), PartialDate.of(2013, 12, 10)))
        .hasMessage("Invalid date range 2013-12-11/2013-12-10: end 2013-12-10 is before start 2013-12-11");
    assertThatThrownBy(() -> PartialDateRange.of(null, Y2013)).isInstanceOf(NullPointerException.class).hasMessage("start");
    assertThatThrownBy(() -> PartialDateRange.of(Y2013, null)).isInstanceOf(NullPointerException.class).hasMessage("end");
    assertThatThrownBy(() -> PartialDateRange.from(null)).isInstanceOf(NullPointerException.class).hasMessage("start");
    assertThatThrownBy(() -> PartialDateRange.until(null)).isInstanceOf(NullPointerException.class).hasMessage("end");
  }

  @ParameterizedTest
  @CsvSource({"2013/2015", "2013-12/..", "../2017-11-22", "../..", "2013-12/2013-12-10"})
  void parseReadsWhatToStringWrites(String text) {
    assertThat(PartialDateRange.parse(text)).hasToString(text);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
    "2013|0|Text '2013' could not be parsed as a date range: expected start/end, each a partial date or '..'",
    "2013/2014/2015|9|Text '2013/2014/2015' could not be parsed as a date range: expected start/end, each a partial date or '..'",
    "2013/201|5|Text '2013/201' could not be parsed as a date range: '201' is neither a partial date nor '..'",
    "./2015|0|Text './2015' could not be parsed as a date range: '.' is neither a partial date nor '..'",
    "2013-13/..|5|Text '2013-13/..' could not be parsed as a date range: '2013-13' is neither a partial date nor '..'",
    "2015/2013|5|Invalid date range 2015/2013: end 2013 is before start 2015",
    "/|0|Text '/' could not be parsed as a date range: '' is neither a partial date nor '..'",
  })
  void parseRejectsMalformedTextNamingItAndWhere(String text, int index, String message) {
    assertThatThrownBy(() -> PartialDateRange.parse(text))
        .isInstanceOf(DateTimeParseException.class)
        .hasMessage(message)
        .satisfies(e -> {
          assertThat(((DateTimeParseException) e).getParsedString()).isEqualTo(text);
          assertThat(((DateTimeParseException) e).getErrorIndex()).isEqualTo(index);
        });
  }

  @Test
  void containsIsCertainWhileMayContainIsPossible() {
    // The centre ran "2013 to 2015": it may have opened in December 2013 and closed in January 2015.
    assertThat(CENTRE.contains(PartialDate.of(2014, 5))).isTrue();
    assertThat(CENTRE.contains(PartialDate.of(2014))).isTrue();
    assertThat(CENTRE.contains(PartialDate.of(2013, 3))).isFalse();
    assertThat(CENTRE.mayContain(PartialDate.of(2013, 3))).isTrue();
    assertThat(CENTRE.contains(PartialDate.of(2015, 6, 1))).isFalse();
    assertThat(CENTRE.mayContain(PartialDate.of(2015, 6, 1))).isTrue();
    assertThat(CENTRE.contains(Y2013)).isFalse();
    assertThat(CENTRE.mayContain(Y2013)).isTrue();
    assertThat(CENTRE.mayContain(PartialDate.of(2012, 12, 31))).isFalse();
    assertThat(CENTRE.mayContain(PartialDate.of(2016, 1, 1))).isFalse();
    assertThat(CENTRE.mayContain(PartialDate.of(2012))).isFalse();
  }

  @Test
  void anOpenEndBoundsNothing() {
    PartialDateRange since = PartialDateRange.from(PartialDate.of(2013, 12));
    assertThat(since.contains(PartialDate.of(9999))).isTrue();
    assertThat(since.contains(PartialDate.of(2014))).isTrue();
    assertThat(since.contains(PartialDate.of(2013, 12, 10))).isFalse();
    assertThat(since.mayContain(PartialDate.of(2013, 12, 10))).isTrue();
    assertThat(since.mayContain(PartialDate.of(2013, 11, 30))).isFalse();

    PartialDateRange until = PartialDateRange.until(PartialDate.of(2017, 11, 22));
    assertThat(until.contains(PartialDate.of(1))).isTrue();
    assertThat(until.contains(PartialDate.of(2017, 11, 22))).isTrue();
    assertThat(until.contains(PartialDate.of(2017, 11))).isFalse();
    assertThat(until.mayContain(PartialDate.of(2017, 11))).isTrue();
    assertThat(until.mayContain(PartialDate.of(2017, 11, 23))).isFalse();

    PartialDateRange unbounded = PartialDateRange.between(null, null);
    assertThat(unbounded.contains(PartialDate.of(1))).isTrue();
    assertThat(unbounded.mayContain(PartialDate.of(9999, 12, 31))).isTrue();
  }

  @Test
  void aRangeOfOneDayContainsExactlyThatDay() {
    PartialDate signing = PartialDate.of(2017, 11, 22);
    PartialDateRange day = PartialDateRange.of(signing, signing);
    assertThat(day.contains(signing)).isTrue();
    assertThat(day.contains(PartialDate.of(2017, 11, 21))).isFalse();
    assertThat(day.contains(PartialDate.of(2017, 11))).isFalse();
    assertThat(day.mayContain(PartialDate.of(2017, 11))).isTrue();
  }

  @Test
  void equalsComparesBothEnds() {
    assertThat(CENTRE).isNotEqualTo(PartialDateRange.from(Y2013)).isNotEqualTo(PartialDateRange.until(Y2015))
        .isNotEqualTo(PartialDateRange.of(Y2013, PartialDate.of(2015, 1))).isNotEqualTo("2013/2015");
  }
}

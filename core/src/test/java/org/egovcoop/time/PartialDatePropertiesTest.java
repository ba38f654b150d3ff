package org.egovcoop.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import java.util.stream.Stream;
import org.egovcoop.testing.Cases;
import org.egovcoop.testing.EdgeCases;
import org.egovcoop.testing.ModelGenerator;
import org.egovcoop.testing.PropertyTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The laws of {@link PartialDate}: text round trip, equality, and its honest orders; on every edge
 * date (every pair of them, every triple of the nested ones), then on random ones.
 */
class PartialDatePropertiesTest {

  static Stream<Arguments> dates() {
    return Cases.of(EdgeCases.PARTIAL_DATES, ModelGenerator::partialDate);
  }

  static Stream<Arguments> datePairs() {
    return Cases.pairs(EdgeCases.PAIRED_DATES, ModelGenerator::partialDate);
  }

  static Stream<Arguments> dateTriples() {
    return Cases.triples(EdgeCases.NESTED_DATES, ModelGenerator::partialDate);
  }

  @PropertyTest
  @MethodSource("dates")
  void parseReadsBackWhatToStringWrites(PartialDate date) {
    assertThat(PartialDate.parse(date.toString())).isEqualTo(date);
  }

  @PropertyTest
  @MethodSource("dates")
  void equalDatesHaveEqualHashCodes(PartialDate a) {
    PartialDate copy = PartialDate.parse(a.toString());
    assertThat(copy).isEqualTo(a);
    assertThat(copy.hashCode()).isEqualTo(a.hashCode());
  }

  @PropertyTest
  @MethodSource("datePairs")
  void hashCodeDistinguishesEveryDate(PartialDate a, PartialDate b) {
    assertThat(a.hashCode() == b.hashCode()).isEqualTo(a.equals(b));
  }

  @PropertyTest
  @MethodSource("datePairs")
  void compareToIsAntisymmetricAndConsistentWithEquals(PartialDate a, PartialDate b) {
    assertThat(Integer.signum(a.compareTo(b))).isEqualTo(-Integer.signum(b.compareTo(a)));
    assertThat(a.compareTo(b) == 0).isEqualTo(a.equals(b));
  }

  @PropertyTest
  @MethodSource("dateTriples")
  void compareToIsTransitive(
      PartialDate a, PartialDate b, PartialDate c) {
    if (a.compareTo(b) <= 0 && b.compareTo(c) <= 0) {
      assertThat(a.compareTo(c)).isLessThanOrEqualTo(0);
    }
    if (a.compareTo(b) < 0 && b.compareTo(c) < 0) {
      assertThat(a.compareTo(c)).isLessThan(0);
    }
  }

  @PropertyTest
  @MethodSource("dates")
  void isBeforeIsIrreflexive(PartialDate a) {
    assertThat(a.isBefore(a)).isFalse();
    assertThat(a.isAfter(a)).isFalse();
  }

  @PropertyTest
  @MethodSource("datePairs")
  void isBeforeIsAsymmetricAndAgreesWithIsAfter(PartialDate a, PartialDate b) {
    if (a.isBefore(b)) {
      assertThat(b.isBefore(a)).isFalse();
    }
    assertThat(a.isBefore(b)).isEqualTo(b.isAfter(a));
    assertThat(a.mayBeBefore(b)).isEqualTo(b.mayBeAfter(a));
  }

  @PropertyTest
  @MethodSource("dateTriples")
  void isBeforeIsTransitive(PartialDate a, PartialDate b, PartialDate c) {
    if (a.isBefore(b) && b.isBefore(c)) {
      assertThat(a.isBefore(c)).isTrue();
    }
  }

  @PropertyTest
  @MethodSource("datePairs")
  void certainlyBeforeImpliesPossiblyBeforeAndSortsFirst(PartialDate a, PartialDate b) {
    if (a.isBefore(b)) {
      assertThat(a.mayBeBefore(b)).isTrue();
      assertThat(a.compareTo(b)).isLessThan(0);
      assertThat(b.mayBeBefore(a)).isFalse();
    }
  }

  @PropertyTest
  @MethodSource("datePairs")
  void isBeforeMatchesEveryDayOfOneBeforeEveryDayOfTheOther(PartialDate a, PartialDate b) {
    boolean everyDayBefore = a.lastDay().isBefore(b.firstDay());
    boolean someDayBefore = a.firstDay().isBefore(b.lastDay());
    assertThat(a.isBefore(b)).isEqualTo(everyDayBefore);
    assertThat(a.mayBeBefore(b)).isEqualTo(someDayBefore);
  }

  @PropertyTest
  @MethodSource("dates")
  void containsIsReflexive(PartialDate a) {
    assertThat(a.contains(a)).isTrue();
  }

  @PropertyTest
  @MethodSource("dateTriples")
  void containsIsTransitiveAndAntisymmetric(
      PartialDate a, PartialDate b, PartialDate c) {
    if (a.contains(b) && b.contains(c)) {
      assertThat(a.contains(c)).isTrue();
    }
    if (a.contains(b) && b.contains(a)) {
      assertThat(a).isEqualTo(b);
    }
  }

  @PropertyTest
  @MethodSource("dates")
  void aDateContainsEveryRefinementOfItself(PartialDate a) {
    LocalDate day = a.lastDay();
    assertThat(a.contains(PartialDate.of(day))).isTrue();
    assertThat(PartialDate.of(a.year()).contains(a)).isTrue();
    assertThat(a.overlaps(PartialDate.of(day))).isTrue();
  }

  @PropertyTest
  @MethodSource("datePairs")
  void orderWithIsSymmetric(PartialDate a, PartialDate b) {
    Map<TemporalOrder, TemporalOrder> converse = Map.of(
        TemporalOrder.BEFORE, TemporalOrder.AFTER,
        TemporalOrder.AFTER, TemporalOrder.BEFORE,
        TemporalOrder.SAME, TemporalOrder.SAME,
        TemporalOrder.UNCERTAIN, TemporalOrder.UNCERTAIN);
    assertThat(b.orderWith(a)).isEqualTo(converse.get(a.orderWith(b)));
  }

  @PropertyTest
  @MethodSource("datePairs")
  void orderWithAgreesWithTheOtherComparisons(PartialDate a, PartialDate b) {
    TemporalOrder order = a.orderWith(b);
    assertThat(order == TemporalOrder.BEFORE).isEqualTo(a.isBefore(b));
    assertThat(order == TemporalOrder.AFTER).isEqualTo(a.isAfter(b));
    assertThat(order == TemporalOrder.SAME).isEqualTo(a.equals(b) && a.precision() == DatePrecision.DAY);
    assertThat(order == TemporalOrder.UNCERTAIN || order == TemporalOrder.SAME).isEqualTo(a.overlaps(b));
  }
}

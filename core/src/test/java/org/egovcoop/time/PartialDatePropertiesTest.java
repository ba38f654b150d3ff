package org.egovcoop.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.egovcoop.testing.ModelArbitraries;

/** The laws of {@link PartialDate}: text round trip, equality, and its honest orders. */
class PartialDatePropertiesTest {

  @Provide
  Arbitrary<PartialDate> dates() {
    return ModelArbitraries.partialDates();
  }

  @Property
  void parseReadsBackWhatToStringWrites(@ForAll("dates") PartialDate date) {
    assertThat(PartialDate.parse(date.toString())).isEqualTo(date);
  }

  @Property
  void equalDatesHaveEqualHashCodes(@ForAll("dates") PartialDate a) {
    PartialDate copy = PartialDate.parse(a.toString());
    assertThat(copy).isEqualTo(a);
    assertThat(copy.hashCode()).isEqualTo(a.hashCode());
  }

  @Property
  void hashCodeDistinguishesEveryDate(@ForAll("dates") PartialDate a, @ForAll("dates") PartialDate b) {
    assertThat(a.hashCode() == b.hashCode()).isEqualTo(a.equals(b));
  }

  @Property
  void compareToIsAntisymmetricAndConsistentWithEquals(@ForAll("dates") PartialDate a, @ForAll("dates") PartialDate b) {
    assertThat(Integer.signum(a.compareTo(b))).isEqualTo(-Integer.signum(b.compareTo(a)));
    assertThat(a.compareTo(b) == 0).isEqualTo(a.equals(b));
  }

  @Property
  void compareToIsTransitive(
      @ForAll("dates") PartialDate a, @ForAll("dates") PartialDate b, @ForAll("dates") PartialDate c) {
    if (a.compareTo(b) <= 0 && b.compareTo(c) <= 0) {
      assertThat(a.compareTo(c)).isLessThanOrEqualTo(0);
    }
    if (a.compareTo(b) < 0 && b.compareTo(c) < 0) {
      assertThat(a.compareTo(c)).isLessThan(0);
    }
  }

  @Property
  void isBeforeIsIrreflexive(@ForAll("dates") PartialDate a) {
    assertThat(a.isBefore(a)).isFalse();
    assertThat(a.isAfter(a)).isFalse();
  }

  @Property
  void isBeforeIsAsymmetricAndAgreesWithIsAfter(@ForAll("dates") PartialDate a, @ForAll("dates") PartialDate b) {
    if (a.isBefore(b)) {
      assertThat(b.isBefore(a)).isFalse();
    }
    assertThat(a.isBefore(b)).isEqualTo(b.isAfter(a));
    assertThat(a.mayBeBefore(b)).isEqualTo(b.mayBeAfter(a));
  }

  @Property
  void isBeforeIsTransitive(@ForAll("dates") PartialDate a, @ForAll("dates") PartialDate b, @ForAll("dates") PartialDate c) {
    if (a.isBefore(b) && b.isBefore(c)) {
      assertThat(a.isBefore(c)).isTrue();
    }
  }

  @Property
  void certainlyBeforeImpliesPossiblyBeforeAndSortsFirst(@ForAll("dates") PartialDate a, @ForAll("dates") PartialDate b) {
    if (a.isBefore(b)) {
      assertThat(a.mayBeBefore(b)).isTrue();
      assertThat(a.compareTo(b)).isLessThan(0);
      assertThat(b.mayBeBefore(a)).isFalse();
    }
  }

  @Property
  void isBeforeMatchesEveryDayOfOneBeforeEveryDayOfTheOther(@ForAll("dates") PartialDate a, @ForAll("dates") PartialDate b) {
    boolean everyDayBefore = a.lastDay().isBefore(b.firstDay());
    boolean someDayBefore = a.firstDay().isBefore(b.lastDay());
    assertThat(a.isBefore(b)).isEqualTo(everyDayBefore);
    assertThat(a.mayBeBefore(b)).isEqualTo(someDayBefore);
  }

  @Property
  void containsIsReflexive(@ForAll("dates") PartialDate a) {
    assertThat(a.contains(a)).isTrue();
  }

  @Property
  void containsIsTransitiveAndAntisymmetric(
      @ForAll("dates") PartialDate a, @ForAll("dates") PartialDate b, @ForAll("dates") PartialDate c) {
    if (a.contains(b) && b.contains(c)) {
      assertThat(a.contains(c)).isTrue();
    }
    if (a.contains(b) && b.contains(a)) {
      assertThat(a).isEqualTo(b);
    }
  }

  @Property
  void aDateContainsEveryRefinementOfItself(@ForAll("dates") PartialDate a) {
    LocalDate day = a.lastDay();
    assertThat(a.contains(PartialDate.of(day))).isTrue();
    assertThat(PartialDate.of(a.year()).contains(a)).isTrue();
    assertThat(a.overlaps(PartialDate.of(day))).isTrue();
  }

  @Property
  void orderWithIsSymmetric(@ForAll("dates") PartialDate a, @ForAll("dates") PartialDate b) {
    Map<TemporalOrder, TemporalOrder> converse = Map.of(
        TemporalOrder.BEFORE, TemporalOrder.AFTER,
        TemporalOrder.AFTER, TemporalOrder.BEFORE,
        TemporalOrder.SAME, TemporalOrder.SAME,
        TemporalOrder.UNCERTAIN, TemporalOrder.UNCERTAIN);
    assertThat(b.orderWith(a)).isEqualTo(converse.get(a.orderWith(b)));
  }

  @Property
  void orderWithAgreesWithTheOtherComparisons(@ForAll("dates") PartialDate a, @ForAll("dates") PartialDate b) {
    TemporalOrder order = a.orderWith(b);
    assertThat(order == TemporalOrder.BEFORE).isEqualTo(a.isBefore(b));
    assertThat(order == TemporalOrder.AFTER).isEqualTo(a.isAfter(b));
    assertThat(order == TemporalOrder.SAME).isEqualTo(a.equals(b) && a.precision() == DatePrecision.DAY);
    assertThat(order == TemporalOrder.UNCERTAIN || order == TemporalOrder.SAME).isEqualTo(a.overlaps(b));
  }
}

package org.egovcoop.metric;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.stream.Stream;
import org.egovcoop.testing.Cases;
import org.egovcoop.testing.EdgeCases;
import org.egovcoop.testing.ModelGenerator;
import org.egovcoop.testing.PropertyTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class QuantityTest {

  @Test
  void aQuantityIsMoneyWhenItsUnitIsACurrency() {
    Quantity exports = Quantity.of(Money.of("180000000", "USD"));
    assertThat(exports).isEqualTo(Quantity.of(new BigDecimal("180000000"), "USD")).isEqualTo(Quantity.parse("180000000 USD"));
    assertThat(exports.unit()).isEqualTo("USD");
    assertThat(exports.currency()).contains(Currency.getInstance("USD"));
    assertThat(exports.asMoney()).contains(Money.of("180000000", "USD"));
    assertThat(exports).hasToString("180000000 USD");
  }

  @Test
  void aCountHasALowerCaseUnitName() {
    Quantity officials = Quantity.parse("30 person");
    assertThat(officials.value()).isEqualTo(new BigDecimal("30"));
    assertThat(officials.unit()).isEqualTo("person");
    assertThat(officials.currency()).isEmpty();
    assertThat(officials.asMoney()).isEmpty();
    assertThat(Quantity.of(new BigDecimal("12.5"), "percent")).hasToString("12.5 percent");
    assertThat(Quantity.of(BigDecimal.ONE, "usd").currency()).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
    "30|Text '30' is not a quantity: expected a value, one space and a unit, such as '180000000 USD' or '30 person'",
    "30  person|Text '30  person' is not a quantity: expected a value, one space and a unit, such as '180000000 USD' or '30 person'",
    "thirty person|Invalid quantity value 'thirty': not a decimal number",
    "30 Person|Invalid unit 'Person': expected an ISO 4217 currency code such as USD, or a lower-case unit name such as person",
    "30 ABC|Invalid unit 'ABC': expected an ISO 4217 currency code such as USD, or a lower-case unit name such as person",
    "30 1st|Invalid unit '1st': expected an ISO 4217 currency code such as USD, or a lower-case unit name such as person",
    "1e-39 person|Quantity.value 1E-39 is out of bounds: at most 38 significant digits and a scale within ±38 (precision 1, scale 39)",
  })
  void malformedQuantitiesAreRejectedNamingTheText(String text, String message) {
    assertThatThrownBy(() -> Quantity.parse(text)).isInstanceOf(IllegalArgumentException.class).hasMessage(message);
  }

  @Test
  void tooLongUnitNamesAreRejected() {
    String longest = "a".repeat(32);
    assertThat(Quantity.of(BigDecimal.ONE, longest).unit()).isEqualTo(longest);
    assertThatThrownBy(() -> Quantity.of(BigDecimal.ONE, longest + "a"))
        .hasMessageStartingWith("Invalid unit '" + longest + "a'");
    assertThatThrownBy(() -> Quantity.of((BigDecimal) null, "person")).isInstanceOf(NullPointerException.class).hasMessage("value");
    assertThatThrownBy(() -> Quantity.of(BigDecimal.ONE, null)).isInstanceOf(NullPointerException.class).hasMessage("unit");
    assertThatThrownBy(() -> Quantity.of(null)).isInstanceOf(NullPointerException.class).hasMessage("money");
  }

  static Stream<Arguments> quantities() {
    return Cases.of(EdgeCases.QUANTITIES, ModelGenerator::quantity);
  }

  static Stream<Arguments> quantityPairs() {
    return Cases.pairs(EdgeCases.PAIRED_QUANTITIES, ModelGenerator::quantity);
  }

  @PropertyTest
  @MethodSource("quantities")
  void parseReadsBackWhatToStringWrites(Quantity quantity) {
    Quantity copy = Quantity.parse(quantity.toString());
    assertThat(copy).isEqualTo(quantity);
    assertThat(copy.hashCode()).isEqualTo(quantity.hashCode());
  }

  @PropertyTest
  @MethodSource("quantities")
  void moneyAndQuantityConvertBothWays(Quantity quantity) {
    quantity.asMoney().ifPresent(money -> assertThat(Quantity.of(money)).isEqualTo(quantity));
    assertThat(quantity.asMoney().isPresent()).isEqualTo(Money.isCurrencyCode(quantity.unit()));
  }

  @PropertyTest
  @MethodSource("quantityPairs")
  void equalsFollowsValueAndUnit(Quantity a, Quantity b) {
    assertThat(a.equals(b)).isEqualTo(a.value().equals(b.value()) && a.unit().equals(b.unit()));
    if (a.equals(b)) {
      assertThat(a.hashCode()).isEqualTo(b.hashCode());
    }
  }
}

package org.egovcoop.metric;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
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

class QualifiedQuantityTest {

  private static final Money USD_180M = Money.of("180000000", "USD");

  @Test
  void moreThanUsd180Million() {
    QualifiedQuantity exports = QualifiedQuantity.moreThan(USD_180M);
    assertThat(exports.qualifier()).isEqualTo(Qualifier.MORE_THAN);
    assertThat(exports.quantity().asMoney()).contains(USD_180M);
    assertThat(exports).hasToString("> 180000000 USD");
    assertThat(QualifiedQuantity.parse("> 180000000 USD")).isEqualTo(exports).hasSameHashCodeAs(exports);
  }

  @Test
  void everyFactoryCarriesItsQualifier() {
    assertThat(QualifiedQuantity.atLeast(USD_180M)).hasToString(">= 180000000 USD");
    assertThat(QualifiedQuantity.about(USD_180M)).hasToString("~ 180000000 USD");
    assertThat(QualifiedQuantity.exactly(Quantity.parse("30 person"))).hasToString("30 person");
    assertThat(QualifiedQuantity.of(Qualifier.AT_MOST, Quantity.parse("5 project"))).hasToString("<= 5 project");
    assertThat(QualifiedQuantity.of(Qualifier.LESS_THAN, Quantity.parse("5 project"))).hasToString("< 5 project");
    assertThat(QualifiedQuantity.exactly(Quantity.of(USD_180M))).isNotEqualTo(QualifiedQuantity.moreThan(USD_180M));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    ">|> 1 USD", ">=|>= 1 USD", "<|< 1 USD", "<=|<= 1 USD", "~|~ 1 USD", "''|1 USD"})
  void everySymbolParses(String symbol, String text) {
    QualifiedQuantity parsed = QualifiedQuantity.parse(text);
    assertThat(parsed.qualifier().symbol()).isEqualTo(symbol);
    assertThat(parsed.quantity()).isEqualTo(Quantity.of(BigDecimal.ONE, "USD"));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
    "≥ 1 USD|Text '≥ 1 USD' is not a qualified quantity: expected an optional qualifier (>, >=, <, <=, ~), a value and a unit, such as '> 180000000 USD'",
    ">180000000 USD|Text '>180000000 USD' is not a qualified quantity: expected an optional qualifier (>, >=, <, <=, ~), a value and a unit, such as '> 180000000 USD'",
    "more than 1 USD|Text 'more than 1 USD' is not a qualified quantity: expected an optional qualifier (>, >=, <, <=, ~), a value and a unit, such as '> 180000000 USD'",
    "> 1|Text '1' is not a quantity: expected a value, one space and a unit, such as '180000000 USD' or '30 person'",
    "~ x USD|Invalid quantity value 'x': not a decimal number",
  })
  void malformedTextIsRejectedNamingIt(String text, String message) {
    assertThatThrownBy(() -> QualifiedQuantity.parse(text)).isInstanceOf(IllegalArgumentException.class).hasMessage(message);
  }

  @Test
  void nullsAreRejectedNamingTheParameter() {
    assertThatThrownBy(() -> QualifiedQuantity.of(null, Quantity.parse("1 USD"))).hasMessage("qualifier");
    assertThatThrownBy(() -> QualifiedQuantity.of(Qualifier.ABOUT, null)).hasMessage("quantity");
    assertThatThrownBy(() -> QualifiedQuantity.parse(null)).hasMessage("text");
  }

  static Stream<Arguments> quantities() {
    return Cases.of(EdgeCases.QUALIFIED_QUANTITIES, ModelGenerator::qualifiedQuantity);
  }

  static Stream<Arguments> quantityPairs() {
    return Cases.pairs(EdgeCases.QUALIFIED_QUANTITIES, ModelGenerator::qualifiedQuantity);
  }

  @PropertyTest
  @MethodSource("quantities")
  void parseReadsBackWhatToStringWrites(QualifiedQuantity quantity) {
    QualifiedQuantity copy = QualifiedQuantity.parse(quantity.toString());
    assertThat(copy).isEqualTo(quantity);
    assertThat(copy.hashCode()).isEqualTo(quantity.hashCode());
  }

  @PropertyTest
  @MethodSource("quantityPairs")
  void equalsFollowsQualifierAndQuantity(QualifiedQuantity a, QualifiedQuantity b) {
    assertThat(a.equals(b)).isEqualTo(a.qualifier() == b.qualifier() && a.quantity().equals(b.quantity()));
    if (a.equals(b)) {
      assertThat(a.hashCode()).isEqualTo(b.hashCode());
    }
  }
}

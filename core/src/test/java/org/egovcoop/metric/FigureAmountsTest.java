package org.egovcoop.metric;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.egovcoop.text.LocalizedText;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Where a negative amount means something: in a figure of kind other, and nowhere else. */
class FigureAmountsTest {

  private static Figure.Builder figure(FigureKind kind, QualifiedQuantity quantity) {
    return Figure.builder().id("f").kind(kind).description(LocalizedText.of("en", "a figure")).quantity(quantity);
  }

  @ParameterizedTest
  @EnumSource(value = FigureKind.class, names = "OTHER", mode = EnumSource.Mode.EXCLUDE)
  void anAmountOfExportsAidInvestmentOrPeopleIsNeverNegative(FigureKind kind) {
    String code = kind.name().toLowerCase(java.util.Locale.ROOT);
    assertThatThrownBy(() -> figure(kind, QualifiedQuantity.atLeast(Money.of("-2500000", "EUR"))).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Figure.quantity >= -2500000 EUR is negative: a figure of kind " + code + " is an amount of zero"
            + " or more; a change or a balance, which may be negative, is a figure of kind other");
    assertThat(figure(kind, QualifiedQuantity.exactly(Quantity.of("0", "EUR"))).build().getQuantity().quantity().value())
        .isZero();
  }

  @Test
  void aChangeOrABalanceIsAFigureOfKindOtherAndMayBeNegative() {
    Figure fall = figure(FigureKind.OTHER, QualifiedQuantity.about(Money.of("-3000000", "USD"))).build();
    assertThat(fall.getQuantity()).hasToString("~ -3000000 USD");
    assertThat(Money.of("-2500000", "EUR").amount().signum()).isNegative();
  }
}

package org.egovcoop.metric;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** The factories a user reaches for beside {@code moreThan}, {@code atLeast} and {@code about}. */
class QuantityFactoriesTest {

  @Test
  void upperBoundsReadBackFromTheirText() {
    QualifiedQuantity atMost = QualifiedQuantity.atMost(Money.of("5000000", "USD"));
    assertThat(atMost.qualifier()).isEqualTo(Qualifier.AT_MOST);
    assertThat(atMost).hasToString("<= 5000000 USD");
    assertThat(QualifiedQuantity.parse(atMost.toString())).isEqualTo(atMost);
    QualifiedQuantity lessThan = QualifiedQuantity.lessThan(Money.of("5000000", "USD"));
    assertThat(lessThan.qualifier()).isEqualTo(Qualifier.LESS_THAN);
    assertThat(lessThan).hasToString("< 5000000 USD");
    assertThat(QualifiedQuantity.parse(lessThan.toString())).isEqualTo(lessThan);
  }

  @Test
  void aQuantityOfAPlainDecimalAsMoneyHasIt() {
    Quantity people = Quantity.of("30", "person");
    assertThat(people).isEqualTo(Quantity.of(new BigDecimal("30"), "person"));
    assertThat(Quantity.of("2.50", "year").value()).isEqualTo(new BigDecimal("2.50")); // scale kept
    assertThat(Quantity.of("180000000", "USD")).isEqualTo(Quantity.of(Money.of("180000000", "USD")));
    assertThatThrownBy(() -> Quantity.of("thirty", "person"))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("Invalid quantity value 'thirty': not a decimal number");
    assertThatThrownBy(() -> Quantity.of("30", "People"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("Invalid unit 'People'");
  }
}

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

class MoneyTest {

  private static final Currency USD = Currency.getInstance("USD");

  @Test
  void everyFactoryGivesTheSameMoney() {
    Money exports = Money.of(new BigDecimal("180000000"), USD);
    assertThat(Money.of("180000000", "USD")).isEqualTo(exports).hasSameHashCodeAs(exports);
    assertThat(Money.parse("180000000 USD")).isEqualTo(exports);
    assertThat(exports.amount()).isEqualTo(new BigDecimal("180000000"));
    assertThat(exports.currency()).isEqualTo(USD);
    assertThat(exports).hasToString("180000000 USD");
  }

  @Test
  void theScaleIsPartOfTheValueButNotOfTheAmount() {
    Money plain = Money.of("180000000", "USD");
    Money cents = Money.of("180000000.00", "USD");
    assertThat(cents).isNotEqualTo(plain).hasToString("180000000.00 USD");
    assertThat(cents.isSameAmountAs(plain)).isTrue();
    assertThat(Money.of("1.8E+8", "USD").isSameAmountAs(plain)).isTrue();
    assertThat(Money.of("1.8E+8", "USD")).hasToString("1.8E+8 USD");
    assertThat(plain.isSameAmountAs(Money.of("180000000", "KRW"))).isFalse();
    assertThat(plain.isSameAmountAs(Money.of("180000001", "USD"))).isFalse();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
    "180000000|Text '180000000' is not money: expected an amount, one space and an ISO 4217 code, such as '180000000 USD'",
    "180 000 000 USD|Text '180 000 000 USD' is not money: expected an amount, one space and an ISO 4217 code, such as '180000000 USD'",
    "180,000,000 USD|Invalid amount '180,000,000': not a decimal number",
    "180000000 usd|Unknown currency code 'usd': expected an ISO 4217 code such as USD",
    "180000000 ABC|Unknown currency code 'ABC': expected an ISO 4217 code such as USD",
    "180000000 US|Unknown currency code 'US': expected an ISO 4217 code such as USD",
    "1234567890123456789012345678901234567890123 USD|Money.amount 1234567890123456789012345678901234567... is out of bounds: at most 38 significant digits and a scale within ±38 (precision 43, scale 0)",
    "1e1000000000 USD|Money.amount 1E+1000000000 is out of bounds: at most 38 significant digits and a scale within ±38 (precision 1, scale -1000000000)",
    "123456789012345678901234567890123456789 USD|Money.amount 123456789012345678901234567890123456789 is out of bounds: at most 38 significant digits and a scale within ±38 (precision 39, scale 0)",
  })
  void malformedMoneyIsRejectedNamingTheText(String text, String message) {
    assertThatThrownBy(() -> Money.parse(text)).isInstanceOf(IllegalArgumentException.class).hasMessage(message);
  }

  @Test
  void nullsAreRejectedNamingTheParameter() {
    assertThatThrownBy(() -> Money.of((BigDecimal) null, USD)).isInstanceOf(NullPointerException.class).hasMessage("amount");
    assertThatThrownBy(() -> Money.of(BigDecimal.ONE, null)).isInstanceOf(NullPointerException.class).hasMessage("currency");
    assertThatThrownBy(() -> Money.of(null, "USD")).isInstanceOf(NullPointerException.class).hasMessage("amount");
    assertThatThrownBy(() -> Money.currency(null)).isInstanceOf(NullPointerException.class).hasMessage("currencyCode");
    assertThatThrownBy(() -> Money.parse(null)).isInstanceOf(NullPointerException.class).hasMessage("text");
  }

  @Test
  void currencyCodesAreThreeUpperCaseIsoLetters() {
    assertThat(Money.currency("KRW")).isEqualTo(Currency.getInstance("KRW"));
    assertThat(Money.currency("UZS").getCurrencyCode()).isEqualTo("UZS");
    assertThat(Money.isCurrencyCode("USD")).isTrue();
    assertThat(Money.isCurrencyCode("usd")).isFalse();
    assertThat(Money.isCurrencyCode("US")).isFalse();
    assertThat(Money.isCurrencyCode("ZZZ")).isFalse();
    assertThat(Money.isCurrencyCode(null)).isFalse();
  }

  static Stream<Arguments> money() {
    return Cases.of(EdgeCases.MONEY, ModelGenerator::money);
  }

  static Stream<Arguments> moneyPairs() {
    return Cases.pairs(EdgeCases.PAIRED_MONEY, ModelGenerator::money);
  }

  @PropertyTest
  @MethodSource("money")
  void parseReadsBackWhatToStringWrites(Money money) {
    Money copy = Money.parse(money.toString());
    assertThat(copy).isEqualTo(money);
    assertThat(copy.amount().scale()).isEqualTo(money.amount().scale());
    assertThat(copy.hashCode()).isEqualTo(money.hashCode());
  }

  @PropertyTest
  @MethodSource("moneyPairs")
  void equalMoneyIsTheSameAmount(Money a, Money b) {
    if (a.equals(b)) {
      assertThat(a.hashCode()).isEqualTo(b.hashCode());
      assertThat(a.isSameAmountAs(b)).isTrue();
    }
    assertThat(a.isSameAmountAs(b)).isEqualTo(b.isSameAmountAs(a));
    if (a.amount().scale() < 38 && a.amount().precision() < 38) {
      Money rescaled = Money.of(a.amount().setScale(a.amount().scale() + 1), a.currency());
      assertThat(rescaled.isSameAmountAs(a)).isTrue();
      assertThat(rescaled).isNotEqualTo(a);
    }
  }
}

package org.egovcoop.metric;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Currency;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.egovcoop.internal.CodeList;
import org.egovcoop.testing.Cases;
import org.egovcoop.testing.EdgeCases;
import org.egovcoop.testing.IatiCodeLists;
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
    "180000000 usd|Unknown currency code 'usd': expected an ISO 4217 code such as USD; egovcoop's list is ISO 4217 as of Amendment 177, 232 current and historic codes",
    "180000000 ABC|Unknown currency code 'ABC': expected an ISO 4217 code such as USD; egovcoop's list is ISO 4217 as of Amendment 177, 232 current and historic codes",
    "180000000 US|Unknown currency code 'US': expected an ISO 4217 code such as USD; egovcoop's list is ISO 4217 as of Amendment 177, 232 current and historic codes",
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
    assertThatThrownBy(() -> Money.of(BigDecimal.ONE, (Currency) null)).isInstanceOf(NullPointerException.class).hasMessage("currency");
    assertThatThrownBy(() -> Money.of(BigDecimal.ONE, (String) null)).isInstanceOf(NullPointerException.class).hasMessage("currencyCode");
    assertThatThrownBy(() -> Money.of((String) null, "USD")).isInstanceOf(NullPointerException.class).hasMessage("amount");
    assertThatThrownBy(() -> Money.of((BigDecimal) null, "USD")).isInstanceOf(NullPointerException.class).hasMessage("amount");
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

  @Test
  void theCodesAreThoseOfTheShippedEditionWhichTheJavadocNames() throws IOException {
    CodeList list = CodeList.read(Money.class, "iso-4217.tsv", 1);
    assertThat(list.edition()).isEqualTo("ISO 4217 as of Amendment 177, 232 current and historic codes");
    assertThat(list.rows()).hasSize(232);
    for (List<String> row : list.rows()) {
      assertThat(Money.isCurrencyCode(row.get(0))).as(row.get(0)).isTrue();
    }
    String source = Files.readString(Path.of(System.getProperty("egovcoop.project.dir", ".."))
        .resolve("core/src/main/java/org/egovcoop/metric/Money.java"), StandardCharsets.UTF_8);
    assertThat(source.replaceAll("\\s+\\*\\s+", " ")).contains("edition <b>" + list.edition() + "</b>");
  }

  /**
   * XAD (Arab Accounting Dinar) came after Amendment 177: JDK 25 knows it and JDK 17.0.15 does
   * not, and egovcoop refuses it on both, as it refuses every code outside its list.
   */
  @Test
  void aCodeAfterTheEditionIsRefusedOnEveryJdk() {
    assertThat(Money.isCurrencyCode("XAD")).isFalse();
    assertThatThrownBy(() -> Money.of("1", "XAD"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Unknown currency code 'XAD': expected an ISO 4217 code such as USD; egovcoop's list is"
            + " ISO 4217 as of Amendment 177, 232 current and historic codes");
  }

  /** The cross-check with the JDK that the list replaces: the JDK of the build knows every code. */
  @Test
  void theJdkKnowsEveryCodeOfTheList() {
    Set<String> jdk = Currency.getAvailableCurrencies().stream().map(Currency::getCurrencyCode).collect(Collectors.toSet());
    for (List<String> row : CodeList.read(Money.class, "iso-4217.tsv", 1).rows()) {
      assertThat(jdk).as("the JDK's currencies").contains(row.get(0));
      assertThat(Money.of("1", row.get(0)).currency()).isEqualTo(Currency.getInstance(row.get(0)));
    }
  }

  /**
   * A second source: IATI's Currency list, which has only current codes, is within the list, but
   * for XBT, which is IATI's own and not an ISO 4217 code.
   */
  @Test
  void iatisCurrentCurrenciesAreInTheList() {
    Set<String> iati = new TreeSet<>(IatiCodeLists.activeCodes("Currency"));
    assertThat(iati.remove("XBT")).as("IATI lists XBT").isTrue();
    assertThat(iati).hasSizeGreaterThan(150).allMatch(Money::isCurrencyCode);
    assertThat(Money.isCurrencyCode("XBT")).isFalse();
  }

  @Test
  void moneyHoldsItsCurrencyAsACode() {
    Money money = Money.of(new BigDecimal("30"), "KRW");
    assertThat(money.currencyCode()).isEqualTo("KRW");
    assertThat(money).isEqualTo(Money.of(new BigDecimal("30"), Currency.getInstance("KRW")));
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

package org.egovcoop.metric;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.Objects;
import org.egovcoop.internal.Checks;

/**
 * An exact amount of money in an ISO 4217 currency: {@code 180000000 USD}.
 *
 * <p>The amount is a {@link BigDecimal} kept exactly as given, scale included:
 * {@code 180000000.00 USD} and {@code 180000000 USD} are different values under
 * {@link #equals(Object)} (as with {@code BigDecimal}), and equal under
 * {@link #isSameAmountAs(Money)}. No amount ever passes through {@code double}. Amounts are
 * bounded (at most 38 significant digits, scale within ±38) so that arithmetic on them stays cheap.
 *
 * <p>{@link #toString()} writes the amount (as {@link BigDecimal#toString()}, so the scale survives), a space and the currency code, which
 * {@link #parse(CharSequence)} reads back.
 */
public final class Money {

  private final BigDecimal amount;
  private final Currency currency;

  private Money(BigDecimal amount, Currency currency) {
    this.amount = Checks.boundedDecimal("Money", "amount", amount);
    this.currency = currency;
  }

  /**
   * {@return the money}
   *
   * @param amount the exact amount
   * @param currency the currency
   * @throws IllegalArgumentException if the amount is out of bounds
   */
  public static Money of(BigDecimal amount, Currency currency) {
    return new Money(Objects.requireNonNull(amount, "amount"), Objects.requireNonNull(currency, "currency"));
  }

  /**
   * {@return the money}
   *
   * @param amount the exact amount as decimal text, such as {@code 180000000}
   * @param currencyCode an ISO 4217 code such as {@code USD}
   * @throws IllegalArgumentException naming the text if the amount is not a decimal number or
   *     the currency code is unknown
   */
  public static Money of(String amount, String currencyCode) {
    return of(decimal(Objects.requireNonNull(amount, "amount"), "amount"), currency(currencyCode));
  }

  /**
   * Reads the form {@link #toString()} writes: {@code 180000000 USD}.
   *
   * @param text the text
   * @return the money
   * @throws IllegalArgumentException naming the text if it is malformed
   */
  public static Money parse(CharSequence text) {
    String s = Objects.requireNonNull(text, "text").toString();
    int space = onlySpace(s);
    if (space < 0) {
      throw new IllegalArgumentException(
          "Text '" + s + "' is not money: expected an amount, one space and an ISO 4217 code, such"
              + " as '180000000 USD'");
    }
    return of(s.substring(0, space), s.substring(space + 1));
  }

  /**
   * The text form of money and quantities is a number, one space and a unit.
   *
   * @param text the text
   * @return the index of its only space, or -1 if it has none or more than one
   */
  static int onlySpace(String text) {
    int space = text.indexOf(' ');
    return space >= 0 && text.indexOf(' ', space + 1) < 0 ? space : -1;
  }

  static BigDecimal decimal(String text, String what) {
    try {
      return new BigDecimal(text);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("Invalid " + what + " '" + text + "': not a decimal number", e);
    }
  }

  /**
   * The currency of an ISO 4217 code.
   *
   * @param code such as {@code USD}
   * @return the currency
   * @throws IllegalArgumentException naming the code if it is not a known ISO 4217 code
   */
  public static Currency currency(String code) {
    Objects.requireNonNull(code, "currencyCode");
    if (!isCurrencyCode(code)) {
      throw new IllegalArgumentException(
          "Unknown currency code '" + code + "': expected an ISO 4217 code such as USD");
    }
    return Currency.getInstance(code);
  }

  /**
   * {@return whether it is a known ISO 4217 currency code (three upper-case letters)}
   *
   * @param code the text to test, may be null
   */
  public static boolean isCurrencyCode(String code) {
    if (code == null || code.length() != 3) {
      return false;
    }
    for (int i = 0; i < 3; i++) {
      char c = code.charAt(i);
      if (c < 'A' || c > 'Z') {
        return false;
      }
    }
    try {
      Currency.getInstance(code);
      return true;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  /** {@return the exact amount, scale as given} */
  public BigDecimal amount() {
    return amount;
  }

  /** {@return the currency} */
  public Currency currency() {
    return currency;
  }

  /**
   * {@return whether both have the same currency and numerically equal amounts, whatever their
   *     scale}
   *
   * @param other the money to compare with
   */
  public boolean isSameAmountAs(Money other) {
    return currency.equals(other.currency) && amount.compareTo(other.amount) == 0;
  }

  @Override
  public boolean equals(Object o) {
    return this == o
        || o instanceof Money && ((Money) o).amount.equals(amount) && ((Money) o).currency.equals(currency);
  }

  @Override
  public int hashCode() {
    return amount.hashCode() * 31 + currency.hashCode();
  }

  /** {@return the amount and the currency code: {@code 180000000 USD}} */
  @Override
  public String toString() {
    return amount + " " + currency.getCurrencyCode();
  }
}

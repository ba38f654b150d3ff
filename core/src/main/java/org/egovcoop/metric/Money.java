package org.egovcoop.metric;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.egovcoop.internal.Checks;
import org.egovcoop.internal.CodeList;
import org.egovcoop.internal.Texts;

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
 *
 * <p>The currency codes accepted are those of the list that core ships,
 * {@code org/egovcoop/metric/iso-4217.tsv}, edition <b>ISO 4217 as of Amendment 177, 232 current
 * and historic codes</b> (the edition is named in the file, which also says where its codes
 * come from). The list is egovcoop's own, not the JDK's: {@code XAD}, which ISO added after
 * Amendment 177 and JDK 25 knows, is refused on every JDK, and a value is valid or not alike on
 * every JDK. Money holds its currency as a code; {@link #currency()} is the JDK's view of it.
 */
public final class Money {

  private static final CodeList ISO_4217 = CodeList.read(Money.class, "iso-4217.tsv", 1);
  private static final Set<String> CURRENCY_CODES =
      ISO_4217.rows().stream().map(row -> row.get(0)).collect(Collectors.toUnmodifiableSet());

  private final BigDecimal amount;
  private final String currencyCode;

  private Money(BigDecimal amount, String currencyCode) {
    this.amount = Checks.boundedDecimal("Money", "amount", amount);
    this.currencyCode = currencyCode;
  }

  /**
   * {@return the money}
   *
   * @param amount the exact amount
   * @param currency the currency
   * @throws IllegalArgumentException if the amount is out of bounds, or if the currency is not in
   *     egovcoop's ISO 4217 list (a code the JDK knows from a later amendment)
   */
  public static Money of(BigDecimal amount, Currency currency) {
    return of(amount, Objects.requireNonNull(currency, "currency").getCurrencyCode());
  }

  /**
   * {@return the money}
   *
   * @param amount the exact amount
   * @param currencyCode an ISO 4217 code such as {@code USD}
   * @throws IllegalArgumentException if the amount is out of bounds, or naming the code if it is
   *     not in egovcoop's ISO 4217 list
   */
  public static Money of(BigDecimal amount, String currencyCode) {
    return new Money(Objects.requireNonNull(amount, "amount"), checkedCode(currencyCode));
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
    return of(decimal(Objects.requireNonNull(amount, "amount"), "amount"), currencyCode);
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
          "Text " + Texts.quoted(s) + " is not money: expected an amount, one space and an ISO 4217 code, such"
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
      throw new IllegalArgumentException("Invalid " + what + " " + Texts.quoted(text) + ": not a decimal number", e);
    }
  }

  /**
   * The JDK's currency of an ISO 4217 code.
   *
   * @param code such as {@code USD}
   * @return the currency
   * @throws IllegalArgumentException naming the code if it is not in egovcoop's ISO 4217 list
   * @throws IllegalStateException naming the code if it is, but this JDK does not know it (a
   *     JDK 17 update older than the list's amendment)
   */
  public static Currency currency(String code) {
    return jdkCurrency(checkedCode(code));
  }

  /**
   * {@return whether it is a code of egovcoop's ISO 4217 list (three upper-case letters), the
   *     same on every JDK}
   *
   * @param code the text to test, may be null
   */
  public static boolean isCurrencyCode(String code) {
    return code != null && CURRENCY_CODES.contains(code);
  }

  private static String checkedCode(String code) {
    Objects.requireNonNull(code, "currencyCode");
    if (!isCurrencyCode(code)) {
      throw new IllegalArgumentException("Unknown currency code " + Texts.quoted(code) + ": expected an ISO 4217 code such as USD"
          + "; egovcoop's list is " + ISO_4217.edition());
    }
    return code;
  }

  private static Currency jdkCurrency(String code) {
    try {
      return Currency.getInstance(code);
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException("Currency code " + Texts.quoted(code) + " is in " + ISO_4217.edition()
          + ", but this JDK (" + System.getProperty("java.version") + ") does not know it", e);
    }
  }

  /** {@return the exact amount, scale as given} */
  public BigDecimal amount() {
    return amount;
  }

  /** {@return the ISO 4217 code of the currency, such as {@code USD}} */
  public String currencyCode() {
    return currencyCode;
  }

  /**
   * {@return the JDK's currency of the code}
   *
   * @throws IllegalStateException naming the code if this JDK does not know it (a JDK 17 update
   *     older than the amendment of egovcoop's ISO 4217 list)
   */
  public Currency currency() {
    return jdkCurrency(currencyCode);
  }

  /**
   * {@return whether both have the same currency and numerically equal amounts, whatever their
   *     scale}
   *
   * @param other the money to compare with
   */
  public boolean isSameAmountAs(Money other) {
    return currencyCode.equals(other.currencyCode) && amount.compareTo(other.amount) == 0;
  }

  @Override
  public boolean equals(Object o) {
    return this == o
        || o instanceof Money && ((Money) o).amount.equals(amount) && ((Money) o).currencyCode.equals(currencyCode);
  }

  @Override
  public int hashCode() {
    return amount.hashCode() * 31 + currencyCode.hashCode();
  }

  /** {@return the amount and the currency code: {@code 180000000 USD}} */
  @Override
  public String toString() {
    return amount + " " + currencyCode;
  }
}

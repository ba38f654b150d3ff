package org.egovcoop.metric;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.egovcoop.internal.Checks;
import org.egovcoop.internal.Texts;

/**
 * An exact number with a unit: an amount of money ({@code 180000000 USD}) or a count of
 * something ({@code 30 person}).
 *
 * <p>The unit is either an ISO 4217 currency code (three upper-case letters, so the quantity is
 * {@linkplain #asMoney() money}) or a lower-case unit name of letters, digits and hyphens
 * ({@code person}, {@code project}, {@code percent}). The two forms cannot be confused. The value
 * is a {@link BigDecimal} kept exactly, scale included, and bounded like {@link Money}.
 *
 * <p>{@link #toString()} writes the value (as {@link BigDecimal#toString()}), a space and the unit, which
 * {@link #parse(CharSequence)} reads back.
 */
public final class Quantity {

  private static final Pattern UNIT_NAME = Pattern.compile("[a-z][a-z0-9-]{0,31}");

  private final BigDecimal value;
  private final String unit;

  private Quantity(BigDecimal value, String unit) {
    this.value = Checks.boundedDecimal("Quantity", "value", value);
    this.unit = unit;
  }

  /**
   * {@return the quantity}
   *
   * @param value the exact value
   * @param unit an ISO 4217 currency code or a lower-case unit name
   * @throws IllegalArgumentException naming the unit or value if either is invalid
   */
  public static Quantity of(BigDecimal value, String unit) {
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(unit, "unit");
    if (!Money.isCurrencyCode(unit) && !UNIT_NAME.matcher(unit).matches()) {
      throw new IllegalArgumentException(
          "Invalid unit " + Texts.quoted(unit) + ": expected an ISO 4217 currency code such as USD, or a"
              + " lower-case unit name such as person");
    }
    return new Quantity(value, unit);
  }

  /**
   * The quantity of a value written as a plain decimal: {@code Quantity.of("30", "person")}, as
   * {@code Money.of("180000000", "USD")} reads an amount.
   *
   * @param value the exact value as a plain decimal, such as {@code 30} or {@code 2.5}
   * @param unit an ISO 4217 currency code or a lower-case unit name
   * @return the quantity
   * @throws IllegalArgumentException naming the value or unit if either is invalid
   */
  public static Quantity of(String value, String unit) {
    Objects.requireNonNull(value, "value");
    return of(Money.decimal(value, "quantity value"), unit);
  }

  /**
   * {@return the same amount as a quantity whose unit is the currency code}
   *
   * @param money an amount of money
   */
  public static Quantity of(Money money) {
    Objects.requireNonNull(money, "money");
    return new Quantity(money.amount(), money.currencyCode());
  }

  /**
   * Reads the form {@link #toString()} writes: {@code 180000000 USD}, {@code 30 person}.
   *
   * @param text the text
   * @return the quantity
   * @throws IllegalArgumentException naming the text if it is malformed
   */
  public static Quantity parse(CharSequence text) {
    String s = Objects.requireNonNull(text, "text").toString();
    int space = Money.onlySpace(s);
    if (space < 0) {
      throw new IllegalArgumentException(
          "Text " + Texts.quoted(s) + " is not a quantity: expected a value, one space and a unit, such as"
              + " '180000000 USD' or '30 person'");
    }
    return of(Money.decimal(s.substring(0, space), "quantity value"), s.substring(space + 1));
  }

  /** {@return the exact value, scale as given} */
  public BigDecimal value() {
    return value;
  }

  /** {@return the unit: an ISO 4217 code or a lower-case unit name} */
  public String unit() {
    return unit;
  }

  /**
   * {@return the JDK's currency, if the unit is a currency code}
   *
   * @throws IllegalStateException naming the code if this JDK does not know it (see
   *     {@link Money#currency()})
   */
  public Optional<Currency> currency() {
    return Money.isCurrencyCode(unit) ? Optional.of(Money.currency(unit)) : Optional.empty();
  }

  /** {@return this quantity as money, if its unit is a currency code} */
  public Optional<Money> asMoney() {
    return Money.isCurrencyCode(unit) ? Optional.of(Money.of(value, unit)) : Optional.empty();
  }

  @Override
  public boolean equals(Object o) {
    return this == o
        || o instanceof Quantity && ((Quantity) o).value.equals(value) && ((Quantity) o).unit.equals(unit);
  }

  @Override
  public int hashCode() {
    return value.hashCode() * 31 + unit.hashCode();
  }

  /** {@return the value and the unit: {@code 180000000 USD}} */
  @Override
  public String toString() {
    return value + " " + unit;
  }
}

package org.egovcoop.metric;

import java.util.Objects;
import org.egovcoop.internal.Texts;

/**
 * A quantity as a source reports it, with how it relates to the true value: "more than USD 180
 * million" is {@code > 180000000 USD}; an exact figure has no symbol ({@code 180000000 USD}).
 *
 * <p>{@link #toString()} writes the {@linkplain Qualifier#symbol() symbol}, a space and the
 * quantity (or the quantity alone when exact), which {@link #parse(CharSequence)} reads back.
 */
public final class QualifiedQuantity {

  private final Qualifier qualifier;
  private final Quantity quantity;

  private QualifiedQuantity(Qualifier qualifier, Quantity quantity) {
    this.qualifier = qualifier;
    this.quantity = quantity;
  }

  /**
   * {@return the qualified quantity}
   *
   * @param qualifier how the quantity relates to the true value
   * @param quantity the reported quantity
   */
  public static QualifiedQuantity of(Qualifier qualifier, Quantity quantity) {
    return new QualifiedQuantity(
        Objects.requireNonNull(qualifier, "qualifier"), Objects.requireNonNull(quantity, "quantity"));
  }

  /**
   * {@return the quantity, qualified {@link Qualifier#EXACTLY}}
   *
   * @param quantity an exact quantity
   */
  public static QualifiedQuantity exactly(Quantity quantity) {
    return of(Qualifier.EXACTLY, quantity);
  }

  /**
   * "More than USD 180 million": {@code moreThan(Money.of("180000000", "USD"))}.
   *
   * @param money the lower bound, exclusive
   * @return the qualified quantity
   */
  public static QualifiedQuantity moreThan(Money money) {
    return of(Qualifier.MORE_THAN, Quantity.of(money));
  }

  /**
   * {@return the qualified quantity}
   *
   * @param money the lower bound, inclusive
   */
  public static QualifiedQuantity atLeast(Money money) {
    return of(Qualifier.AT_LEAST, Quantity.of(money));
  }

  /**
   * {@return the qualified quantity}
   *
   * @param money an approximate amount
   */
  public static QualifiedQuantity about(Money money) {
    return of(Qualifier.ABOUT, Quantity.of(money));
  }

  /**
   * "At most USD 5 million": {@code atMost(Money.of("5000000", "USD"))}.
   *
   * @param money the upper bound, inclusive
   * @return the qualified quantity
   */
  public static QualifiedQuantity atMost(Money money) {
    return of(Qualifier.AT_MOST, Quantity.of(money));
  }

  /**
   * "Less than USD 5 million": {@code lessThan(Money.of("5000000", "USD"))}.
   *
   * @param money the upper bound, exclusive
   * @return the qualified quantity
   */
  public static QualifiedQuantity lessThan(Money money) {
    return of(Qualifier.LESS_THAN, Quantity.of(money));
  }

  /**
   * Reads the form {@link #toString()} writes, such as {@code > 180000000 USD} or
   * {@code 30 person}.
   *
   * @param text the text
   * @return the qualified quantity
   * @throws IllegalArgumentException naming the text if it is malformed
   */
  public static QualifiedQuantity parse(CharSequence text) {
    String s = Objects.requireNonNull(text, "text").toString();
    int space = s.indexOf(' ');
    if (space > 0) {
      String head = s.substring(0, space);
      for (Qualifier qualifier : Qualifier.values()) {
        if (!qualifier.symbol().isEmpty() && qualifier.symbol().equals(head)) {
          return of(qualifier, Quantity.parse(s.substring(space + 1)));
        }
      }
    }
    try {
      return exactly(Quantity.parse(s));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "Text " + Texts.quoted(s) + " is not a qualified quantity: expected an optional qualifier (>, >=, <,"
              + " <=, ~), a value and a unit, such as '> 180000000 USD'",
          e);
    }
  }

  /** {@return how the quantity relates to the true value} */
  public Qualifier qualifier() {
    return qualifier;
  }

  /** {@return the reported quantity} */
  public Quantity quantity() {
    return quantity;
  }

  @Override
  public boolean equals(Object o) {
    return this == o
        || o instanceof QualifiedQuantity
            && ((QualifiedQuantity) o).qualifier == qualifier
            && ((QualifiedQuantity) o).quantity.equals(quantity);
  }

  @Override
  public int hashCode() {
    return qualifier.hashCode() * 31 + quantity.hashCode();
  }

  /** {@return the text, such as {@code > 180000000 USD}, or {@code 30 person} when exact} */
  @Override
  public String toString() {
    return qualifier == Qualifier.EXACTLY ? quantity.toString() : qualifier.symbol() + " " + quantity;
  }
}

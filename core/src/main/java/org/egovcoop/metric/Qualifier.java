package org.egovcoop.metric;

/**
 * How a reported figure relates to the true value: "more than USD 180 million" is
 * {@link #MORE_THAN}, "about 30 officials" is {@link #ABOUT}.
 */
public enum Qualifier {
  /** The value is exact. Written without a symbol. */
  EXACTLY(""),
  /** The true value is at least this ({@code >=}). */
  AT_LEAST(">="),
  /** The true value exceeds this ({@code >}). */
  MORE_THAN(">"),
  /** The true value is at most this ({@code <=}). */
  AT_MOST("<="),
  /** The true value is below this ({@code <}). */
  LESS_THAN("<"),
  /** The value is approximate ({@code ~}). */
  ABOUT("~");

  private final String symbol;

  Qualifier(String symbol) {
    this.symbol = symbol;
  }

  /** {@return the symbol in the text form of a {@link QualifiedQuantity}: {@code >}, {@code ~}, …} */
  public String symbol() {
    return symbol;
  }
}

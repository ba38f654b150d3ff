package org.egovcoop.metric;

/** What a {@link Figure} measures. */
public enum FigureKind {
  /** Goods or services exported, such as e-government systems sold abroad. */
  EXPORTS,
  /** Development aid or grants given. */
  AID,
  /** Investment made. */
  INVESTMENT,
  /** A number of people: officials trained, experts sent. */
  HEADCOUNT,
  /**
   * Anything else; the figure's description says what. The one kind whose quantity may be
   * negative: a change or a balance.
   */
  OTHER
}

package org.egovcoop.agreement;

/** How an {@link Agreement} relates to an earlier one: the edges of an agreement lineage. */
public enum RelationKind {
  /** Follows on from the earlier agreement, widening it without replacing it. */
  FOLLOWS,
  /** Renews the earlier agreement for a new term. */
  RENEWS,
  /** Amends the earlier agreement. */
  AMENDS,
  /** Replaces the earlier agreement, which ceases to apply. */
  SUPERSEDES,
  /** Implements the earlier, framework agreement. */
  IMPLEMENTS
}

package org.egovcoop.time;

/**
 * How two facts of reduced precision relate in time. Unlike a comparator's sign, this can say
 * that the order is not known.
 */
public enum TemporalOrder {
  /** Certainly earlier. */
  BEFORE,
  /** The same day, both known to the day. */
  SAME,
  /** Certainly later. */
  AFTER,
  /** The two may share a day ({@code 2013-12} and {@code 2013-12-10}): the order is unknown. */
  UNCERTAIN
}

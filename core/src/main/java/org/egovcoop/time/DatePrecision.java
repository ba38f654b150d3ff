package org.egovcoop.time;

/** How precisely a {@link PartialDate} is known, from the coarsest to the finest. */
public enum DatePrecision {
  /** Known to the year: {@code 2013}. */
  YEAR,
  /** Known to the month: {@code 2013-12}. */
  MONTH,
  /** Known to the day: {@code 2013-12-10}. */
  DAY
}

package org.egovcoop.iati;

import java.util.Objects;

/**
 * One thing an export did not write as the portfolio holds it: a partial date written by the
 * {@link PartialDateRule}, a fact IATI cannot hold, a value the export derived, or an activity it
 * left out.
 *
 * @param kind what happened to the fact
 * @param pointer where the fact is in the portfolio, as a JSON Pointer into its egovcoop JSON
 *     document: {@code /activities/0/period}
 * @param message what the fact is and what the export did with it, in English
 */
public record ReportEntry(Kind kind, String pointer, String message) {

  /** What happened to a fact of the portfolio. */
  public enum Kind {
    /** A date known to the year or month, written by the caller's {@link PartialDateRule} or left out. */
    PARTIAL_DATE,
    /** A fact that no element of IATI 2.03 holds, left out: lineage, benchmarking areas, figures, people. */
    NOT_CARRIED,
    /** A value IATI requires that the portfolio does not hold, derived by a documented rule. */
    DERIVED,
    /** An activity left out of an export of all activities, because IATI cannot hold it as it is. */
    SKIPPED
  }

  /**
   * Checks that no part of the entry is null.
   *
   * @param kind what happened to the fact
   * @param pointer where the fact is in the portfolio
   * @param message what the fact is and what the export did with it
   */
  public ReportEntry {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(pointer, "pointer");
    Objects.requireNonNull(message, "message");
  }

  /** {@return the entry on one line: kind, pointer and message} */
  @Override
  public String toString() {
    return kind.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ') + " " + pointer + ": " + message;
  }
}

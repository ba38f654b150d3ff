package org.egovcoop.iati;

import java.time.LocalDate;
import java.util.Optional;
import org.egovcoop.time.PartialDate;

/**
 * How an export writes a date known only to the year or the month, since IATI's dates are full
 * dates ({@code xsd:date}). Every date the rule changes or leaves out is listed in the export's
 * {@link IatiReport} as a {@link ReportEntry.Kind#PARTIAL_DATE} entry; a date known to the day is
 * written as it is under every rule.
 */
public enum PartialDateRule {
  /** The first day of the date's period: {@code 2013} as {@code 2013-01-01}, {@code 2013-12} as {@code 2013-12-01}. */
  FIRST_DAY("first-day"),
  /** The last day of the date's period: {@code 2013} as {@code 2013-12-31}, {@code 2013-02} as {@code 2013-02-28}. */
  LAST_DAY("last-day"),
  /**
   * Left out. An activity whose start date is then missing cannot be exported, since IATI requires
   * a start date (ruleset 6.11.1).
   */
  OMIT("omit");

  private final String code;

  PartialDateRule(String code) {
    this.code = code;
  }

  /** {@return the rule's code, as the command line and the report write it: {@code first-day}, {@code last-day}, {@code omit}} */
  public String code() {
    return code;
  }

  /**
   * {@return the rule with that code}
   *
   * @param code {@code first-day}, {@code last-day} or {@code omit}
   * @throws IllegalArgumentException naming the code and the codes expected if it is none of them
   */
  public static PartialDateRule ofCode(String code) {
    for (PartialDateRule rule : values()) {
      if (rule.code.equals(code)) {
        return rule;
      }
    }
    throw new IllegalArgumentException(
        "Unknown partial date rule '" + code + "': expected first-day, last-day or omit");
  }

  /**
   * {@return the full date this rule writes, or empty if it leaves the date out}
   *
   * @param date a date of any precision
   */
  public Optional<LocalDate> apply(PartialDate date) {
    if (date.localDate().isPresent()) {
      return date.localDate();
    }
    return switch (this) {
      case FIRST_DAY -> Optional.of(date.firstDay());
      case LAST_DAY -> Optional.of(date.lastDay());
      case OMIT -> Optional.empty();
    };
  }
}

package org.egovcoop.portfolio;

import java.util.Objects;
import org.egovcoop.time.PartialDate;
import org.egovcoop.time.TemporalOrder;

/**
 * One dated fact on a {@link Timeline}: what happened, to which fact (by id), when, and whether
 * the dates settle its place. {@link TemporalOrder#UNCERTAIN} marks an entry that may precede or
 * coincide with an earlier entry (2013-12 after 2013); {@link TemporalOrder#SAME} marks a tie on
 * the same day with the entry just before it.
 */
public final class TimelineEntry {

  private final PartialDate date;
  private final TimelineEventKind kind;
  private final String subjectId;
  private final TemporalOrder orderAfterPrevious;

  TimelineEntry(PartialDate date, TimelineEventKind kind, String subjectId, TemporalOrder orderAfterPrevious) {
    this.date = date;
    this.kind = kind;
    this.subjectId = subjectId;
    this.orderAfterPrevious = orderAfterPrevious;
  }

  TimelineEntry withOrderAfterPrevious(TemporalOrder order) {
    return new TimelineEntry(date, kind, subjectId, order);
  }

  /** {@return when it happened, to the precision known} */
  public PartialDate date() {
    return date;
  }

  /** {@return what happened} */
  public TimelineEventKind kind() {
    return kind;
  }

  /** {@return the id of the fact it happened to (an agreement, activity, appointment, …)} */
  public String subjectId() {
    return subjectId;
  }

  /**
   * {@return {@link TemporalOrder#AFTER} when this entry is certainly later than every earlier
   *     entry (always for the first), {@link TemporalOrder#SAME} when it falls on the same day as
   *     the entry just before it, {@link TemporalOrder#UNCERTAIN} otherwise}
   */
  public TemporalOrder orderAfterPrevious() {
    return orderAfterPrevious;
  }

  @Override
  public boolean equals(Object o) {
    return this == o
        || o instanceof TimelineEntry
            && ((TimelineEntry) o).date.equals(date)
            && ((TimelineEntry) o).kind == kind
            && ((TimelineEntry) o).subjectId.equals(subjectId)
            && ((TimelineEntry) o).orderAfterPrevious == orderAfterPrevious;
  }

  @Override
  public int hashCode() {
    return Objects.hash(date, kind, subjectId, orderAfterPrevious);
  }

  /** {@return the text, such as {@code 2017-11-22 AGREEMENT_SIGNED kor-uzb-mou-2017}} */
  @Override
  public String toString() {
    return date + " " + kind + " " + subjectId + (orderAfterPrevious == TemporalOrder.AFTER ? "" : " (" + orderAfterPrevious + ")");
  }
}

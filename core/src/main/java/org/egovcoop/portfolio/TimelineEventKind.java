package org.egovcoop.portfolio;

/** What happened at a {@link TimelineEntry}. */
public enum TimelineEventKind {
  /** An agreement was signed. */
  AGREEMENT_SIGNED,
  /** An agreement entered into force. */
  AGREEMENT_ENTERED_INTO_FORCE,
  /** A person took up a post. */
  APPOINTMENT_STARTED,
  /** A person left a post. */
  APPOINTMENT_ENDED,
  /** An activity began. */
  ACTIVITY_STARTED,
  /** An activity ended. */
  ACTIVITY_ENDED,
  /** A figure was reported as standing at this date. */
  FIGURE_AS_OF,
  /** A survey edition was published (its observations). */
  SURVEY_EDITION,
  /** A statement was made. */
  STATEMENT_MADE,
  /** A source was published. */
  SOURCE_PUBLISHED
}

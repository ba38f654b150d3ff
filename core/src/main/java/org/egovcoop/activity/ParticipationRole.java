package org.egovcoop.activity;

/** The role an organisation plays in an {@link Activity}, after the IATI organisation roles. */
public enum ParticipationRole {
  /** Provides the money. */
  FUNDING,
  /** Is accountable for the activity. */
  ACCOUNTABLE,
  /** Carries the activity out. */
  IMPLEMENTING,
  /** Receives the benefit. */
  BENEFICIARY,
  /** Hosts the activity or the people it sends. */
  HOST
}

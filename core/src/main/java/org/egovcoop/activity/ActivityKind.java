package org.egovcoop.activity;

/** What kind of work an {@link Activity} is. */
public enum ActivityKind {
  /** A cooperation centre operated in the partner country. */
  CENTRE,
  /** An official or expert seconded to, or appointed in, the partner's government or institutions. */
  SECONDMENT,
  /** Training of officials. */
  TRAINING,
  /** Consulting or advisory work, such as an e-government master plan. */
  CONSULTING,
  /** A development or system project. */
  PROJECT,
  /** A contract exporting a system or service. */
  EXPORT_CONTRACT,
  /** A visit or delegation. */
  VISIT,
  /** Anything else. */
  OTHER
}

package org.egovcoop.source;

/** What kind of document a {@link Source} is. */
public enum SourceKind {
  /** A government press release. */
  PRESS_RELEASE,
  /** A published report or survey. */
  REPORT,
  /** A data set, such as the UN E-Government Survey tables. */
  DATASET,
  /** The text of an agreement or a treaty record. */
  INSTRUMENT,
  /** A news article. */
  NEWS,
  /** A web page. */
  WEB_PAGE,
  /** Anything else. */
  OTHER
}

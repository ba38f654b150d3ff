package org.egovcoop.json.internal;

/** What the format expects of common values, in the words problem messages use. */
final class Codes {
  private Codes() {}

  static final String COUNTRY = "an ISO 3166-1 alpha-3 country code string such as \"KOR\"";
  static final String DECIMAL = "an exact decimal number";
  static final String ID = "an id string";
  static final String IDS = "an array of id strings";
  static final String DATE = "a partial date string: \"2013\", \"2013-12\" or \"2017-11-22\"";
  static final String RANGE = "a date range string such as \"2013/2015\" or \"2013-12/..\"";
  static final String TEXT = "a localized text object keyed by BCP 47 language tag, such as {\"en\": \"...\"}";
  static final String PLACE = "a place object";
  static final String PERIOD = "an ISO 8601 period string such as \"P3Y\"";
  static final String URI = "a URI string";
}

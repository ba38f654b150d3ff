/**
 * Reading and writing egovcoop models.
 *
 * <ul>
 *   <li>The egovcoop JSON format on Jackson 3: the {@link org.egovcoop.json.EgovJson} facade
 *       (strict reading with every problem reported by JSON Pointer, canonical writing, NDJSON
 *       streams, a writer without personal data) and the {@link org.egovcoop.json.EgovcoopModule}
 *       for any {@code JsonMapper}. Both use the same hand-written streaming codecs, which stay
 *       internal. The JSON Schemas of the documents ship at {@code META-INF/schemas/}.</li>
 *   <li>The UN E-Government Survey tables (CSV): {@link org.egovcoop.csv.SurveyTableReader}.</li>
 * </ul>
 */
module org.egovcoop.serialization {
  requires transitive org.egovcoop.core;
  requires transitive tools.jackson.databind;
  requires tools.jackson.dataformat.csv;

  exports org.egovcoop.csv;
  exports org.egovcoop.json;

  provides tools.jackson.databind.JacksonModule with org.egovcoop.json.EgovcoopModule;
}

/**
 * The egovcoop JSON format.
 *
 * <ul>
 *   <li>{@link org.egovcoop.json.EgovJson}, on Jackson 3's streaming API alone
 *       ({@code tools.jackson.core:jackson-core}): strict reading with every problem reported by
 *       JSON Pointer, line and column, canonical writing, NDJSON streams, a writer without personal
 *       data. The JSON Schemas of the documents ship at {@code META-INF/schemas/}.</li>
 * </ul>
 *
 * <p>Jackson databind integration is in its own artifacts, on the same codecs, which stay
 * internal: {@code egovcoop-jackson3} (Jackson 3) and {@code egovcoop-jackson2} (Jackson 2).
 */
// "module": the qualified export names modules built after this one, which javac warns of.
@SuppressWarnings("module")
module org.egovcoop.serialization {
  requires transitive org.egovcoop.core;
  requires transitive tools.jackson.core;

  exports org.egovcoop.json;
  // The databind modules, of Jackson 3 and of Jackson 2, read and write through the same codecs;
  // the Spring Boot starters decide alike which bodies are whole documents (RequestBodies).
  exports org.egovcoop.json.internal to org.egovcoop.jackson3, org.egovcoop.jackson2, org.egovcoop.spring.boot,
      org.egovcoop.spring.boot3;
}

/**
 * The egovcoop JSON format.
 *
 * <ul>
 *   <li>{@link org.egovcoop.json.EgovJson}, on Jackson 3's streaming API alone
 *       ({@code tools.jackson.core:jackson-core}): strict reading with every problem reported by
 *       JSON Pointer, line and column, canonical writing, NDJSON streams, a writer without personal
 *       data. The JSON Schemas of the documents ship at {@code META-INF/schemas/}.</li>
 *   <li>{@link org.egovcoop.json.databind.EgovcoopModule} and
 *       {@link org.egovcoop.json.databind.EgovJsonMapper}, for Jackson 3 databind, an optional
 *       dependency: an application that binds its own classes has databind already.</li>
 * </ul>
 *
 * <p>Both use the same hand-written streaming codecs, which stay internal.
 */
// "module": the qualified export names modules built after this one, which javac warns of.
@SuppressWarnings("module")
module org.egovcoop.serialization {
  requires transitive org.egovcoop.core;
  requires transitive tools.jackson.core;
  requires static tools.jackson.databind;

  exports org.egovcoop.json;
  exports org.egovcoop.json.databind;
  // The Jackson 2 bridge reads and writes through the same codecs; the Spring Boot starters
  // decide alike which bodies are whole documents (RequestBodies).
  exports org.egovcoop.json.internal to org.egovcoop.jackson2, org.egovcoop.spring.boot, org.egovcoop.spring.boot3;

  provides tools.jackson.databind.JacksonModule with org.egovcoop.json.databind.EgovcoopModule;
}

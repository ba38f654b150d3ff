/**
 * egovcoop JSON inside Jackson 3 databind: {@link org.egovcoop.json.databind.EgovcoopModule},
 * which {@code JsonMapper.builder().findAndAddModules()} and Spring Boot find on the class path and
 * the module path, and {@link org.egovcoop.json.databind.EgovJsonMapper}, a mapper as strict for
 * an application's own classes as the format is. Both read and write through egovcoop-serialization's
 * codecs; this module adds no second implementation of the format.
 */
module org.egovcoop.jackson3 {
  requires transitive org.egovcoop.serialization;
  requires transitive tools.jackson.databind;

  exports org.egovcoop.json.databind;

  provides tools.jackson.databind.JacksonModule with org.egovcoop.json.databind.EgovcoopModule;
}

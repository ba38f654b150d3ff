/**
 * Spring Boot 3 auto-configuration for egovcoop, on Jackson 2: the egovcoop JSON format on Boot's
 * {@code ObjectMapper} (egovcoop-jackson2), and the RFC 9457 problem responses of the Boot 4
 * starter, naming every problem of a request body egovcoop could not read, in the request's
 * language.
 *
 * <p>Every Spring module is required {@code static}: the application brings Spring Boot and Spring
 * MVC through its own starters, as with Boot's own auto-configuration modules. Spring's jars are
 * automatic modules; Boot itself runs on the class path, where this descriptor is ignored.
 */
module org.egovcoop.spring.boot3 {
  requires transitive org.egovcoop.jackson2;
  requires static spring.core;
  requires static spring.beans;
  requires static spring.context;
  requires static spring.web;
  requires static spring.webmvc;
  requires static spring.boot;
  requires static spring.boot.autoconfigure;

  exports org.egovcoop.spring.boot3;

  opens org.egovcoop.spring.boot3 to spring.core, spring.beans, spring.context;
}

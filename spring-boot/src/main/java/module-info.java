/**
 * Spring Boot 4 auto-configuration for egovcoop: the egovcoop JSON format on Boot's
 * {@code JsonMapper}, and RFC 9457 problem responses that name every problem of a request body
 * egovcoop could not read, in the request's language.
 *
 * <p>Every Spring module is required {@code static}: the application brings Spring Boot, Spring
 * MVC and Jackson through its own starters, as with Boot's own auto-configuration modules. Spring's
 * jars are automatic modules (they declare an {@code Automatic-Module-Name}); Boot itself runs on
 * the class path, where this descriptor is ignored.
 */
module org.egovcoop.spring.boot {
  requires transitive org.egovcoop.jackson3;
  requires static spring.core;
  requires static spring.beans;
  requires static spring.context;
  requires static spring.web;
  requires static spring.webmvc;
  requires static spring.boot;
  requires static spring.boot.autoconfigure;
  requires static spring.boot.jackson;
  requires static spring.boot.http.converter;
  requires static spring.boot.webmvc;

  exports org.egovcoop.spring.boot;

  opens org.egovcoop.spring.boot to spring.core, spring.beans, spring.context;
}

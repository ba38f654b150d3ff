/**
 * The egovcoop JSON format for Jackson 2 ({@code com.fasterxml.jackson}): the
 * {@link org.egovcoop.jackson2.EgovcoopJackson2Module}, which {@code findAndRegisterModules()}
 * finds through {@code provides} here (and {@code META-INF/services} on the class path), and
 * {@link org.egovcoop.jackson2.EgovJackson2Mapper}, a strict Jackson 2 mapper.
 *
 * <p>No second codec: each value is read and written by egovcoop-serialization's codecs on
 * jackson-core 3, the Jackson 2 parser seen through a Jackson 3 parser and the canonical text
 * handed to the Jackson 2 generator. Jackson 3 databind is not needed.
 */
module org.egovcoop.jackson2 {
  requires transitive org.egovcoop.serialization;
  requires transitive com.fasterxml.jackson.core;
  requires transitive com.fasterxml.jackson.databind;

  exports org.egovcoop.jackson2;

  provides com.fasterxml.jackson.databind.Module with org.egovcoop.jackson2.EgovcoopJackson2Module;
}

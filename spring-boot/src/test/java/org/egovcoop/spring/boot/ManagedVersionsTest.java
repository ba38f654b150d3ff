package org.egovcoop.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;

import org.hibernate.validator.HibernateValidator;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringBootVersion;
import tools.jackson.databind.json.JsonMapper;

/**
 * These tests run on the versions Spring Boot manages (the module's POM sets them), not on the
 * project's own pins: the classes loaded are those versions.
 */
class ManagedVersionsTest {

  private static String property(String name) {
    String value = System.getProperty(name);
    assertThat(value).as("system property %s", name).isNotBlank();
    return value;
  }

  @Test
  void bootJacksonAndHibernateValidatorAreBootsVersions() {
    assertThat(SpringBootVersion.getVersion()).isEqualTo(property("egovcoop.boot.version"));
    assertThat(JsonMapper.builder().build().version().toString()).isEqualTo(property("egovcoop.boot.jackson.version"));
    assertThat(HibernateValidator.class.getPackage().getImplementationVersion())
        .isEqualTo(property("egovcoop.boot.hibernate.validator.version"));
  }
}

package org.egovcoop.spring.boot3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.File;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.egovcoop.json.Golden;
import org.egovcoop.survey.IndexObservation;
import org.egovcoop.validation.ModelValidator;
import org.hibernate.validator.HibernateValidator;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringBootVersion;

/**
 * These tests run on the versions Spring Boot 3.5 manages (the module's POM sets them), not on
 * the project's own pins; and the class path of the Boot 3 application is one on which the
 * failure of the issue ({@code NoClassDefFoundError:
 * com/fasterxml/jackson/annotation/JsonSerializeAs}, Jackson 3 databind on Boot's
 * jackson-annotations) cannot happen: no Jackson 3 databind, and every Jackson 2 jar at Boot's
 * version.
 */
class ManagedVersionsTest {

  private static String property(String name) {
    String value = System.getProperty(name);
    assertThat(value).as("system property %s", name).isNotBlank();
    return value;
  }

  private static List<String> classPath() {
    return Arrays.asList(System.getProperty("java.class.path").split(File.pathSeparator));
  }

  @Test
  void bootJacksonValidationAndJUnitAreBootsVersions() {
    assertThat(SpringBootVersion.getVersion()).isEqualTo(property("egovcoop.boot.version")).startsWith("3.5.");
    assertThat(com.fasterxml.jackson.databind.cfg.PackageVersion.VERSION.toString())
        .isEqualTo(property("egovcoop.boot.jackson.version")).startsWith("2.19.");
    assertThat(HibernateValidator.class.getPackage().getImplementationVersion())
        .isEqualTo(property("egovcoop.boot.hibernate.validator.version")).startsWith("8.0.");
    assertThat(classPath()).anyMatch(entry -> entry.endsWith(
        "jakarta.validation-api-" + property("egovcoop.boot.jakarta.validation.version") + ".jar"));
    assertThat(Test.class.getPackage().getImplementationVersion()).startsWith("5.12.");
  }

  /** core is compiled against Hibernate Validator 9 and Jakarta Validation 3.1; it runs on 8.0 and 3.0. */
  @Test
  void coresValidationRunsOnHibernateValidatorEight() {
    ModelValidator validator = ModelValidator.create().withLocale(Locale.ENGLISH);
    IndexObservation aboveAssessed = IndexObservation.builder().index(org.egovcoop.survey.SurveyIndex.EGDI)
        .edition(2016).country(org.egovcoop.geo.CountryCode.of("UZB")).numberAssessed(193).rank(194).build();

    assertThat(validator.validate(Golden.portfolio())).isEmpty();
    assertThat(validator.validate(aboveAssessed)).singleElement().asString().contains("194");
  }

  @Test
  void theClassPathHasNoJacksonThreeDatabindAndBootsJacksonTwoJars() {
    String jackson2 = property("egovcoop.boot.jackson.version");

    assertThat(catchThrowable(() -> Class.forName("tools.jackson.databind.ObjectMapper")))
        .isInstanceOf(ClassNotFoundException.class);
    // The class whose absence broke Jackson 3 databind on Boot 3's jackson-annotations 2.19.
    assertThat(catchThrowable(() -> Class.forName("com.fasterxml.jackson.annotation.JsonSerializeAs")))
        .isInstanceOf(ClassNotFoundException.class);
    assertThat(classPath()).noneMatch(entry -> entry.contains("jackson-databind-3"))
        .noneMatch(entry -> entry.replace('\\', '/').contains("/tools/jackson/core/jackson-databind/"));
    List<String> jackson2Jars = classPath().stream()
        .filter(entry -> entry.replace('\\', '/').contains("/com/fasterxml/jackson/")).toList();
    assertThat(jackson2Jars).isNotEmpty()
        .anyMatch(entry -> entry.endsWith("jackson-annotations-" + jackson2 + ".jar"))
        .allMatch(entry -> entry.endsWith("-" + jackson2 + ".jar"));
    // The engine's jackson-core 3 is there, alone of Jackson 3.
    assertThat(classPath()).filteredOn(entry -> entry.replace('\\', '/').contains("/tools/jackson/"))
        .singleElement().asString().contains("jackson-core-3.");
  }
}

package org.egovcoop.spring.boot3;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.egovcoop.jackson2.EgovcoopJackson2Module;
import org.egovcoop.json.EgovJson;
import org.egovcoop.json.Golden;
import org.egovcoop.json.JsonLimits;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.http.HttpMessageConverters;
import org.springframework.boot.autoconfigure.http.HttpMessageConvertersAutoConfiguration;
import org.springframework.boot.autoconfigure.jackson.JacksonAutoConfiguration;
import org.springframework.boot.autoconfigure.web.servlet.WebMvcAutoConfiguration;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.converter.ByteArrayHttpMessageConverter;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.converter.StringHttpMessageConverter;
import org.springframework.http.converter.json.MappingJackson2HttpMessageConverter;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * What the auto-configuration adds to a Boot 3 web application, and when it steps aside: as the
 * Boot 4 starter, with Boot 3's Jackson 2 converter in the place of Boot 4's.
 */
class AutoConfigurationTest {

  private final WebApplicationContextRunner runner = new WebApplicationContextRunner()
      .withConfiguration(AutoConfigurations.of(JacksonAutoConfiguration.class, HttpMessageConvertersAutoConfiguration.class,
          WebMvcAutoConfiguration.class, EgovcoopAutoConfiguration.class));

  @Test
  void theModuleTheReaderTheConverterAndTheHandler() {
    runner.run(context -> {
      assertThat(context).hasSingleBean(EgovcoopJackson2Module.class).hasSingleBean(EgovJson.class)
          .hasSingleBean(EgovcoopProblemHandler.class).hasSingleBean(MappingJackson2HttpMessageConverter.class)
          .hasSingleBean(EgovcoopJackson2HttpMessageConverter.class);
      ObjectMapper mapper = context.getBean(ObjectMapper.class);
      assertThat(mapper.getRegisteredModuleIds()).contains("egovcoop");
      assertThat(mapper.writeValueAsBytes(Golden.portfolio())).isEqualTo(EgovJson.create().writePortfolio(Golden.portfolio()));
      // Web MVC's JSON converter is the egovcoop one, after the byte[] and String converters.
      List<HttpMessageConverter<?>> converters = context.getBean(HttpMessageConverters.class).getConverters();
      int ours = converters.indexOf(context.getBean(EgovcoopJackson2HttpMessageConverter.class));
      assertThat(ours).isPositive();
      assertThat(converters.subList(0, ours)).noneMatch(MappingJackson2HttpMessageConverter.class::isInstance)
          .anyMatch(ByteArrayHttpMessageConverter.class::isInstance).anyMatch(StringHttpMessageConverter.class::isInstance);
    });
  }

  @Test
  void thePropertiesSetTheLimitsAndThePersonalData() {
    runner.withPropertyValues("egovcoop.json.limits.max-nesting-depth=3", "egovcoop.json.limits.max-collection-size=2",
        "egovcoop.json.without-personal-data=true").run(context -> {
          assertThat(context.getBean(EgovJson.class).limits())
              .isEqualTo(JsonLimits.builder().maxNestingDepth(3).maxCollectionSize(2).build());
          assertThat(context.getBean(EgovJson.class).isWithoutPersonalData()).isTrue();
          assertThat(context.getBean(EgovcoopJackson2Module.class).isWithoutPersonalData()).isTrue();
          assertThat(context.getBean(ObjectMapper.class).writeValueAsBytes(Golden.portfolio()))
              .isEqualTo(EgovJson.create().withoutPersonalData().writePortfolio(Golden.portfolio()));
        });
  }

  @Test
  void problemDetailsCanBeSwitchedOff() {
    runner.withPropertyValues("egovcoop.json.problem-details.enabled=false")
        .run(context -> assertThat(context).doesNotHaveBean(EgovcoopProblemHandler.class)
            .hasSingleBean(EgovcoopJackson2HttpMessageConverter.class));
  }

  @Test
  void theApplicationsOwnHandlerAndConverterWin() {
    runner.withUserConfiguration(OwnHandlerAndConverter.class).run(context -> {
      assertThat(context).doesNotHaveBean(EgovcoopProblemHandler.class)
          .doesNotHaveBean(EgovcoopJackson2HttpMessageConverter.class).hasSingleBean(ResponseEntityExceptionHandler.class);
      // The module is still Boot's mapper's.
      assertThat(context.getBean(ObjectMapper.class).getRegisteredModuleIds()).contains("egovcoop");
    });
  }

  @Test
  void withoutAWebApplicationOnlyTheModuleAndTheReader() {
    new org.springframework.boot.test.context.runner.ApplicationContextRunner()
        .withConfiguration(AutoConfigurations.of(JacksonAutoConfiguration.class, EgovcoopAutoConfiguration.class))
        .run(context -> assertThat(context).hasSingleBean(EgovcoopJackson2Module.class).hasSingleBean(EgovJson.class)
            .doesNotHaveBean(EgovcoopProblemHandler.class).doesNotHaveBean(EgovcoopJackson2HttpMessageConverter.class));
  }

  /** An application's own advice and converter. */
  @Configuration(proxyBeanMethods = false)
  static class OwnHandlerAndConverter {
    @Bean
    OwnAdvice ownAdvice() {
      return new OwnAdvice();
    }

    @Bean
    MappingJackson2HttpMessageConverter ownConverter(ObjectMapper mapper) {
      return new MappingJackson2HttpMessageConverter(mapper);
    }
  }

  /** The application's own handler of Spring MVC's exceptions. */
  @ControllerAdvice
  static class OwnAdvice extends ResponseEntityExceptionHandler {}
}

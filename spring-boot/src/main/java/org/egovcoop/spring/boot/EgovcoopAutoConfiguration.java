package org.egovcoop.spring.boot;

import org.egovcoop.json.EgovJson;
import org.egovcoop.json.databind.EgovcoopModule;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.http.converter.autoconfigure.HttpMessageConvertersAutoConfiguration;
import org.springframework.boot.http.converter.autoconfigure.ServerHttpMessageConvertersCustomizer;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.webmvc.autoconfigure.WebMvcAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.json.JacksonJsonHttpMessageConverter;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.databind.json.JsonMapper;

/**
 * The auto-configuration of egovcoop for Spring Boot 4.
 *
 * <ul>
 *   <li>An {@link EgovcoopModule} bean, which Boot registers with its {@code JsonMapper} as it
 *       does every {@code JacksonModule} bean, so the egovcoop format is used whatever
 *       {@code spring.jackson.find-and-add-modules} says; and an {@link EgovJson} bean for
 *       controllers that read documents themselves.</li>
 *   <li>In a servlet web application, the JSON message converter
 *       ({@link EgovcoopJsonHttpMessageConverter}: rule messages in the request's locale, every
 *       element of a list body checked) unless the application declares its own
 *       {@link JacksonJsonHttpMessageConverter}; and the {@link EgovcoopProblemHandler}, unless the
 *       application declares its own one or a {@link ResponseEntityExceptionHandler}, or sets
 *       {@code egovcoop.json.problem-details.enabled=false}.</li>
 * </ul>
 *
 * <p>It runs after Boot's Jackson auto-configuration (whose {@code JsonMapper} it uses) and before
 * Boot's message-converter and Web MVC auto-configurations, so that it sees only the application's
 * own JSON converter and {@code ResponseEntityExceptionHandler}, not those Boot adds (Boot's
 * problem-details handler when {@code spring.mvc.problemdetails.enabled} is true).
 */
@AutoConfiguration(after = JacksonAutoConfiguration.class,
    before = {HttpMessageConvertersAutoConfiguration.class, WebMvcAutoConfiguration.class})
@ConditionalOnClass({EgovcoopModule.class, JsonMapper.class})
@EnableConfigurationProperties(EgovcoopProperties.class)
public class EgovcoopAutoConfiguration {

  /** Created by Spring. */
  public EgovcoopAutoConfiguration() {}

  /**
   * {@return the egovcoop module for Boot's JsonMapper: without personal data when
   *     {@code egovcoop.json.without-personal-data} is true}
   *
   * @param properties the egovcoop properties
   */
  @Bean
  @ConditionalOnMissingBean
  public EgovcoopModule egovcoopModule(EgovcoopProperties properties) {
    EgovcoopModule module = new EgovcoopModule();
    return properties.isWithoutPersonalData() ? module.withoutPersonalData() : module;
  }

  /**
   * {@return the strict reader and canonical writer, for controllers that read a body
   *     themselves and for the converter's portfolio and observation bodies: with the limits of
   *     {@code egovcoop.json.limits.*}; without personal data when
   *     {@code egovcoop.json.without-personal-data} is true}
   *
   * @param properties the egovcoop properties
   */
  @Bean
  @ConditionalOnMissingBean
  public EgovJson egovJson(EgovcoopProperties properties) {
    EgovJson json = EgovJson.create().withLimits(properties.getLimits().toJsonLimits());
    return properties.isWithoutPersonalData() ? json.withoutPersonalData() : json;
  }

  /** The Web MVC part: the message converter and the problem responses. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
  @ConditionalOnClass({DispatcherServlet.class, ProblemDetail.class, HttpMessageConvertersAutoConfiguration.class})
  public static class WebMvc {

    /** Created by Spring. */
    public WebMvc() {}

    /**
     * {@return a customizer that makes {@link EgovcoopJsonHttpMessageConverter}, on Boot's
     *     JsonMapper, the JSON converter of Web MVC, in the place of Boot's: it is ordered after
     *     Boot's own customizers (order 0). Not a converter bean, which Boot would put before every
     *     default converter, so that it would read a {@code byte[]} or {@code String} body too.}
     *
     * @param mapper Boot's JsonMapper
     * @param documents the reader of whole documents
     */
    @Bean
    @Order(10)
    @ConditionalOnBean(JsonMapper.class)
    @ConditionalOnMissingBean(JacksonJsonHttpMessageConverter.class)
    public ServerHttpMessageConvertersCustomizer egovcoopJsonMessageConverterCustomizer(JsonMapper mapper,
        EgovJson documents) {
      return builder -> builder.withJsonConverter(new EgovcoopJsonHttpMessageConverter(mapper, documents));
    }

    /** {@return the handler that answers a document egovcoop could not read with problem details} */
    @Bean
    @ConditionalOnBooleanProperty(name = "egovcoop.json.problem-details.enabled", matchIfMissing = true)
    @ConditionalOnMissingBean({EgovcoopProblemHandler.class, ResponseEntityExceptionHandler.class})
    public EgovcoopProblemHandler egovcoopProblemHandler() {
      return new EgovcoopProblemHandler();
    }
  }
}

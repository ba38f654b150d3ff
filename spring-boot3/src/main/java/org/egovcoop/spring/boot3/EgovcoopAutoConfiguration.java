package org.egovcoop.spring.boot3;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.egovcoop.jackson2.EgovcoopJackson2Module;
import org.egovcoop.json.EgovJson;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.autoconfigure.http.HttpMessageConvertersAutoConfiguration;
import org.springframework.boot.autoconfigure.jackson.JacksonAutoConfiguration;
import org.springframework.boot.autoconfigure.web.servlet.WebMvcAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.json.MappingJackson2HttpMessageConverter;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * The auto-configuration of egovcoop for Spring Boot 3, on Jackson 2; what it gives an application
 * is what the Boot 4 starter gives one.
 *
 * <ul>
 *   <li>An {@link EgovcoopJackson2Module} bean, which Boot registers with its {@code ObjectMapper}
 *       as it does every Jackson {@code Module} bean, so the egovcoop format is used whether or not
 *       the application asks Jackson to find modules; and an {@link EgovJson} bean for controllers
 *       that read documents themselves.</li>
 *   <li>In a servlet web application, the JSON message converter
 *       ({@link EgovcoopJackson2HttpMessageConverter}: whole documents read by {@code EgovJson},
 *       rule messages in the request's locale, every element of a list body checked) unless the
 *       application declares its own {@link MappingJackson2HttpMessageConverter}; and the
 *       {@link EgovcoopProblemHandler}, unless the application declares its own one or a
 *       {@link ResponseEntityExceptionHandler}, or sets
 *       {@code egovcoop.json.problem-details.enabled=false}.</li>
 * </ul>
 *
 * <p>It runs after Boot's Jackson auto-configuration (whose {@code ObjectMapper} it uses) and
 * before Boot's message-converter and Web MVC auto-configurations, so that it sees only the
 * application's own JSON converter and {@code ResponseEntityExceptionHandler}, not those Boot adds.
 */
@AutoConfiguration(after = JacksonAutoConfiguration.class,
    before = {HttpMessageConvertersAutoConfiguration.class, WebMvcAutoConfiguration.class})
@ConditionalOnClass({EgovcoopJackson2Module.class, ObjectMapper.class})
@EnableConfigurationProperties(EgovcoopProperties.class)
public class EgovcoopAutoConfiguration {

  /** Created by Spring. */
  public EgovcoopAutoConfiguration() {}

  /**
   * {@return the egovcoop module for Boot's ObjectMapper: without personal data when
   *     {@code egovcoop.json.without-personal-data} is true}
   *
   * @param properties the egovcoop properties
   */
  @Bean
  @ConditionalOnMissingBean
  public EgovcoopJackson2Module egovcoopJackson2Module(EgovcoopProperties properties) {
    EgovcoopJackson2Module module = new EgovcoopJackson2Module();
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
  @ConditionalOnClass({DispatcherServlet.class, ProblemDetail.class, MappingJackson2HttpMessageConverter.class})
  public static class WebMvc {

    /** Created by Spring. */
    public WebMvc() {}

    /**
     * {@return the JSON converter of Web MVC, on Boot's ObjectMapper: Boot's message-converter
     *     auto-configuration then adds no converter of its own, and puts this one where Spring's
     *     default Jackson converter stands (after the {@code byte[]} and {@code String} ones)}
     *
     * @param mapper Boot's ObjectMapper
     * @param documents the reader of whole documents
     */
    @Bean
    @ConditionalOnBean(ObjectMapper.class)
    @ConditionalOnMissingBean(MappingJackson2HttpMessageConverter.class)
    public EgovcoopJackson2HttpMessageConverter egovcoopJackson2HttpMessageConverter(ObjectMapper mapper,
        EgovJson documents) {
      return new EgovcoopJackson2HttpMessageConverter(mapper, documents);
    }

    /** {@return the handler that answers a document egovcoop could not read with problem details} */
    @Bean
    @ConditionalOnProperty(name = "egovcoop.json.problem-details.enabled", havingValue = "true", matchIfMissing = true)
    @ConditionalOnMissingBean({EgovcoopProblemHandler.class, ResponseEntityExceptionHandler.class})
    public EgovcoopProblemHandler egovcoopProblemHandler() {
      return new EgovcoopProblemHandler();
    }
  }
}

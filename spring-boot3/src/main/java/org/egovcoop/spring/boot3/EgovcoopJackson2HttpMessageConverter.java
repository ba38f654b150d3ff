package org.egovcoop.spring.boot3;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.egovcoop.jackson2.EgovJsonMappingException;
import org.egovcoop.jackson2.EgovcoopJackson2Module;
import org.egovcoop.json.EgovJson;
import org.egovcoop.json.EgovJsonException;
import org.egovcoop.json.JsonProblem;
import org.egovcoop.json.internal.RequestBodies;
import org.egovcoop.portfolio.Portfolio;
import org.egovcoop.survey.IndexObservation;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.http.converter.json.MappingJackson2HttpMessageConverter;
import org.springframework.http.converter.json.MappingJacksonInputMessage;
import org.springframework.util.StreamUtils;

/**
 * Spring's Jackson 2 JSON converter, with what egovcoop needs from it, as the Boot 4 starter's
 * converter does on Jackson 3.
 *
 * <ul>
 *   <li>A body that is a whole egovcoop document, a {@link Portfolio}, an {@link IndexObservation}
 *       or a {@code List<IndexObservation>}, is read by {@link EgovJson} (the application's bean),
 *       so that its problems are exactly those {@code EgovJson} reports: every rule, missing
 *       property and trailing content at its place, columns counted in characters.</li>
 *   <li>The messages of broken validation rules are in the request's locale (Spring's
 *       {@link LocaleContextHolder}, which Web MVC sets from {@code Accept-Language}), passed to
 *       the egovcoop module as the reader attribute {@link EgovcoopJackson2Module#MESSAGE_LOCALE}.</li>
 *   <li>A body that is a list or set of egovcoop values ({@code List<Agreement>}) is read element
 *       by element, so that the problems of every element are reported, not only those of the
 *       first bad one: they come as one {@link EgovJsonException}, the cause of the
 *       {@link HttpMessageNotReadableException}. Reading stops at a syntax error, after which
 *       nothing can be read.</li>
 * </ul>
 */
public class EgovcoopJackson2HttpMessageConverter extends MappingJackson2HttpMessageConverter {

  private final EgovJson documents;

  /**
   * A converter on this mapper, that reads whole documents with this reader.
   *
   * @param mapper the application's mapper, with the egovcoop module registered
   * @param documents the reader of portfolio and observation documents (its limits apply)
   */
  public EgovcoopJackson2HttpMessageConverter(ObjectMapper mapper, EgovJson documents) {
    super(mapper);
    this.documents = documents;
  }

  /** {@return the reader with the request's locale as the locale of rule messages} */
  @Override
  protected ObjectReader customizeReader(ObjectReader reader, JavaType javaType) {
    return reader.withAttribute(EgovcoopJackson2Module.MESSAGE_LOCALE, LocaleContextHolder.getLocale());
  }

  /**
   * {@return the body: a whole document read by {@link EgovJson}, a collection of egovcoop values
   *     element by element, anything else as Spring reads it}
   */
  @Override
  public Object read(Type type, Class<?> contextClass, HttpInputMessage inputMessage)
      throws IOException, HttpMessageNotReadableException {
    JavaType javaType = getJavaType(type, contextClass);
    // EgovJson reads UTF-8, the encoding of JSON (RFC 8259); any other is left to Spring, and so
    // is a read with a @JsonView (Spring wraps the body for it).
    if (!StandardCharsets.UTF_8.equals(getCharset(inputMessage.getHeaders().getContentType()))
        || inputMessage instanceof MappingJacksonInputMessage view && view.getDeserializationView() != null) {
      return super.read(type, contextClass, inputMessage);
    }
    Class<?> raw = javaType.getRawClass();
    Class<?> element = javaType.isCollectionLikeType() ? javaType.getContentType().getRawClass() : null;
    if (RequestBodies.isDocument(raw, element)) {
      byte[] body = StreamUtils.copyToByteArray(inputMessage.getBody());
      try {
        return RequestBodies.readDocument(documents.withLocale(LocaleContextHolder.getLocale()), raw, element, body);
      } catch (EgovJsonException e) {
        throw new HttpMessageNotReadableException("JSON parse error: " + e.getMessage(), e, inputMessage);
      }
    }
    if (element == null || !RequestBodies.isEgovcoopCollection(raw, element)) {
      return super.read(type, contextClass, inputMessage);
    }
    return readElements(javaType, inputMessage);
  }

  private Object readElements(JavaType javaType, HttpInputMessage inputMessage) throws IOException {
    Collection<Object> values = RequestBodies.collectionFor(javaType.getRawClass());
    ObjectReader elements = customizeReader(getObjectMapper().readerFor(javaType.getContentType()),
        javaType.getContentType()).without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    List<JsonProblem> problems = new ArrayList<>();
    InputStream body = StreamUtils.nonClosing(inputMessage.getBody());
    try (JsonParser p = getObjectMapper().getFactory().createParser(body)) {
      if (p.nextToken() != JsonToken.START_ARRAY) {
        // Not an array: the mapper reports it as it would.
        return getObjectMapper().readerFor(javaType).readValue(p);
      }
      readElements(p, p.getParsingContext(), elements, values, problems);
      if (problems.isEmpty() && p.nextToken() != null) {
        throw new HttpMessageNotReadableException("JSON parse error: content after the end of the array", inputMessage);
      }
    } catch (JsonProcessingException e) {
      if (problems.isEmpty()) {
        throw new HttpMessageNotReadableException("JSON parse error: " + e.getOriginalMessage(), e, inputMessage);
      }
    }
    if (!problems.isEmpty()) {
      EgovJsonException all = new EgovJsonException(problems);
      throw new HttpMessageNotReadableException("JSON parse error: " + all.getMessage(), all, inputMessage);
    }
    return values;
  }

  /** Reads every element, collecting the problems of each bad one; stops at a syntax error. */
  private static void readElements(JsonParser p, JsonStreamContext array, ObjectReader elements,
      Collection<Object> values, List<JsonProblem> problems) throws IOException {
    while (p.nextToken() != JsonToken.END_ARRAY) {
      try {
        values.add(elements.readValue(p));
      } catch (EgovJsonMappingException e) {
        problems.addAll(e.problems());
        if (e.problems().stream().anyMatch(problem -> problem.kind() == JsonProblem.Kind.SYNTAX)) {
          return;
        }
        // A codec may stop inside a bad element: go on to its end.
        while (p.getParsingContext() != array) {
          if (p.nextToken() == null) {
            return;
          }
        }
      }
    }
  }
}

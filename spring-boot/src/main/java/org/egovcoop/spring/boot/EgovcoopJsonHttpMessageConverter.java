package org.egovcoop.spring.boot;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.egovcoop.json.EgovJson;
import org.egovcoop.json.EgovJsonException;
import org.egovcoop.json.databind.EgovcoopModule;
import org.egovcoop.json.JsonProblem;
import org.egovcoop.json.internal.RequestBodies;
import org.egovcoop.portfolio.Portfolio;
import org.egovcoop.survey.IndexObservation;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.ResolvableType;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.http.converter.json.JacksonJsonHttpMessageConverter;
import org.springframework.util.StreamUtils;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.json.JsonMapper;

/**
 * Spring's Jackson 3 JSON converter, with three things egovcoop needs from it.
 *
 * <ul>
 *   <li>A body that is a whole egovcoop document, a {@link Portfolio}, an {@link IndexObservation}
 *       or a {@code List<IndexObservation>}, is read by {@link EgovJson} (the application's bean),
 *       so that its problems are exactly those {@code EgovJson} reports: every rule, missing
 *       property and trailing content at its place, columns counted in characters.</li>
 *   <li>The messages of broken validation rules are in the request's locale (Spring's
 *       {@link LocaleContextHolder}, which Web MVC sets from {@code Accept-Language}), passed to
 *       the egovcoop module as the reader attribute {@link EgovcoopModule#MESSAGE_LOCALE}.</li>
 *   <li>A body that is a list or set of egovcoop values ({@code List<Agreement>}) is read element
 *       by element, so that the problems of every element are reported, not only those of the
 *       first bad one: they come as one {@link EgovJsonException}, the cause of the
 *       {@link HttpMessageNotReadableException}. Reading stops at a syntax error, after which
 *       nothing can be read.</li>
 * </ul>
 */
public class EgovcoopJsonHttpMessageConverter extends JacksonJsonHttpMessageConverter {

  /** The hint of a {@code @JsonView} (Spring's own key): such a read is left to Spring as it is. */
  private static final String JSON_VIEW = "com.fasterxml.jackson.annotation.JsonView";

  private final EgovJson documents;

  /**
   * A converter on this mapper.
   *
   * @param mapper the application's mapper, with the egovcoop module registered
   */
  public EgovcoopJsonHttpMessageConverter(JsonMapper mapper) {
    this(mapper, EgovJson.create());
  }

  /**
   * A converter on this mapper, that reads whole documents with this reader.
   *
   * @param mapper the application's mapper, with the egovcoop module registered
   * @param documents the reader of portfolio and observation documents (its limits apply)
   */
  public EgovcoopJsonHttpMessageConverter(JsonMapper mapper, EgovJson documents) {
    super(mapper);
    this.documents = documents;
  }

  /** {@return the reader with the request's locale as the locale of rule messages} */
  @Override
  protected ObjectReader customizeReader(ObjectReader reader, JavaType javaType) {
    return reader.withAttribute(EgovcoopModule.MESSAGE_LOCALE, LocaleContextHolder.getLocale());
  }

  /**
   * {@return the body: a whole document read by {@link EgovJson}, a collection of egovcoop values
   *     element by element, anything else as Spring reads it}
   */
  @Override
  public Object read(ResolvableType type, HttpInputMessage inputMessage, Map<String, Object> hints)
      throws IOException, HttpMessageNotReadableException {
    JavaType javaType = getJavaType(type.getType(), null);
    Charset charset = getCharset(inputMessage.getHeaders().getContentType());
    // EgovJson reads UTF-8, the encoding of JSON (RFC 8259); any other is left to Spring.
    if (!StandardCharsets.UTF_8.equals(charset) || (hints != null && hints.containsKey(JSON_VIEW))) {
      return super.read(type, inputMessage, hints);
    }
    Class<?> raw = javaType.getRawClass();
    Class<?> element = javaType.isCollectionLikeType() ? javaType.getContentType().getRawClass() : null;
    if (RequestBodies.isDocument(raw, element)) {
      return readDocument(raw, element, inputMessage);
    }
    if (element == null || !RequestBodies.isEgovcoopCollection(raw, element)) {
      return super.read(type, inputMessage, hints);
    }
    return readElements(javaType, inputMessage);
  }

  private Object readDocument(Class<?> raw, Class<?> element, HttpInputMessage inputMessage) throws IOException {
    byte[] body = StreamUtils.copyToByteArray(inputMessage.getBody());
    try {
      return RequestBodies.readDocument(documents.withLocale(LocaleContextHolder.getLocale()), raw, element, body);
    } catch (EgovJsonException e) {
      throw new HttpMessageNotReadableException("JSON parse error: " + e.getMessage(), e, inputMessage);
    }
  }

  private Object readElements(JavaType javaType, HttpInputMessage inputMessage) throws IOException {
    Collection<Object> values = RequestBodies.collectionFor(javaType.getRawClass());
    // Each element is one value of the array, not a whole input: no check for what follows it.
    ObjectReader elements = customizeReader(getMapper().readerFor(javaType.getContentType()), javaType.getContentType())
        .without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    List<JsonProblem> problems = new ArrayList<>();
    InputStream body = StreamUtils.nonClosing(inputMessage.getBody());
    try (JsonParser p = elements.createParser(body)) {
      if (p.nextToken() != JsonToken.START_ARRAY) {
        // Not an array: the mapper reports it as it would.
        return getMapper().readerFor(javaType).readValue(p);
      }
      TokenStreamContext array = p.streamReadContext();
      readElements(p, array, elements, values, problems);
      if (problems.isEmpty() && p.nextToken() != null) {
        throw new HttpMessageNotReadableException("JSON parse error: content after the end of the array", inputMessage);
      }
    } catch (JacksonException e) {
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
  private static void readElements(JsonParser p, TokenStreamContext array, ObjectReader elements,
      Collection<Object> values, List<JsonProblem> problems) {
    while (p.nextToken() != JsonToken.END_ARRAY) {
      try {
        values.add(elements.readValue(p));
      } catch (EgovJsonException e) {
        problems.addAll(e.problems());
        if (e.problems().stream().anyMatch(problem -> problem.kind() == JsonProblem.Kind.SYNTAX)) {
          return;
        }
        // A codec may stop inside a bad element: go on to its end.
        while (p.streamReadContext() != array) {
          if (p.nextToken() == null) {
            return;
          }
        }
      }
    }
  }
}

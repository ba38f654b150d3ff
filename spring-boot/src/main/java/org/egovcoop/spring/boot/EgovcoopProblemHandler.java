package org.egovcoop.spring.boot;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.egovcoop.json.EgovJsonException;
import org.egovcoop.json.JsonProblem;
import org.egovcoop.json.ProblemReport;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * Answers a request whose body egovcoop could not read with an RFC 9457 problem response
 * ({@code application/problem+json}, status 400) that lists every problem: whether the body was
 * read by the message converter (the {@link EgovJsonException} is then the cause of Spring's
 * {@code HttpMessageNotReadableException}) or by {@link org.egovcoop.json.EgovJson} in the
 * controller.
 *
 * <p>The response has the members of RFC 9457 and one extension, {@code errors}, exactly as
 * {@link ProblemReport} makes them (the Spring Boot 3 starter answers with the same):
 *
 * <ul>
 *   <li>{@code type}: {@link #typeOf(JsonProblem.Kind)} of the problems' kind when they are all of
 *       one kind, else {@link #INVALID_DOCUMENT}; each is documented in
 *       {@code docs/problems.md};</li>
 *   <li>{@code title} and {@code detail}: in the request's locale (English and Korean);</li>
 *   <li>{@code errors}: one object per problem, in the order egovcoop found them, with
 *       {@code pointer}, {@code line}, {@code column} (from 1; 0 when unknown), {@code kind} (a
 *       stable lower-case code, {@link #codeOf(JsonProblem.Kind)}), {@code message}, and
 *       {@code value} and {@code expected} when the problem has them.</li>
 * </ul>
 *
 * <p>The messages of broken validation rules are in the request's locale when the body was read
 * by {@link EgovcoopJsonHttpMessageConverter} or by an {@code EgovJson} made
 * {@link org.egovcoop.json.EgovJson#withLocale(Locale) withLocale}; egovcoop's other messages are
 * English. The handler reads the problems' fields, never their message text.
 *
 * <p>Its order is {@link #ORDER}, just before Boot's own problem-details handler (order 0), so
 * that it wins over it whether {@code spring.mvc.problemdetails.enabled} is true or false. The
 * auto-configuration does not add it when the application declares a bean of this type (a
 * subclass, say) or its own {@code ResponseEntityExceptionHandler}; an application's advice
 * ordered before {@link #ORDER} handles the exception first.
 */
@ControllerAdvice
public class EgovcoopProblemHandler implements Ordered {

  /** The order of this handler among the application's advice: just before Boot's (0). */
  public static final int ORDER = -1;

  /** The base of the problem type URIs: the document that describes each kind ({@link ProblemReport#TYPE_BASE}). */
  public static final String TYPE_BASE = ProblemReport.TYPE_BASE;

  /** The type of a response whose problems are of more than one kind ({@link ProblemReport#INVALID_DOCUMENT}). */
  public static final URI INVALID_DOCUMENT = ProblemReport.INVALID_DOCUMENT;

  /** Created by the auto-configuration, or by an application that declares it itself. */
  public EgovcoopProblemHandler() {}

  /** {@return {@link #ORDER}} */
  @Override
  public int getOrder() {
    return ORDER;
  }

  /**
   * {@return the problem response: status 400, {@code application/problem+json}}
   *
   * @param exception the problems egovcoop found, itself or as the cause of Spring's exception
   * @param locale the request's locale
   */
  @ExceptionHandler(EgovJsonException.class)
  public ResponseEntity<ProblemDetail> handle(EgovJsonException exception, Locale locale) {
    return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .body(problemDetail(exception.problems(), locale));
  }

  /**
   * {@return the problem detail for these problems, for an application's own handler to return}
   *
   * @param problems what egovcoop found, at least one
   * @param locale the locale of the title and detail
   */
  public ProblemDetail problemDetail(List<JsonProblem> problems, Locale locale) {
    ProblemReport report = ProblemReport.of(problems, locale);
    ProblemDetail detail = ProblemDetail.forStatusAndDetail(HttpStatusCode.valueOf(report.status()), report.detail());
    detail.setType(report.type());
    detail.setTitle(report.title());
    detail.setProperty("errors", problems.stream().map(this::error).toList());
    return detail;
  }

  /**
   * {@return one member of {@code errors}: {@link ProblemReport#error(JsonProblem)}, which a
   *     subclass may extend}
   *
   * @param problem a problem
   */
  protected Map<String, Object> error(JsonProblem problem) {
    return ProblemReport.error(problem);
  }

  /**
   * {@return the stable code of a kind, {@link ProblemReport#codeOf(JsonProblem.Kind)}: such as
   *     {@code unknown-property}}
   *
   * @param kind a kind of problem
   */
  public static String codeOf(JsonProblem.Kind kind) {
    return ProblemReport.codeOf(kind);
  }

  /**
   * {@return the problem type URI of a kind, {@link ProblemReport#typeOf(JsonProblem.Kind)}}
   *
   * @param kind a kind of problem
   */
  public static URI typeOf(JsonProblem.Kind kind) {
    return ProblemReport.typeOf(kind);
  }
}

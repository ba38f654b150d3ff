package org.egovcoop.spring.boot3;

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
 * Answers a request whose body egovcoop could not read with the RFC 9457 problem response of the
 * Boot 4 starter ({@code application/problem+json}, status 400), whose members are those of
 * {@link ProblemReport}: {@code type} (one URI per kind, {@link ProblemReport#typeOf}),
 * {@code title} and {@code detail} in the request's locale, and {@code errors}, one member per
 * problem with {@code pointer}, {@code line}, {@code column}, {@code kind}, {@code message}, and
 * {@code value} and {@code expected} when the problem has them.
 *
 * <p>It handles every way a Boot 3 application meets egovcoop's problems: an
 * {@link EgovJsonException}, itself (thrown by {@link org.egovcoop.json.EgovJson} in a controller)
 * or as the cause of Spring's {@code HttpMessageNotReadableException} (a document read by the
 * converter), also when it is the cause of the Jackson 2 module's
 * {@link org.egovcoop.jackson2.EgovJsonMappingException} (a value read by Boot's mapper).
 *
 * <p>Its order is {@link #ORDER}, just before Boot's own problem-details handler (order 0), so
 * that it wins over it whether {@code spring.mvc.problemdetails.enabled} is true or false. The
 * auto-configuration does not add it when the application declares a bean of this type or its
 * own {@code ResponseEntityExceptionHandler}; an application's advice ordered before
 * {@link #ORDER} handles the exception first.
 */
@ControllerAdvice
public class EgovcoopProblemHandler implements Ordered {

  /** The order of this handler among the application's advice: just before Boot's (0). */
  public static final int ORDER = -1;

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
   * @param exception the problems egovcoop found, itself or as a cause of Spring's exception
   * @param locale the request's locale
   */
  @ExceptionHandler(EgovJsonException.class)
  public ResponseEntity<ProblemDetail> handle(EgovJsonException exception, Locale locale) {
    ProblemDetail detail = problemDetail(exception.problems(), locale);
    return ResponseEntity.status(detail.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(detail);
  }

  /**
   * {@return the problem detail for these problems, for an application's own handler to return}
   *
   * @param problems what egovcoop found, at least one
   * @param locale the locale of the title and detail
   */
  public ProblemDetail problemDetail(List<JsonProblem> problems, Locale locale) {
    ProblemReport report = ProblemReport.of(problems, locale);
    ProblemDetail detail = ProblemDetail.forStatus(HttpStatusCode.valueOf(report.status()));
    detail.setType(report.type());
    detail.setTitle(report.title());
    detail.setDetail(report.detail());
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
}

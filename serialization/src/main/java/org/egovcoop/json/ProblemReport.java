package org.egovcoop.json;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * The members of an RFC 9457 problem response ({@code application/problem+json}) for a document
 * egovcoop could not read, independent of any web framework: {@code type}, {@code title},
 * {@code status}, {@code detail} and the extension {@code errors}. egovcoop's Spring Boot
 * starters answer with exactly these members; an application on another framework copies them
 * into its own response.
 *
 * <ul>
 *   <li>{@code type}: {@link #typeOf(JsonProblem.Kind)} of the problems' kind when they are all of
 *       one kind, else {@link #INVALID_DOCUMENT}; each type is documented in
 *       {@code docs/problems.md};</li>
 *   <li>{@code title} and {@code detail}: in the requested locale (English and Korean ship with
 *       egovcoop; any other locale gets English, never the JVM's default locale);</li>
 *   <li>{@code errors}: one map per problem, in the order egovcoop found them, with
 *       {@code pointer}, {@code line}, {@code column} (from 1; 0 when unknown), {@code kind} (a
 *       stable lower-case code, {@link #codeOf(JsonProblem.Kind)}), {@code message}, and
 *       {@code value} and {@code expected} when the problem has them.</li>
 * </ul>
 *
 * <p>The report reads the problems' fields, never their message text. Instances are immutable.
 */
public final class ProblemReport {

  /** The HTTP status of every problem response: 400 Bad Request. */
  public static final int STATUS = 400;

  /** The base of the problem type URIs: the document that describes each kind. */
  public static final String TYPE_BASE = "https://github.com/egovcoop/egovcoop/blob/main/docs/problems.md#";

  /** The type of a response whose problems are of more than one kind. */
  public static final URI INVALID_DOCUMENT = URI.create(TYPE_BASE + "invalid-document");

  private static final String BUNDLE = "ProblemMessages";

  /** The titles and details of each locale asked for, loaded once. */
  private static final ConcurrentMap<Locale, Map<String, String>> MESSAGES = new ConcurrentHashMap<>();

  private final URI type;
  private final String title;
  private final String detail;
  private final List<Map<String, Object>> errors;

  private ProblemReport(URI type, String title, String detail, List<Map<String, Object>> errors) {
    this.type = type;
    this.title = title;
    this.detail = detail;
    this.errors = errors;
  }

  /**
   * {@return the report of these problems, its title and detail in this locale}
   *
   * @param problems what egovcoop found, at least one
   * @param locale the locale of the title and detail, such as a request's
   * @throws IllegalArgumentException if there is no problem
   */
  public static ProblemReport of(List<JsonProblem> problems, Locale locale) {
    Objects.requireNonNull(problems, "problems");
    Objects.requireNonNull(locale, "locale");
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("A problem report needs at least one problem");
    }
    Map<String, String> messages = messages(locale);
    Set<JsonProblem.Kind> kinds = EnumSet.noneOf(JsonProblem.Kind.class);
    problems.forEach(problem -> kinds.add(problem.kind()));
    JsonProblem.Kind only = kinds.size() == 1 ? kinds.iterator().next() : null;
    String title = messages.get("title." + (only == null ? "invalid-document" : codeOf(only)));
    String count = problems.size() == 1 ? "detail.one" : "detail.many";
    String detail = new MessageFormat(messages.get(count), locale).format(new Object[] {problems.size()});
    List<Map<String, Object>> errors = new ArrayList<>(problems.size());
    for (JsonProblem problem : problems) {
      errors.add(error(problem));
    }
    return new ProblemReport(only == null ? INVALID_DOCUMENT : typeOf(only), title, detail,
        Collections.unmodifiableList(errors));
  }

  /** {@return the problem type: one kind's, or {@link #INVALID_DOCUMENT} for several kinds} */
  public URI type() {
    return type;
  }

  /** {@return the title of the problem type, in the report's locale} */
  public String title() {
    return title;
  }

  /** {@return {@link #STATUS}, 400} */
  public int status() {
    return STATUS;
  }

  /** {@return the detail: how many problems {@code errors} names, in the report's locale} */
  public String detail() {
    return detail;
  }

  /** {@return the members of {@code errors}, one per problem, in the order found; unmodifiable} */
  public List<Map<String, Object>> errors() {
    return errors;
  }

  /**
   * {@return one member of {@code errors}: the problem's fields, without the absent ones, in the
   *     order pointer, line, column, kind, message, value, expected}
   *
   * @param problem a problem
   */
  public static Map<String, Object> error(JsonProblem problem) {
    Map<String, Object> error = new LinkedHashMap<>();
    error.put("pointer", problem.pointer());
    error.put("line", problem.line());
    error.put("column", problem.column());
    error.put("kind", codeOf(problem.kind()));
    error.put("message", problem.message());
    problem.value().ifPresent(value -> error.put("value", value));
    problem.expected().ifPresent(expected -> error.put("expected", expected));
    return error;
  }

  /**
   * {@return the stable code of a kind: its name in lower case, words joined by hyphens, such as
   *     {@code unknown-property}}
   *
   * @param kind a kind of problem
   */
  public static String codeOf(JsonProblem.Kind kind) {
    return kind.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /**
   * {@return the problem type URI of a kind: {@link #TYPE_BASE} and its code}
   *
   * @param kind a kind of problem
   */
  public static URI typeOf(JsonProblem.Kind kind) {
    return URI.create(TYPE_BASE + codeOf(kind));
  }

  /**
   * The titles and details of a locale: the most specific bundle shipped for it, each key falling
   * back to the less specific ones and last to English. Read from this module's own resources
   * (a named module may not pass a {@code ResourceBundle.Control}), and never in the JVM's default
   * locale unless it was asked for.
   */
  private static Map<String, String> messages(Locale locale) {
    return MESSAGES.computeIfAbsent(locale, ProblemReport::load);
  }

  private static Map<String, String> load(Locale locale) {
    ResourceBundle.Control control = ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
    Map<String, String> messages = new LinkedHashMap<>();
    // From the base bundle (English) to the most specific: a later one overrides.
    List<Locale> candidates = new ArrayList<>(control.getCandidateLocales(BUNDLE, locale));
    Collections.reverse(candidates);
    for (Locale candidate : candidates) {
      String name = control.toBundleName(BUNDLE, candidate) + ".properties";
      try (InputStream in = ProblemReport.class.getResourceAsStream(name)) {
        if (in != null) {
          Properties properties = new Properties();
          properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
          properties.stringPropertyNames().forEach(key -> messages.put(key, properties.getProperty(key)));
        }
      } catch (IOException e) {
        throw new UncheckedIOException("Cannot read " + name + " of egovcoop-serialization", e);
      }
    }
    if (messages.isEmpty()) {
      throw new IllegalStateException(BUNDLE + ".properties is missing beside ProblemReport in egovcoop-serialization");
    }
    return Map.copyOf(messages);
  }
}

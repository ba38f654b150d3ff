package org.egovcoop.validation;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.MessageInterpolator;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/**
 * Validates any egovcoop value and returns every violation at once, with property paths and
 * message keys, in one language.
 *
 * <p>It is a thin facade over Hibernate Validator, bootstrapped as Jakarta Bean Validation's
 * default provider (so an application's {@code META-INF/validation.xml} applies). Every egovcoop
 * message is a template with parameters ({@code {id}}) that needs no Expression Language, so no EL
 * implementation is needed at run time, on the class path, the module path or in a jlink image:
 * where none can be had, messages are interpolated by Hibernate Validator's
 * {@code ParameterMessageInterpolator}; where one can (Expressly, or the one Spring Boot's
 * validation starter brings), by its default interpolator, which also turns the EL of built-in
 * messages such as {@code @DecimalMax}'s on a user's own classes into sentences. egovcoop's
 * messages are the same either way. A stock validator, such as the one behind Spring's
 * {@code @Valid}, gives the same violations and messages. The factory is built once per class
 * loader and shared; validators are thread-safe.
 *
 * <pre>{@code
 * List<Violation> violations = ModelValidator.create().validate(portfolio);
 * ModelValidator.create().withLocale(Locale.KOREAN).requireValid(agreement);
 * }</pre>
 */
public final class ModelValidator {

  // Indices compare as numbers, so agreements[2] comes before agreements[10].
  private static final Comparator<Violation> ORDER =
      Comparator.comparing(Violation::path, ModelValidator::comparePaths)
          .thenComparing(Violation::messageKey)
          .thenComparing(Violation::message);

  private final Validator validator;
  private final Locale locale;

  private ModelValidator(Validator validator, Locale locale) {
    this.validator = validator;
    this.locale = locale;
  }

  /**
   * {@return a validator whose messages are in the JVM's default locale as it is now (not as it
   *     was when the shared factory was built)}
   */
  public static ModelValidator create() {
    return forLocale(Locale.getDefault());
  }

  /**
   * {@return a validator whose messages are in that language}
   *
   * @param locale the language of the messages, such as {@link Locale#KOREAN} or
   *     {@link Locale#ENGLISH}; for a language with no translation, messages fall back as
   *     {@link java.util.ResourceBundle} resolves them: to the JVM's default locale if translated,
   *     else to English
   */
  public ModelValidator withLocale(Locale locale) {
    return forLocale(locale);
  }

  private static ModelValidator forLocale(Locale locale) {
    Objects.requireNonNull(locale, "locale");
    MessageInterpolator interpolator = new FixedLocaleInterpolator(Factory.INSTANCE.getMessageInterpolator(), locale);
    return new ModelValidator(Factory.INSTANCE.usingContext().messageInterpolator(interpolator).getValidator(), locale);
  }

  /** {@return the language of the messages} */
  public Locale locale() {
    return locale;
  }

  /**
   * {@return every violation, ordered by path (indices by number) then message key; empty when
   *     valid}
   *
   * @param value any egovcoop value, such as a portfolio, an agreement or an observation
   */
  public List<Violation> validate(Object value) {
    Objects.requireNonNull(value, "value");
    Set<ConstraintViolation<Object>> found = validator.validate(value);
    List<Violation> violations = new ArrayList<>(found.size());
    for (ConstraintViolation<Object> violation : found) {
      violations.add(new Violation(
          violation.getPropertyPath().toString(),
          key(violation.getMessageTemplate()),
          violation.getMessage(),
          violation.getInvalidValue()));
    }
    violations.sort(ORDER);
    return violations;
  }

  /**
   * {@return the value, if valid}
   *
   * @param value any egovcoop value
   * @param <T> its type
   * @throws ModelValidationException listing every violation, if not
   */
  public <T> T requireValid(T value) {
    List<Violation> violations = validate(value);
    if (!violations.isEmpty()) {
      throw new ModelValidationException(publicType(value.getClass()).getSimpleName(), violations);
    }
    return value;
  }

  static int comparePaths(String a, String b) {
    int i = 0;
    int j = 0;
    while (i < a.length() && j < b.length()) {
      char x = a.charAt(i);
      char y = b.charAt(j);
      if (isDigit(x) && isDigit(y)) {
        int endI = digitsEnd(a, i);
        int endJ = digitsEnd(b, j);
        int byNumber = compareDigits(a.substring(i, endI), b.substring(j, endJ));
        if (byNumber != 0) {
          return byNumber;
        }
        i = endI;
        j = endJ;
      } else {
        if (x != y) {
          return Character.compare(x, y);
        }
        i++;
        j++;
      }
    }
    return Integer.compare(a.length() - i, b.length() - j);
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static int digitsEnd(String s, int from) {
    int end = from;
    while (end < s.length() && isDigit(s.charAt(end))) {
      end++;
    }
    return end;
  }

  private static int compareDigits(String x, String y) {
    String a = x.replaceFirst("^0+(?=.)", "");
    String b = y.replaceFirst("^0+(?=.)", "");
    return a.length() != b.length() ? Integer.compare(a.length(), b.length()) : a.compareTo(b);
  }

  /** The model type users know: {@code Agreement}, not its hidden generated implementation. */
  private static Class<?> publicType(Class<?> type) {
    Class<?> visible = type;
    while (!Modifier.isPublic(visible.getModifiers()) && visible.getSuperclass() != null) {
      visible = visible.getSuperclass();
    }
    return visible;
  }

  private static String key(String template) {
    return template.length() > 2 && template.startsWith("{") && template.endsWith("}")
            && template.indexOf('{', 1) < 0
        ? template.substring(1, template.length() - 1)
        : template;
  }

  private static final class Factory {
    static final ValidatorFactory INSTANCE = expressionLanguageAvailable()
        ? Validation.buildDefaultValidatorFactory()
        : Validation.byDefaultProvider().configure().messageInterpolator(new ParameterMessageInterpolator())
            .buildValidatorFactory();

    /**
     * Whether an Expression Language implementation can be had, as Hibernate Validator's default
     * interpolator would look for one. Looked up by reflection: core does not require EL.
     */
    private static boolean expressionLanguageAvailable() {
      try {
        Class<?> manager = Class.forName("jakarta.el.ELManager", true, Factory.class.getClassLoader());
        return manager.getMethod("getExpressionFactory").invoke(null) != null;
      } catch (ReflectiveOperationException | LinkageError | RuntimeException e) {
        return false; // no EL API, or no implementation of it: parameters only
      }
    }
  }

  private static final class FixedLocaleInterpolator implements MessageInterpolator {
    private final MessageInterpolator delegate;
    private final Locale locale;

    FixedLocaleInterpolator(MessageInterpolator delegate, Locale locale) {
      this.delegate = delegate;
      this.locale = locale;
    }

    @Override
    public String interpolate(String template, Context context) {
      return delegate.interpolate(template, context, locale);
    }

    @Override
    public String interpolate(String template, Context context, Locale locale) {
      return delegate.interpolate(template, context, this.locale);
    }
  }
}

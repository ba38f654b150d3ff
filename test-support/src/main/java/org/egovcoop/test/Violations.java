package org.egovcoop.test;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.metadata.ConstraintDescriptor;
import java.lang.annotation.Annotation;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.egovcoop.validation.Violation;

/** The violations of either source, egovcoop's and Bean Validation's, as one kind of value. */
final class Violations {
  private Violations() {}

  /** Beyond this many characters, an invalid value is abbreviated in a message. */
  private static final int MAX_VALUE = 80;
  /** A run of ASCII digits, or of anything else: the parts of a path that are compared. */
  private static final Pattern RUN = Pattern.compile("[0-9]+|[^0-9]+");

  /**
   * One violation found.
   *
   * @param path the property path, {@code ""} for the validated value
   * @param constraint the constraint's annotation, or null when the source does not name it (an
   *     egovcoop {@link Violation})
   * @param messageKey the key of the message template, or the template if it has no key
   * @param message the interpolated message
   * @param invalidValue the value that broke the rule
   */
  record Found(String path, Class<? extends Annotation> constraint, String messageKey, String message,
      Object invalidValue) {

    /** {@return the violation in words: path, message, constraint, key and invalid value} */
    @Override
    public String toString() {
      return quotedPath(path) + ": " + message + " ["
          + (constraint == null ? "" : constraint.getSimpleName() + ", ")
          + "key " + messageKey + ", invalid value " + printable(invalidValue) + "]";
    }
  }

  /** Property paths with their indices compared as numbers, then message keys, then messages. */
  static final Comparator<Found> ORDER = Comparator.comparing(Found::path, Violations::comparePaths)
      .thenComparing(Found::messageKey).thenComparing(Found::message);

  /**
   * {@return egovcoop's violations, in their order}
   *
   * @param violations as {@code ModelValidator} returns them
   */
  static List<Found> ofModel(Collection<Violation> violations) {
    List<Found> found = new ArrayList<>(violations.size());
    for (Violation v : violations) {
      found.add(new Found(v.path(), null, v.messageKey(), v.message(), v.invalidValue()));
    }
    return found;
  }

  /**
   * {@return Bean Validation's violations, in {@link #ORDER}, for a set has none of its own}
   *
   * @param violations as a {@link jakarta.validation.Validator} returns them
   */
  static List<Found> ofBeanValidation(Collection<? extends ConstraintViolation<?>> violations) {
    List<Found> found = new ArrayList<>(violations.size());
    for (ConstraintViolation<?> v : violations) {
      ConstraintDescriptor<?> descriptor = v.getConstraintDescriptor();
      Class<? extends Annotation> constraint = descriptor == null || descriptor.getAnnotation() == null
          ? null : descriptor.getAnnotation().annotationType();
      String template = v.getMessageTemplate() == null ? "" : v.getMessageTemplate();
      found.add(new Found(String.valueOf(v.getPropertyPath()), constraint, key(template),
          String.valueOf(v.getMessage()), v.getInvalidValue()));
    }
    found.sort(ORDER);
    return found;
  }

  /**
   * {@return the key of a template that is one key in braces, such as {@code {x.message}}; else
   *     the template}
   *
   * @param template a message template
   */
  static String key(String template) {
    return template.length() > 2 && template.startsWith("{") && template.endsWith("}")
            && template.indexOf('{', 1) < 0
        ? template.substring(1, template.length() - 1)
        : template;
  }

  /**
   * {@return the path in quotes, or {@code (root)} for the validated value}
   *
   * @param path a property path
   */
  static String quotedPath(String path) {
    return path.isEmpty() ? "(root)" : "\"" + path + "\"";
  }

  /**
   * {@return a value as a message shows it: strings quoted, long texts abbreviated}
   *
   * @param value any value, or null
   */
  static String printable(Object value) {
    if (value == null) {
      return "null";
    }
    String text = Matching.abbreviate(String.valueOf(value).replace("\n", "\\n"), MAX_VALUE);
    return value instanceof CharSequence ? "\"" + text + "\"" : text;
  }

  /**
   * {@return the order of two property paths, with their indices compared as numbers, so that
   *     {@code agreements[2]} comes before {@code agreements[10]}}
   *
   * @param a a path
   * @param b another
   */
  static int comparePaths(String a, String b) {
    Matcher x = RUN.matcher(a);
    Matcher y = RUN.matcher(b);
    while (true) {
      boolean moreOfA = x.find();
      boolean moreOfB = y.find();
      if (!moreOfA || !moreOfB) {
        return Boolean.compare(moreOfA, moreOfB);
      }
      boolean numbers = isDigit(x.group().charAt(0)) && isDigit(y.group().charAt(0));
      int order = numbers ? new BigInteger(x.group()).compareTo(new BigInteger(y.group())) : x.group().compareTo(y.group());
      if (order != 0) {
        return order;
      }
    }
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }
}

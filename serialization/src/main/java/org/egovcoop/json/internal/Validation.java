package org.egovcoop.json.internal;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.egovcoop.geo.CountryCode;
import org.egovcoop.internal.Texts;
import org.egovcoop.json.JsonProblem.Kind;
import org.egovcoop.survey.IndexObservation;
import org.egovcoop.time.PartialDate;
import org.egovcoop.time.PartialDateRange;
import org.egovcoop.validation.ModelValidator;
import org.egovcoop.validation.Violation;

/**
 * Validation of decoded values, so that a document that decodes is a valid object graph. Index
 * observations, the bulk record, are checked by their codec as each is read, with the rules' own
 * cheap static checks, and only an observation that fails one goes through Bean Validation, for
 * the exact violations; every other value goes through {@link ModelValidator} once decoded. Violations are reported at the JSON Pointer of the
 * property they concern.
 */
public final class Validation {
  private Validation() {}

  private static final class Holder {
    static final ModelValidator VALIDATOR = ModelValidator.create().withLocale(Locale.ENGLISH);
    // Locales come from requests (Accept-Language): a few are kept, never one per client's whim.
    static final int MAX_CACHED = 16;
    static final Map<Locale, ModelValidator> BY_LOCALE = new ConcurrentHashMap<>();

    static ModelValidator validator(Locale locale) {
      if (Locale.ENGLISH.equals(locale)) {
        return VALIDATOR;
      }
      ModelValidator cached = BY_LOCALE.get(locale);
      if (cached != null) {
        return cached;
      }
      ModelValidator made = VALIDATOR.withLocale(locale);
      if (BY_LOCALE.size() < MAX_CACHED) {
        BY_LOCALE.putIfAbsent(locale, made);
      }
      return made;
    }
  }

  /**
   * Records the Bean Validation violations of a decoded model value at its pointer (observations
   * are checked by their codec as they are read).
   *
   * @param value a decoded value: an observation, a list of observations, or any model value
   * @param in the reader, to record violations
   * @param base the pointer of the value in its document
   */
  public static void validate(Object value, JsonIn in, String base) {
    if (value instanceof IndexObservation || value instanceof List) {
      return; // observations are validated by their codec as they are read
    }
    report(Holder.validator(in.messageLocale()).validate(value), in, base);
  }

  /**
   * Validates an observation just read, while it is hot in the cache: its class-level rules by
   * their own static methods, and only if one fails, Bean Validation for the exact violations.
   *
   * @param observation the observation
   * @param in the reader, on the observation's end
   * @return whether it is valid (otherwise the violations are recorded)
   */
  static boolean observation(IndexObservation observation, JsonIn in) {
    if (isValid(observation)) {
      return true;
    }
    report(Holder.validator(in.messageLocale()).validate(observation), in, in.objectPointer());
    return false;
  }

  /**
   * {@return whether it keeps every rule of an observation, by the model's own rules}
   *
   * @param observation an observation
   */
  static boolean isValid(IndexObservation observation) {
    return observation.rankIsWithinAssessed() && observation.scoreIsWithinRange();
  }

  private static void report(List<Violation> violations, JsonIn in, String base) {
    for (Violation violation : violations) {
      in.relocatable(Kind.RULE, base + pointer(violation.path()), violation.message(),
          valueText(violation.invalidValue()), null);
    }
  }

  /**
   * {@return the JSON Pointer relative to the validated value: {@code /agreements/0/parties/1/country}}
   *
   * @param path a Bean Validation property path, such as {@code agreements[0].parties[1].country}
   */
  public static String pointer(String path) {
    StringBuilder out = new StringBuilder();
    for (String node : path.split("\\.")) {
      if (node.isEmpty() || node.startsWith("<")) {
        continue;
      }
      int bracket = node.indexOf('[');
      String name = bracket < 0 ? node : node.substring(0, bracket);
      if (!name.isEmpty() && !name.startsWith("<")) {
        out.append('/').append(escape(name));
      }
      while (bracket >= 0) {
        int close = node.indexOf(']', bracket);
        if (close < 0) {
          break;
        }
        String key = node.substring(bracket + 1, close);
        if (!key.isEmpty()) {
          out.append('/').append(escape(key));
        }
        bracket = node.indexOf('[', close);
      }
    }
    return out.toString();
  }

  private static String escape(String segment) {
    return segment.replace("~", "~0").replace("/", "~1");
  }

  private static String valueText(Object value) {
    if (value instanceof CharSequence || value instanceof Number || value instanceof Boolean
        || value instanceof CountryCode || value instanceof PartialDate || value instanceof PartialDateRange) {
      return Texts.value(value.toString());
    }
    if (value instanceof Enum) {
      return EnumCodec.codeOf((Enum<?>) value);
    }
    return null;
  }
}

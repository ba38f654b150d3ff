package org.egovcoop.validation;

import java.util.List;

/** Thrown by {@link ModelValidator#requireValid(Object)}: lists every violation at once. */
public final class ModelValidationException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final transient List<Violation> violations;

  /**
   * An exception whose message lists every violation.
   *
   * @param type the simple name of the validated type
   * @param violations the violations, at least one
   */
  public ModelValidationException(String type, List<Violation> violations) {
    super(message(type, violations));
    this.violations = List.copyOf(violations);
  }

  private static String message(String type, List<Violation> violations) {
    StringBuilder out = new StringBuilder()
        .append(type).append(" is invalid: ").append(violations.size())
        .append(violations.size() == 1 ? " violation" : " violations");
    violations.forEach(v -> out.append("\n  ").append(v));
    return out.toString();
  }

  /** {@return every violation, ordered by path then message key} */
  public List<Violation> violations() {
    return violations;
  }
}

package org.egovcoop.json;

import java.util.List;
import java.util.Objects;

/**
 * The result of a lenient read: the decoded value, and every property that was skipped because
 * the format does not define it, so that nothing is dropped silently.
 *
 * @param <T> the type of the value
 */
public final class ReadResult<T> {

  private final T value;
  private final List<JsonProblem> ignoredProperties;

  ReadResult(T value, List<JsonProblem> ignoredProperties) {
    this.value = Objects.requireNonNull(value, "value");
    this.ignoredProperties = List.copyOf(ignoredProperties);
  }

  /** {@return the decoded, valid value} */
  public T value() {
    return value;
  }

  /**
   * {@return the skipped properties, each a {@link JsonProblem.Kind#UNKNOWN_PROPERTY} problem with its
   *     pointer, line and column; empty when the document held only known properties}
   */
  public List<JsonProblem> ignoredProperties() {
    return ignoredProperties;
  }
}

package org.egovcoop.json;

import java.util.List;
import tools.jackson.core.JacksonException;

/**
 * The one exception of egovcoop's JSON reading: everything wrong with a document, as a list of
 * {@link JsonProblem}s, each with its JSON Pointer, line and column. Syntax errors, wrong types,
 * missing and unknown properties, bad codes, broken invariants, validation rules and limits all
 * come through it, so a caller sees the whole list at once.
 *
 * <p>It is unchecked, and a {@link JacksonException}, so that code catching Jackson's exceptions
 * (a web framework turning them into 400 responses) catches it too. Its message lists the
 * problems; it never carries Java class names or a Jackson source description.
 */
public final class EgovJsonException extends JacksonException {

  private static final long serialVersionUID = 1L;

  private final transient List<JsonProblem> problems;

  /**
   * An exception whose message lists every problem.
   *
   * @param problems at least one problem
   */
  public EgovJsonException(List<JsonProblem> problems) {
    super(describe(problems));
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("An EgovJsonException needs at least one problem");
    }
    this.problems = List.copyOf(problems);
  }

  private static String describe(List<JsonProblem> problems) {
    StringBuilder out = new StringBuilder("Invalid egovcoop JSON: ")
        .append(problems.size()).append(problems.size() == 1 ? " problem" : " problems");
    for (JsonProblem problem : problems) {
      out.append("\n  ").append(problem);
    }
    return out.toString();
  }

  /** {@return every problem found, in document order as far as reading found them; never empty} */
  public List<JsonProblem> problems() {
    return problems;
  }

  /** {@return the list of problems, without Jackson's location suffix (each problem has its own)} */
  @Override
  public String getMessage() {
    return getOriginalMessage();
  }
}

package org.egovcoop.iati;

import java.util.List;

/**
 * An export refused: the portfolio or the options lack what IATI requires. One exception lists
 * every problem found; organisations without an IATI reference are listed together in one problem.
 */
public final class IatiExportException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final List<String> problems;

  /**
   * Refuses an export.
   *
   * @param problems every problem found, each naming the field, the value and what was expected
   */
  public IatiExportException(List<String> problems) {
    super(message(problems));
    this.problems = List.copyOf(problems);
  }

  private static String message(List<String> problems) {
    StringBuilder out = new StringBuilder("Cannot export to IATI 2.03: ")
        .append(problems.size()).append(problems.size() == 1 ? " problem" : " problems");
    problems.forEach(p -> out.append("\n  ").append(p));
    return out.toString();
  }

  /** {@return every problem found, in the order found} */
  public List<String> problems() {
    return problems;
  }
}

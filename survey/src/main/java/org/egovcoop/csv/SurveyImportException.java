package org.egovcoop.csv;

import java.util.Objects;

/**
 * Thrown by a fail-fast {@link SurveyTableReader} at the first problem in a survey table; the
 * message is the problem's one-line description with file, line and column.
 */
public class SurveyImportException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final transient ImportProblem problem;

  /**
   * An exception for the first problem of a table read by a fail-fast reader.
   *
   * @param problem the first problem found
   */
  public SurveyImportException(ImportProblem problem) {
    super(Objects.requireNonNull(problem, "problem").toString());
    this.problem = problem;
  }

  /** {@return the problem, with its location} */
  public ImportProblem problem() {
    return problem;
  }
}

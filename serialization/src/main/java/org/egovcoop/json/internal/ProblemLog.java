package org.egovcoop.json.internal;

/**
 * The problems found while reading one document: those that are errors, and the unknown
 * properties a lenient read skipped, each list bounded to the first few problems of each kind
 * ({@link Problems}). It counts the problems after which the value concerned cannot be built, so
 * that a reader can ask, with a {@link #mark()} taken when it began, whether its value failed.
 * Where a problem is (pointer, line and column) and what it says are given by the one who records
 * it: the cursor ({@link JsonIn}) and the decoding driver ({@link Decoding}).
 */
final class ProblemLog {

  /** The problems of one kind kept when no limit is given. */
  static final int DEFAULT_MAX_PROBLEMS = 100;

  private final Problems issues;
  private final Problems ignored;
  /** The problems after which no value can be built: all but unknown and repeated properties. */
  private int blocking;

  /**
   * An empty log.
   *
   * @param maxProblems the most problems of one kind kept in each list; the others are only counted
   */
  ProblemLog(int maxProblems) {
    this.issues = new Problems(maxProblems);
    this.ignored = new Problems(maxProblems);
  }

  /** {@return a mark to pass to {@link #failedSince(int)}} */
  int mark() {
    return blocking;
  }

  /**
   * An unknown property or a repeated one (whose second value is skipped) does not count: the
   * object is still built, so that its invariants and rules are checked in the same pass.
   *
   * @param mark a mark from {@link #mark()}
   * @return whether a problem that prevents building was recorded since
   */
  boolean failedSince(int mark) {
    return blocking > mark;
  }

  /** {@return whether a problem that prevents building was recorded} */
  boolean failed() {
    return blocking > 0;
  }

  /**
   * Records a problem after which the value concerned cannot be built.
   *
   * @param issue the problem
   */
  void add(Issue issue) {
    blocking++;
    issues.add(issue);
  }

  /**
   * Records a problem after which the value is still built: a repeated property, whose first
   * value is kept, or an unknown one in a strict read.
   *
   * @param issue the problem
   */
  void addBuildable(Issue issue) {
    issues.add(issue);
  }

  /**
   * Lists a property a lenient read skipped: not a problem of the document.
   *
   * @param issue the skipped property
   */
  void ignore(Issue issue) {
    ignored.add(issue);
  }

  /** {@return the problems, to locate and report} */
  Problems issues() {
    return issues;
  }

  /** {@return the properties a lenient read skipped, to locate and report} */
  Problems ignored() {
    return ignored;
  }
}

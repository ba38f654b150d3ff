package org.egovcoop.json.internal;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import org.egovcoop.json.JsonProblem;
import org.egovcoop.json.JsonProblem.Kind;

/**
 * The problems found while reading, bounded: the first {@code max} of each kind are kept, the
 * others only counted, so that a document of two million broken objects is answered in the memory
 * of a few hundred problems. {@link #toProblems(int)} ends the list with one problem per kind that
 * was cut, "and 1999900 more problems of the same kind".
 */
final class Problems implements Iterable<Issue> {

  private final int max;
  private final List<Issue> kept = new ArrayList<>(0);
  private final int[] keptByKind = new int[Kind.values().length];
  private final long[] droppedByKind = new long[Kind.values().length];

  Problems(int max) {
    this.max = max;
  }

  void add(Issue issue) {
    int kind = issue.kind.ordinal();
    if (keptByKind[kind] < max) {
      keptByKind[kind]++;
      kept.add(issue);
    } else {
      droppedByKind[kind]++;
    }
  }

  /**
   * Forgets the kept problems found at this place, which were about a token that turned out not
   * to be one.
   *
   * @param line the line, as the parser counts it
   * @param column the column, as the parser counts it
   */
  void removeAt(int line, int column) {
    for (Iterator<Issue> i = kept.iterator(); i.hasNext(); ) {
      Issue issue = i.next();
      if (issue.line == line && issue.column == column) {
        i.remove();
        keptByKind[issue.kind.ordinal()]--;
      }
    }
  }

  boolean isEmpty() {
    return kept.isEmpty();
  }

  /** {@return the kept problems, to locate} */
  List<Issue> kept() {
    return kept;
  }

  @Override
  public Iterator<Issue> iterator() {
    return kept.iterator();
  }

  /**
   * The problems kept, located, followed by one counting problem per kind past the limit.
   *
   * @param lineNumber for an NDJSON line, its number; 0 otherwise
   * @return the kept problems, then one for each kind of which some were dropped
   */
  List<JsonProblem> toProblems(int lineNumber) {
    if (kept.isEmpty()) {
      return List.of();
    }
    List<JsonProblem> problems = new ArrayList<>(kept.size() + 1);
    for (Issue issue : kept) {
      problems.add(issue.toProblem(lineNumber));
    }
    for (Kind kind : Kind.values()) {
      long dropped = droppedByKind[kind.ordinal()];
      if (dropped > 0) {
        String name = kind.name().toLowerCase(Locale.ROOT).replace('_', ' ');
        problems.add(new JsonProblem(kind, "", lineNumber, 0, "and " + dropped + " more " + (dropped == 1 ? "problem"
            : "problems") + " of the same kind (" + name + "), not listed: only the first " + max
            + " of each kind are", null, null));
      }
    }
    return problems;
  }
}

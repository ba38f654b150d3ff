package org.egovcoop.json.internal;

import org.egovcoop.json.JsonProblem;

/**
 * A problem found while reading, before its location is final: problems about a whole object
 * (a missing property, a broken invariant, a validation rule) are found after the object has been
 * read, and are located afterwards by scanning the document again for their pointer.
 */
final class Issue {
  final JsonProblem.Kind kind;
  final String pointer;
  int line;
  int column;
  final String message;
  final String value;
  final String expected;
  final boolean relocate;

  Issue(JsonProblem.Kind kind, String pointer, int line, int column, String message, String value, String expected,
      boolean relocate) {
    this.kind = kind;
    this.pointer = pointer;
    this.line = line;
    this.column = column;
    this.message = message;
    this.value = value;
    this.expected = expected;
    this.relocate = relocate;
  }

  /** The problem; a location the parser did not know (-1, as from a tree) is 0, as JsonProblem documents. */
  JsonProblem toProblem(int lineNumber) {
    return new JsonProblem(kind, pointer, lineNumber > 0 ? lineNumber : known(line), known(column), message, value,
        expected);
  }

  static int known(int location) {
    return Math.max(location, 0);
  }
}

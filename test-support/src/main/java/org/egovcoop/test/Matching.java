package org.egovcoop.test;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiPredicate;
import java.util.function.Function;

/**
 * The comparison of what was found with what was expected, shared by the assertions over
 * violations and over problems: each method returns null when the expectation holds, and else the
 * whole failure message, which lists what was expected, what was found and what had no
 * counterpart.
 *
 * @param <E> the expectation
 * @param <A> what was found
 */
final class Matching<E, A> {

  private final String noun;
  private final List<A> found;
  private final BiPredicate<E, A> matches;
  private final Function<? super E, String> describeExpected;
  private final Function<? super A, String> describeFound;
  private final Function<List<E>, String> hint;

  /**
   * A comparison over what was found.
   *
   * @param noun the plural of what is compared, such as "violations"
   * @param found what was found, in its order
   * @param matches whether an expectation matches one found
   * @param describeExpected an expectation in words
   * @param describeFound one found, in words
   * @param hint a sentence that may explain why these expectations matched nothing, or null
   */
  Matching(String noun, List<A> found, BiPredicate<E, A> matches, Function<? super E, String> describeExpected,
      Function<? super A, String> describeFound, Function<List<E>, String> hint) {
    this.noun = noun;
    this.found = found;
    this.matches = matches;
    this.describeExpected = describeExpected;
    this.describeFound = describeFound;
    this.hint = hint;
  }

  /** {@return null if nothing was found, else the failure} */
  String isEmpty() {
    if (found.isEmpty()) {
      return null;
    }
    return "Expecting no " + noun + ", but found " + found.size() + ":" + listFound("  ");
  }

  /**
   * {@return null if that many were found, else the failure}
   *
   * @param size the number expected
   */
  String hasSize(int size) {
    if (found.size() == size) {
      return null;
    }
    return "Expecting " + size + " " + noun + ", but found " + found.size() + ":" + listFound("  ");
  }

  /**
   * {@return null if each expectation matches one found at least, else the failure}
   *
   * @param expected the expectations
   */
  String contains(List<E> expected) {
    List<E> missing = missing(expected);
    if (missing.isEmpty()) {
      return null;
    }
    return "Expecting the " + noun + " to contain:" + listExpected(expected, "  ")
        + "\nbut none matched:" + listExpected(missing, "  ")
        + hintFor(missing)
        + "\nThe " + noun + summary();
  }

  /**
   * {@return null if each expectation matches one found at least and each found is matched by an
   *     expectation, else the failure}
   *
   * @param expected the expectations
   */
  String containsOnly(List<E> expected) {
    List<E> missing = missing(expected);
    List<A> unexpected = new ArrayList<>();
    for (A a : found) {
      if (expected.stream().noneMatch(e -> matches.test(e, a))) {
        unexpected.add(a);
      }
    }
    if (missing.isEmpty() && unexpected.isEmpty()) {
      return null;
    }
    StringBuilder out = new StringBuilder("Expecting the " + noun + " to contain only:")
        .append(listExpected(expected, "  ")).append("\nbut");
    if (!missing.isEmpty()) {
      out.append("\n  expected, not found:").append(listExpected(missing, "    "));
    }
    if (!unexpected.isEmpty()) {
      out.append("\n  found, not expected:").append(list(unexpected, "    "));
    }
    return out.append(hintFor(missing)).append("\nThe ").append(noun).append(summary()).toString();
  }

  /**
   * {@return null if as many were found as expected and each matches the expectation of its
   *     position, else the failure}
   *
   * @param expected the expectations, in order
   */
  String containsExactly(List<E> expected) {
    List<String> differences = new ArrayList<>();
    List<E> unmatched = new ArrayList<>();
    for (int i = 0; i < Math.max(expected.size(), found.size()); i++) {
      if (i >= found.size()) {
        differences.add("  " + (i + 1) + ". expected " + describeExpected.apply(expected.get(i)) + ", found nothing");
        unmatched.add(expected.get(i));
      } else if (i >= expected.size()) {
        differences.add("  " + (i + 1) + ". expected nothing, found " + describeFound.apply(found.get(i)));
      } else if (!matches.test(expected.get(i), found.get(i))) {
        differences.add("  " + (i + 1) + ". expected " + describeExpected.apply(expected.get(i)) + "\n     found    "
            + describeFound.apply(found.get(i)));
        unmatched.add(expected.get(i));
      }
    }
    if (differences.isEmpty()) {
      return null;
    }
    StringBuilder out = new StringBuilder("Expecting the " + noun + " to be exactly, in this order:");
    for (int i = 0; i < expected.size(); i++) {
      out.append("\n  ").append(i + 1).append(". ").append(describeExpected.apply(expected.get(i)));
    }
    out.append("\nbut");
    if (expected.size() != found.size()) {
      out.append(" ").append(found.size()).append(" were found, not ").append(expected.size());
    }
    out.append(":");
    for (String difference : differences) {
      out.append('\n').append(difference);
    }
    return out.append(hintFor(unmatched)).append("\nThe ").append(noun).append(summary()).toString();
  }

  /**
   * {@return null if no expectation matches anything found, else the failure}
   *
   * @param expected the expectations that must match nothing
   */
  String doesNotContain(List<E> expected) {
    StringBuilder matched = new StringBuilder();
    for (A a : found) {
      for (E e : expected) {
        if (matches.test(e, a)) {
          matched.append("\n  ").append(describeFound.apply(a)).append("\n    matches ").append(describeExpected.apply(e));
          break;
        }
      }
    }
    if (matched.length() == 0) {
      return null;
    }
    return "Expecting the " + noun + " not to contain:" + listExpected(expected, "  ") + "\nbut found:" + matched
        + "\nThe " + noun + summary();
  }

  private List<E> missing(List<E> expected) {
    List<E> missing = new ArrayList<>();
    for (E e : expected) {
      if (found.stream().noneMatch(a -> matches.test(e, a))) {
        missing.add(e);
      }
    }
    return missing;
  }

  private String hintFor(List<E> unmatched) {
    String text = unmatched.isEmpty() || hint == null ? null : hint.apply(unmatched);
    return text == null ? "" : "\n" + text;
  }

  private String summary() {
    return found.isEmpty() ? ": none" : " (" + found.size() + "):" + listFound("  ");
  }

  private String listFound(String indent) {
    return list(found, indent);
  }

  private String list(List<A> values, String indent) {
    StringBuilder out = new StringBuilder();
    for (A a : values) {
      out.append('\n').append(indent).append(describeFound.apply(a));
    }
    return out.toString();
  }

  private String listExpected(List<E> values, String indent) {
    if (values.isEmpty()) {
      return " nothing";
    }
    StringBuilder out = new StringBuilder();
    for (E e : values) {
      out.append('\n').append(indent).append(describeExpected.apply(e));
    }
    return out.toString();
  }

  /**
   * {@return the text abbreviated to at most {@code max} characters, with an ellipsis}
   *
   * @param text any text
   * @param max the greatest length
   */
  static String abbreviate(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max - 1) + "…";
  }
}

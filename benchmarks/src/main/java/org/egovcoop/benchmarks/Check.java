package org.egovcoop.benchmarks;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * The correctness checks every benchmark runs in its setup, so that a benchmark that measures
 * nothing, or the wrong thing, fails instead of reporting a number.
 */
public final class Check {

  private Check() {}

  /**
   * @param what what is checked, for the message
   * @param actual the value the code under test gave
   * @param expected the value it must give
   * @throws IllegalStateException naming both if they differ
   */
  public static void equal(String what, Object actual, Object expected) {
    if (!Objects.equals(actual, expected)) {
      throw new IllegalStateException(what + ": expected " + expected + " but got " + actual);
    }
  }

  /**
   * @param what what is checked, for the message
   * @param actual the list the code under test gave
   * @param expected the list it must give
   * @throws IllegalStateException naming the sizes, or the first element that differs
   */
  public static void sameList(String what, List<?> actual, List<?> expected) {
    if (actual.size() != expected.size()) {
      throw new IllegalStateException(what + ": expected " + expected.size() + " elements but got " + actual.size());
    }
    for (int i = 0; i < expected.size(); i++) {
      if (!Objects.equals(actual.get(i), expected.get(i))) {
        throw new IllegalStateException(
            what + ": element " + i + " differs: expected " + expected.get(i) + " but got " + actual.get(i));
      }
    }
  }

  /**
   * @param what what is checked, for the message
   * @param actual the bytes the code under test wrote
   * @param expected the bytes it must write
   * @throws IllegalStateException naming the first byte that differs, with the text around it
   */
  public static void sameBytes(String what, byte[] actual, byte[] expected) {
    int at = Arrays.mismatch(actual, expected);
    if (at >= 0) {
      throw new IllegalStateException(what + ": " + actual.length + " bytes written, " + expected.length
          + " expected; first difference at byte " + at + ": expected \"" + around(expected, at)
          + "\" but got \"" + around(actual, at) + "\"");
    }
  }

  private static String around(byte[] bytes, int at) {
    int from = Math.max(0, at - 40);
    int to = Math.min(bytes.length, at + 40);
    return new String(bytes, from, to - from, java.nio.charset.StandardCharsets.UTF_8);
  }
}

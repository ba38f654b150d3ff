package org.egovcoop.internal;

import org.egovcoop.geo.CountryCode;

/**
 * The assigned country codes by their three letters, for readers that look codes up in bulk: an
 * index into an array, where {@link CountryCode#of(String)} needs a String, its hash and a map.
 */
public final class CountryTable {
  private CountryTable() {}

  private static final CountryCode[] BY_LETTERS = new CountryCode[26 * 26 * 26];

  static {
    for (CountryCode code : CountryCode.values()) {
      String alpha3 = code.alpha3();
      int index = alpha3.length() == 3 ? index(alpha3.charAt(0), alpha3.charAt(1), alpha3.charAt(2)) : -1;
      if (index < 0) {
        // Every assigned code is three upper-case letters; the table relies on it.
        throw new IllegalStateException("Country code '" + alpha3 + "' is not three upper-case letters");
      }
      BY_LETTERS[index] = code;
    }
  }

  /**
   * {@return the assigned country with this alpha-3 code, or null if none has it: the same answer
   *     as {@link CountryCode#isAssigned(String)} and {@link CountryCode#of(String)}}
   *
   * @param a the first letter
   * @param b the second letter
   * @param c the third letter
   */
  public static CountryCode find(char a, char b, char c) {
    int index = index(a, b, c);
    return index < 0 ? null : BY_LETTERS[index];
  }

  /**
   * {@return the assigned country with this alpha-3 code, or null if none has it}
   *
   * @param code a code, such as {@code UZB}
   */
  public static CountryCode find(CharSequence code) {
    return code.length() == 3 ? find(code.charAt(0), code.charAt(1), code.charAt(2)) : null;
  }

  private static int index(char a, char b, char c) {
    if (a < 'A' || a > 'Z' || b < 'A' || b > 'Z' || c < 'A' || c > 'Z') {
      return -1;
    }
    return ((a - 'A') * 26 + (b - 'A')) * 26 + (c - 'A');
  }
}

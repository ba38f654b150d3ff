package org.egovcoop.internal;

import java.math.BigDecimal;

/**
 * Exact decimals of the commonest form, an optional minus, digits and an optional fraction with at
 * most 18 significant digits, built from a long and a scale without {@code BigDecimal}'s general
 * parser. The result equals {@code new BigDecimal(text)} in value and scale; any other form
 * (exponent, plus sign, more digits, not a number) gives null, and the caller then takes the
 * general path, with its errors.
 *
 * <p>Such a decimal has at most 18 significant digits, within the model's bounds; its scale is
 * the number of digits after the point, which the caller bounds (the model allows 38).
 */
public final class Decimals {
  private Decimals() {}

  /** The most significant digits whose value always fits a long: 10^18 - 1 < 2^63. */
  private static final int MAX_DIGITS = 18;

  /**
   * {@return the decimal, or null if the text has another form}
   *
   * @param chars a buffer
   * @param offset where the text starts
   * @param length the text's length
   */
  public static BigDecimal plain(char[] chars, int offset, int length) {
    int end = offset + length;
    int i = offset;
    boolean negative = i < end && chars[i] == '-';
    if (negative) {
      i++;
    }
    long unscaled = 0;
    boolean digit = false;
    int significant = 0;
    int point = -1;
    for (; i < end; i++) {
      char c = chars[i];
      if (c >= '0' && c <= '9') {
        digit = true;
        // Leading zeros (0.0552) add no digit to the long.
        if ((unscaled != 0 || c != '0') && ++significant > MAX_DIGITS) {
          return null;
        }
        unscaled = unscaled * 10 + (c - '0');
      } else if (c == '.' && point < 0) {
        point = i;
      } else {
        return null;
      }
    }
    return digit ? BigDecimal.valueOf(negative ? -unscaled : unscaled, point < 0 ? 0 : end - point - 1) : null;
  }

  /**
   * {@return the decimal, or null if the text has another form}
   *
   * @param text a text, such as {@code 0.54335}
   */
  public static BigDecimal plain(String text) {
    return plain(text.toCharArray(), 0, text.length());
  }
}

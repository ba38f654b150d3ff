package org.egovcoop.json.internal;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;
import java.util.function.Function;
import tools.jackson.core.io.SerializedString;

/**
 * The stable JSON codes of an enum: the constant's name in lower case with hyphens
 * ({@code NON_BINDING} is {@code "non-binding"}), or the enum's own code where it has one
 * ({@link org.egovcoop.survey.SurveyIndex#code()}).
 *
 * @param <E> the enum
 */
public final class EnumCodec<E extends Enum<E>> {

  private final Class<E> type;
  private final SerializedString[] encoded;
  private final char[][] codeChars;
  private final E[] constants;
  private final int[][] byFirstChar = new int[128][];
  private final Map<String, E> byCode = new HashMap<>();
  private final String expected;

  private EnumCodec(Class<E> type, Function<E, String> code) {
    this.type = type;
    this.constants = type.getEnumConstants();
    this.encoded = new SerializedString[constants.length];
    this.codeChars = new char[constants.length][];
    StringJoiner codes = new StringJoiner(", ");
    for (E constant : constants) {
      String c = code.apply(constant);
      encoded[constant.ordinal()] = new SerializedString(c);
      codeChars[constant.ordinal()] = c.toCharArray();
      byCode.put(c, constant);
      codes.add(c);
    }
    this.expected = "one of " + codes;
    for (int i = 0; i < codeChars.length; i++) {
      char first = codeChars[i][0];
      if (first < 128) {
        int[] candidates = byFirstChar[first];
        int[] grown = candidates == null ? new int[1] : java.util.Arrays.copyOf(candidates, candidates.length + 1);
        grown[grown.length - 1] = i;
        byFirstChar[first] = grown;
      }
    }
  }

  /**
   * {@return its codes, derived from the constant names}
   *
   * @param type the enum
   * @param <E> the enum
   */
  public static <E extends Enum<E>> EnumCodec<E> of(Class<E> type) {
    return new EnumCodec<>(type, EnumCodec::codeOf);
  }

  /**
   * {@return its codes}
   *
   * @param type the enum
   * @param code the enum's own code of each constant
   * @param <E> the enum
   */
  public static <E extends Enum<E>> EnumCodec<E> of(Class<E> type, Function<E, String> code) {
    return new EnumCodec<>(type, code);
  }

  /**
   * {@return its code derived from the name: {@code NON_BINDING} is {@code non-binding}}
   *
   * @param constant a constant
   */
  public static String codeOf(Enum<?> constant) {
    return constant.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** {@return the enum} */
  public Class<E> type() {
    return type;
  }

  /**
   * {@return its code, pre-encoded for the generator}
   *
   * @param constant a constant
   */
  public SerializedString encoded(E constant) {
    return encoded[constant.ordinal()];
  }

  /**
   * {@return the constant, or null if no constant has the code}
   *
   * @param code a code
   */
  public E find(String code) {
    return byCode.get(code);
  }

  /**
   * Finds a code in a parser's text buffer, without making a String.
   *
   * @param chars the buffer
   * @param offset where the text starts
   * @param length its length
   * @return the constant, or null if no constant has the code
   */
  public E find(char[] chars, int offset, int length) {
    if (length == 0 || chars[offset] >= 128 || byFirstChar[chars[offset]] == null) {
      return null;
    }
    outer:
    for (int i : byFirstChar[chars[offset]]) {
      char[] code = codeChars[i];
      if (code.length != length) {
        continue;
      }
      for (int j = 0; j < length; j++) {
        if (code[j] != chars[offset + j]) {
          continue outer;
        }
      }
      return constants[i];
    }
    return null;
  }

  /** {@return every code, in the enum's declaration order} */
  public java.util.List<String> codes() {
    java.util.List<String> codes = new java.util.ArrayList<>(codeChars.length);
    for (char[] code : codeChars) {
      codes.add(new String(code));
    }
    return codes;
  }

  /** {@return what a value must be, such as "one of mou, agreement, ..."} */
  public String expected() {
    return expected;
  }
}

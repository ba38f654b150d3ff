package org.egovcoop.internal;

/**
 * Values made safe to quote in a message: every character that could move a terminal's cursor,
 * end a log line or reorder what is shown (C0 and C1 controls, DEL, line and paragraph
 * separators, bidirectional controls, unpaired surrogates) is escaped as {@code \}{@code uXXXX},
 * and long text is abbreviated without splitting a surrogate pair or an escape. The model quotes
 * every value it refuses with {@link #quoted(Object)}, and the JSON reader bounds its problems
 * with the same rules, so one message is always one line of bounded length, whatever the value
 * held, and no reader of a message has to rewrite it. The one home of these rules. Internal:
 * exported only to egovcoop's own modules.
 */
public final class Texts {
  private Texts() {}

  /** The longest value or name quoted in a message, in characters, its "..." included. */
  public static final int MAX_VALUE = 60;
  /** The longest message, in characters. */
  public static final int MAX_MESSAGE = 600;
  /** The longest JSON Pointer as shown in a message, in characters. */
  public static final int MAX_POINTER = 300;

  private static final String ELLIPSIS = "...";
  private static final char[] HEX = "0123456789abcdef".toCharArray();

  /**
   * A value as a message quotes it: {@code 'kor mois'}, escaped and abbreviated as
   * {@link #value(String)} has it.
   *
   * @param value the value refused, or any value a message names
   * @return its text between single quotes, escaped and at most {@link #MAX_VALUE} characters
   *     within them
   */
  public static String quoted(Object value) {
    return "'" + value(String.valueOf(value)) + "'";
  }

  /**
   * A value or property name as a message may show it: escaped and abbreviated.
   *
   * @param text a value or property name from a document
   * @return it escaped, and abbreviated to {@link #MAX_VALUE} characters
   */
  public static String value(String text) {
    return head(text, MAX_VALUE);
  }

  /**
   * The start of a text, at most some characters, never splitting a surrogate pair or an escape.
   *
   * @param text any text
   * @param max the most characters to return, at least 4
   * @return the text escaped, cut after its first characters (with "...") if longer than max
   */
  public static String head(String text, int max) {
    if (isSafe(text) && text.length() <= max) {
      return text;
    }
    StringBuilder out = new StringBuilder(Math.min(text.length(), max) + 8);
    int i = 0;
    while (i < text.length()) {
      int start = out.length();
      i = append(text, i, out);
      if (out.length() > max - ELLIPSIS.length() && (i < text.length() || out.length() > max)) {
        out.setLength(start); // the whole character (or escape) that does not fit is left out
        return out.append(ELLIPSIS).toString();
      }
    }
    return out.toString();
  }

  /**
   * A text cut in its middle to at most some characters, keeping its start and its end.
   *
   * @param text a message, which may quote values at any place
   * @param max the most characters to return, at least 8
   * @return the text escaped; if longer than max, its start and its end (where messages say what
   *     was expected) with "..." between
   */
  public static String middle(String text, int max) {
    String escaped = escape(text);
    if (escaped.length() <= max) {
      return escaped;
    }
    int tail = (max - ELLIPSIS.length()) / 3;
    int head = max - ELLIPSIS.length() - tail;
    int headEnd = boundary(escaped, head, false);
    int tailStart = boundary(escaped, escaped.length() - tail, true);
    return escaped.substring(0, headEnd) + ELLIPSIS + escaped.substring(tailStart);
  }

  /**
   * A text with its control and invisible characters escaped as Unicode escapes.
   *
   * @param text any text
   * @return it with every unsafe character escaped as {@code \}{@code uXXXX}
   */
  public static String escape(String text) {
    if (isSafe(text)) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); ) {
      i = append(text, i, out);
    }
    return out.toString();
  }

  /**
   * Where characters hold a surrogate that is not part of a pair.
   *
   * @param chars characters
   * @param offset the first
   * @param length how many
   * @return the index of the first surrogate without its other half, or -1 if there is none
   */
  public static int loneSurrogate(char[] chars, int offset, int length) {
    int end = offset + length;
    for (int i = offset; i < end; i++) {
      char c = chars[i];
      if (Character.isSurrogate(c)) {
        if (Character.isHighSurrogate(c) && i + 1 < end && Character.isLowSurrogate(chars[i + 1])) {
          i++;
        } else {
          return i;
        }
      }
    }
    return -1;
  }

  /** Appends the character (or pair) at i, escaped if unsafe; returns the index after it. */
  private static int append(String text, int i, StringBuilder out) {
    char c = text.charAt(i);
    if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
      out.append(c).append(text.charAt(i + 1));
      return i + 2;
    }
    if (unsafe(c)) {
      out.append('\\').append('u').append(HEX[c >> 12 & 0xF]).append(HEX[c >> 8 & 0xF]).append(HEX[c >> 4 & 0xF])
          .append(HEX[c & 0xF]);
    } else {
      out.append(c);
    }
    return i + 1;
  }

  private static boolean isSafe(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < 0x20 || c >= 0x7F && (unsafe(c) || Character.isSurrogate(c))) {
        if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
          i++;
          continue;
        }
        return false;
      }
    }
    return true;
  }

  /** Controls, line and paragraph separators, bidirectional controls, and (unpaired) surrogates. */
  private static boolean unsafe(char c) {
    return c < 0x20 || c >= 0x7F && c <= 0x9F || c == 0x2028 || c == 0x2029 || c >= 0x202A && c <= 0x202E
        || c >= 0x2066 && c <= 0x2069 || c == 0x200E || c == 0x200F || c == 0x061C || Character.isSurrogate(c);
  }

  /**
   * Moves a cut of escaped text off the middle of a surrogate pair or of an escape
   * ({@code \}{@code uXXXX}): forward when it starts a kept end, backward when it ends a kept start.
   */
  private static int boundary(String escaped, int cut, boolean forward) {
    int at = Math.max(0, Math.min(cut, escaped.length()));
    if (at > 0 && at < escaped.length() && Character.isLowSurrogate(escaped.charAt(at))
        && Character.isHighSurrogate(escaped.charAt(at - 1))) {
      at += forward ? 1 : -1;
    }
    for (int back = 1; back <= 5 && at - back >= 0; back++) {
      if (escaped.charAt(at - back) == '\\' && at - back + 1 < escaped.length() && escaped.charAt(at - back + 1) == 'u'
          && at - back + 6 > at) {
        return forward ? at - back + 6 : at - back;
      }
    }
    return at;
  }
}

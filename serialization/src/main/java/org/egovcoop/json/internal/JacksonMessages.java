package org.egovcoop.json.internal;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one place that reads Jackson's messages. Jackson's exceptions carry no code for what went
 * wrong (a limit's kind, a repeated name, the kind of syntax error), only a sentence; every
 * interpretation of those sentences is here, each with its test, so that a new Jackson wording
 * breaks one test rather than a reader. The messages are said in the format's own words: what was
 * found, and what was expected there. The parser speaks of its API (features to enable, token
 * types such as {@code VALUE_STRING}); a reader of a broken document needs neither.
 *
 * <p>Jackson 2's parser, which the Jackson 2 module presents to the same codecs, says "field" where
 * Jackson 3 says "property" ({@code Duplicate field 'a'}); the rules read both wordings, so that
 * its messages too are read here and nowhere else.
 */
final class JacksonMessages {
  private JacksonMessages() {}

  private static final Pattern LIMIT = Pattern.compile("^(.+?) \\((\\d+)\\) exceeds the maximum allowed \\((\\d+),.*$", Pattern.DOTALL);
  private static final Pattern SOURCE = Pattern.compile("\\[Source: [^\\]]*?; line: (\\d+), column: (\\d+)\\]", Pattern.DOTALL);
  private static final Pattern OTHER_SOURCE = Pattern.compile("\\s*\\(start marker at \\[Source: [^\\]]*\\]\\)|\\s*\\[Source: [^\\]]*\\]",
      Pattern.DOTALL);
  // Jackson 2 says "Duplicate field 'a'".
  private static final Pattern DUPLICATE = Pattern.compile("^Duplicate (?:Object property \"(.*)\"|field '(.*)')$", Pattern.DOTALL);

  /**
   * {@return a syntax error's message in the format's words}
   *
   * @param original the parser's message ({@code getOriginalMessage()})
   */
  static String syntax(String original) {
    String message = SOURCE.matcher(String.valueOf(original)).replaceAll("line $1, column $2");
    message = OTHER_SOURCE.matcher(message).replaceAll("");
    return ProblemMessages.decapitalize(inOurWords(message.replace("\n", " ").trim()));
  }

  /**
   * {@return an exceeded limit in the format's words: "Document nesting depth (33) exceeds the
   *     maximum allowed (32, from ...)" becomes "document nesting depth 33 exceeds the limit of 32"}
   *
   * @param original the message of a {@code StreamConstraintsException}
   */
  static String limit(String original) {
    Matcher m = LIMIT.matcher(String.valueOf(original));
    if (!m.matches()) {
      return syntax(original);
    }
    return ProblemMessages.decapitalize(m.group(1)) + " " + m.group(2) + " exceeds the limit of " + m.group(3);
  }

  /**
   * {@return whether the limit is checked when its token starts (a string's length, the token
   *     count), so that the parser is still on that token; the others (depth, number and name
   *     lengths) are checked while a token is read, and the parser has moved past it}
   *
   * @param original the message of a {@code StreamConstraintsException}
   */
  static boolean limitOfTheCurrentToken(String original) {
    String message = String.valueOf(original);
    return message.startsWith("String value length") || message.startsWith("Token count");
  }

  /**
   * {@return whether the limit is that of a property name's length}
   *
   * @param original the message of a {@code StreamConstraintsException}
   */
  static boolean nameLengthLimit(String original) {
    return String.valueOf(original).startsWith("Name length");
  }

  /**
   * {@return the name the parser found twice in one object, or null if the message is not of a
   *     repeated name}
   *
   * @param original the parser's message
   */
  static String repeatedName(String original) {
    Matcher m = DUPLICATE.matcher(String.valueOf(original));
    return !m.matches() ? null : m.group(1) != null ? m.group(1) : m.group(2);
  }

  private static final String VALUE = "a value: a string, a number, an object, an array, true, false or null";
  /** Jackson's way of naming a character: {@code ('x' (code 120))} or {@code ((CTRL-CHAR, code 7))}. */
  private static final String CHARACTER = "\\((?:'.*?'|\\(CTRL-CHAR, code \\d+\\)) \\(code (\\d+)\\)\\)";

  private record Rule(Pattern pattern, Function<Matcher, String> message) {}

  private static Rule rule(String regex, Function<Matcher, String> message) {
    return new Rule(Pattern.compile(regex, Pattern.DOTALL), message);
  }

  /**
   * A rule for a parser message about an unexpected character.
   *
   * @param jackson what follows the character in the parser's message, as a regular expression
   * @param ours what follows it in ours: where it is, and what was expected
   * @return the rule of an "Unexpected character" message
   */
  private static Rule unexpected(String jackson, String ours) {
    return rule("^Unexpected character " + CHARACTER + jackson + ".*",
        m -> "unexpected character " + character(m.group(1)) + ours);
  }

  private static final List<Rule> RULES = List.of(
      rule("^Non-standard token '(.*?)'.*", m -> "unexpected '" + m.group(1) + "': expected a number such as 0.5"
          + " (NaN and Infinity are not JSON numbers)"),
      unexpected(": maybe a \\(non-standard\\) comment", ": expected " + VALUE + " (JSON has no comments)"),
      rule("^Unexpected character " + CHARACTER + ": hexadecimal number.*",
          m -> hexadecimal((char) Integer.parseInt(m.group(1)))),
      unexpected(" in numeric value: JSON spec does not allow numbers to have plus",
          " at the start of a number: expected a digit or '-' (JSON numbers have no plus sign)"),
      unexpected(" in numeric value: Decimal point not followed by a digit",
          " in a number: expected a digit after the decimal point"),
      unexpected(" in numeric value: Exponent indicator not followed by a digit",
          " in a number: expected a digit in the exponent"),
      unexpected(" in numeric value: expected digit \\(0-9\\) to follow minus sign",
          " in a number: expected a digit after '-'"),
      unexpected(" in numeric value",
          " in a number: expected a number such as 12 or -0.5e3"),
      rule("^Invalid numeric value: Leading zeroes not allowed.*",
          m -> "invalid number with a leading zero: expected a number without one, such as 1 rather than 01"),
      rule("^Unexpected character " + CHARACTER + ": was expecting double-quote to start (?:property|field) name.*",
          m -> "unexpected character " + character(m.group(1)) + ": expected a property name in double quotes"
              + (m.group(1).equals("125") ? " (JSON has no comma before '}')" : "")),
      unexpected(": was expecting a colon to separate property name and value",
          ": expected ':' between a property name and its value"),
      unexpected(": was expecting comma to separate Object entries",
          ": expected ',' or '}' after a property's value"),
      unexpected(": was expecting comma to separate Array entries",
          ": expected ',' or ']' after an element"),
      unexpected(": expected a hex-digit for character escape sequence",
          " in a \\u escape: expected four hexadecimal digits such as \\u00e9"),
      unexpected(": [Ee]xpected space separating root-level values",
          " after the value: expected the end of the input"),
      unexpected("", ": expected " + VALUE), // "expected a valid value", and any other
      rule("^Unrecognized token '(.*?)': was expecting.*",
          m -> "unexpected '" + m.group(1) + "': expected " + VALUE),
      rule("^Unrecognized character escape (?:'.*?'|\\(CTRL-CHAR, code \\d+\\)) \\(code (\\d+)\\).*",
          m -> "invalid escape of " + character(m.group(1)) + " in a string: expected one of \\\" \\\\ \\/ \\b \\f \\n"
              + " \\r \\t or \\u followed by four hexadecimal digits"),
      rule("^Unrecognized character escape .*",
          m -> "invalid escape in a string: expected one of \\\" \\\\ \\/ \\b \\f \\n \\r \\t or \\u followed by four"
              + " hexadecimal digits"),
      rule("^Illegal unquoted character \\(\\(CTRL-CHAR, code (\\d+)\\)\\).*",
          m -> "control character " + codePoint(m.group(1)) + " inside a string: expected it escaped, such as \\u"
              + String.format(Locale.ROOT, "%04x", Integer.parseInt(m.group(1)))),
      // The first from a parser of bytes, the second from a parser of text.
      rule("^Unexpected end-of-input in VALUE_STRING.*|^Unexpected end-of-input: was expecting closing quote for a string value.*",
          m -> "unexpected end-of-input inside a string: expected the rest of the string and its closing quote"),
      rule("^Unexpected end-of-input in (?:property|field) name.*",
          m -> "unexpected end-of-input inside a property name: expected the rest of the name and its closing quote"),
      rule("^Unexpected end-of-input in character escape sequence.*",
          m -> "unexpected end-of-input inside an escape in a string: expected the rest of the escape"),
      rule("^Unexpected end-of-input within/between Object entries.*",
          m -> "unexpected end-of-input inside an object: expected a property, or '}' to close the object"),
      rule("^Unexpected end-of-input within/between Array entries.*",
          m -> "unexpected end-of-input inside an array: expected an element, or ']' to close the array"),
      rule("^Unexpected end-of-input: expected close marker for (Object|Array).*",
          m -> "unexpected end-of-input: expected " + (m.group(1).equals("Object") ? "'}' to close the object"
              : "']' to close the array")),
      rule("^Unexpected end-of-input.*", m -> "unexpected end-of-input: expected the rest of the document"),
      rule("^Unexpected close marker '(.)': expected '(.)'.*",
          m -> "unexpected '" + m.group(1) + "': expected '" + m.group(2) + "' to close the "
              + (m.group(2).equals("]") ? "array" : "object")),
      rule("^Unexpected close marker '(.)': no open.*",
          m -> "unexpected '" + m.group(1) + "': expected " + VALUE + " (nothing is open to close)"),
      rule("^Invalid UTF-8: Illegal surrogate character 0x([0-9a-fA-F]+).*",
          m -> "invalid UTF-8: the encoded surrogate U+" + m.group(1).toUpperCase(Locale.ROOT)
              + ": expected UTF-8 text, which encodes no surrogate"),
      rule("^Invalid UTF-8 (?:start|middle) byte (0x[0-9a-fA-F]+).*",
          m -> "invalid UTF-8: unexpected byte " + m.group(1) + ": expected UTF-8 text"),
      rule("^Invalid UTF-8.*", m -> "invalid UTF-8: expected UTF-8 text"));

  /** What is left of a message no rule knows: features to enable and Java names removed. */
  private static final Pattern API = Pattern.compile(
      "\\s*[:;(]?\\s*(?:enable|requires? enabling|not enabled|since Feature)[^)]*\\)?|`[^`]*`|\\b[A-Z]+(?:_[A-Z]+)+\\b");

  /**
   * The parser's message in the format's own words.
   *
   * @param original the parser's message, its source description already removed
   * @return the message in the format's words
   */
  static String inOurWords(String original) {
    int rule = ruleOf(original);
    if (rule >= 0) {
      Matcher m = RULES.get(rule).pattern().matcher(original);
      m.matches();
      return RULES.get(rule).message().apply(m);
    }
    String rest = API.matcher(original).replaceAll("").trim();
    return rest.isEmpty() ? "the document is not valid JSON" : rest;
  }

  /**
   * {@return the index of the first rule that knows the message (its source description removed),
   *     or -1: for the tests, which give every rule a message of Jackson's that it reads}
   *
   * @param original the parser's message
   */
  static int ruleOf(String original) {
    for (int i = 0; i < RULES.size(); i++) {
      if (RULES.get(i).pattern().matcher(original).matches()) {
        return i;
      }
    }
    return -1;
  }

  /** {@return the number of rules} */
  static int rules() {
    return RULES.size();
  }

  /**
   * How Jackson before 3.3 reports {@code 0x10}: it reads the number {@code 0}, then finds the
   * {@code x} where a separator must be. Jackson 3.3 names the hexadecimal number itself.
   */
  private static final Pattern AFTER_ZERO = Pattern.compile("^Unexpected character \\('([xX])' \\(code \\d+\\)\\):"
      + " (?:was expecting comma to separate (?:Object|Array) entries|[Ee]xpected space separating root-level values).*",
      Pattern.DOTALL);

  /**
   * {@return the character after a {@code 0} where an older Jackson expected a separator: the
   *     {@code x} of a hexadecimal number, or 0 if the message is of another problem}
   *
   * @param original the parser's message
   */
  static char separatorExpectedAtX(String original) {
    Matcher m = AFTER_ZERO.matcher(String.valueOf(original));
    return m.matches() ? m.group(1).charAt(0) : 0;
  }

  /**
   * {@return the message of a hexadecimal number, such as {@code 0x10}}
   *
   * @param x the character after the {@code 0}: {@code x} or {@code X}
   */
  static String hexadecimal(char x) {
    return "unexpected character '" + x + "' in a number: expected a decimal number such as 16"
        + " (JSON has no hexadecimal numbers)";
  }

  private static String character(String code) {
    int c = Integer.parseInt(code);
    return c < 0x20 || c == 0x7F || c > 0xFFFF ? codePoint(code) : "'" + (char) c + "'";
  }

  private static String codePoint(String code) {
    return String.format(Locale.ROOT, "U+%04X", Integer.parseInt(code));
  }
}

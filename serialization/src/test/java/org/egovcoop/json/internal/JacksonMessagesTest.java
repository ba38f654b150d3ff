package org.egovcoop.json.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.json.JsonFactory;

/**
 * Every interpretation of Jackson's messages, each with a message Jackson really gives: the
 * input is parsed by Jackson (from bytes and, where the parser of text words it otherwise, from
 * text), and the message it gives must be read by the rule meant for it, into our sentence. A new
 * Jackson wording fails here, naming the rule.
 */
class JacksonMessagesTest {

  private static final JsonFactory STRICT = JsonFactory.builder()
      .enable(tools.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

  /** A broken input, the rule that must read what Jackson says of it, and our sentence. */
  record Case(String input, boolean bytes, int rule, String ours, boolean raw) {
    @Override
    public String toString() {
      return "rule " + rule + ": " + input.replace("\n", "\\n") + (bytes ? " (bytes)" : " (text)");
    }
  }

  private static Case bytes(String input, int rule, String ours) {
    return new Case(input, true, rule, ours, false);
  }

  /** Bytes given one per character (ISO 8859-1), for input that is not UTF-8. */
  private static Case raw(String input, int rule, String ours) {
    return new Case(input, true, rule, ours, true);
  }

  private static Case text(String input, int rule, String ours) {
    return new Case(input, false, rule, ours, false);
  }

  private static final String VALUE = "a value: a string, a number, an object, an array, true, false or null";

  static List<Case> cases() {
    return List.of(
        bytes("[NaN]", 0, "unexpected 'NaN': expected a number such as 0.5 (NaN and Infinity are not JSON numbers)"),
        bytes("[/* c */ 1]", 1, "unexpected character '/': expected " + VALUE + " (JSON has no comments)"),
        bytes("[+1]", 3, "unexpected character '+' at the start of a number: expected a digit or '-' (JSON numbers have no plus sign)"),
        bytes("[1.]", 4, "unexpected character ']' in a number: expected a digit after the decimal point"),
        bytes("[1e]", 5, "unexpected character ']' in a number: expected a digit in the exponent"),
        bytes("[-x]", 6, "unexpected character 'x' in a number: expected a digit after '-'"),
        bytes("[01]", 8, "invalid number with a leading zero: expected a number without one, such as 1 rather than 01"),
        bytes("{x: 1}", 9, "unexpected character 'x': expected a property name in double quotes"),
        bytes("{\"a\": 1,}", 9, "unexpected character '}': expected a property name in double quotes (JSON has no comma before '}')"),
        bytes("{\"a\" 1}", 10, "unexpected character '1': expected ':' between a property name and its value"),
        bytes("{\"a\": 1 \"b\": 2}", 11, "unexpected character '\"': expected ',' or '}' after a property's value"),
        bytes("[1 2]", 12, "unexpected character '2': expected ',' or ']' after an element"),
        bytes("[\"\\u12G4\"]", 13, "unexpected character 'G' in a \\u escape: expected four hexadecimal digits such as \\u00e9"),
        bytes("1 2x", 14, "unexpected character 'x' after the value: expected the end of the input"),
        bytes("{\"a\": 1,", 23, "unexpected end-of-input inside an object: expected a property, or '}' to close the object"),
        bytes("[1,", 24, "unexpected end-of-input inside an array: expected an element, or ']' to close the array"),
        raw("[\"\u00ed\u00a0\u0080\"]", 29, "invalid UTF-8: the encoded surrogate U+D800: expected UTF-8 text, which encodes no surrogate"),
        raw("[\"\u00ff\"]", 30, "invalid UTF-8: unexpected byte 0xff: expected UTF-8 text"),
        raw("[\"\u00c3\"]", 30, "invalid UTF-8: unexpected byte 0x22: expected UTF-8 text"),
        bytes("[:]", 15, "unexpected character ':': expected " + VALUE),
        bytes("[tru]", 16, "unexpected 'tru': expected " + VALUE),
        bytes("[\"\\q\"]", 17, "invalid escape of 'q' in a string: expected one of \\\" \\\\ \\/ \\b \\f \\n \\r \\t or \\u followed by four hexadecimal digits"),
        bytes("[\"a\u0001\"]", 19, "control character U+0001 inside a string: expected it escaped, such as \\u0001"),
        bytes("[\"abc", 20, "unexpected end-of-input inside a string: expected the rest of the string and its closing quote"),
        text("[\"abc", 20, "unexpected end-of-input inside a string: expected the rest of the string and its closing quote"),
        bytes("{\"ab", 21, "unexpected end-of-input inside a property name: expected the rest of the name and its closing quote"),
        bytes("[\"\\u00", 22, "unexpected end-of-input inside an escape in a string: expected the rest of the escape"),
        bytes("{\"a\": 1", 25, "unexpected end-of-input: expected '}' to close the object"),
        bytes("[1", 25, "unexpected end-of-input: expected ']' to close the array"),
        bytes("[1}", 27, "unexpected '}': expected ']' to close the array"),
        bytes("]", 28, "unexpected ']': expected " + VALUE + " (nothing is open to close)"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void eachRuleReadsWhatJacksonSays(Case c) {
    String original = jacksonSays(c);

    assertThat(JacksonMessages.ruleOf(original)).as(original).isEqualTo(c.rule());
    assertThat(JacksonMessages.syntax(original)).isEqualTo(c.ours());
  }

  /**
   * The rules no input makes this Jackson use: they read the broader wordings of other Jackson
   * versions (and of parsers of text), so that such a message still comes in our words. Their
   * messages are of the shapes those rules name.
   */
  static Stream<Case> fallbacks() {
    return Stream.of(
        new Case("Unexpected character ('x' (code 120)): hexadecimal number literals require enabling"
            + " `JsonReadFeature.ALLOW_HEXADECIMAL_NUMBERS`", true, 2, HEXADECIMAL, false),
        new Case("Unexpected character ('_' (code 95)) in numeric value: expected digit", true, 7,
            "unexpected character '_' in a number: expected a number such as 12 or -0.5e3", false),
        new Case("Unrecognized character escape U+1F600", true, 18,
            "invalid escape in a string: expected one of \\\" \\\\ \\/ \\b \\f \\n \\r \\t or \\u followed by four hexadecimal digits", false),
        new Case("Unexpected end-of-input in a number", true, 26, "unexpected end-of-input: expected the rest of the document", false),
        new Case("Invalid UTF-8 sequence of 3 bytes", true, 31, "invalid UTF-8: expected UTF-8 text", false));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("fallbacks")
  void theBroaderRulesReadTheBroaderWordings(Case c) {
    assertThat(JacksonMessages.ruleOf(c.input())).isEqualTo(c.rule());
    assertThat(JacksonMessages.syntax(c.input())).isEqualTo(c.ours());
  }

  private static final String HEXADECIMAL =
      "unexpected character 'x' in a number: expected a decimal number such as 16 (JSON has no hexadecimal numbers)";

  /**
   * Jackson 3.3 names a hexadecimal number (rule 2); Jackson 3.1 reads its {@code 0} and then
   * expects a separator where the {@code x} is, which the reader recognises by the message and
   * the token before it. Whichever Jackson runs the tests, the sentence is the same.
   */
  @Test
  void aHexadecimalNumberIsNamedWhateverTheJacksonVersion() {
    String original = jacksonSays(bytes("[0x1F]", -1, null));

    if (JacksonMessages.ruleOf(original) == 2) {
      assertThat(JacksonMessages.syntax(original)).isEqualTo(HEXADECIMAL);
    } else {
      assertThat(JacksonMessages.separatorExpectedAtX(original)).as(original).isEqualTo('x');
      assertThat(JacksonMessages.hexadecimal('x')).isEqualTo(HEXADECIMAL);
    }
  }

  @Test
  void theXAfterAZeroIsReadFromJackson31sMessages() {
    assertThat(JacksonMessages.separatorExpectedAtX(
        "Unexpected character ('x' (code 120)): was expecting comma to separate Array entries")).isEqualTo('x');
    assertThat(JacksonMessages.separatorExpectedAtX(
        "Unexpected character ('X' (code 88)): was expecting comma to separate Object entries")).isEqualTo('X');
    assertThat(JacksonMessages.separatorExpectedAtX(
        "Unexpected character ('x' (code 120)): Expected space separating root-level values")).isEqualTo('x');
    assertThat(JacksonMessages.separatorExpectedAtX(
        "Unexpected character ('y' (code 121)): was expecting comma to separate Array entries")).isEqualTo((char) 0);
  }

  @Test
  void everyRuleHasItsTest() {
    Set<Integer> tested = new TreeSet<>();
    Stream.concat(cases().stream(), fallbacks()).forEach(c -> tested.add(c.rule()));

    assertThat(tested).containsExactlyElementsOf(IntStream.range(0, JacksonMessages.rules()).boxed().toList());
  }

  @Test
  void aMessageNoRuleKnowsLosesTheNamesOfJacksonsApi() {
    String original = "Something odd: enable `JsonReadFeature.ALLOW_ODDITIES` to allow";

    assertThat(JacksonMessages.ruleOf(original)).isEqualTo(-1);
    assertThat(JacksonMessages.syntax(original)).isEqualTo("something odd");
    assertThat(JacksonMessages.syntax("`StreamReadFeature.X`")).isEqualTo("the document is not valid JSON");
  }

  @Test
  void aSourceDescriptionInsideAMessageBecomesALineAndColumn() {
    String original = "Something odd at [Source: REDACTED (`StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION` disabled);"
        + " line: 3, column: 7]";

    assertThat(JacksonMessages.syntax(original)).isEqualTo("something odd at line 3, column 7");
  }

  @Test
  void aRepeatedNameIsReadFromTheParsersMessage() {
    String original = jacksonSays(bytes("{\"a\": 1, \"a\": 2}", -1, null));

    assertThat(JacksonMessages.repeatedName(original)).isEqualTo("a");
    assertThat(JacksonMessages.repeatedName("Unexpected character")).isNull();
  }

  /**
   * Jackson 2 (2.18 to 2.22), whose parser the Jackson 2 module presents to the same codecs, says
   * "field" where Jackson 3 says "property"; these are its messages for {@code {"a": 1, "a": 2}},
   * {@code {x: 1}} and {@code {"ab}, read by the same rules into the same sentences
   * ({@code BrokenDocumentsJackson2Test} compares the problems of the whole table read through it).
   */
  @Test
  void jackson2sWordingsAreReadByTheSameRules() {
    assertThat(JacksonMessages.repeatedName("Duplicate field 'a'")).isEqualTo("a");
    String unquoted = "Unexpected character ('x' (code 120)): was expecting double-quote to start field name";
    assertThat(JacksonMessages.ruleOf(unquoted)).isEqualTo(9);
    assertThat(JacksonMessages.syntax(unquoted)).isEqualTo("unexpected character 'x': expected a property name in double quotes");
    String endInName = "Unexpected end-of-input in field name";
    assertThat(JacksonMessages.ruleOf(endInName)).isEqualTo(21);
    assertThat(JacksonMessages.syntax(endInName))
        .isEqualTo("unexpected end-of-input inside a property name: expected the rest of the name and its closing quote");
  }

  @Test
  void eachLimitIsNamedAndPlaced() {
    String depth = limitSays(StreamReadConstraints.builder().maxNestingDepth(2).build(), "[[[1]]]");
    String string = limitSays(StreamReadConstraints.builder().maxStringLength(3).build(), "[\"abcdef\"]");
    String name = limitSays(StreamReadConstraints.builder().maxNameLength(3).build(), "{\"abcdef\": 1}");
    String number = limitSays(StreamReadConstraints.builder().maxNumberLength(3).build(), "[123456]");
    String tokens = limitSays(StreamReadConstraints.builder().maxTokenCount(2).build(), "[1, 2, 3]");

    assertThat(JacksonMessages.limit(depth)).isEqualTo("document nesting depth 3 exceeds the limit of 2");
    assertThat(JacksonMessages.limit(string)).startsWith("string value length").endsWith("exceeds the limit of 3");
    assertThat(JacksonMessages.limit(name)).startsWith("name length").endsWith("exceeds the limit of 3");
    assertThat(JacksonMessages.limit(number)).startsWith("number value length").endsWith("exceeds the limit of 3");
    assertThat(JacksonMessages.limit(tokens)).startsWith("token count").endsWith("exceeds the limit of 2");
    assertThat(List.of(depth, string, name, number, tokens)).map(JacksonMessages::limitOfTheCurrentToken)
        .containsExactly(false, true, false, false, true);
    assertThat(List.of(depth, string, name, number, tokens)).map(JacksonMessages::nameLengthLimit)
        .containsExactly(false, false, true, false, false);
  }

  private static String limitSays(StreamReadConstraints constraints, String input) {
    JsonFactory factory = JsonFactory.builder().streamReadConstraints(constraints).build();
    try (JsonParser p = factory.createParser(ObjectReadContext.empty(), input.getBytes(StandardCharsets.UTF_8))) {
      JsonToken token;
      while ((token = p.nextToken()) != null) {
        if (token == JsonToken.VALUE_STRING) {
          p.getString();
        } else if (token == JsonToken.VALUE_NUMBER_INT) {
          p.getNumberValue();
        }
      }
    } catch (StreamConstraintsException e) {
      return e.getOriginalMessage();
    }
    throw new AssertionError("Jackson accepted " + input + " under " + constraints);
  }

  private static String jacksonSays(Case c) {
    try (JsonParser p = c.bytes()
        ? STRICT.createParser(ObjectReadContext.empty(), c.input().getBytes(c.raw() ? StandardCharsets.ISO_8859_1 : StandardCharsets.UTF_8))
        : STRICT.createParser(ObjectReadContext.empty(), c.input())) {
      JsonToken token;
      while ((token = p.nextToken()) != null) {
        if (token == JsonToken.VALUE_STRING) {
          p.getString();
        }
      }
    } catch (JacksonException e) {
      return e.getOriginalMessage();
    }
    throw new AssertionError("Jackson accepted " + c.input());
  }
}

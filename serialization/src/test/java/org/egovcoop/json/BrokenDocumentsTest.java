package org.egovcoop.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.egovcoop.json.JsonProblem.Kind;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Broken documents, one per row: each must fail with a problem of the stated kind at the stated
 * pointer, line and column, whose message contains the stated text. Documents are written on
 * several lines so that lines are tested too. Rows marked {@code schema} must also fail the JSON
 * Schema ({@link SchemaTest}); the others break rules a schema cannot state.
 */
class BrokenDocumentsTest {

  /** One broken document and the problem it must report. */
  record Broken(String name, String json, Kind kind, String pointer, String at, String message,
      boolean schema, boolean observation, JsonLimits limits) {
    @Override
    public String toString() {
      return name;
    }

    byte[] bytes() {
      return json.getBytes(StandardCharsets.UTF_8);
    }
  }

  /** A minimal valid portfolio head, on lines 1 to 3; the body starts on line 4. */
  static final String HEAD = "{\"formatVersion\": \"1.0\",\n \"id\": \"p\",\n \"title\": {\"en\": \"T\"},\n";

  static String portfolio(String body) {
    return HEAD + body + "\n}";
  }

  static final String ORG_KOR = "{\"id\": \"kor\", \"name\": {\"en\": \"K\"}, \"country\": \"KOR\", \"kind\": \"ministry\"}";
  static final String ORG_UZB = "{\"id\": \"uzb\", \"name\": {\"en\": \"U\"}, \"country\": \"UZB\", \"kind\": \"ministry\"}";
  static final String ORGS = " \"organizations\": [" + ORG_KOR + ",\n  " + ORG_UZB + "],\n";
  static final String PARTIES = "\"parties\": [{\"organizationId\": \"kor\", \"country\": \"KOR\"}, "
      + "{\"organizationId\": \"uzb\", \"country\": \"UZB\"}]";

  static String agreement(String extra) {
    return ORGS + " \"agreements\": [\n  {\"id\": \"a\", \"kind\": \"mou\", \"legalNature\": \"binding\", "
        + "\"title\": {\"en\": \"A\"}, " + PARTIES + extra + "}]";
  }

  static String observation(String fields) {
    return "{\"index\": \"egdi\", \"edition\": 2016, \"country\": \"UZB\", \"numberAssessed\": 193" + fields + "}";
  }

  static Broken doc(String name, String json, Kind kind, String pointer, String at, String message, boolean schema) {
    return new Broken(name, json, kind, pointer, at, message, schema, false, null);
  }

  static Broken obs(String name, String json, Kind kind, String pointer, String at, String message, boolean schema) {
    return new Broken(name, json, kind, pointer, at, message, schema, true, null);
  }

  static Broken limited(String name, String json, JsonLimits limits, Kind kind, String pointer, String at,
      String message, boolean schema) {
    return new Broken(name, json, kind, pointer, at, message, schema, false, limits);
  }

  /**
   * The line and column (from 1) where the problem must be reported, found in the document
   * itself: the first occurrence of the marker {@code at}; {@code >marker} for just after it
   * (where a limit stopped the reader); {@code null} for the start, {@code $END} for the end,
   * {@code #n} for the n-th character.
   */
  static int[] location(String json, String at) {
    int index;
    if (at == null) {
      index = 0;
    } else if (at.equals("$END")) {
      index = json.length();
    } else if (at.startsWith("#")) {
      index = Integer.parseInt(at.substring(1));
    } else if (at.startsWith(">")) {
      index = json.indexOf(at.substring(1)) + at.length() - 1;
    } else {
      index = json.indexOf(at);
      if (index < 0) {
        throw new IllegalArgumentException("Marker " + at + " is not in " + json);
      }
    }
    int line = 1;
    int column = 1;
    for (int i = 0; i < index; i++) {
      if (json.charAt(i) == '\n') {
        line++;
        column = 1;
      } else {
        column++;
      }
    }
    return new int[] {line, column};
  }

  static Stream<Broken> broken() {
    List<Broken> rows = new ArrayList<>();
    // syntax
    rows.add(doc("empty document", "", Kind.SYNTAX, "", null, "empty document: expected a portfolio object", true));
    rows.add(doc("stray comma", portfolio(" \"countries\": [\"KOR\",, \"UZB\"]"), Kind.SYNTAX, "/countries/1", ", \"UZB\"",
        "unexpected character ',': expected a value: a string, a number, an object, an array, true, false or null", true));
    rows.add(doc("unclosed object", HEAD + " \"countries\": [\"KOR\"]", Kind.SYNTAX, "", "$END",
        "unexpected end-of-input", true));
    rows.add(doc("trailing content", portfolio(" \"countries\": [\"KOR\"]") + "\n{}", Kind.SYNTAX, "", "{}",
        "unexpected content after the end of the document", true));
    rows.add(doc("single quotes", portfolio(" 'countries': []"), Kind.SYNTAX, "", "'countries'",
        "unexpected character ''': expected a property name in double quotes", true));
    rows.add(doc("not an object", "[1, 2]", Kind.TYPE, "", "[1",
        "expected a portfolio object, found an array", true));
    // syntax said in the format's words, not in the parser's API
    rows.add(obs("NaN", observation(",\n \"score\": NaN"), Kind.SYNTAX, "", ">NaN",
        "unexpected 'NaN': expected a number such as 0.5 (NaN and Infinity are not JSON numbers)", true));
    rows.add(obs("comment", observation(",\n /* rank */ \"rank\": 1"), Kind.SYNTAX, "", "/*",
        "unexpected character '/': expected a value: a string, a number, an object, an array, true, false or null"
        + " (JSON has no comments)", true));
    rows.add(doc("unclosed string", HEAD + " \"countries\": [\"KOR", Kind.SYNTAX, "/countries/0", "$END",
        "unexpected end-of-input inside a string: expected the rest of the string and its closing quote", true));
    // Jackson 3.3 says the number is hexadecimal, Jackson 3.1 only that a comma was expected after 0:
    // the library says the same on both (HexadecimalNumberTest)
    rows.add(obs("hexadecimal number", observation(",\n \"rank\": 0x10"), Kind.SYNTAX, "", "x10",
        "unexpected character 'x' in a number: expected a decimal number such as 16 (JSON has no hexadecimal numbers)",
        true));
    rows.add(obs("leading plus", observation(",\n \"rank\": +1"), Kind.SYNTAX, "", ">+",
        "unexpected character '+' at the start of a number: expected a digit or '-' (JSON numbers have no plus sign)",
        true));
    rows.add(obs("trailing comma", observation(",\n \"rank\": 1,"), Kind.SYNTAX, "", "}",
        "unexpected character '}': expected a property name in double quotes (JSON has no comma before '}')", true));
    rows.add(obs("control character in a string", "{\"index\": \"egdi\u0007\"}", Kind.SYNTAX, "", "\u0007",
        "control character U+0007 inside a string: expected it escaped, such as \\u0007", true));
    // duplicate
    rows.add(doc("column counted in characters", portfolio(" \"persons\": [{\"id\": \"x\", \"name\":"
        + " {\"ko\": \"김부겸\", \"en\": 5}}]"), Kind.TYPE, "/persons/0/name/en", "5}",
        "expected a non-blank string in language 'en', found the number 5", true));
    rows.add(doc("duplicate key", portfolio(" \"id\": \"q\""), Kind.DUPLICATE, "/id", "\"q\"",
        "duplicate property 'id'", false));
    rows.add(doc("duplicate language", portfolio(" \"organizations\": [{\"id\": \"o\", \"name\": {\"en\": \"A\",\n"
        + "   \"en\": \"B\"}, \"country\": \"KOR\", \"kind\": \"ministry\"}]"), Kind.DUPLICATE,
        "/organizations/0/name/en", "\"B\"", "duplicate language 'en'", false));
    rows.add(doc("two spellings of one language", portfolio(" \"persons\": [{\"id\": \"x\", \"name\":"
        + " {\"uz-Cyrl\": \"A\", \"UZ-cyrl\": \"B\"}}]"), Kind.DUPLICATE, "/persons/0/name/UZ-cyrl", "\"B\"",
        "duplicate language 'uz-Cyrl'", false));
    rows.add(obs("duplicate observation property", observation(", \"rank\": 1, \"rank\": 2"), Kind.DUPLICATE, "/rank",
        "2}", "duplicate property 'rank'", false));
    rows.add(doc("duplicate set element", portfolio(" \"countries\": [\"KOR\", \"KOR\"]"), Kind.DUPLICATE,
        "/countries/1", "\"KOR\"]", "'KOR' appears twice in a set", true));
    // unknown
    rows.add(doc("unknown top-level property", portfolio(" \"colour\": \"blue\""), Kind.UNKNOWN_PROPERTY, "/colour",
        "\"blue\"", "unknown property 'colour': expected one of formatVersion, id, title", true));
    rows.add(doc("unknown nested property", portfolio(agreement(", \"budget\": 5")), Kind.UNKNOWN_PROPERTY,
        "/agreements/0/budget", "5}", "unknown property 'budget'", true));
    rows.add(obs("unknown observation property", observation(",\n \"year\": 2016"), Kind.UNKNOWN_PROPERTY, "/year", "2016}", "unknown property 'year'", true));
    // missing
    rows.add(doc("missing formatVersion", "{\"id\": \"p\",\n \"title\": {\"en\": \"T\"}}", Kind.MISSING, "", "{\"id\"",
        "missing required property 'formatVersion'", true));
    rows.add(doc("missing organization kind", portfolio(" \"organizations\": [\n  {\"id\": \"o\", \"name\": {\"en\": \"A\"},"
        + " \"country\": \"KOR\"}]"), Kind.MISSING, "/organizations/0", "{\"id\": \"o\"",
        "missing required property 'kind': expected one of government, ministry", true));
    rows.add(obs("missing observation edition", "{\"index\": \"egdi\", \"country\": \"UZB\", \"numberAssessed\": 193}",
        Kind.MISSING, "", "{\"index\"", "missing required property 'edition'", true));
    rows.add(doc("empty localized text", portfolio(" \"organizations\": [{\"id\": \"o\", \"name\": {}, \"country\": \"KOR\","
        + " \"kind\": \"ministry\"}]"), Kind.INVALID_VALUE, "/organizations/0/name", "{}",
        "localized text needs at least one language", true));
    // type and coercion
    rows.add(obs("float for integer rank", observation(",\n \"rank\": 80.5"), Kind.TYPE, "/rank", "80.5",
        "expected an integer rank from 1, found the number 80.5", true));
    rows.add(obs("string for integer edition", "{\"index\": \"egdi\", \"edition\": \"2016\", \"country\": \"UZB\","
        + " \"numberAssessed\": 193}", Kind.TYPE, "/edition", "\"2016\"", "expected an integer survey year such as 2016,"
        + " found the string \"2016\"", true));
    rows.add(obs("string for score", observation(", \"score\": \"0.54335\""), Kind.TYPE, "/score", "\"0.54335\"",
        "expected an exact decimal number, found the string \"0.54335\"", true));
    rows.add(doc("number for date", portfolio(agreement(", \"signedOn\": 123")), Kind.TYPE,
        "/agreements/0/signedOn", "123", "expected a partial date string: \"2013\", \"2013-12\" or \"2017-11-22\","
        + " found the number 123", true));
    rows.add(doc("null for required id", portfolio(" \"persons\": [{\"id\": null}]"), Kind.TYPE, "/persons/0/id", "null", "expected an id string, found null", true));
    rows.add(doc("null for optional date", portfolio(agreement(", \"signedOn\": null")), Kind.TYPE,
        "/agreements/0/signedOn", "null", "found null (omit a property that has no value)", true));
    rows.add(doc("boolean for text", portfolio(" \"statements\": [{\"id\": \"s\", \"speakerId\": \"p\", \"text\": true}]"),
        Kind.TYPE, "/statements/0/text", "true", "expected a localized text object keyed by BCP 47 language tag", true));
    rows.add(doc("object for id list", portfolio(" \"persons\": [{\"id\": \"x\", \"sourceIds\": {}}]"), Kind.TYPE,
        "/persons/0/sourceIds", "{}", "expected an array of id strings, found an object", true));
    rows.add(doc("integer out of range", portfolio(" \"observations\": [" + observation(", \"rank\": 99999999999") + "]"),
        Kind.INVALID_VALUE, "/observations/0/rank", "99999999999", "integer 99999999999 is out of range", true));
    // bad codes and values
    rows.add(doc("unknown country", portfolio(" \"countries\": [\"XXX\"]"), Kind.INVALID_VALUE, "/countries/0", "\"XXX\"",
        "unknown country code 'XXX': expected an ISO 3166-1 alpha-3 code such as KOR", false));
    rows.add(doc("alpha-2 country", portfolio(" \"countries\": [\"UZ\"]"), Kind.INVALID_VALUE, "/countries/0", "\"UZ\"",
        "unknown country code 'UZ'", true));
    rows.add(doc("upper-case enum code", portfolio(agreement("").replace("\"mou\"", "\"MOU\"")), Kind.INVALID_VALUE,
        "/agreements/0/kind", "\"MOU\"", "unknown code 'MOU': expected one of mou, agreement, treaty", true));
    rows.add(obs("unknown survey index", "{\"index\": \"egov\", \"edition\": 2016, \"country\": \"UZB\","
        + " \"numberAssessed\": 193}", Kind.INVALID_VALUE, "/index", "\"egov\"",
        "unknown code 'egov': expected one of egdi, osi, hci, tii, epi", true));
    rows.add(doc("month 13", portfolio(agreement(", \"signedOn\": \"2013-13\"")), Kind.INVALID_VALUE,
        "/agreements/0/signedOn", "\"2013-13\"", "'2013-13' is not a valid partial date", true));
    rows.add(doc("range ending before it starts", portfolio(" \"appointments\": [{\"id\": \"a\", \"personId\": \"p\","
        + " \"post\": {\"en\": \"P\"}, \"organizationId\": \"o\", \"period\": \"2015/2013\"}]"), Kind.INVALID_VALUE,
        "/appointments/0/period", "\"2015/2013\"", "end 2013 is before start 2015", false));
    rows.add(doc("ill-formed language tag", portfolio(" \"persons\": [{\"id\": \"x\", \"name\": {\"e n\": \"A\"}}]"),
        Kind.INVALID_VALUE, "/persons/0/name/e n", "\"A\"}", "invalid language tag 'e n'", true));
    rows.add(doc("blank text", portfolio(" \"persons\": [{\"id\": \"x\", \"name\": {\"en\": \"  \"}}]"),
        Kind.INVALID_VALUE, "/persons/0/name/en", "\"  \"", "blank text for language 'en'", true));
    rows.add(doc("malformed id", portfolio(" \"persons\": [{\"id\": \"has space\"}]"), Kind.INVALID_VALUE,
        "/persons/0/id", "\"has space\"", "'has space' is not a valid id", true));
    rows.add(doc("period without its P", portfolio(agreement(", \"term\": \"3Y\"")), Kind.INVALID_VALUE,
        "/agreements/0/term", "\"3Y\"", "'3Y' is not an ISO 8601 period string such as \"P3Y\"", true));
    rows.add(doc("lone surrogate escape", portfolio(" \"persons\": [{\"id\": \"x\\ud800\"}]"), Kind.INVALID_VALUE,
        "/persons/0/id", "\"x\\ud800\"", "string \"x\\ud800\" holds the lone surrogate \\ud800 at character 2:"
        + " expected Unicode text", false));
    rows.add(doc("lone low surrogate in a text", portfolio(" \"persons\": [{\"id\": \"x\", \"name\": {\"en\":"
        + " \"\\udc00\"}}]"), Kind.INVALID_VALUE, "/persons/0/name/en", "\"\\udc00\"", "lone surrogate \\udc00", false));
    // one pass reports every problem the structure allows: an unknown property does not hide the rest
    rows.add(doc("invariant beside an unknown property", portfolio(" \"organizations\": [\n  {\"id\": \"uzb tuit\","
        + " \"name\": {\"en\": \"T\"}, \"country\": \"UZB\", \"kind\": \"university\", \"website\": \"tuit.uz\"}]"),
        Kind.INVALID_VALUE, "/organizations/0/id", "\"uzb tuit\"", "'uzb tuit' is not a valid id", false));
    rows.add(doc("rule beside a repeated property", portfolio(" \"persons\": [{\"id\": \"x\"},\n  {\"id\": \"x\","
        + " \"id\": \"y\"}]"), Kind.RULE, "/persons/1/id", "\"x\", \"id\": \"y\"", "id 'x' is used twice", false));
    // values are escaped: a problem is one line, and no control character reaches a terminal
    rows.add(doc("control characters in an id", portfolio(" \"persons\": [{\"id\": \"a\\u0007\\u0000\\u001b[2J\"}]"),
        Kind.INVALID_VALUE, "/persons/0/id", "\"a\\u0007", "'a\\u0007\\u0000\\u001b[2J' is not a valid id", false));
    rows.add(doc("forged problem line in an id", portfolio(" \"persons\": [{\"id\": \"kim-nam-seok\\nforged.json:1:1:"
        + " /forged: forged problem\"}]"), Kind.INVALID_VALUE, "/persons/0/id", "\"kim-nam-seok",
        "'kim-nam-seok\\u000aforged.json:1:1: /forged: forged problem' is not a valid id", false));
    rows.add(doc("control character in an unknown name", portfolio(" \"a\\u001b[31m\": 1"), Kind.UNKNOWN_PROPERTY,
        "/a\u001b[31m", "1\n}", "unknown property 'a\\u001b[31m'", true));
    rows.add(doc("unknown built-in area", portfolio(agreement(", \"areas\": [{\"area\": \"space\", \"purpose\":"
        + " \"cooperation\"}]")), Kind.INVALID_VALUE, "/agreements/0/areas/0/area", "\"space\"",
        "unknown built-in area 'space'", true));
    rows.add(doc("bad unit", portfolio(" \"figures\": [{\"id\": \"f\", \"kind\": \"exports\", \"description\": {\"en\": \"D\"},\n"
        + "  \"quantity\": {\"qualifier\": \"exactly\", \"value\": 1, \"unit\": \"Dollars\"}}]"), Kind.INVALID_VALUE,
        "/figures/0/quantity/unit", "\"Dollars\"", "invalid unit 'Dollars'", true));
    rows.add(doc("unsupported format version", "{\"formatVersion\": \"2.0\", \"id\": \"p\", \"title\": {\"en\": \"T\"}}",
        Kind.INVALID_VALUE, "/formatVersion", "\"2.0\"", "unsupported format version '2.0': expected the format version"
        + " string \"1.0\"", true));
    rows.add(doc("own parent", portfolio(" \"organizations\": [\n  {\"id\": \"o\", \"name\": {\"en\": \"A\"}, \"country\": \"KOR\","
        + " \"kind\": \"ministry\", \"parentId\": \"o\"}]"), Kind.RULE, "/organizations/0/parentId", "\"o\"}]",
        "organization 'o' cannot be its own parent", false));
    rows.add(doc("malformed identifier scheme", portfolio(" \"organizations\": [\n  {\"id\": \"o\", \"name\": {\"en\": \"A\"},"
        + " \"country\": \"KOR\", \"kind\": \"ministry\", \"identifiers\": [{\"scheme\": \"KR GOV\", \"identifier\": \"010\"}]}]"),
        Kind.INVALID_VALUE, "/organizations/0/identifiers/0/scheme", "\"KR GOV\"",
        "'KR GOV' is not an org-id.guide scheme code", true));
    rows.add(doc("identifier scheme twice", portfolio(" \"organizations\": [\n  {\"id\": \"o\", \"name\": {\"en\": \"A\"},"
        + " \"country\": \"KOR\", \"kind\": \"ministry\", \"identifiers\": [{\"scheme\": \"GB-COH\", \"identifier\": \"1\"},"
        + " {\"scheme\": \"GB-COH\", \"identifier\": \"2\"}]}]"),
        Kind.RULE, "/organizations/0/identifiers/1/scheme", "\"GB-COH\", \"identifier\": \"2\"",
        "organization 'o' already holds an identifier in scheme GB-COH", false));
    rows.add(doc("crs code of four digits", portfolio(agreement(", \"areas\": [{\"area\": {\"code\": \"x\", \"name\":"
        + " {\"en\": \"X\"}, \"crsPurposeCodes\": [1511]}, \"purpose\": \"cooperation\"}]")), Kind.INVALID_VALUE,
        "/agreements/0/areas/0/area/crsPurposeCodes", "[1511]", "1511 of area 'x' is not a five-digit OECD DAC CRS"
        + " purpose code", true));
    // rules (validation)
    rows.add(obs("rank above number assessed", observation(", \"rank\": 194"), Kind.RULE, "/rank", "194",
        "rank 194 exceeds the 193 countries assessed", false));
    rows.add(obs("score above one", observation(", \"score\": 1.5"), Kind.RULE, "/score", "1.5",
        "score 1.5 is outside the range of index egdi, 0 to 1", true));
    rows.add(doc("dangling reference", portfolio(agreement("").replace("\"organizationId\": \"uzb\"",
        "\"organizationId\": \"nowhere\"")), Kind.RULE, "/agreements/0/parties/1/organizationId", "\"nowhere\"",
        "refers to unknown id 'nowhere'", false));
    rows.add(doc("one party only", portfolio(ORGS + " \"agreements\": [\n  {\"id\": \"a\", \"kind\": \"mou\","
        + " \"legalNature\": \"binding\", \"title\": {\"en\": \"A\"}, \"parties\": [{\"organizationId\": \"kor\","
        + " \"country\": \"KOR\"}]}]"), Kind.RULE, "/agreements/0/parties", "[{\"organizationId\": \"kor\"", "an agreement needs at least 2 parties", false));
    rows.add(doc("repeated id", portfolio(" \"persons\": [{\"id\": \"x\"},\n  {\"id\": \"x\"}]"), Kind.RULE,
        "/persons/1/id", "\"x\"}]", "id 'x' is used twice", false));
    rows.add(doc("entry into force before signing", portfolio(agreement(", \"signedOn\": \"2017\","
        + " \"entryIntoForce\": \"2016\"")), Kind.RULE, "/agreements/0/entryIntoForce", "\"2016\"",
        "entry into force 2016 is before signing on 2017", false));
    // limits
    rows.add(doc("huge exponent", portfolio(" \"observations\": [" + observation(", \"score\": 1e1000000000") + "]"),
        Kind.LIMIT, "/observations/0/score", "1e1000000000", "number 1e1000000000 is out of bounds: at most 38 significant"
        + " digits and a scale within ±38", false));
    rows.add(doc("too many digits", portfolio(" \"observations\": [" + observation(", \"score\": 0."
        + "1".repeat(40)) + "]"), Kind.LIMIT, "/observations/0/score", "0.111", "is out of bounds: at most 38"
        + " significant digits and a scale within ±38 (precision 40, scale 40)", false));
    rows.add(limited("nesting too deep", portfolio(" \"persons\": [{\"id\": \"x\", \"name\": {\"en\": \"A\"}}]"),
        JsonLimits.builder().maxNestingDepth(3).build(), Kind.LIMIT, "/persons/0/name", ">\"name\": {",
        "document nesting depth 4 exceeds the limit of 3", false));
    rows.add(limited("string too long", portfolio(" \"persons\": [{\"id\": \"" + "x".repeat(30) + "\"}]"),
        JsonLimits.builder().maxStringLength(20).build(), Kind.LIMIT, "/persons/0/id", "\"xxx",
        "string value length 30 exceeds the limit of 20", false));
    rows.add(limited("number too long", portfolio(" \"observations\": [" + observation(", \"rank\": 1"
        + "0".repeat(30)) + "]"), JsonLimits.builder().maxNumberLength(20).build(), Kind.LIMIT,
        "/observations/0/rank", ">1" + "0".repeat(30), "number value length 31 exceeds the limit of 20", false));
    rows.add(limited("too many tokens", portfolio(" \"countries\": [\"KOR\", \"UZB\", \"FRA\"]"),
        JsonLimits.builder().maxTokenCount(12).build(), Kind.LIMIT, "/countries/0", "\"KOR\"",
        "token count 13 exceeds the limit of 12", false));
    rows.add(limited("document too long", portfolio(" \"countries\": [\"KOR\"]"),
        JsonLimits.builder().maxDocumentLength(50).build(), Kind.LIMIT, "", "#50",
        "document is longer than the limit of 50 bytes", false));
    rows.add(limited("collection too large", portfolio(" \"countries\": [\"KOR\", \"UZB\", \"FRA\"]"),
        JsonLimits.builder().maxCollectionSize(2).build(), Kind.LIMIT, "/countries/2", "\"FRA\"",
        "array has more than 2 elements", false));
    rows.add(limited("name too long", portfolio(" \"" + "n".repeat(40) + "\": 1"),
        JsonLimits.builder().maxNameLength(30).build(), Kind.LIMIT, "", ">\"" + "n".repeat(40) + "\"",
        "name length 40 exceeds the limit of 30", false));
    return rows.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("broken")
  void reportsTheProblemAtItsPointerLineAndColumn(Broken broken) {
    EgovJson json = broken.limits() == null ? EgovJson.create() : EgovJson.create().withLimits(broken.limits());

    EgovJsonException e = catchThrowableOfType(EgovJsonException.class,
        () -> {
          if (broken.observation()) {
            json.readObservation(broken.bytes());
          } else {
            json.readPortfolio(broken.bytes());
          }
        });

    assertThat(e).as("%s must be rejected", broken.name()).isNotNull();
    int[] expected = location(broken.json(), broken.at());
    assertThat(e.problems()).as(e.getMessage()).anySatisfy(problem -> {
      assertThat(problem.kind()).isEqualTo(broken.kind());
      assertThat(problem.pointer()).isEqualTo(broken.pointer());
      assertThat(problem.message()).contains(broken.message());
      assertThat(problem.line()).as("line of %s", problem).isEqualTo(expected[0]);
      assertThat(problem.column()).as("column of %s", problem).isEqualTo(expected[1]);
    });
    assertThat(e.getMessage()).doesNotContain("org.egovcoop", "tools.jackson", "Immutable", "java.", "Source: ",
        "StreamReadConstraints", "JsonReadFeature", "ALLOW_", "Feature", "VALUE_STRING", "enable", "`", "(code ",
        "CTRL-CHAR", "REDACTED");
    assertThat(e.problems()).allSatisfy(problem -> {
      assertThat(problem.toString()).as("one line, nothing a terminal obeys")
          .doesNotContainPattern("[\\p{Cc}\u2028\u2029]");
      assertThat(problem.message().length()).isLessThanOrEqualTo(600);
      assertThat(problem.line()).isNotNegative();
      assertThat(problem.column()).isNotNegative();
    });
  }

  static List<Broken> rows() {
    return broken().toList();
  }
}

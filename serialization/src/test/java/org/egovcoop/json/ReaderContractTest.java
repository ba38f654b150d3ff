package org.egovcoop.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.egovcoop.json.JsonProblem.Kind;
import org.egovcoop.portfolio.Portfolio;
import org.egovcoop.survey.IndexObservation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every read method keeps its contract for any input: a value, or an {@link EgovJsonException}
 * whose problems are located, bounded and printable; never another exception. The inputs here
 * are the ones that broke it (issue 10).
 */
class ReaderContractTest {

  private static final EgovJson JSON = EgovJson.create();
  /** UCS-4 in the unusual byte order 2143: the parser threw JacksonIOException while being made. */
  private static final byte[] UCS4_2143 = {0, 0, 1, 0, 0x25, 0x6b};
  private static final String OBSERVATION =
      "{\"index\":\"egdi\",\"edition\":2016,\"country\":\"UZB\",\"rank\":80,\"numberAssessed\":193}";

  /** Each public read method, as a consumer of a document's bytes. */
  static Stream<Arguments> readers() {
    List<Arguments> readers = new ArrayList<>();
    readers.add(Arguments.of("readPortfolio(byte[])", (Consumer<byte[]>) JSON::readPortfolio));
    readers.add(Arguments.of("readPortfolio(InputStream)",
        (Consumer<byte[]>) b -> JSON.readPortfolio(new ByteArrayInputStream(b))));
    readers.add(Arguments.of("readPortfolioLeniently(byte[])", (Consumer<byte[]>) JSON::readPortfolioLeniently));
    readers.add(Arguments.of("readPortfolioLeniently(InputStream)",
        (Consumer<byte[]>) b -> JSON.readPortfolioLeniently(new ByteArrayInputStream(b))));
    readers.add(Arguments.of("readObservation(byte[])", (Consumer<byte[]>) JSON::readObservation));
    readers.add(Arguments.of("readObservations(byte[])", (Consumer<byte[]>) JSON::readObservations));
    readers.add(Arguments.of("readObservations(InputStream)",
        (Consumer<byte[]>) b -> JSON.readObservations(new ByteArrayInputStream(b))));
    readers.add(Arguments.of("observationLines", (Consumer<byte[]>) b -> {
      try (JsonLinesReader<IndexObservation> lines = JSON.observationLines(new ByteArrayInputStream(b))) {
        lines.forEachRemaining(o -> { });
      }
    }));
    readers.add(Arguments.of("portfolioLines", (Consumer<byte[]>) b -> {
      try (JsonLinesReader<Portfolio> lines = JSON.portfolioLines(new ByteArrayInputStream(b))) {
        lines.forEachRemaining(p -> { });
      }
    }));
    return readers.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("readers")
  void ucs4InAnUnusualByteOrderIsOneProblemNotAParserException(String name, Consumer<byte[]> reader) {
    Throwable thrown = catchThrowableOfType(Throwable.class, () -> reader.accept(UCS4_2143));

    assertThat(thrown).as(name).isInstanceOf(EgovJsonException.class);
    assertThat(((EgovJsonException) thrown).problems()).singleElement().satisfies(problem -> {
      assertThat(problem.kind()).isEqualTo(Kind.SYNTAX);
      assertThat(problem.pointer()).isEmpty();
      assertThat(problem.line()).isEqualTo(1);
      assertThat(problem.column()).isEqualTo(1);
      assertThat(problem.message()).isEqualTo("the document is in UCS-4 of byte order 2143, not UTF-8: expected"
          + " UTF-8, the encoding of JSON (RFC 8259, section 8.1)");
    });
  }

  /** The golden file in each encoding the parser would have detected and read. */
  static Stream<Arguments> otherEncodings() {
    String golden = new String(Golden.bytes(), StandardCharsets.UTF_8);
    return Stream.of(
        Arguments.of("UTF-16LE", golden.getBytes(StandardCharsets.UTF_16LE)),
        Arguments.of("UTF-16BE", golden.getBytes(StandardCharsets.UTF_16BE)),
        Arguments.of("UTF-16BE (with a byte order mark)", golden.getBytes(StandardCharsets.UTF_16)),
        Arguments.of("UTF-16LE (with a byte order mark)", concat(new byte[] {(byte) 0xFF, (byte) 0xFE},
            golden.getBytes(StandardCharsets.UTF_16LE))),
        Arguments.of("UTF-32BE", golden.getBytes(Charset.forName("UTF-32BE"))),
        Arguments.of("UTF-32LE", golden.getBytes(Charset.forName("UTF-32LE"))),
        Arguments.of("UTF-32BE (with a byte order mark)", concat(new byte[] {0, 0, (byte) 0xFE, (byte) 0xFF},
            golden.getBytes(Charset.forName("UTF-32BE")))),
        Arguments.of("UCS-4 of byte order 2143", reorder(golden.getBytes(Charset.forName("UTF-32BE")), 1, 0, 3, 2)),
        Arguments.of("UCS-4 of byte order 3412", reorder(golden.getBytes(Charset.forName("UTF-32BE")), 2, 3, 0, 1)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("otherEncodings")
  void theGoldenFileInAnotherEncodingThanUtf8IsRefusedWithOneProblem(String encoding, byte[] document) {
    for (Consumer<byte[]> reader : List.<Consumer<byte[]>>of(JSON::readPortfolio, JSON::readPortfolioLeniently)) {
      EgovJsonException e = catchThrowableOfType(EgovJsonException.class, () -> reader.accept(document));

      assertThat(e).as("%s must be refused", encoding).isNotNull();
      assertThat(e.problems()).singleElement().satisfies(problem -> {
        assertThat(problem.kind()).isEqualTo(Kind.SYNTAX);
        assertThat(problem.message()).startsWith("the document is in " + encoding + ", not UTF-8: expected UTF-8");
        assertThat(problem.line()).isEqualTo(1);
        assertThat(problem.column()).isEqualTo(1);
      });
    }
  }

  /** Broken JSON of every kind the parser has a message for. */
  static Stream<String> brokenSyntax() {
    return Stream.of("{\"rank\": NaN}", "{\"rank\": -Infinity}", "{\"rank\": 1 /* c */}", "// c\n{}", "# c\n{}",
        "{\"index\": \"egd", "{\"rank\": 0x10}", "{\"rank\": +1}", "{\"rank\": 01}", "{\"rank\": 1.}",
        "{\"rank\": .5}", "{\"rank\": 1e}", "{\"rank\": -}", "{\"index\": tru}", "{\"index\": 'egdi'}", "{index: 1}",
        "{\"index\": \"\\q\"}", "{\"index\": \"e\tgdi\"}", "{\"rank\": 1,}", "{\"rank\" 1}", "{\"rank\": 1 \"edition\": 2}",
        "{\"index\": \"\\u12\"}", "{\"sourceIds\": [\"a\"}", "{\"sourceIds\": [\"a\",]}", "{\"rank\"", "{\"rank\":",
        "{\"rank\": 1", "{\"index\": \"\\", "{\"ind", "]", "}", "{\"rank\": 1]", "{} {}", "{}x");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("brokenSyntax")
  void syntaxIsReportedInTheFormatsWordsNotTheParsers(String json) {
    EgovJsonException e = catchThrowableOfType(EgovJsonException.class, () -> JSON.readObservation(json));

    assertThat(e).isNotNull();
    assertThat(e.problems()).anySatisfy(p -> assertThat(p.kind()).isEqualTo(Kind.SYNTAX));
    assertThat(e.problems()).allSatisfy(p -> {
      assertThat(p.message()).contains("expected").doesNotContain("JsonReadFeature", "ALLOW_", "Feature", "enable",
          "VALUE_STRING", "`", "(code ", "CTRL-CHAR", "was expecting", "Source", "REDACTED", "#UNKNOWN", "Object",
          "Array", "JSON spec");
      assertThat(p.line()).isPositive();
      assertThat(p.column()).isPositive();
    });
  }

  @Test
  void aLeadingUtf8ByteOrderMarkIsIgnored() {
    byte[] withMark = concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, Golden.bytes());

    assertThat(JSON.readPortfolio(withMark)).isEqualTo(Golden.portfolio());
  }

  @Test
  void inNdjsonOnlyTheFirstLineMayStartWithAByteOrderMark() {
    String mark = "\uFEFF";
    byte[] stream = (mark + OBSERVATION + "\n" + mark + OBSERVATION + "\n" + OBSERVATION + "\n")
        .getBytes(StandardCharsets.UTF_8);
    List<Object> results = new ArrayList<>();

    try (JsonLinesReader<IndexObservation> lines = JSON.observationLines(new ByteArrayInputStream(stream))) {
      while (lines.hasNext()) {
        try {
          results.add(lines.next());
        } catch (EgovJsonException e) {
          results.add(e.problems());
        }
      }
    }

    IndexObservation expected = JSON.readObservation(OBSERVATION);
    assertThat(results).hasSize(3);
    assertThat(results.get(0)).isEqualTo(expected);
    assertThat(results.get(2)).isEqualTo(expected);
    assertThat(results.get(1)).asList().singleElement().satisfies(problem -> {
      JsonProblem p = (JsonProblem) problem;
      assertThat(p.kind()).isEqualTo(Kind.SYNTAX);
      assertThat(p.line()).isEqualTo(2);
      assertThat(p.column()).isEqualTo(1);
      assertThat(p.message()).startsWith("byte order mark (U+FEFF) at the start of line 2: expected an index"
          + " observation object");
    });
  }

  @Test
  void aSkippedUnknownPropertyMustBeUtf8Too() {
    byte[] head = BrokenDocumentsTest.HEAD.getBytes(StandardCharsets.UTF_8);
    byte[] tail = " \"generator\": {\"name\": [\"\u00ff\"]}\n}".getBytes(StandardCharsets.UTF_8);
    byte[] document = concat(head, tail);
    int at = head.length + new String(tail, StandardCharsets.UTF_8).indexOf('\u00ff');
    document[at] = (byte) 0xFF; // the first byte of "ÿ" (C3 BF) made a byte UTF-8 never has
    byte[] broken = document;

    EgovJsonException e = catchThrowableOfType(EgovJsonException.class, () -> JSON.readPortfolioLeniently(broken));

    assertThat(e).isNotNull();
    assertThat(e.problems()).singleElement().satisfies(problem -> {
      assertThat(problem.kind()).isEqualTo(Kind.SYNTAX);
      assertThat(problem.message()).isEqualTo("invalid UTF-8: unexpected byte 0xff: expected UTF-8 text");
      assertThat(problem.line()).isEqualTo(4);
    });
  }

  @Test
  void aValidSurrogatePairIsText() {
    String document = BrokenDocumentsTest.portfolio(" \"persons\": [{\"id\": \"x\", \"name\": {\"en\": \"\\ud83d\\ude00\"}}]");

    Portfolio read = JSON.readPortfolio(document);

    assertThat(read.getPersons().get(0).getName().flatMap(name -> name.get("en"))).contains("\uD83D\uDE00");
  }

  /** A document with a problem on line 56, with line ends of one kind. */
  private static byte[] goldenWithBadCountry(String lineEnd) {
    String golden = new String(Golden.bytes(), StandardCharsets.UTF_8);
    int at = golden.indexOf("\"UZB\"", golden.indexOf("\"organizations\""));
    at = golden.indexOf("\"UZB\"", at + 1); // the second organization of Uzbekistan, on line 56
    String broken = golden.substring(0, at) + "\"UZX\"" + golden.substring(at + 5);
    return broken.replace("\n", lineEnd).getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void columnsAreRightAfterEveryKindOfLineEnd() {
    List<List<String>> located = new ArrayList<>();
    for (String lineEnd : List.of("\n", "\r\n", "\r")) {
      EgovJsonException e = catchThrowableOfType(EgovJsonException.class,
          () -> JSON.readPortfolio(goldenWithBadCountry(lineEnd)));
      located.add(e.problems().stream().map(JsonProblem::toString).toList());
    }

    assertThat(located.get(0)).singleElement().asString()
        .startsWith("/organizations/3/country (line 56, column 18): unknown country code 'UZX'");
    assertThat(located.get(1)).isEqualTo(located.get(0));
    assertThat(located.get(2)).isEqualTo(located.get(0));
  }

  @Test
  void aStrictReadReportsWhatALenientReadReportsAndTheUnknownProperties() {
    String document = BrokenDocumentsTest.portfolio(" \"organizations\": [\n"
        + "  {\"id\": \"kor\", \"name\": {\"en\": \"K\"}, \"country\": \"KOR\", \"kind\": \"ministry\"},\n"
        + "  {\"id\": \"uzb tuit\", \"name\": {\"en\": \"T\"}, \"country\": \"UZB\", \"kind\": \"university\","
        + " \"website\": \"tuit.uz\", \"parentId\": \"nowhere\"}],\n"
        + " \"persons\": [{\"id\": \"x\", \"nickname\": \"X\"}, {\"id\": \"x\"}]");

    EgovJsonException strict = catchThrowableOfType(EgovJsonException.class, () -> JSON.readPortfolio(document));
    EgovJsonException lenient = catchThrowableOfType(EgovJsonException.class,
        () -> JSON.readPortfolioLeniently(document.getBytes(StandardCharsets.UTF_8)));

    assertThat(lenient.problems()).isNotEmpty();
    assertThat(strict.problems()).filteredOn(p -> p.kind() != Kind.UNKNOWN_PROPERTY)
        .containsExactlyInAnyOrderElementsOf(lenient.problems());
    assertThat(strict.problems()).extracting(JsonProblem::pointer)
        .contains("/organizations/1/website", "/persons/0/nickname", "/organizations/1/id");
  }

  @Test
  void aHugeValueGivesABoundedMessageAndAValueCutBetweenCharacters() {
    // 56 characters, then a pair of surrogates at the place where the value is cut
    String id = "k".repeat(56) + "\uD83D\uDE00" + "x".repeat(999_999 - 58);
    String document = BrokenDocumentsTest.portfolio(" \"persons\": [{\"id\": \"" + id + "\"},\n  {\"id\": 5}]");

    EgovJsonException e = catchThrowableOfType(EgovJsonException.class, () -> JSON.readPortfolio(document));

    assertThat(e.getMessage().length()).isLessThan(2_000);
    assertThat(e.problems()).hasSize(2).allSatisfy(problem -> {
      assertThat(problem.message().length()).isLessThanOrEqualTo(600);
      problem.value().ifPresent(value -> {
        assertThat(value.length()).isLessThanOrEqualTo(60);
        assertThat(value.codePoints().filter(c -> c >= 0xD800 && c <= 0xDFFF).count()).isZero();
      });
    });
    assertThat(e.problems().get(0).message()).startsWith("'" + "k".repeat(56) + "...' is not a valid id: expected");
  }

  @Test
  void problemsOfOneKindAreListedUpToTheLimitThenCounted() {
    StringBuilder persons = new StringBuilder(" \"persons\": [");
    for (int i = 0; i < 1000; i++) {
      persons.append(i == 0 ? "" : ", ").append("{\"id\": \"bad id ").append(i).append("\"}");
    }
    String document = BrokenDocumentsTest.portfolio(persons + "], \"colour\": 1, \"size\": 2");
    EgovJson json = JSON.withLimits(JsonLimits.builder().maxProblems(10).build());

    EgovJsonException e = catchThrowableOfType(EgovJsonException.class, () -> json.readPortfolio(document));

    assertThat(e.problems()).filteredOn(p -> p.kind() == Kind.UNKNOWN_PROPERTY).hasSize(2);
    assertThat(e.problems()).filteredOn(p -> p.kind() == Kind.INVALID_VALUE).hasSize(11)
        .last().satisfies(last -> {
          assertThat(last.message()).isEqualTo("and 990 more problems of the same kind (invalid value), not listed:"
              + " only the first 10 of each kind are");
          assertThat(last.line()).isZero();
          assertThat(last.column()).isZero();
        });
    assertThat(e.problems().get(9).pointer()).isEqualTo("/persons/9/id");
  }

  @Test
  void aDocumentLengthLimitBeyondTheLargestArrayStillReads() {
    EgovJson unbounded = JSON.withLimits(JsonLimits.builder().maxDocumentLength(Long.MAX_VALUE).build());

    assertThat(unbounded.readPortfolio(new ByteArrayInputStream(Golden.bytes()))).isEqualTo(Golden.portfolio());
    try (JsonLinesReader<IndexObservation> lines = unbounded.observationLines(
        new ByteArrayInputStream((OBSERVATION + "\n" + OBSERVATION).getBytes(StandardCharsets.UTF_8)))) {
      assertThat(lines.stream().toList()).hasSize(2);
    }
  }

  @Test
  void anUnknownLocationIsZeroNeverNegative() {
    JsonProblem problem = new JsonProblem(Kind.SYNTAX, "", -1, -1, "m", null, null);

    assertThat(problem.line()).isZero();
    assertThat(problem.column()).isZero();
    assertThat(problem.toString()).isEqualTo("(document) (line 0, column 0): m");
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] out = new byte[a.length + b.length];
    System.arraycopy(a, 0, out, 0, a.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }

  /** UTF-32BE, each group of four bytes put in another order. */
  private static byte[] reorder(byte[] utf32be, int... order) {
    byte[] out = new byte[utf32be.length];
    for (int i = 0; i < utf32be.length; i += 4) {
      for (int j = 0; j < 4; j++) {
        out[i + j] = utf32be[i + order[j]];
      }
    }
    return out;
  }
}

package org.egovcoop.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.egovcoop.agreement.Agreement;
import org.egovcoop.agreement.AgreementKind;
import org.egovcoop.geo.CountryCode;
import org.egovcoop.json.BrokenDocumentsTest.Broken;
import org.egovcoop.json.JsonProblem.Kind;
import org.egovcoop.json.databind.EgovJsonMapper;
import org.egovcoop.portfolio.Portfolio;
import org.egovcoop.survey.IndexObservation;
import org.egovcoop.time.PartialDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * A document read by a plain Jackson mapper that found the module ({@code findAndAddModules()})
 * reports the very problems {@link EgovJson} reports, for every document of the broken-document
 * table, from bytes and from text: kind, pointer, line, column in characters, message, value and
 * expected. The exceptions are the three checks of a whole document that Jackson makes itself,
 * before or after the module's deserializer runs, in its own words.
 */
class ModuleProblemsTest {
  private static final JsonMapper FOUND = JsonMapper.builder().findAndAddModules().build();

  /** Checked by Jackson around the module: the input's end, what follows the value, its length. */
  private static final Set<String> JACKSONS_OWN = Set.of("empty document", "trailing content", "document too long");

  static List<Broken> rows() {
    return BrokenDocumentsTest.rows();
  }

  private static List<JsonProblem> egovJson(Broken broken) {
    EgovJson json = broken.limits() == null ? EgovJson.create() : EgovJson.create().withLimits(broken.limits());
    return catchThrowableOfType(EgovJsonException.class, () -> {
      if (broken.observation()) {
        json.readObservation(broken.bytes());
      } else {
        json.readPortfolio(broken.bytes());
      }
    }).problems();
  }

  private static JsonMapper mapper(Broken broken) {
    return broken.limits() == null ? FOUND : EgovJsonMapper.of(EgovJson.create().withLimits(broken.limits()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rows")
  void theMapperReportsWhatEgovJsonReports(Broken broken) {
    Class<?> type = broken.observation() ? IndexObservation.class : Portfolio.class;
    JsonMapper mapper = mapper(broken);

    Throwable fromBytes = catchThrowable(() -> mapper.readValue(broken.bytes(), type));
    Throwable fromText = catchThrowable(() -> mapper.readValue(broken.json(), type));

    if (JACKSONS_OWN.contains(broken.name())) {
      assertThat(fromBytes).isInstanceOf(JacksonException.class).isNotInstanceOf(EgovJsonException.class);
      assertThat(fromText).isInstanceOf(JacksonException.class).isNotInstanceOf(EgovJsonException.class);
      return;
    }
    List<JsonProblem> expected = egovJson(broken);
    assertThat(fromBytes).as("from bytes").isInstanceOf(EgovJsonException.class);
    assertThat(((EgovJsonException) fromBytes).problems()).as("from bytes").isEqualTo(expected);
    assertThat(fromText).as("from text").isInstanceOf(EgovJsonException.class);
    assertThat(((EgovJsonException) fromText).problems()).as("from text").isEqualTo(expected);
  }

  @Test
  void theListOfDocumentLevelChecksNamesRowsOfTheTable() {
    assertThat(rows().stream().map(Broken::name).filter(JACKSONS_OWN::contains).distinct()).hasSameSizeAs(JACKSONS_OWN);
  }

  /**
   * A rule broken late on a one-line document whose earlier strings are Korean: the parser of
   * bytes counts 3 bytes per Hangul syllable, the report counts characters, as EgovJson does.
   */
  @Test
  void aRuleOnALongLineAfterKoreanTextIsPlacedAtItsValueInCharacters() {
    String line = new String(EgovJson.create().writePortfolio(Golden.portfolio()), StandardCharsets.UTF_8);
    assertThat(line).doesNotContain("\n").containsPattern("[가-힣]");
    String broken = line.replace("\"rank\":100,\"numberAssessed\":193", "\"rank\":194,\"numberAssessed\":193");
    assertThat(broken).isNotEqualTo(line);
    List<JsonProblem> expected = catchThrowableOfType(EgovJsonException.class,
        () -> EgovJson.create().readPortfolio(broken)).problems();

    EgovJsonException fromBytes = catchThrowableOfType(EgovJsonException.class,
        () -> FOUND.readValue(broken.getBytes(StandardCharsets.UTF_8), Portfolio.class));
    EgovJsonException fromText = catchThrowableOfType(EgovJsonException.class,
        () -> FOUND.readValue(broken, Portfolio.class));

    assertThat(expected).singleElement().satisfies(problem -> {
      assertThat(problem.kind()).isEqualTo(Kind.RULE);
      assertThat(problem.line()).isEqualTo(1);
      // The first character of 194, counted in code points.
      assertThat(problem.column()).isEqualTo(broken.codePointCount(0, broken.indexOf("194")) + 1);
    });
    assertThat(fromBytes.problems()).isEqualTo(expected);
    assertThat(fromText.problems()).isEqualTo(expected);
  }

  @Test
  void everyBadElementOfAListIsReported() throws Exception {
    List<Agreement> agreements = List.copyOf(Golden.portfolio().getAgreements()).subList(0, 2);
    String good = FOUND.writeValueAsString(agreements);
    String bad = good.replaceFirst("\"kind\":\"mou\"", "\"kind\":\"pact\"").replace("\"KOR\"", "\"KOX\"");

    EgovJsonException e = catchThrowableOfType(EgovJsonException.class,
        () -> FOUND.readValue(bad, new TypeReference<List<Agreement>>() {}));

    assertThat(FOUND.readValue(good, new TypeReference<List<Agreement>>() {})).isEqualTo(agreements);
    assertThat(e.problems()).extracting(JsonProblem::pointer).contains("/0/kind")
        .anySatisfy(pointer -> assertThat(pointer).startsWith("/1/"));
    assertThat(e.problems()).extracting(JsonProblem::value).contains(java.util.Optional.of("KOX"));
  }

  @Test
  void scalarsAndCodesAreMapKeys() throws Exception {
    Map<CountryCode, Integer> ranks = Map.of(CountryCode.of("UZB"), 69, CountryCode.of("KOR"), 3);
    Map<PartialDate, String> events = Map.of(PartialDate.parse("2013-12"), "centre", PartialDate.parse("2017-11-22"), "mou");
    Map<AgreementKind, Integer> kinds = Map.of(AgreementKind.MOU, 2);

    String written = FOUND.writeValueAsString(kinds);

    assertThat(FOUND.readValue(FOUND.writeValueAsString(ranks), new TypeReference<Map<CountryCode, Integer>>() {}))
        .isEqualTo(ranks);
    assertThat(FOUND.readValue(FOUND.writeValueAsString(events), new TypeReference<Map<PartialDate, String>>() {}))
        .isEqualTo(events);
    assertThat(written).isEqualTo("{\"mou\":2}");
    assertThat(FOUND.readValue(written, new TypeReference<Map<AgreementKind, Integer>>() {})).isEqualTo(kinds);
  }

  @Test
  void aBadMapKeyIsRefusedAsTheSameTextIsAsAValue() {
    EgovJsonException key = catchThrowableOfType(EgovJsonException.class,
        () -> FOUND.readValue("{\"ranks\": {\"UZB\": 69,\n \"KOX\": 3}}", new TypeReference<Map<String, Map<CountryCode, Integer>>>() {}));
    EgovJsonException value = catchThrowableOfType(EgovJsonException.class,
        () -> FOUND.readValue("\"KOX\"", CountryCode.class));
    EgovJsonException code = catchThrowableOfType(EgovJsonException.class,
        () -> FOUND.readValue("{\"pact\": 1}", new TypeReference<Map<AgreementKind, Integer>>() {}));

    assertThat(key.problems()).singleElement().satisfies(problem -> {
      assertThat(problem.pointer()).isEqualTo("/ranks/KOX");
      assertThat(problem.line()).isEqualTo(2);
      assertThat(problem.column()).isEqualTo(2);
      assertThat(problem.kind()).isEqualTo(value.problems().get(0).kind());
      assertThat(problem.message()).isEqualTo(value.problems().get(0).message());
      assertThat(problem.value()).hasValue("KOX");
    });
    assertThat(code.problems()).singleElement().satisfies(problem -> {
      assertThat(problem.pointer()).isEqualTo("/pact");
      assertThat(problem.message()).startsWith("unknown code 'pact'");
    });
  }
}

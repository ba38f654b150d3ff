package org.egovcoop.jackson2;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.groups.Tuple.tuple;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.egovcoop.agreement.Agreement;
import org.egovcoop.agreement.AgreementKind;
import org.egovcoop.json.EgovJson;
import org.egovcoop.json.Golden;
import org.egovcoop.json.JsonProblem;
import org.egovcoop.json.JsonProblem.Kind;
import org.egovcoop.json.databind.EgovcoopModule;
import org.egovcoop.portfolio.Portfolio;
import org.egovcoop.survey.IndexObservation;
import org.egovcoop.text.LocalizedText;
import org.junit.jupiter.api.Test;

/**
 * The golden file and egovcoop values inside an application's own structures, through Jackson 2
 * mappers: the bytes are {@link EgovJson}'s, compact and indented, and values read back equal.
 */
class Jackson2ModuleTest {

  private static final ObjectMapper DISCOVERED = new ObjectMapper().findAndRegisterModules();
  private static final EgovJson JSON = EgovJson.create();

  /** A value of the application's own that holds egovcoop values. */
  record Report(String title, Portfolio portfolio, List<IndexObservation> observations, AgreementKind kind) {}

  @Test
  void theGoldenFileRoundTripsByteForByteCompact() throws Exception {
    Portfolio portfolio = DISCOVERED.readValue(Golden.bytes(), Portfolio.class);
    byte[] compact = DISCOVERED.writeValueAsBytes(portfolio);

    assertThat(portfolio).isEqualTo(Golden.portfolio());
    assertThat(new String(compact, StandardCharsets.UTF_8)).isEqualTo(JSON.writePortfolioAsString(portfolio));
    assertThat(compact).isEqualTo(JSON.writePortfolio(portfolio));
    assertThat(DISCOVERED.writeValueAsString(portfolio)).isEqualTo(JSON.writePortfolioAsString(portfolio));
    assertThat(DISCOVERED.readValue(compact, Portfolio.class)).isEqualTo(portfolio);
  }

  @Test
  void theGoldenFileRoundTripsByteForByteIndented() throws Exception {
    ObjectMapper indented = EgovJackson2Mapper.of(JSON.indented());
    Portfolio portfolio = indented.readValue(Golden.bytes(), Portfolio.class);

    // EgovJson.indented() ends the document with a line end; a mapper writes the value alone.
    byte[] written = indented.writeValueAsBytes(portfolio);
    assertThat(new String(written, StandardCharsets.UTF_8) + "\n").isEqualTo(new String(Golden.bytes(), StandardCharsets.UTF_8));
    assertThat(indented.writeValueAsString(portfolio) + "\n").isEqualTo(new String(Golden.bytes(), StandardCharsets.UTF_8));
  }

  @Test
  void containersOfTheApplicationHoldCanonicalValues() throws Exception {
    Portfolio portfolio = Golden.portfolio();
    List<IndexObservation> observations = portfolio.getObservations();
    Report report = new Report("2017", portfolio, observations, AgreementKind.MOU);
    Map<String, Object> map = new LinkedHashMap<>();
    map.put("portfolio", portfolio);
    map.put("kind", AgreementKind.MOU);

    String reportJson = DISCOVERED.writeValueAsString(report);
    assertThat(reportJson).isEqualTo("{\"title\":\"2017\",\"portfolio\":" + JSON.writePortfolioAsString(portfolio)
        + ",\"observations\":" + new String(JSON.writeObservations(observations), StandardCharsets.UTF_8)
        + ",\"kind\":\"mou\"}");
    assertThat(DISCOVERED.readValue(reportJson, Report.class)).isEqualTo(report);
    assertThat(DISCOVERED.writeValueAsString(map)).isEqualTo("{\"portfolio\":" + JSON.writePortfolioAsString(portfolio)
        + ",\"kind\":\"mou\"}");
    assertThat(DISCOVERED.readValue(DISCOVERED.writeValueAsBytes(Map.of("p", portfolio)),
        new TypeReference<Map<String, Portfolio>>() {})).containsEntry("p", portfolio);
    assertThat(DISCOVERED.readValue(DISCOVERED.writeValueAsBytes(observations),
        new TypeReference<List<IndexObservation>>() {})).isEqualTo(observations);
    // The Jackson 3 module writes the same bytes for the same structure.
    assertThat(reportJson).isEqualTo(tools.jackson.databind.json.JsonMapper.builder().findAndAddModules().build()
        .writeValueAsString(report));
  }

  @Test
  void indentedContainersAreLaidOutByTheMappersPrinter() throws Exception {
    ObjectMapper indented = EgovJackson2Mapper.of(JSON.indented());
    tools.jackson.databind.json.JsonMapper indented3 =
        org.egovcoop.json.databind.EgovJsonMapper.of(JSON.indented());
    Report report = new Report("2017", Golden.portfolio(), Golden.portfolio().getObservations(), AgreementKind.MOU);

    assertThat(indented.writeValueAsString(report)).isEqualTo(indented3.writeValueAsString(report));
    // Jackson's own default printer, as an application may have it: still the same values.
    String stock = new ObjectMapper().findAndRegisterModules().enable(SerializationFeature.INDENT_OUTPUT)
        .writeValueAsString(report);
    assertThat(stock).contains("\"portfolio\" : {");
    assertThat(DISCOVERED.readValue(stock, Report.class)).isEqualTo(report);
  }

  @Test
  void stringsAreWrittenAsTheEngineEscapesThem() throws Exception {
    // A supplementary character, a control character, a quote, a backslash, a slash, U+2028.
    LocalizedText text = LocalizedText.of("en", "\uD83C\uDDF0\uD83C\uDDF7 \u0001 \" \\ / \u2028 \u00e9", "ko", "한국");
    ObjectMapper indented = EgovJackson2Mapper.of(JSON.indented());
    tools.jackson.databind.json.JsonMapper compact3 = org.egovcoop.json.databind.EgovJsonMapper.create();
    tools.jackson.databind.json.JsonMapper indented3 = org.egovcoop.json.databind.EgovJsonMapper.of(JSON.indented());

    byte[] compact = DISCOVERED.writeValueAsBytes(text);
    assertThat(new String(compact, StandardCharsets.UTF_8)).isEqualTo(compact3.writeValueAsString(text))
        .contains("\uD83C\uDDF0", "\\u0001", "\\\"", "\\\\", "/");
    assertThat(compact).isEqualTo(compact3.writeValueAsBytes(text));
    assertThat(DISCOVERED.writeValueAsString(text)).isEqualTo(compact3.writeValueAsString(text));
    assertThat(indented.writeValueAsBytes(text)).isEqualTo(indented3.writeValueAsBytes(text));
    assertThat(indented.writeValueAsString(List.of(text))).isEqualTo(indented3.writeValueAsString(List.of(text)));
    assertThat(DISCOVERED.readValue(compact, LocalizedText.class)).isEqualTo(text);
  }

  @Test
  void treesAndConversionsGoThroughTokensThatReadBack() {
    Portfolio portfolio = Golden.portfolio();

    JsonNode tree = DISCOVERED.valueToTree(portfolio);
    assertThat(tree.get("formatVersion").asText()).isEqualTo("1.0");
    JsonNode exports = tree.get("figures").get(0).get("quantity").get("value");
    assertThat(exports.isIntegralNumber()).as("%s", exports).isTrue();
    assertThat(exports.decimalValue()).isEqualByComparingTo("180000000");
    assertThat(DISCOVERED.convertValue(portfolio, Portfolio.class)).isEqualTo(portfolio);
    assertThat(DISCOVERED.convertValue(tree, Portfolio.class)).isEqualTo(portfolio);
    assertThat(DISCOVERED.convertValue(portfolio.getObservations().get(0), IndexObservation.class))
        .isEqualTo(portfolio.getObservations().get(0));
  }

  @Test
  void aValueFromATreeHasUnknownLocations() throws Exception {
    JsonNode tree = DISCOVERED.readTree(
        "{\"index\": \"egdi\", \"edition\": 2016, \"country\": \"UZB\", \"numberAssessed\": 193, \"rank\": 194}");

    EgovJsonMappingException e = catchThrowableOfType(EgovJsonMappingException.class,
        () -> DISCOVERED.treeToValue(tree, IndexObservation.class));

    assertThat(e.problems()).singleElement().satisfies(problem -> {
      assertThat(problem.kind()).isEqualTo(Kind.RULE);
      assertThat(problem.pointer()).isEqualTo("/rank");
      assertThat(problem.line()).isZero();
      assertThat(problem.column()).isZero();
    });
  }

  @Test
  void problemsInsideOtherStructuresHaveAbsolutePointersAndComeUnwrapped() {
    String json = "{\"first\": [{\"index\": \"egdi\", \"edition\": 2016, \"country\": \"UZB\", \"numberAssessed\": 193},\n"
        + "  {\"index\": \"egdi\", \"edition\": 2016.0, \"country\": \"QQQ\", \"numberAssessed\": 193, \"rank\": 200}]}";

    EgovJsonMappingException e = catchThrowableOfType(EgovJsonMappingException.class,
        () -> DISCOVERED.readValue(json, new TypeReference<Map<String, List<IndexObservation>>>() {}));

    assertThat(e.problems()).extracting(JsonProblem::pointer, JsonProblem::kind, JsonProblem::line)
        .containsExactly(tuple("/first/1/edition", Kind.TYPE, 2), tuple("/first/1/country", Kind.INVALID_VALUE, 2));
    assertThat(e.getMessage()).startsWith("Invalid egovcoop JSON: 2 problems")
        .doesNotContain("org.egovcoop", "java.", "through reference chain", "Source:");
    // The same problems as the Jackson 3 module's, for the same text.
    assertThat(e.problems()).isEqualTo(catchThrowableOfType(org.egovcoop.json.EgovJsonException.class,
        () -> tools.jackson.databind.json.JsonMapper.builder().findAndAddModules().build().readValue(json,
            new tools.jackson.core.type.TypeReference<Map<String, List<IndexObservation>>>() {})).problems());
  }

  @Test
  void ruleMessagesFollowTheCallsLocaleAttribute() {
    String json = "{\"index\": \"egdi\", \"edition\": 2016, \"country\": \"UZB\", \"numberAssessed\": 193, \"rank\": 194}";

    EgovJsonMappingException korean = catchThrowableOfType(EgovJsonMappingException.class,
        () -> DISCOVERED.readerFor(IndexObservation.class)
            .withAttribute(EgovcoopJackson2Module.MESSAGE_LOCALE, Locale.KOREAN).readValue(json));
    EgovJsonMappingException english = catchThrowableOfType(EgovJsonMappingException.class,
        () -> DISCOVERED.readValue(json, IndexObservation.class));

    assertThat(EgovcoopJackson2Module.MESSAGE_LOCALE).isEqualTo(EgovcoopModule.MESSAGE_LOCALE);
    assertThat(korean.problems()).singleElement().extracting(JsonProblem::message)
        .isEqualTo("순위 194위가 평가 대상 193개국을 초과합니다");
    assertThat(english.problems()).singleElement().extracting(JsonProblem::message)
        .isEqualTo("rank 194 exceeds the 193 countries assessed");
  }

  @Test
  void withoutPersonalDataRegisteredLastWins() throws Exception {
    Portfolio portfolio = Golden.portfolio();
    ObjectMapper redacting = new ObjectMapper().findAndRegisterModules()
        .registerModule(new EgovcoopJackson2Module().withoutPersonalData());
    ObjectMapper twice = new ObjectMapper().registerModule(new EgovcoopJackson2Module())
        .registerModule(new EgovcoopJackson2Module());

    assertThat(redacting.writeValueAsBytes(portfolio)).isEqualTo(JSON.withoutPersonalData().writePortfolio(portfolio))
        .isNotEqualTo(JSON.writePortfolio(portfolio));
    assertThat(redacting.getRegisteredModuleIds()).containsExactlyInAnyOrder("egovcoop",
        "egovcoop:without-personal-data");
    assertThat(twice.getRegisteredModuleIds()).containsExactly("egovcoop");
    assertThat(EgovJackson2Mapper.of(JSON.withoutPersonalData()).writeValueAsBytes(portfolio))
        .isEqualTo(JSON.withoutPersonalData().writePortfolio(portfolio));
  }

  @Test
  void theStrictMapperIsStrictForTheApplicationsOwnClasses() {
    JsonMapper strict = EgovJackson2Mapper.create();

    assertThat(catchThrowableOfType(com.fasterxml.jackson.core.JsonProcessingException.class,
        () -> strict.readValue("{\"a\": 80.5}", new TypeReference<Map<String, Integer>>() {}))).isNotNull();
    assertThat(catchThrowableOfType(com.fasterxml.jackson.core.JsonProcessingException.class,
        () -> strict.readValue("{\"a\": \"80\"}", new TypeReference<Map<String, Integer>>() {}))).isNotNull();
    assertThat(catchThrowableOfType(com.fasterxml.jackson.core.JsonProcessingException.class,
        () -> strict.readValue("{\"a\": 1, \"a\": 2}", new TypeReference<Map<String, Integer>>() {}))).isNotNull();
  }

  @Test
  void everyElementOfAListIsReadByTheCodec() throws Exception {
    List<Agreement> agreements = Golden.portfolio().getAgreements();
    byte[] json = DISCOVERED.writeValueAsBytes(agreements);

    assertThat(json).isEqualTo(tools.jackson.databind.json.JsonMapper.builder().findAndAddModules().build()
        .writeValueAsBytes(agreements));
    assertThat(DISCOVERED.readValue(json, new TypeReference<List<Agreement>>() {})).isEqualTo(agreements);
  }
}

package org.egovcoop.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.egovcoop.json.JsonProblem.Kind;
import org.egovcoop.json.internal.FormatDescription;
import org.egovcoop.json.internal.PropertyDescription;
import org.egovcoop.json.internal.Shape;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * One description of the format, proved equal three times over: for every object type, the
 * hand-written JSON Schemas and the property tables of docs/json-format.md name the same
 * properties, in the document in the same order, with the same required flags, the same values
 * (JSON type, referenced definition, enum codes) and the same personal data as the codec tables.
 * An attribute added to a codec fails this test until the schema and the document have it, as the
 * tests on altered copies below show.
 */
class FormatDescriptionTest {

  private static final JsonMapper MAPPER = JsonMapper.builder().build();
  private static final String SCHEMA = "the portfolio schema";
  private static final String DOCUMENT = "docs/json-format.md";

  static Map<String, List<PropertyDescription>> codecs() {
    return FormatDescription.objectTypes();
  }

  static JsonNode portfolioSchema() {
    return MAPPER.readTree(EgovJson.portfolioSchema());
  }

  /** The codec types a portfolio document holds: those the schema must define. */
  static Map<String, List<PropertyDescription>> documentCodecs(Map<String, List<PropertyDescription>> codecs) {
    return FormatDescriptions.reachable(codecs, FormatDescription.PORTFOLIO);
  }

  static List<String> schemaDifferences(Map<String, List<PropertyDescription>> codecs, JsonNode schema) {
    return FormatDescriptions.compare(SCHEMA, documentCodecs(codecs),
        FormatDescriptions.schemaTypes(schema, FormatDescription.PORTFOLIO), false);
  }

  static List<String> documentDifferences(Map<String, List<PropertyDescription>> codecs, String document) {
    return FormatDescriptions.compare(DOCUMENT, codecs, FormatDescriptions.documentTypes(document), true);
  }

  // ---- the three descriptions agree ----

  @Test
  void theCodecsDescribeEveryObjectTypeOfTheFormat() {
    Map<String, List<PropertyDescription>> codecs = codecs();

    assertThat(codecs).containsKeys("portfolio", "organization", "registeredIdentifier", "person", "appointment",
        "agreement", "party", "agreementArea", "cooperationArea", "agreementRelation", "place", "activity",
        "participation", "figure", "qualifiedQuantity", "indexObservation", "statement", "source", "contactPoint",
        "money", "quantity").hasSize(21);
    assertThat(documentCodecs(codecs)).as("the types of a portfolio document").hasSize(19)
        .doesNotContainKeys("money", "quantity");
    assertThat(codecs.get("portfolio")).first().isEqualTo(
        new PropertyDescription("formatVersion", true, Shape.constant(EgovJson.FORMAT_VERSION), false));
    assertThat(codecs.get("agreementArea").get(0).shape()).hasToString("one of [codes [e-government, smart-governance,"
        + " safe-city, cybersecurity, open-data, big-data, cloud, mobile], $ref cooperationArea]");
    assertThat(codecs.get("person")).filteredOn(PropertyDescription::personalData).extracting(PropertyDescription::name)
        .containsExactly("name");
  }

  @Test
  void thePortfolioSchemaDescribesEveryTypeOfTheDocumentAsTheCodecsDo() {
    assertThat(schemaDifferences(codecs(), portfolioSchema())).isEmpty();
  }

  @Test
  void theObservationSchemaDescribesTheObservationAsTheCodecDoes() {
    Map<String, List<PropertyDescription>> codec = Map.of(FormatDescription.OBSERVATION,
        codecs().get(FormatDescription.OBSERVATION));
    Map<String, List<PropertyDescription>> schema = FormatDescriptions.schemaTypes(
        MAPPER.readTree(EgovJson.observationSchema()), FormatDescription.OBSERVATION);

    assertThat(schema).containsOnlyKeys(FormatDescription.OBSERVATION);
    assertThat(FormatDescriptions.compare("the observation schema", codec, schema, false)).isEmpty();
  }

  @Test
  void theFormatDocumentsTablesDescribeEveryTypeAsTheCodecsDoInTheirOrder() {
    assertThat(documentDifferences(codecs(), FormatDocumentTest.document())).isEmpty();
  }

  @Test
  void theDocumentsTableOfEnumCodesHasEveryEnumOfTheCodecs() {
    Map<String, List<String>> documented = FormatDescriptions.enumCodes(FormatDocumentTest.document());
    for (org.egovcoop.json.internal.EnumCodec<?> codes : org.egovcoop.json.internal.Enums.all()) {
      assertThat(documented).as("the enum codes table").containsEntry(codes.type().getSimpleName(), codes.codes());
    }
  }

  /**
   * The observation codec is written by hand, not from a table: its description is checked
   * against what it does. Without any property, it names the required ones missing, in order;
   * the message about an unknown property lists every property, in order.
   */
  @Test
  void theHandWrittenObservationCodecDoesWhatItsDescriptionSays() {
    List<PropertyDescription> described = codecs().get(FormatDescription.OBSERVATION);

    EgovJsonException empty = catchThrowableOfType(EgovJsonException.class,
        () -> EgovJson.create().readObservation("{}"));
    assertThat(empty.problems()).extracting(JsonProblem::kind).containsOnly(Kind.MISSING);
    assertThat(empty.problems()).extracting(p -> p.message().replaceFirst("^missing required property '([^']+)'.*", "$1"))
        .containsExactlyElementsOf(described.stream().filter(PropertyDescription::required)
            .map(PropertyDescription::name).toList());

    EgovJsonException unknown = catchThrowableOfType(EgovJsonException.class, () -> EgovJson.create()
        .readObservation("{\"index\":\"egdi\",\"edition\":2016,\"country\":\"UZB\",\"numberAssessed\":193,\"x\":1}"));
    assertThat(unknown.problems()).singleElement().extracting(JsonProblem::message).isEqualTo(
        "unknown property 'x': expected one of "
            + String.join(", ", described.stream().map(PropertyDescription::name).toList()));
  }

  // ---- a difference in any description is reported, with what differs ----

  @Test
  void aPropertyAddedToACodecFailsUntilTheSchemaAndTheDocumentHaveIt() {
    Map<String, List<PropertyDescription>> withNewAttribute = withProperty(codecs(), "agreement",
        new PropertyDescription("signedBy", false, Shape.ref("id"), false));

    assertThat(schemaDifferences(withNewAttribute, portfolioSchema())).containsExactly(
        "the portfolio schema, type agreement, property 'signedBy': in the codec table (optional, $ref id), missing here");
    assertThat(documentDifferences(withNewAttribute, FormatDocumentTest.document())).containsExactly(
        "docs/json-format.md, type agreement, property 'signedBy': in the codec table (optional, $ref id), missing here");
  }

  @Test
  void aNewObjectTypeFailsUntilTheSchemaAndTheDocumentDescribeIt() {
    Map<String, List<PropertyDescription>> withNewType = withProperty(codecs(), "agreement",
        new PropertyDescription("witnesses", false, Shape.array(Shape.ref("witness"), false), false));
    withNewType.put("witness", List.of(new PropertyDescription("personId", true, Shape.ref("id"), false)));

    assertThat(schemaDifferences(withNewType, portfolioSchema())).containsExactly(
        "the portfolio schema has no type 'witness', which the codecs read and write with the properties [personId]",
        "the portfolio schema, type agreement, property 'witnesses': in the codec table (optional, array of $ref"
            + " witness), missing here");
    assertThat(documentDifferences(withNewType, FormatDocumentTest.document())).startsWith(
        "docs/json-format.md has no type 'witness', which the codecs read and write with the properties [personId]");
  }

  @Test
  void aSchemaWithoutAPropertyOfTheCodecIsReported() {
    JsonNode schema = portfolioSchema();
    ((ObjectNode) schema.at("/$defs/agreement/properties")).remove("term");

    assertThat(schemaDifferences(codecs(), schema)).containsExactly(
        "the portfolio schema, type agreement, property 'term': in the codec table (optional, $ref period), missing here");
  }

  @Test
  void aSchemaWithAPropertyNoCodecHasIsReported() {
    JsonNode schema = portfolioSchema();
    ((ObjectNode) schema.at("/$defs/party/properties")).set("role", MAPPER.readTree("{\"type\": \"string\"}"));

    assertThat(schemaDifferences(codecs(), schema)).containsExactly(
        "the portfolio schema, type party, property 'role': not in the codec table, which has [organizationId, country,"
            + " signatoryAppointmentId]");
  }

  @Test
  void aSchemaWhoseRequiredListDiffersIsReported() {
    JsonNode schema = portfolioSchema();
    ArrayNode required = (ArrayNode) schema.at("/$defs/agreement/required");
    required.remove(2); // legalNature
    ((ArrayNode) schema.at("/$defs/party/required")).add("signatoryAppointmentId");

    assertThat(schemaDifferences(codecs(), schema)).containsExactlyInAnyOrder(
        "the portfolio schema, type party, property 'signatoryAppointmentId': optional in the codec table, required here",
        "the portfolio schema, type agreement, property 'legalNature': required in the codec table, optional here");
  }

  @Test
  void aSchemaWhoseTypesDifferIsReported() {
    JsonNode schema = portfolioSchema();
    ((ObjectNode) schema.at("/$defs/indexObservation/properties")).set("rank", MAPPER.readTree("{\"type\": \"number\"}"));
    ((ObjectNode) schema.at("/$defs/activity/properties")).set("agreementIds", MAPPER.readTree("{\"$ref\": \"#/$defs/ids\"}"));
    ((ArrayNode) schema.at("/$defs/agreement/properties/legalNature/enum")).remove(2);
    ((ObjectNode) schema.at("/$defs/figure/properties")).set("quantity",
        MAPPER.readTree("{\"$ref\": \"#/$defs/quantity\"}"));

    assertThat(schemaDifferences(codecs(), schema)).containsExactlyInAnyOrder(
        "the portfolio schema, type indexObservation, property 'rank': the codec table has integer, here number",
        "the portfolio schema, type activity, property 'agreementIds': the codec table has set of $ref id, here $ref ids",
        "the portfolio schema, type agreement, property 'legalNature': the codec table has codes [binding, non-binding,"
            + " unspecified], here codes [binding, non-binding]",
        "the portfolio schema, type figure, property 'quantity': the codec table has $ref qualifiedQuantity, here $ref"
            + " quantity");
  }

  @Test
  void aSchemaThatForgetsPersonalDataIsReported() {
    JsonNode schema = portfolioSchema();
    ((ObjectNode) schema.at("/$defs/contactPoint/properties/phone")).remove("description");

    assertThat(schemaDifferences(codecs(), schema)).containsExactly(
        "the portfolio schema, type contactPoint, property 'phone': personal data in the codec table, not personal data"
            + " here");
  }

  @Test
  void aSchemaWithoutATypeOfTheDocumentIsReported() {
    JsonNode schema = portfolioSchema();
    ((ObjectNode) schema.get("$defs")).remove("participation");

    assertThat(schemaDifferences(codecs(), schema)).containsExactly(
        "the portfolio schema has no type 'participation', which the codecs read and write with the properties"
            + " [organizationId, role]");
  }

  @Test
  void aDocumentWithoutARowIsReported() {
    String document = replaceLine(FormatDocumentTest.document(), "| `term` | period | | |", null);

    assertThat(documentDifferences(codecs(), document)).containsExactly(
        "docs/json-format.md, type agreement, property 'term': in the codec table (optional, $ref period), missing here");
  }

  @Test
  void aDocumentWhoseRequiredFlagValueOrPersonalDataDiffersIsReported() {
    String document = FormatDocumentTest.document();
    document = replaceLine(document, "| `speakerId` | id | yes | |", "| `speakerId` | id | | |");
    document = replaceLine(document, "| `edition` | integer | yes | the survey's year |",
        "| `edition` | decimal | yes | the survey's year |");
    document = replaceLine(document, "| `email` | string | | personal data |", "| `email` | string | | |");

    assertThat(documentDifferences(codecs(), document)).containsExactlyInAnyOrder(
        "docs/json-format.md, type indexObservation, property 'edition': the codec table has integer, here $ref decimal",
        "docs/json-format.md, type statement, property 'speakerId': required in the codec table, optional here",
        "docs/json-format.md, type contactPoint, property 'email': personal data in the codec table, not personal data"
            + " here");
  }

  @Test
  void aDocumentThatListsPropertiesOutOfTheirCanonicalOrderIsReported() {
    String document = FormatDocumentTest.document().replace("| `asOf` | date | | |\n| `period` | date range | | |\n",
        "| `period` | date range | | |\n| `asOf` | date | | |\n");

    assertThat(documentDifferences(codecs(), document)).containsExactly(
        "docs/json-format.md, type figure: properties in the order [id, kind, description, quantity, period, asOf,"
            + " fromCountry, toCountry, sourceIds], the codec table's (canonical) order is [id, kind, description,"
            + " quantity, asOf, period, fromCountry, toCountry, sourceIds]");
  }

  @Test
  void aDocumentWhoseEnumCodesDifferIsReportedAtEveryPropertyOfThatEnum() {
    String document = FormatDocumentTest.document().replace("`binding`, `non-binding`, `unspecified` |",
        "`binding`, `non-binding` |");

    assertThat(documentDifferences(codecs(), document)).containsExactly(
        "docs/json-format.md, type agreement, property 'legalNature': the codec table has codes [binding, non-binding,"
            + " unspecified], here codes [binding, non-binding]");
  }

  @Test
  void aDocumentValueOutsideTheVocabularyOrABrokenLinkIsRefusedSayingWhere() {
    String unknownWord = replaceLine(FormatDocumentTest.document(), "| `term` | period | | |", "| `term` | duration | | |");
    assertThatIllegalArgumentException().isThrownBy(() -> FormatDescriptions.documentTypes(unknownWord))
        .withMessageStartingWith("docs: agreement row [`term`, duration, , ]: 'duration' is none of the words");

    String brokenLink = FormatDocumentTest.document().replace("[`party`](#party)", "[`party`](#parties)");
    assertThatIllegalArgumentException().isThrownBy(() -> FormatDescriptions.documentTypes(brokenLink))
        .withMessageContaining("the link to party goes to #parties");
  }

  // ---- helpers ----

  /** {@return a copy of the types, with one property added at the end of one type} */
  private static Map<String, List<PropertyDescription>> withProperty(Map<String, List<PropertyDescription>> types,
      String type, PropertyDescription property) {
    Map<String, List<PropertyDescription>> copy = new LinkedHashMap<>(types);
    List<PropertyDescription> properties = new ArrayList<>(copy.get(type));
    properties.add(property);
    copy.put(type, properties);
    return copy;
  }

  /** {@return the document with one line, which must be there, replaced, or removed if {@code by} is null} */
  private static String replaceLine(String document, String line, String by) {
    assertThat(document).as("docs/json-format.md").contains("\n" + line + "\n");
    return document.replace("\n" + line + "\n", by == null ? "\n" : "\n" + by + "\n");
  }
}

package org.egovcoop.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.egovcoop.portfolio.Portfolio;
import org.egovcoop.time.PartialDate;
import org.egovcoop.validation.ModelValidator;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The golden file, byte for byte. That it is exactly the portfolio the examples module builds
 * with the builders is proven there ({@code PressRelease2017JsonTest}); here it proves the codecs:
 * decoding keeps every record and every digit, and encoding gives the same bytes back.
 */
class GoldenFileTest {

  @Test
  void goldenFileRoundTripsByteForByte() {
    EgovJson json = EgovJson.create().indented();
    byte[] written = json.writePortfolio(json.readPortfolio(Golden.bytes()));

    // As text first, so that a failure shows a readable difference.
    assertThat(new String(written, StandardCharsets.UTF_8)).isEqualTo(new String(Golden.bytes(), StandardCharsets.UTF_8));
    assertThat(written).isEqualTo(Golden.bytes());
  }

  @Test
  void goldenFileDecodesToAValidPortfolioWithEveryRecordOfTheFile() {
    Portfolio decoded = Golden.portfolio();
    // The file read by a stock mapper, which knows nothing of the codecs: what the model must hold.
    JsonNode file = JsonMapper.builder().build().readTree(Golden.bytes());
    Map<String, List<?>> records = Map.ofEntries(
        Map.entry("organizations", decoded.getOrganizations()),
        Map.entry("persons", decoded.getPersons()),
        Map.entry("appointments", decoded.getAppointments()),
        Map.entry("agreements", decoded.getAgreements()),
        Map.entry("activities", decoded.getActivities()),
        Map.entry("figures", decoded.getFigures()),
        Map.entry("observations", decoded.getObservations()),
        Map.entry("statements", decoded.getStatements()),
        Map.entry("sources", decoded.getSources()));

    assertThat(ModelValidator.create().withLocale(Locale.ENGLISH).validate(decoded)).isEmpty();
    assertThat(decoded.getId()).isEqualTo(file.get("id").asString());
    assertThat(decoded.getCountries()).hasSize(file.get("countries").size());
    Set<String> properties = new TreeSet<>(records.keySet());
    properties.addAll(List.of("formatVersion", "id", "title", "countries"));
    assertThat(file.propertyNames()).containsExactlyInAnyOrderElementsOf(properties);
    records.forEach((name, list) -> assertThat(list).as(name).isNotEmpty().hasSize(file.get(name).size()));
    assertThat(decoded.findAgreement(Golden.MOU_2017).orElseThrow().getSignedOn())
        .contains(PartialDate.parse("2017-11-22"));
  }

  @Test
  void compactFormRoundTripsAndHasNoWhitespaceOutsideStrings() {
    EgovJson json = EgovJson.create();
    Portfolio portfolio = Golden.portfolio();
    byte[] compact = json.writePortfolio(portfolio);

    assertThat(json.readPortfolio(compact)).isEqualTo(portfolio);
    assertThat(json.writePortfolio(json.readPortfolio(compact))).isEqualTo(compact);
    assertThat(new String(compact, StandardCharsets.UTF_8)).startsWith("{\"formatVersion\":\"1.0\",\"id\":")
        .doesNotContain("\n").doesNotContain("\": ").doesNotContain(", \"");
  }

  @Test
  void exactDecimalsKeepTheirText() {
    String text = new String(Golden.bytes(), StandardCharsets.UTF_8);
    BigDecimal exports = Golden.portfolio().getFigures().get(0).getQuantity().quantity().value();

    assertThat(text).contains("\"value\": 180000000,");
    assertThat(exports).isEqualTo(new BigDecimal("180000000")).hasScaleOf(0);
  }
}

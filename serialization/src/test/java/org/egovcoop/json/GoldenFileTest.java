package org.egovcoop.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.egovcoop.portfolio.Portfolio;
import org.junit.jupiter.api.Test;

/** The press-release portfolio against its golden file, byte for byte. */
class GoldenFileTest {

  static final String GOLDEN = "/golden/press-release-2017.json";

  static byte[] golden() {
    try (InputStream in = GoldenFileTest.class.getResourceAsStream(GOLDEN)) {
      if (in == null) {
        throw new IllegalStateException("Missing test resource " + GOLDEN);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void goldenFileDecodesToThePressReleasePortfolio() {
    Portfolio decoded = EgovJson.create().readPortfolio(golden());

    assertThat(decoded).isEqualTo(PressReleasePortfolio.portfolio());
  }

  @Test
  void pressReleasePortfolioEncodesToTheGoldenFileByteForByte() {
    byte[] written = EgovJson.create().indented().writePortfolio(PressReleasePortfolio.portfolio());

    assertThat(new String(written, StandardCharsets.UTF_8)).isEqualTo(new String(golden(), StandardCharsets.UTF_8));
    assertThat(written).isEqualTo(golden());
  }

  @Test
  void goldenFileRoundTripsByteForByte() {
    EgovJson json = EgovJson.create().indented();

    assertThat(json.writePortfolio(json.readPortfolio(golden()))).isEqualTo(golden());
  }

  @Test
  void compactFormRoundTripsAndHasNoWhitespaceOutsideStrings() {
    EgovJson json = EgovJson.create();
    byte[] compact = json.writePortfolio(PressReleasePortfolio.portfolio());

    assertThat(json.writePortfolio(json.readPortfolio(compact))).isEqualTo(compact);
    assertThat(new String(compact, StandardCharsets.UTF_8)).startsWith("{\"formatVersion\":\"1.0\",\"id\":")
        .doesNotContain("\n").doesNotContain("\": ").doesNotContain(", \"");
  }

  @Test
  void exactDecimalsKeepTheirText() {
    String text = new String(golden(), StandardCharsets.UTF_8);

    assertThat(text).contains("\"value\": 180000000,");
  }
}

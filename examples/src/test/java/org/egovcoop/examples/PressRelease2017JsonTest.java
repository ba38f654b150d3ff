package org.egovcoop.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.egovcoop.json.EgovJson;
import org.junit.jupiter.api.Test;

/**
 * The link between the press release built with the builders and the JSON format's golden file,
 * which the serialization module's tests check on their own (decoding, canonical re-encoding,
 * schema, redaction): the golden file is this portfolio, and this portfolio is the golden file.
 */
class PressRelease2017JsonTest {

  @Test
  void goldenFileDecodesToThePressReleasePortfolio() {
    assertThat(EgovJson.create().readPortfolio(ProjectFiles.golden())).isEqualTo(PressRelease2017.portfolio());
  }

  @Test
  void pressReleasePortfolioEncodesToTheGoldenFileByteForByte() {
    byte[] written = EgovJson.create().indented().writePortfolio(PressRelease2017.portfolio());

    // As text first, so that a failure shows a readable difference.
    assertThat(new String(written, StandardCharsets.UTF_8))
        .isEqualTo(new String(ProjectFiles.golden(), StandardCharsets.UTF_8));
    assertThat(written).isEqualTo(ProjectFiles.golden());
  }
}

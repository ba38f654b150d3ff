package org.egovcoop.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.egovcoop.json.internal.EnumCodec;
import org.egovcoop.json.internal.Enums;
import org.junit.jupiter.api.Test;

/** docs/json-format.md says what the code does: its example, its error outputs and its codes. */
class FormatDocumentTest {

  static String document() {
    Path path = Path.of("..", "docs", "json-format.md");
    if (!Files.exists(path)) {
      throw new IllegalStateException("Missing " + path.toAbsolutePath() + ": tests run from the module directory");
    }
    try {
      return Files.readString(path, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The fenced block after a marker comment, without its fence lines. */
  static String block(String document, String marker) {
    int at = document.indexOf("<!-- " + marker + " -->");
    assertThat(at).as("marker %s", marker).isNotNegative();
    int start = document.indexOf('\n', document.indexOf("```", at)) + 1;
    int end = document.indexOf("```", start);
    return document.substring(start, end);
  }

  @Test
  void shipsInTheModuleAsTheResourceTheJavadocLinksTo() throws IOException {
    try (InputStream in = EgovJson.class.getResourceAsStream("/META-INF/egovcoop/json-format.md")) {
      assertThat(in).as("META-INF/egovcoop/json-format.md beside EgovJson").isNotNull();
      assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo(document());
    }
  }

  @Test
  void theExampleIsTheGoldenFile() {
    assertThat(block(document(), "golden:start")).isEqualTo(new String(Golden.bytes(), StandardCharsets.UTF_8));
  }

  @Test
  void theErrorExamplesShowTheRealOutput() {
    String document = document();
    for (int n = 1; n <= 2; n++) {
      String input = block(document, "example-input:" + n);
      String output = block(document, "example-output:" + n);

      EgovJsonException e = catchThrowableOfType(EgovJsonException.class, () -> EgovJson.create().readPortfolio(input));

      assertThat(e.getMessage() + "\n").as("example %d", n).isEqualTo(output);
    }
  }

  @Test
  void everyEnumCodeIsDocumented() {
    String document = document();
    for (EnumCodec<?> codes : Enums.all()) {
      for (String code : codes.codes()) {
        assertThat(document).as("code %s of %s", code, codes.type().getSimpleName()).contains("`" + code + "`");
      }
    }
  }
}

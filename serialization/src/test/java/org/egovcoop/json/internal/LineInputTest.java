package org.egovcoop.json.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The line buffer grows without int overflow, and a limit beyond the largest array is no limit. */
class LineInputTest {

  @Test
  void growingDoublesWithoutOverflowAndStopsAtTheLargestArray() {
    assertThat(LineInput.grow(1024, 1025)).isEqualTo(2048);
    assertThat(LineInput.grow(1024, 5000)).isEqualTo(5000);
    // 1.5 billion doubled overflows an int: it was negative, and growth fell back to the bare need
    assertThat(LineInput.grow(1_500_000_000, 1_500_000_001L)).isEqualTo(Integer.MAX_VALUE - 8);
    assertThat(LineInput.grow(Integer.MAX_VALUE - 9, Integer.MAX_VALUE - 8L)).isEqualTo(Integer.MAX_VALUE - 8);
  }

  @Test
  void aLimitOfLongMaxValueKeepsEveryLine() {
    // The limit plus one (for a '\r') overflowed to Long.MIN_VALUE: every line was too long.
    LineInput lines = new LineInput(new ByteArrayInputStream("ab\r\ncd".getBytes(StandardCharsets.US_ASCII)),
        Long.MAX_VALUE);

    assertThat(lines.maxLineLength()).isEqualTo(LineInput.MAX_LINE);
    assertThat(lines.next()).isTrue();
    assertThat(lines.tooLong()).isFalse();
    assertThat(new String(lines.bytes(), 0, lines.length(), StandardCharsets.US_ASCII)).isEqualTo("ab");
    assertThat(lines.next()).isTrue();
    assertThat(new String(lines.bytes(), 0, lines.length(), StandardCharsets.US_ASCII)).isEqualTo("cd");
    assertThat(lines.next()).isFalse();
  }
}

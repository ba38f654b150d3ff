package org.egovcoop.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Escaping and abbreviating never split a surrogate pair or an escape, and keep within the bound. */
class TextsTest {

  private static final String PAIR = "\uD83D\uDE00";

  @Test
  void controlsSeparatorsBidiAndLoneSurrogatesAreEscapedPairsAreKept() {
    assertThat(Texts.escape("a\u0007b\u0000\u001b[2J\n\u0085\u2028\u202E" + PAIR + "\uD800"))
        .isEqualTo("a\\u0007b\\u0000\\u001b[2J\\u000a\\u0085\\u2028\\u202e" + PAIR + "\\ud800");
    assertThat(Texts.escape("Ўзбекистон, 김부겸")).isEqualTo("Ўзбекистон, 김부겸");
  }

  @Test
  void aValueIsCutBeforeAPairOrAnEscapeThatDoesNotFit() {
    for (int prefix = 50; prefix <= 60; prefix++) {
      for (String tail : new String[] {PAIR, "\u0007"}) {
        String value = Texts.value("k".repeat(prefix) + tail + "x".repeat(10));

        assertThat(value.length()).isLessThanOrEqualTo(Texts.MAX_VALUE);
        assertThat(value).endsWith("...");
        String kept = value.substring(0, value.length() - 3);
        assertThat(kept).matches("k*(" + PAIR + "|\\\\u0007)?x*");
        assertThat(Texts.loneSurrogate(kept.toCharArray(), 0, kept.length())).isEqualTo(-1);
      }
    }
  }

  @Test
  void aLongMessageKeepsItsStartAndItsEndWithinTheBound() {
    String message = "'" + (PAIR + "\u0007").repeat(400) + "' is not a valid id: expected letters";

    String bounded = Texts.middle(message, Texts.MAX_MESSAGE);

    assertThat(bounded.length()).isLessThanOrEqualTo(Texts.MAX_MESSAGE);
    assertThat(bounded).startsWith("'" + PAIR + "\\u0007").endsWith("' is not a valid id: expected letters")
        .contains("...");
    assertThat(Texts.loneSurrogate(bounded.toCharArray(), 0, bounded.length())).isEqualTo(-1);
    // only whole escapes and whole pairs were kept: without them, nothing but the cut is left
    assertThat(bounded.replace("\\u0007", "").replace(PAIR, "")).isEqualTo("'...' is not a valid id: expected letters");
  }
}

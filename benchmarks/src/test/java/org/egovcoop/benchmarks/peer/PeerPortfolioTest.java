package org.egovcoop.benchmarks.peer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PeerPortfolioTest {

  @Test
  void comparesPartialDatesByTheirCommonPrecision() {
    assertThat(PeerPortfolio.certainlyBefore("2013-11", "2013-12-10")).isTrue();
    assertThat(PeerPortfolio.certainlyBefore("2012-12-31", "2013")).isTrue();
    assertThat(PeerPortfolio.certainlyBefore("2013", "2013-12")).isFalse();
    assertThat(PeerPortfolio.certainlyBefore("2013-12", "2013-12-10")).isFalse();
    assertThat(PeerPortfolio.certainlyBefore("2014", "2013-12-10")).isFalse();
  }
}

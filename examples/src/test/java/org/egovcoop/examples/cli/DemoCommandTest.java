package org.egovcoop.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DemoCommandTest {

  @Test
  void printsTheSummaryOfThePressRelease() {
    Run run = Run.of("demo");
    assertThat(run.exitCode).as("%s", run).isZero();
    assertThat(run.err).isEmpty();
    assertThat(run.out)
        .contains("Korea–Uzbekistan e-government cooperation")
        .contains("Valid: the validator found no problem.")
        .contains("signed 2017-11-22 at Government Complex Seoul, KOR")
        .contains("KOR  Ministry of the Interior and Safety")
        .contains("signed by Kim Boo-kyum, Minister")
        .contains("signed by Shermatov Sherzod Khotamovich, Minister")
        .contains("Lineage: kor-uzb-egov-mou-2013 (2013-12) → kor-uzb-egov-mou-2017 (2017-11-22)")
        .contains("2013/2015  e-Government Cooperation Centre")
        .contains("Uzbekistan's EGDI rank of 193, 2014 → 2016: 100 → 80 (+20)")
        .contains("> 180000000 USD KOR → UZB, as of 2017-11-22");
    assertThat(run.outLines()).anySatisfy(line ->
        assertThat(line).matches(" *cooperation +e-Government, Smart governance, Safe city, Cybersecurity"));
    assertThat(run.outLines()).anySatisfy(line ->
        assertThat(line).matches(" *benchmarking +Open data, Big data, Cloud, Mobile"));
  }

  @Test
  void theTimelineMarksUncertainAndSameDayEntries() {
    Run run = Run.of("demo");
    assertThat(run.outLines()).containsSubsequence(
        "  2013         appointment started          kim-nam-seok-vice-chair",
        "  2013-12    ? agreement signed             kor-uzb-egov-mou-2013",
        "  2014         survey edition               un-egov-survey-2014",
        "  2017-11-22 ? agreement signed             kor-uzb-egov-mou-2017",
        "  2017-11-22 = figure as of                 kor-uzb-egov-exports-2017");
  }

  @Test
  void hasHelp() {
    Run run = Run.of("demo", "--help");
    assertThat(run.exitCode).isZero();
    assertThat(run.out).startsWith("Usage: egovcoop demo [-hV]").contains("press release of 22 November 2017");
  }

  @Test
  void rejectsArguments() {
    Run run = Run.of("demo", "extra");
    assertThat(run.exitCode).isEqualTo(2);
    assertThat(run.out).isEmpty();
    assertThat(run.errLines()).containsExactly(
        "egovcoop demo: Unmatched argument at index 1: 'extra' (see 'egovcoop demo --help')");
  }
}

package org.egovcoop.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.egovcoop.actor.Person;
import org.egovcoop.examples.PressRelease2017;
import org.egovcoop.examples.ProjectFiles;
import org.egovcoop.json.EgovJson;
import org.egovcoop.portfolio.Portfolio;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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
  void withoutOutputWritesNoFileAndSaysHow() {
    Run run = Run.of("demo");

    assertThat(run.outLines()).last()
        .isEqualTo("JSON: add --output FILE to write this portfolio as an egovcoop JSON document.");
  }

  @Test
  void outputWritesTheGoldenFile(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("press-release-2017.json");

    Run run = Run.of("demo", "--output", file.toString());

    assertThat(run.exitCode).as("%s", run).isZero();
    assertThat(run.err).isEmpty();
    assertThat(run.out).contains("Uzbekistan's EGDI rank of 193, 2014 → 2016: 100 → 80 (+20)");
    byte[] golden = ProjectFiles.golden();
    assertThat(Files.readAllBytes(file)).isEqualTo(golden);
    assertThat(run.outLines()).last().isEqualTo("JSON: wrote " + file + " (" + golden.length + " bytes);"
        + " check it with: egovcoop validate " + file);
  }

  @Test
  void withoutPersonalDataLeavesOutNamesAndPhones(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("public.json");

    Run run = Run.of("demo", "--without-personal-data", "--output", file.toString());

    assertThat(run.exitCode).as("%s", run).isZero();
    String json = Files.readString(file);
    assertThat(new String(ProjectFiles.golden(), StandardCharsets.UTF_8)).contains("Kim Boo-kyum", "김부겸", "+82-2-2100-3955");
    assertThat(json).doesNotContain("Kim Boo-kyum", "김부겸", "Jung Hyun-kwan", "+82-2-2100-3955");
    Portfolio read = EgovJson.create().readPortfolio(file);
    Portfolio full = PressRelease2017.portfolio();
    assertThat(read.getPersons()).extracting(Person::getId)
        .containsExactlyElementsOf(full.getPersons().stream().map(Person::getId).toList());
    assertThat(read.getPersons()).allSatisfy(person -> assertThat(person.getName()).isEmpty());
    // everything that is not personal data is kept
    assertThat(read.getAgreements()).isEqualTo(full.getAgreements());
    assertThat(read.getFigures()).isEqualTo(full.getFigures());
    assertThat(run.outLines()).last().asString()
        .startsWith("JSON: wrote " + file + " (" + json.getBytes(StandardCharsets.UTF_8).length + " bytes, without personal data)");
  }

  @Test
  void anUnwritableOutputIsOneLineWithExitCode2(@TempDir Path dir) {
    Path missingDirectory = dir.resolve("missing").resolve("out.json");
    Run.of("demo", "--output", missingDirectory.toString())
        .assertUsageError("egovcoop demo: cannot write " + missingDirectory + ": no such file or directory");
    Run.of("demo", "--output", dir.toString())
        .assertUsageError("egovcoop demo: cannot write " + dir + ": is a directory");
  }

  @Test
  void withoutPersonalDataNeedsOutput() {
    Run.of("demo", "--without-personal-data")
        .assertUsageError("egovcoop demo: --without-personal-data goes with --output FILE (see 'egovcoop demo --help')");
  }

  @Test
  void hasHelp() {
    assertThat(Run.helpOf("demo")).startsWith("Usage: egovcoop demo [-hV] [--iati] [--without-personal-data]")
        .contains("[--output=FILE]").contains("press release of 22 November 2017").contains("--iati");
  }

  @Test
  void rejectsArguments() {
    Run.of("demo", "extra")
        .assertUsageError("egovcoop demo: Unmatched argument at index 1: 'extra' (see 'egovcoop demo --help')");
  }
}

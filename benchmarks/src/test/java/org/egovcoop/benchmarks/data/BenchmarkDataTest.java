package org.egovcoop.benchmarks.data;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.Validator;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.egovcoop.benchmarks.SharedData;
import org.egovcoop.benchmarks.peer.PeerJson;
import org.egovcoop.benchmarks.peer.PeerObservation;
import org.egovcoop.geo.CountryCode;
import org.egovcoop.survey.IndexObservation;
import org.egovcoop.validation.ModelValidator;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

class BenchmarkDataTest {

  private static final int COUNT = BenchmarkData.SMALL;

  /** Reads the real UN tables: runs in the shared-data variant of the build. */
  @Tag("shared-data")
  @Test
  void theMemberStatesAreTheSurveysOwnAndAssignedIsoCodes() {
    assertThat(BenchmarkData.UN_MEMBER_STATES).hasSize(193).doesNotHaveDuplicates().isSorted()
        .allMatch(CountryCode::isAssigned);
    for (int edition : SharedData.SURVEY_EDITIONS) {
      Set<String> inFile = new TreeSet<>();
      String[] lines = new String(SharedData.surveyFile(edition), StandardCharsets.UTF_8).split("\n");
      for (int i = 1; i < lines.length; i++) {
        inFile.add(lines[i].substring(0, lines[i].indexOf(',')));
      }
      assertThat(inFile).as("country codes of egdi-%d.csv", edition).containsExactlyElementsOf(BenchmarkData.UN_MEMBER_STATES);
    }
  }

  @Test
  void theSameSeedGivesTheSameBytes() {
    assertThat(BenchmarkData.arrayBytes(COUNT)).isEqualTo(BenchmarkData.arrayBytes(COUNT));
    assertThat(BenchmarkData.ndjsonBytes(COUNT)).isEqualTo(BenchmarkData.ndjsonBytes(COUNT));
    assertThat(BenchmarkData.arrayBytes(100)).isNotEqualTo(BenchmarkData.arrayBytes(101));
  }

  @Test
  void ndjsonHoldsTheArraysElementsOnePerLine() {
    String ndjson = new String(BenchmarkData.ndjsonBytes(COUNT), StandardCharsets.UTF_8);
    assertThat(ndjson).endsWith("}\n").doesNotContain("\n\n");
    List<String> lines = ndjson.lines().toList();
    assertThat(lines).hasSize(COUNT);
    assertThat("[" + String.join(",", lines) + "]")
        .isEqualTo(new String(BenchmarkData.arrayBytes(COUNT), StandardCharsets.UTF_8));
    assertThat(BenchmarkData.ndjsonLength(COUNT)).isEqualTo(BenchmarkData.ndjsonBytes(COUNT).length);
    assertThat(lines.get(0)).matches(
        "\\{\"index\":\"egdi\",\"edition\":2003,\"country\":\"[A-Z]{3}\",\"rank\":1,\"numberAssessed\":191,\"score\":0\\.9[0-9]+}");
  }

  @Test
  void theObservationsHaveTheSurveysVariety() {
    List<PeerObservation> observations = BenchmarkData.peerObservations(COUNT);
    Set<String> rankings = new HashSet<>();
    boolean tie = false;
    Set<Integer> scales = new TreeSet<>();
    Set<Integer> assessed = new TreeSet<>();
    Set<Integer> editions = new TreeSet<>();
    Set<String> indices = new TreeSet<>();
    int absent = 0;
    int trailingZero = 0;
    for (PeerObservation o : observations) {
      editions.add(o.edition());
      indices.add(o.index());
      assessed.add(o.numberAssessed());
      assertThat(o.rank() != null).as("only the EGDI is ranked: %s", o).isEqualTo(o.index().equals("egdi") && o.score() != null);
      if (o.rank() != null) {
        assertThat(o.rank()).isBetween(1, o.numberAssessed());
        tie |= !rankings.add(o.edition() + "/" + o.rank());
      }
      if (o.score() == null) {
        absent++;
      } else {
        assertThat(o.score()).isBetween(new BigDecimal("0.01"), BigDecimal.ONE);
        scales.add(o.score().scale());
        if (o.score().scale() == 4 && o.score().unscaledValue().intValue() % 10 == 0) {
          trailingZero++;
        }
      }
    }
    assertThat(tie).as("some states share a rank").isTrue();
    assertThat(absent).as("states with no values").isBetween(10, 200);
    assertThat(trailingZero).as("scores with a trailing zero kept").isPositive();
    assertThat(scales).containsExactly(4, 5, 16);
    assertThat(assessed).containsExactly(191, 192, 193);
    assertThat(editions).contains(2003, 2004, 2005, 2008, 2010, 2012, 2014, 2016, 2018);
    assertThat(indices).containsExactlyInAnyOrder("egdi", "osi", "hci", "tii", "epi");
    assertThat(observations).extracting(PeerObservation::score).map(String::valueOf)
        .anyMatch(s -> s.matches("0\\.[0-9]{5}0{10}1"))
        .anyMatch(s -> s.matches("0\\.[0-9]{4,5}9{11,12}"));
  }

  @Test
  void everyObservationIsValidForBothModelsAndBothHoldTheSameFacts() {
    List<IndexObservation> core = BenchmarkData.coreObservations(COUNT);
    List<PeerObservation> peer = BenchmarkData.peerObservations(COUNT);
    ModelValidator ours = ModelValidator.create();
    Validator validator = PeerJson.validator();
    for (int i = 0; i < COUNT; i++) {
      IndexObservation c = core.get(i);
      PeerObservation p = peer.get(i);
      assertThat(ours.validate(c)).as("observation %d", i).isEmpty();
      assertThat(validator.validate(p)).as("observation %d", i).isEmpty();
      assertThat(new PeerObservation(c.getIndex().code(), c.getEdition(), c.getCountry().alpha3(),
          c.getRank().isPresent() ? c.getRank().getAsInt() : null, c.getNumberAssessed(), c.getScore().orElse(null)))
          .isEqualTo(p);
    }
  }

  @Test
  void theExpectedSummaryAndTokenCountAreThoseOfTheData() {
    ObservationSummary.Accumulator summary = new ObservationSummary.Accumulator();
    long tokens = 2;
    for (PeerObservation o : BenchmarkData.peerObservations(COUNT)) {
      summary.add(o.index(), o.edition(), o.country(), o.rank() == null ? 0 : o.rank(), o.score());
      tokens += 2 + 2 * (4 + (o.rank() == null ? 0 : 1) + (o.score() == null ? 0 : 1));
    }
    assertThat(BenchmarkData.expectedSummary(COUNT)).isEqualTo(summary.result());
    assertThat(BenchmarkData.expectedSummary(COUNT).count()).isEqualTo(COUNT);
    assertThat(BenchmarkData.expectedArrayTokens(COUNT)).isEqualTo(tokens);
    assertThat(BenchmarkData.expectedSummary(COUNT)).isNotEqualTo(BenchmarkData.expectedSummary(COUNT - 1));
  }
}

package org.egovcoop.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import org.egovcoop.json.internal.CanonicalObservations;
import org.egovcoop.json.internal.Decoding;
import org.egovcoop.json.internal.Scalars;
import org.egovcoop.survey.IndexObservation;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.json.JsonFactory;

/**
 * The observation readers' contract, for any bytes: the array reader (its canonical fast path and
 * the general reader) and the NDJSON reader give values that round-trip, or problems that are
 * located and printable; never another exception. Whatever the fast path accepts, the general
 * reader reads to the same values. Run as {@link PortfolioFuzzTest} says.
 */
class ObservationsFuzzTest {

  private static final EgovJson JSON = EgovJson.create();
  /** A factory with the limits EgovJson reads with, for the general reader. */
  private static final JsonFactory GENERAL = JsonFactory.builder().streamReadConstraints(StreamReadConstraints.builder()
      .maxNestingDepth(JSON.limits().maxNestingDepth())
      .maxStringLength(JSON.limits().maxStringLength())
      .maxNameLength(JSON.limits().maxNameLength())
      .maxNumberLength(JSON.limits().maxNumberLength())
      .maxDocumentLength(JSON.limits().maxDocumentLength())
      .maxTokenCount(JSON.limits().maxTokenCount())
      .build()).build();

  @FuzzTest(maxDuration = "3m")
  void array(byte[] document) {
    List<IndexObservation> read = FuzzContract.readOrRefuse(() -> JSON.readObservations(document));
    if (read == null) {
      return;
    }
    if (CanonicalObservations.readArray(document, JSON.limits()) != null) {
      // read by the fast path: the general reader must read the same bytes to the same values
      Decoding.Outcome<List<IndexObservation>> general = Decoding.document(GENERAL, document, 0, document.length, 0,
          Scalars::observations, "an array of index observation objects", false, JSON.limits().maxCollectionSize(),
          JSON.limits().maxProblems());
      assertThat(general.problems).isEmpty();
      assertThat(general.value).isEqualTo(read);
    }
    FuzzContract.roundTrips(read, JSON::writeObservations, JSON::readObservations);
  }

  @FuzzTest(maxDuration = "3m")
  void lines(byte[] stream) {
    List<IndexObservation> read = new ArrayList<>();
    try (JsonLinesReader<IndexObservation> lines = JSON.observationLines(new ByteArrayInputStream(stream))) {
      while (lines.hasNext()) {
        try {
          read.add(lines.next());
        } catch (EgovJsonException e) {
          FuzzContract.refusedProperly(e);
          assertThat(e.problems()).allSatisfy(p -> assertThat(p.line()).isEqualTo(lines.lineNumber()));
        }
      }
    }
    for (IndexObservation observation : read) {
      FuzzContract.roundTrips(observation, JSON::writeObservation, JSON::readObservation);
    }
  }
}

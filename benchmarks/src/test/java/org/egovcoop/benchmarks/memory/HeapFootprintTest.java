package org.egovcoop.benchmarks.memory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class HeapFootprintTest {

  @Test
  void measuresEveryContenderTwoWaysThatAgree() {
    List<HeapFootprint.Measurement> measurements = HeapFootprint.measureAll(20_000);
    assertThat(measurements).extracting(HeapFootprint.Measurement::name)
        .containsExactly("peer-decoded", "ours-decoded", "ours-built");
    HeapFootprint.Measurement peer = measurements.get(0);
    HeapFootprint.Measurement decoded = measurements.get(1);
    HeapFootprint.Measurement ours = measurements.get(2);
    // Decoding must cost no memory that building does not: the same shared codes and constants.
    // Only the generator's tied observations share one score object, which decoding cannot know
    // (about 3 % of observations, 40 bytes each).
    assertThat(decoded.graphBytesPerObservation()).isCloseTo(ours.graphBytesPerObservation(), within(2.0));
    assertThat(decoded.heapBytesPerObservation()).isCloseTo(decoded.graphBytesPerObservation(), within(25.0));
    // A record of two fresh Strings, a BigDecimal and sometimes an Integer is well over 100 bytes;
    // a core value shares its country and index, so it must hold less.
    assertThat(peer.graphBytesPerObservation()).isBetween(120.0, 260.0);
    assertThat(ours.graphBytesPerObservation()).isBetween(40.0, peer.graphBytesPerObservation());
    assertThat(peer.heapBytesPerObservation()).isCloseTo(peer.graphBytesPerObservation(), within(25.0));
    assertThat(ours.heapBytesPerObservation()).isCloseTo(ours.graphBytesPerObservation(), within(25.0));
  }
}

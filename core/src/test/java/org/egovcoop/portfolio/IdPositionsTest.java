package org.egovcoop.portfolio;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** The table of id positions answers as a map filled with putIfAbsent in list order would. */
class IdPositionsTest {

  @Test
  void idsWithTheSameHashCodeRepeatedIdsAbsentIdsAndNull() {
    assertThat("Aa".hashCode()).isEqualTo("BB".hashCode());
    List<String> ids = List.of("Aa", "BB", "Aa", "x", "BB", "AaAa", "BBBB", "AaBB");
    IdPositions positions = IdPositions.of(ids, Function.identity());

    assertThat(positions.positionOf("Aa")).isEqualTo(0);
    assertThat(positions.positionOf("BB")).isEqualTo(1);
    assertThat(positions.positionOf(new String("BB".toCharArray()))).as("equal, not the same string").isEqualTo(1);
    assertThat(positions.positionOf("x")).isEqualTo(3);
    assertThat(positions.positionOf("BBAa")).as("same hash code as AaAa, absent").isEqualTo(-1);
    assertThat(positions.positionOf("y")).isEqualTo(-1);
    assertThat(positions.positionOf(null)).isEqualTo(-1);
    assertThat(List.of(0, 1, 2, 3, 4, 5, 6, 7)).extracting(positions::firstWithSameId)
        .containsExactly(0, 1, 0, 3, 1, 5, 6, 7);
    assertThat(IdPositions.of(List.<String>of(), Function.identity()).positionOf("a")).isEqualTo(-1);
  }

  @Test
  void agreesWithAMapOnRandomIdsWithManyRepeats() {
    Random random = new Random(11);
    for (int round = 0; round < 200; round++) {
      int n = random.nextInt(3_000);
      List<String> ids = new ArrayList<>(n);
      Map<String, Integer> first = new HashMap<>();
      for (int i = 0; i < n; i++) {
        String id = "id-" + random.nextInt(1 + n / 2);
        ids.add(id);
        first.putIfAbsent(id, i);
      }
      IdPositions positions = IdPositions.of(ids, Function.identity());
      for (int i = 0; i < n; i++) {
        assertThat(positions.firstWithSameId(i)).isEqualTo(first.get(ids.get(i)));
        assertThat(positions.positionOf(ids.get(i))).isEqualTo(first.get(ids.get(i)));
      }
      assertThat(positions.positionOf("id-" + (n + 1))).isEqualTo(-1);
    }
  }
}

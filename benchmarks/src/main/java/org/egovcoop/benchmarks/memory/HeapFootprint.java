package org.egovcoop.benchmarks.memory;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.egovcoop.benchmarks.Check;
import org.egovcoop.benchmarks.data.BenchmarkData;
import org.egovcoop.benchmarks.peer.PeerJson;
import org.egovcoop.benchmarks.peer.PeerObservation;
import org.egovcoop.json.EgovJson;
import org.egovcoop.json.JsonLinesReader;
import org.egovcoop.survey.IndexObservation;
import org.openjdk.jol.info.GraphLayout;
import org.openjdk.jol.vm.VM;
import tools.jackson.databind.MappingIterator;

/**
 * Measures the heap that decoded observations retain, per observation, two ways that must agree:
 * the exact size of the object graph (JOL's {@link GraphLayout}: every object reachable from the
 * list, each shared object such as a country code or an enum constant counted once), and the
 * growth of the used heap after a full collection while the list is held. The list itself (its
 * header and reference array) is left out of both.
 *
 * <p>Contenders: the peer's records as databind decodes them from NDJSON (a new {@code String}
 * for each country, as Jackson does not intern values); core {@code IndexObservation}s as
 * egovcoop's NDJSON reader decodes them from the same bytes; and, for comparison, the same values
 * built with core's builders without any decoder (one shared instance per country code and index).
 *
 * <p>Usage: {@code java -Xms2g -Xmx2g -Djdk.attach.allowAttachSelf=true -cp benchmarks.jar
 * org.egovcoop.benchmarks.memory.HeapFootprint <output.json> [observations]}; it writes a small JSON document that {@code PerformanceReport}
 * reads.
 */
public final class HeapFootprint {

  /** How many observations are held, by default. */
  public static final int DEFAULT_OBSERVATIONS = 200_000;

  static {
    // JOL cannot take field offsets of records through Unsafe; without the instrumentation agent
    // (-Djdk.attach.allowAttachSelf=true, as run.sh passes) it needs its fallback.
    if (System.getProperty("jol.magicFieldOffset") == null) {
      System.setProperty("jol.magicFieldOffset", "true");
    }
  }

  private HeapFootprint() {}

  /** One contender's retained heap. */
  record Measurement(String name, String description, double graphBytesPerObservation, double heapBytesPerObservation) {}

  /**
   * @param args the output file, then optionally the number of observations
   * @throws IOException if the output cannot be written
   */
  public static void main(String[] args) throws IOException {
    if (args.length < 1 || args.length > 2) {
      System.err.println("Usage: HeapFootprint <output.json> [observations]");
      System.exit(2);
    }
    Path output = Path.of(args[0]);
    int count = args.length > 1 ? Integer.parseInt(args[1]) : DEFAULT_OBSERVATIONS;
    List<Measurement> measurements = measureAll(count);
    Map<String, Object> document = new LinkedHashMap<>();
    document.put("observations", count);
    document.put("vm", VM.current().details().lines().findFirst().orElse(""));
    document.put("jvmArgs", ManagementFactory.getRuntimeMXBean().getInputArguments());
    document.put("measurements", measurements);
    Files.createDirectories(output.toAbsolutePath().getParent());
    PeerJson.MAPPER.writerWithDefaultPrettyPrinter().writeValue(output.toFile(), document);
    measurements.forEach(m -> System.out.printf("%-13s %7.1f B/observation (object graph), %7.1f B/observation (heap growth)%n",
        m.name(), m.graphBytesPerObservation(), m.heapBytesPerObservation()));
  }

  /**
   * @param count how many observations each contender holds
   * @return one measurement per contender
   */
  static List<Measurement> measureAll(int count) {
    byte[] ndjson = BenchmarkData.ndjsonBytes(count);
    List<PeerObservation> expectedPeer = BenchmarkData.peerObservations(count);
    List<Measurement> measurements = new ArrayList<>();
    measurements.add(measure("peer-decoded",
        "the peer's records, decoded from NDJSON by a stock databind MappingIterator", count,
        () -> {
          List<PeerObservation> decoded = decodePeer(ndjson, count);
          Check.sameList("peer: decoded records", decoded, expectedPeer);
          return decoded;
        }));
    List<IndexObservation> expectedOurs = BenchmarkData.coreObservations(count);
    measurements.add(measure("ours-decoded",
        "core IndexObservation values, decoded from NDJSON by egovcoop's observationLines reader", count,
        () -> {
          List<IndexObservation> decoded = decodeOurs(ndjson, count);
          Check.sameList("ours: decoded observations", decoded, expectedOurs);
          return decoded;
        }));
    measurements.add(measure("ours-built",
        "core IndexObservation values built with core's builders (egovcoop without its decoder)", count,
        () -> BenchmarkData.coreObservations(count)));
    return measurements;
  }

  private static List<PeerObservation> decodePeer(byte[] ndjson, int count) {
    List<PeerObservation> records = new ArrayList<>(count);
    try (MappingIterator<PeerObservation> it = PeerJson.OBSERVATION.readValues(ndjson)) {
      while (it.hasNextValue()) {
        records.add(it.nextValue());
      }
    }
    return records;
  }

  private static List<IndexObservation> decodeOurs(byte[] ndjson, int count) {
    List<IndexObservation> observations = new ArrayList<>(count);
    try (JsonLinesReader<IndexObservation> lines = EgovJson.create().observationLines(new ByteArrayInputStream(ndjson))) {
      lines.forEachRemaining(observations::add);
    }
    return observations;
  }

  private static Measurement measure(String name, String description, int count, Supplier<List<?>> make) {
    // Once unmeasured, so that what the first call sets up for good (databind's caches, loaded
    // classes' reflection data) is not counted as held by the observations.
    make.get();
    long before = usedAfterGc();
    List<?> held = make.get();
    Check.equal(name + ": observations held", held.size(), count);
    long after = usedAfterGc();
    long container = GraphLayout.parseInstance(new ArrayList<>(Collections.nCopies(count, null))).totalSize();
    long graph = GraphLayout.parseInstance(held).totalSize() - container;
    double heap = (double) (after - before - container) / count;
    return new Measurement(name, description, (double) graph / count, heap);
  }

  private static long usedAfterGc() {
    long used = Long.MAX_VALUE;
    for (int i = 0; i < 3; i++) {
      System.gc();
      used = Math.min(used, ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
    }
    return used;
  }
}

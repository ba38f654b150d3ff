package org.egovcoop.benchmarks;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.egovcoop.benchmarks.data.BenchmarkData;
import org.egovcoop.benchmarks.peer.PeerJson;
import org.egovcoop.benchmarks.peer.PeerObservation;
import org.egovcoop.json.EgovJson;
import org.egovcoop.survey.IndexObservation;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Encoding observations to a JSON array in memory, one operation being the whole array. Every
 * contender must write exactly the bytes of the data set, which the setup checks.
 * <ul>
 *   <li>{@link #peer()}: the peer's records through a stock Jackson 3 databind writer;</li>
 *   <li>{@link #ours()}: egovcoop's canonical writer, {@link EgovJson#writeObservations(Iterable)},
 *       on core values.</li>
 * </ul>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgs = {"-Xms2g", "-Xmx2g"})
public class EncodeBenchmark {

  /** How many observations are written. */
  @Param({"10000"})
  public int observations;

  private final EgovJson codec = EgovJson.create();
  private List<PeerObservation> peerObservations;
  private List<IndexObservation> coreObservations;

  /** Makes the values and checks that every contender writes the data set's bytes. */
  @Setup
  public void setUp() {
    peerObservations = BenchmarkData.peerObservations(observations);
    coreObservations = BenchmarkData.coreObservations(observations);
    byte[] expected = BenchmarkData.arrayBytes(observations);
    Check.sameBytes("peer: written array", peer(), expected);
    Check.sameBytes("ours: written array", ours(), expected);
  }

  /** @return the JSON array */
  @Benchmark
  public byte[] peer() {
    return PeerJson.OBSERVATION_LIST_WRITER.writeValueAsBytes(peerObservations);
  }

  /** @return the JSON array */
  @Benchmark
  public byte[] ours() {
    return codec.writeObservations(coreObservations);
  }
}

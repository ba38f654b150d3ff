package org.egovcoop.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.egovcoop.benchmarks.data.BenchmarkData;
import org.egovcoop.benchmarks.data.ObservationSummary;
import org.egovcoop.benchmarks.peer.PeerJson;
import org.egovcoop.benchmarks.peer.PeerObservation;
import org.egovcoop.json.EgovJson;
import org.egovcoop.json.JsonLinesReader;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import tools.jackson.databind.MappingIterator;

/**
 * Reading a million observations of newline-delimited JSON from a file, one at a time, in a
 * 64 MB heap (the file alone is about 86 MB): a reader that holds what it reads fails with
 * {@link OutOfMemoryError}. One operation is the whole file; each observation read is added to an
 * {@link ObservationSummary}, which the setup checks against the generator's.
 * <ul>
 *   <li>{@link #peer()}: the peer's records from a stock databind {@link MappingIterator};</li>
 *   <li>{@link #ours()}: egovcoop's NDJSON reader, {@link EgovJson#observationLines(InputStream)},
 *       each line read strictly and validated like a document.</li>
 * </ul>
 * Run apart from the other benchmarks, because it needs its own heap size.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgs = {"-Xms64m", "-Xmx64m"})
public class StreamingReadBenchmark {

  /** How many observations the file holds. */
  @Param({"1000000"})
  public int observations;

  private final EgovJson codec = EgovJson.create();
  private Path file;

  /** Writes the file, streaming, and checks every contender's reading of it. */
  @Setup
  public void setUp() throws IOException {
    file = Files.createTempFile("egovcoop-observations-", ".ndjson");
    BenchmarkData.writeNdjson(observations, file);
    ObservationSummary expected = BenchmarkData.expectedSummary(observations);
    Check.equal("peer: summary of the observations read", peer(), expected);
    Check.equal("ours: summary of the observations read", ours(), expected);
  }

  /** Deletes the file. */
  @TearDown
  public void tearDown() throws IOException {
    Files.deleteIfExists(file);
  }

  /** @return the summary of every observation read */
  @Benchmark
  public ObservationSummary peer() {
    ObservationSummary.Accumulator summary = new ObservationSummary.Accumulator();
    try (InputStream in = Files.newInputStream(file);
         MappingIterator<PeerObservation> records = PeerJson.OBSERVATION.readValues(in)) {
      while (records.hasNextValue()) {
        PeerObservation o = records.nextValue();
        summary.add(o.index(), o.edition(), o.country(), o.rank() == null ? 0 : o.rank(), o.score());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return summary.result();
  }

  /** @return the summary of every observation read */
  @Benchmark
  public ObservationSummary ours() {
    ObservationSummary.Accumulator summary = new ObservationSummary.Accumulator();
    try (JsonLinesReader<IndexObservation> lines = codec.observationLines(Files.newInputStream(file))) {
      while (lines.hasNext()) {
        IndexObservation o = lines.next();
        summary.add(o.getIndex().code(), o.getEdition(), o.getCountry().alpha3(), o.getRank().orElse(0),
            o.getScore().orElse(null));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return summary.result();
  }
}

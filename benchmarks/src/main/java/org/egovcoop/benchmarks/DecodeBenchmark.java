package org.egovcoop.benchmarks;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.egovcoop.benchmarks.data.BenchmarkData;
import org.egovcoop.benchmarks.peer.PeerJson;
import org.egovcoop.benchmarks.peer.PeerObservation;
import org.egovcoop.json.EgovJson;
import org.egovcoop.json.EgovJsonException;
import org.egovcoop.json.JsonLimits;
import org.egovcoop.json.JsonProblem;
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
import tools.jackson.core.JsonParser;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;

/**
 * Decoding a JSON array of observations, one operation being the whole array, from the same bytes
 * for every contender:
 * <ul>
 *   <li>{@link #floor()}: jackson-core's tokenizer alone, every token visited and none bound;
 *       no decoder built on it can be faster;</li>
 *   <li>{@link #peer()}: the peer's records through a stock Jackson 3 databind mapper, no
 *       validation;</li>
 *   <li>{@link #peerValidated()}: the same, then Hibernate Validator's {@code validate()} on
 *       each record, failing on the first invalid one;</li>
 *   <li>{@link #ours()}: egovcoop's strict array reader, {@link EgovJson#readObservations(byte[])}:
 *       unknown and repeated properties, wrong JSON types, unassigned country codes and limits
 *       are errors, every invariant is enforced by the builder, and every validation rule of an
 *       observation is checked, so each value returned is valid. The data set is in the compact
 *       canonical form, which the reader takes straight from the bytes, not through jackson-core's
 *       tokenizer (so it can beat the floor);</li>
 *   <li>{@link #oursIndented()}: the same reader on the same observations written indented, a
 *       form that goes through the general reader on jackson-core's tokenizer, with the same
 *       guarantees: what a document that is not canonical costs.</li>
 * </ul>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgs = {"-Xms2g", "-Xmx2g"})
public class DecodeBenchmark {

  /** How many observations the array holds. */
  @Param({"10000"})
  public int observations;

  private final JsonFactory tokenizer = new JsonFactory();
  private Validator validator;
  private byte[] json;
  private byte[] indented;
  private EgovJson codec;

  /** Makes the bytes and checks that every contender decodes them correctly. */
  @Setup
  public void setUp() {
    json = BenchmarkData.arrayBytes(observations);
    validator = PeerJson.validator();
    indented = indentedBytes(observations);
    codec = EgovJson.create().withLimits(limitsFor(Math.max(json.length, indented.length), observations));

    List<PeerObservation> expected = BenchmarkData.peerObservations(observations);
    Check.equal("floor: tokens seen", floor(), BenchmarkData.expectedArrayTokens(observations));
    Check.sameList("peer: decoded records", peer(), expected);
    Check.sameList("peer+: decoded and validated records", peerValidated(), expected);
    Check.equal("peer+: violations of a rank above the number assessed",
        validator.validate(new PeerObservation("egdi", 2016, "UZB", 194, 193, BigDecimal.ONE)).size(), 1);
    List<IndexObservation> expectedOurs = BenchmarkData.coreObservations(observations);
    Check.sameList("ours: decoded observations", ours(), expectedOurs);
    Check.sameList("ours: decoded observations, indented", oursIndented(), expectedOurs);
    Check.equal("ours: problems of a rank above the number assessed",
        problemsOf("[{\"index\":\"egdi\",\"edition\":2016,\"country\":\"UZB\",\"rank\":194,"
            + "\"numberAssessed\":193,\"score\":1}]"),
        List.of(JsonProblem.Kind.RULE + " /0/rank"));
  }

  /**
   * The default limits suit documents of cooperation records (64 MiB, 1,000,000 elements per
   * array); a bulk reader raises them to the data set's size, as a user reading bulk data would.
   */
  private static JsonLimits limitsFor(int bytes, int observations) {
    JsonLimits defaults = JsonLimits.defaults();
    return JsonLimits.builder()
        .maxDocumentLength(Math.max(defaults.maxDocumentLength(), bytes))
        .maxCollectionSize(Math.max(defaults.maxCollectionSize(), observations))
        .maxTokenCount(Math.max(defaults.maxTokenCount(), BenchmarkData.expectedArrayTokens(observations)))
        .build();
  }

  /**
   * @param observations how many
   * @return the data set's observations as egovcoop's indented writer writes them
   */
  public static byte[] indentedBytes(int observations) {
    return EgovJson.create().indented().writeObservations(BenchmarkData.coreObservations(observations));
  }

  private List<String> problemsOf(String document) {
    try {
      codec.readObservations(document.getBytes(StandardCharsets.UTF_8));
    } catch (EgovJsonException e) {
      return e.problems().stream().map(p -> p.kind() + " " + p.pointer()).toList();
    }
    return List.of();
  }

  /** @return the number of tokens */
  @Benchmark
  public long floor() {
    long tokens = 0;
    try (JsonParser parser = tokenizer.createParser(ObjectReadContext.empty(), json)) {
      while (parser.nextToken() != null) {
        tokens++;
      }
    }
    return tokens;
  }

  /** @return the records */
  @Benchmark
  public List<PeerObservation> peer() {
    return PeerJson.OBSERVATION_LIST.readValue(json);
  }

  /** @return the records, each valid */
  @Benchmark
  public List<PeerObservation> peerValidated() {
    List<PeerObservation> records = PeerJson.OBSERVATION_LIST.readValue(json);
    for (int i = 0; i < records.size(); i++) {
      Set<ConstraintViolation<PeerObservation>> violations = validator.validate(records.get(i));
      if (!violations.isEmpty()) {
        throw new IllegalArgumentException("Observation " + i + " is invalid: " + violations);
      }
    }
    return records;
  }

  /** @return the observations, each valid */
  @Benchmark
  public List<IndexObservation> ours() {
    return codec.readObservations(json);
  }

  /** @return the observations, each valid, from their indented form */
  @Benchmark
  public List<IndexObservation> oursIndented() {
    return codec.readObservations(indented);
  }
}

package org.egovcoop.benchmarks;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.egovcoop.benchmarks.data.BenchmarkData;
import org.egovcoop.jackson2.EgovJackson2Mapper;
import org.egovcoop.json.EgovJson;
import org.egovcoop.json.databind.EgovJsonMapper;
import org.egovcoop.portfolio.Portfolio;
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
 * What the Jackson 2 bridge costs: the same bytes read and written through a Jackson 2 mapper
 * (egovcoop-jackson2: a Jackson 2 parser seen as a Jackson 3 one; the canonical text written raw,
 * or replayed through the mapper's printer when it indents), through a Jackson 3 mapper
 * (serialization's module, on the parser itself) and by {@link EgovJson}, in one run:
 * <ul>
 *   <li>a JSON array of observations ({@code List<IndexObservation>}), compact, one operation the
 *       whole array; {@code EgovJson} reads it straight from the canonical bytes, the mappers one
 *       element at a time through the general reader;</li>
 *   <li>the golden portfolio ({@code serialization/src/test/resources/golden/press-release-2017.json}),
 *       read from its indented form and written compact, and written indented.</li>
 * </ul>
 * Every contender's result is checked against {@code EgovJson}'s before anything is measured.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 10, time = 2)
@Fork(value = 1, jvmArgs = {"-Xms2g", "-Xmx2g"})
public class Jackson2Benchmark {

  /** The golden file, from the project's root (the directory run.sh runs in, or the tests' property). */
  static final String GOLDEN = "serialization/src/test/resources/golden/press-release-2017.json";

  /** How many observations the array holds. */
  @Param({"10000"})
  public int observations;

  private final EgovJson json = EgovJson.create();
  private final EgovJson indentedJson = EgovJson.create().indented();
  private final ObjectMapper jackson2 = new ObjectMapper().findAndRegisterModules();
  private final ObjectMapper jackson2Indented = EgovJackson2Mapper.of(EgovJson.create().indented());
  private final tools.jackson.databind.json.JsonMapper jackson3 =
      tools.jackson.databind.json.JsonMapper.builder().findAndAddModules().build();
  private final tools.jackson.databind.json.JsonMapper jackson3Indented = EgovJsonMapper.of(EgovJson.create().indented());
  private final com.fasterxml.jackson.databind.JavaType observationList2 =
      jackson2.getTypeFactory().constructCollectionType(List.class, IndexObservation.class);
  private final tools.jackson.databind.JavaType observationList3 =
      jackson3.getTypeFactory().constructCollectionType(List.class, IndexObservation.class);

  private byte[] array;
  private List<IndexObservation> list;
  private byte[] golden;
  private Portfolio portfolio;

  /** {@return the golden file's bytes} */
  static byte[] golden() {
    Path file = Path.of(System.getProperty("egovcoop.project.dir", ".")).resolve(GOLDEN);
    try {
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw new UncheckedIOException("The golden file " + file.toAbsolutePath() + " is missing: run from the project's root", e);
    }
  }

  /** Makes the data and checks every contender's result against EgovJson's. */
  @Setup
  public void setUp() {
    list = BenchmarkData.coreObservations(observations);
    array = json.writeObservations(list);
    golden = golden();
    portfolio = json.readPortfolio(golden);

    Check.sameList("jackson2: observations read", readObservationsJackson2(), list);
    Check.sameList("jackson3: observations read", readObservationsJackson3(), list);
    Check.sameList("egovjson: observations read", readObservationsEgovJson(), list);
    Check.sameBytes("jackson2: observations written", writeObservationsJackson2(), array);
    Check.sameBytes("jackson3: observations written", writeObservationsJackson3(), array);
    Check.sameBytes("egovjson: observations written", writeObservationsEgovJson(), array);
    Check.equal("jackson2: golden portfolio read", readPortfolioJackson2(), portfolio);
    Check.equal("jackson3: golden portfolio read", readPortfolioJackson3(), portfolio);
    Check.equal("egovjson: golden portfolio read", readPortfolioEgovJson(), portfolio);
    byte[] compact = json.writePortfolio(portfolio);
    Check.sameBytes("jackson2: golden portfolio written", writePortfolioJackson2(), compact);
    Check.sameBytes("jackson3: golden portfolio written", writePortfolioJackson3(), compact);
    byte[] indented = java.util.Arrays.copyOf(golden, golden.length - 1); // a mapper writes no final line end
    Check.sameBytes("jackson2: golden portfolio written indented", writePortfolioIndentedJackson2(), indented);
    Check.sameBytes("jackson3: golden portfolio written indented", writePortfolioIndentedJackson3(), indented);
    Check.sameBytes("egovjson: golden portfolio written indented", writePortfolioIndentedEgovJson(), golden);
  }

  /** @return the observations, through a Jackson 2 mapper */
  @Benchmark
  public List<IndexObservation> readObservationsJackson2() {
    try {
      return jackson2.readValue(array, observationList2);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** @return the observations, through a Jackson 3 mapper */
  @Benchmark
  public List<IndexObservation> readObservationsJackson3() {
    return jackson3.readValue(array, observationList3);
  }

  /** @return the observations, by EgovJson */
  @Benchmark
  public List<IndexObservation> readObservationsEgovJson() {
    return json.readObservations(array);
  }

  /** @return the array, through a Jackson 2 mapper */
  @Benchmark
  public byte[] writeObservationsJackson2() {
    try {
      return jackson2.writeValueAsBytes(list);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** @return the array, through a Jackson 3 mapper */
  @Benchmark
  public byte[] writeObservationsJackson3() {
    return jackson3.writeValueAsBytes(list);
  }

  /** @return the array, by EgovJson */
  @Benchmark
  public byte[] writeObservationsEgovJson() {
    return json.writeObservations(list);
  }

  /** @return the golden portfolio, through a Jackson 2 mapper */
  @Benchmark
  public Portfolio readPortfolioJackson2() {
    try {
      return jackson2.readValue(golden, Portfolio.class);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** @return the golden portfolio, through a Jackson 3 mapper */
  @Benchmark
  public Portfolio readPortfolioJackson3() {
    return jackson3.readValue(golden, Portfolio.class);
  }

  /** @return the golden portfolio, by EgovJson */
  @Benchmark
  public Portfolio readPortfolioEgovJson() {
    return json.readPortfolio(golden);
  }

  /** @return the portfolio, compact, through a Jackson 2 mapper */
  @Benchmark
  public byte[] writePortfolioJackson2() {
    try {
      return jackson2.writeValueAsBytes(portfolio);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** @return the portfolio, compact, through a Jackson 3 mapper */
  @Benchmark
  public byte[] writePortfolioJackson3() {
    return jackson3.writeValueAsBytes(portfolio);
  }

  /** @return the portfolio, compact, by EgovJson */
  @Benchmark
  public byte[] writePortfolioEgovJson() {
    return json.writePortfolio(portfolio);
  }

  /** @return the portfolio, indented, through a Jackson 2 mapper (the replay through its printer) */
  @Benchmark
  public byte[] writePortfolioIndentedJackson2() {
    try {
      return jackson2Indented.writeValueAsBytes(portfolio);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** @return the portfolio, indented, through a Jackson 3 mapper */
  @Benchmark
  public byte[] writePortfolioIndentedJackson3() {
    return jackson3Indented.writeValueAsBytes(portfolio);
  }

  /** @return the portfolio, indented, by EgovJson */
  @Benchmark
  public byte[] writePortfolioIndentedEgovJson() {
    return indentedJson.writePortfolio(portfolio);
  }
}

package org.egovcoop.testing;

import static org.junit.jupiter.params.provider.Arguments.argumentSet;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;

/**
 * The cases of a property test, for a {@link PropertyTest} with a {@code @MethodSource}: first
 * every edge case (and, for laws of two or three values, every pair or triple of them), then
 * {@value #TRIES} random cases unless a test says otherwise, each made by a
 * {@link ModelGenerator} from a seed of its own. ({@link Seeds} gives only the seeds, to tests
 * that make their values themselves.)
 *
 * <p>Each case's display name says where it came from: {@code [3] edge 2: [2012-02-29]} or
 * {@code [41] seed 8036312944567725925}. The seeds are the same in every run, drawn from
 * {@value #DEFAULT_SEED_BASE}, so that a build's result does not depend on chance; a campaign draws
 * other ones with {@code -Degovcoop.seedBase=N} (any number) or {@code -Degovcoop.seedBase=random}
 * (new in every run, as the display names say). To rerun failing cases, give their seeds (several
 * separated by commas); then only those seeds run, and no edge case:
 * {@code ./mvnw -pl core test -Dtest=PartialDatePropertiesTest -Degovcoop.seed=8036312944567725925}
 * (for the serialization module's tests, {@code -pl core,serialization}).
 */
public final class Cases {

  /** How many random cases a property runs unless it says otherwise. */
  public static final int TRIES = 1000;

  /** The system property that names the seeds to rerun. */
  public static final String SEED_PROPERTY = "egovcoop.seed";

  /** The system property that sets where the seeds are drawn from: a number, or {@code random}. */
  public static final String SEED_BASE_PROPERTY = "egovcoop.seedBase";

  /** Where the seeds are drawn from unless {@value #SEED_BASE_PROPERTY} says otherwise. */
  public static final long DEFAULT_SEED_BASE = 20171122L;

  /** How often a second or third value is a copy of the first (equal, but another instance). */
  private static final double COPY_CHANCE = 0.2;

  private Cases() {}

  /**
   * @param tries how many seeds
   * @return that many new seeds, or the seeds to rerun if {@value #SEED_PROPERTY} is set
   */
  public static LongStream seeds(int tries) {
    String rerun = System.getProperty(SEED_PROPERTY, "").trim();
    if (!rerun.isEmpty()) {
      return Stream.of(rerun.split(",")).map(String::trim).mapToLong(Long::parseLong);
    }
    return seedSource().longs(tries);
  }

  /**
   * @return the source of the seeds: {@value #DEFAULT_SEED_BASE}, or as
   *     {@value #SEED_BASE_PROPERTY} sets it
   */
  public static SplittableRandom seedSource() {
    String base = System.getProperty(SEED_BASE_PROPERTY, "").trim();
    if (base.equals("random")) {
      return new SplittableRandom();
    }
    return new SplittableRandom(base.isEmpty() ? DEFAULT_SEED_BASE : Long.parseLong(base));
  }

  /**
   * For tests that make their values from a seed of their own, such as a {@code new Random(seed)}.
   *
   * @param tries how many seeds
   * @return the {@link #seeds(int) seeds}, each a case named {@code seed N}
   */
  public static Stream<Arguments> seeded(int tries) {
    return seeds(tries).mapToObj(seed -> argumentSet("seed " + seed, seed));
  }

  private static boolean rerunning() {
    return !System.getProperty(SEED_PROPERTY, "").isBlank();
  }

  /**
   * @param tries how many random cases
   * @param edges the edge cases, each the list of a test's arguments
   * @param random the random case of one generator, as the list of a test's arguments
   * @return the edge cases, then the random ones
   */
  public static Stream<Arguments> cases(int tries, List<List<?>> edges, Function<ModelGenerator, List<?>> random) {
    AtomicInteger edge = new AtomicInteger();
    Stream<Arguments> fixtures = rerunning() ? Stream.empty()
        : edges.stream().map(values -> argumentSet("edge " + edge.getAndIncrement() + ": " + describe(values),
            values.toArray()));
    Stream<Arguments> generated = seeds(tries).mapToObj(seed -> argumentSet("seed " + seed,
        random.apply(new ModelGenerator(seed)).toArray()));
    return Stream.concat(fixtures, generated);
  }

  /**
   * @param <T> the type of the values
   * @param edges the edge values
   * @param generate the random values
   * @return each edge value, then {@value #TRIES} random ones
   */
  public static <T> Stream<Arguments> of(List<? extends T> edges, Function<ModelGenerator, ? extends T> generate) {
    return of(TRIES, edges, generate);
  }

  /**
   * @param <T> the type of the values
   * @param tries how many random cases
   * @param edges the edge values
   * @param generate the random values
   * @return each edge value, then {@code tries} random ones
   */
  public static <T> Stream<Arguments> of(
      int tries, List<? extends T> edges, Function<ModelGenerator, ? extends T> generate) {
    return cases(tries, product(edges), g -> List.of(generate.apply(g)));
  }

  /**
   * @param <T> the type of the values
   * @param edges the edge values
   * @param generate the random values
   * @return every ordered pair of edge values, then {@value #TRIES} random pairs, a fifth of them
   *     equal
   */
  public static <T> Stream<Arguments> pairs(List<? extends T> edges, Function<ModelGenerator, ? extends T> generate) {
    return cases(TRIES, product(edges, edges), g -> {
      T a = generate.apply(g);
      return List.of(a, g.chance(COPY_CHANCE) ? generate.apply(g.restarted()) : generate.apply(g));
    });
  }

  /**
   * @param <T> the type of the values
   * @param edges the edge values
   * @param generate the random values
   * @return every ordered triple of edge values, then {@value #TRIES} random triples, whose second
   *     and third are each in a fifth of them equal to the first
   */
  public static <T> Stream<Arguments> triples(List<? extends T> edges, Function<ModelGenerator, ? extends T> generate) {
    return cases(TRIES, product(edges, edges, edges), g -> {
      T a = generate.apply(g);
      T b = g.chance(COPY_CHANCE) ? generate.apply(g.restarted()) : generate.apply(g);
      return List.of(a, b, g.chance(COPY_CHANCE) ? generate.apply(g.restarted()) : generate.apply(g));
    });
  }

  /**
   * @param <A> the type of the first values
   * @param <B> the type of the second values
   * @param edgesA the first edge values
   * @param edgesB the second edge values
   * @param generateA the first random values
   * @param generateB the second random values
   * @return every pair of a first and a second edge value, then {@value #TRIES} random pairs
   */
  public static <A, B> Stream<Arguments> combined(List<? extends A> edgesA, List<? extends B> edgesB,
      Function<ModelGenerator, ? extends A> generateA, Function<ModelGenerator, ? extends B> generateB) {
    return cases(TRIES, product(edgesA, edgesB), g -> List.of(generateA.apply(g), generateB.apply(g)));
  }

  /** @return every list of one element of each of {@code lists}, in order */
  private static List<List<?>> product(List<?>... lists) {
    List<List<?>> product = List.of(List.of());
    for (List<?> list : lists) {
      List<List<?>> longer = new ArrayList<>();
      for (List<?> prefix : product) {
        for (Object value : list) {
          List<Object> next = new ArrayList<>(prefix);
          next.add(value);
          longer.add(next);
        }
      }
      product = longer;
    }
    return product;
  }

  /**
   * @return the values as a display name can show them: control characters, surrogates and
   *     non-characters escaped, long ones cut
   */
  private static String describe(List<?> values) {
    String text = values.stream().map(String::valueOf).collect(Collectors.joining(", ", "[", "]"));
    StringBuilder shown = new StringBuilder();
    text.chars().limit(120).forEach(c -> {
      if (c < 0x20 || Character.isSurrogate((char) c) || c >= 0xfffe) {
        shown.append(String.format("\\u%04x", c));
      } else {
        shown.append((char) c);
      }
    });
    return text.length() > 120 ? shown + "..." : shown.toString();
  }
}

package org.egovcoop.benchmarks.data;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.egovcoop.benchmarks.peer.PeerObservation;
import org.egovcoop.geo.CountryCode;
import org.egovcoop.survey.IndexObservation;
import org.egovcoop.survey.SurveyIndex;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.json.JsonFactory;

/**
 * Deterministic, seeded UN E-Government Survey observations in the shape of the egovcoop JSON
 * format, one observation per index:
 * {@code {"index":"egdi","edition":2016,"country":"UZB","rank":80,"numberAssessed":193,"score":0.54335}}.
 *
 * <p>The same seed and count always give the same observations and the same bytes. The variety is
 * the real survey's: the 193 UN member states; the twelve editions from 2003 to 2024, with 191 or
 * 192 states assessed in the early ones; five indices of which only the EGDI is ranked; ranks from
 * 1 with ties (tied states share rank and score, the next rank skips); scores with five or four
 * decimals, some with trailing zeros kept ({@code 0.5000}) and some with binary floating-point
 * noise ({@code 0.8305100000000001}, {@code 0.6150899999999999}); and a few states listed with no
 * values at all (no rank, no score), as South Sudan in 2010. Editions repeat, with new values, past
 * the 11,545 observations of one full cycle, so the million-observation set has duplicates of
 * (index, edition, country), which nothing here forbids.
 *
 * <p>The bytes are written with jackson-core's {@link JsonGenerator} alone, so the data set does
 * not depend on any codec under test. Every observation generated is valid: it builds as a core
 * {@link IndexObservation} and passes validation.
 */
public final class BenchmarkData {

  /** The seed of every data set: the signing date of the 2017 MOU. */
  public static final long SEED = 20171122L;

  /** The size of the data set of the decode and encode benchmarks. */
  public static final int SMALL = 10_000;

  /** The size of the streamed data set read in a small heap. */
  public static final int LARGE = 1_000_000;

  /**
   * The 193 UN member states, as the survey lists them (ISO 3166-1 alpha-3), sorted. A test checks
   * this list against the survey's own files.
   */
  public static final List<String> UN_MEMBER_STATES = List.of((
      "AFG AGO ALB AND ARE ARG ARM ATG AUS AUT AZE BDI BEL BEN BFA BGD BGR BHR BHS BIH BLR BLZ BOL"
          + " BRA BRB BRN BTN BWA CAF CAN CHE CHL CHN CIV CMR COD COG COL COM CPV CRI CUB CYP CZE DEU"
          + " DJI DMA DNK DOM DZA ECU EGY ERI ESP EST ETH FIN FJI FRA FSM GAB GBR GEO GHA GIN GMB GNB"
          + " GNQ GRC GRD GTM GUY HND HRV HTI HUN IDN IND IRL IRN IRQ ISL ISR ITA JAM JOR JPN KAZ KEN"
          + " KGZ KHM KIR KNA KOR KWT LAO LBN LBR LBY LCA LIE LKA LSO LTU LUX LVA MAR MCO MDA MDG MDV"
          + " MEX MHL MKD MLI MLT MMR MNE MNG MOZ MRT MUS MWI MYS NAM NER NGA NIC NLD NOR NPL NRU NZL"
          + " OMN PAK PAN PER PHL PLW PNG POL PRK PRT PRY QAT ROU RUS RWA SAU SDN SEN SGP SLB SLE SLV"
          + " SMR SOM SRB SSD STP SUR SVK SVN SWE SWZ SYC SYR TCD TGO THA TJK TKM TLS TON TTO TUN TUR"
          + " TUV TZA UGA UKR URY USA UZB VCT VEN VNM VUT WSM YEM ZAF ZMB ZWE").split(" "));

  /** The survey's editions. */
  static final int[] EDITIONS = {2003, 2004, 2005, 2008, 2010, 2012, 2014, 2016, 2018, 2020, 2022, 2024};

  private static final CountryCode[] STATES =
      UN_MEMBER_STATES.stream().map(CountryCode::of).toArray(CountryCode[]::new);
  private static final SurveyIndex[] INDICES = SurveyIndex.values();
  private static final BigDecimal NOISE = new BigDecimal("1E-16");

  private static final JsonFactory ARRAY_FACTORY = new JsonFactory();
  private static final JsonFactory NDJSON_FACTORY = JsonFactory.builder().rootValueSeparator("\n").build();

  private BenchmarkData() {}

  /** Receives generated observations, in the JSON's own terms. */
  @FunctionalInterface
  public interface ObservationSink {
    /**
     * @param index the index
     * @param edition the edition's year
     * @param country the country
     * @param rank the rank, 0 when unranked
     * @param numberAssessed how many states the edition assessed
     * @param score the score exactly as written, null when absent
     */
    void accept(SurveyIndex index, int edition, CountryCode country, int rank, int numberAssessed, BigDecimal score);
  }

  /**
   * Generates observations, in a fixed order, without holding them: the million-observation set
   * streams through in constant memory.
   *
   * @param count how many
   * @param sink receives each one
   */
  public static void generate(int count, ObservationSink sink) {
    SplittableRandom random = new SplittableRandom(SEED);
    int produced = 0;
    while (produced < count) {
      for (int edition : EDITIONS) {
        int assessed = assessedIn(edition);
        for (SurveyIndex index : INDICES) {
          CountryCode[] order = shuffled(random);
          int rank = 0;
          int units = 98_000 - random.nextInt(2_000); // the score in units of 0.00001
          BigDecimal score = null;
          int ranked = 0;
          for (int position = 0; position < assessed; position++) {
            if (produced == count) {
              return;
            }
            produced++;
            if (random.nextInt(200) == 0) {
              sink.accept(index, edition, order[position], 0, assessed, null);
              continue;
            }
            boolean tie = ranked > 0 && random.nextInt(100) < 3;
            if (!tie) {
              rank = ranked + 1;
              units = Math.max(1_000, units - 50 - random.nextInt(900));
              score = scoreOf(units, random);
            }
            ranked++;
            sink.accept(index, edition, order[position], index.isRanked() ? rank : 0, assessed, score);
          }
        }
      }
    }
  }

  /**
   * @param count how many
   * @return the observations as a JSON array, compact, UTF-8
   */
  public static byte[] arrayBytes(int count) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(count * 96);
    try (JsonGenerator generator = ARRAY_FACTORY.createGenerator(ObjectWriteContext.empty(), out)) {
      generator.writeStartArray();
      generate(count, (index, edition, country, rank, assessed, score) ->
          write(generator, index, edition, country, rank, assessed, score));
      generator.writeEndArray();
    }
    return out.toByteArray();
  }

  /**
   * @param count how many
   * @return the observations as newline-delimited JSON, one per line, each line ending in
   *     {@code \n}, UTF-8
   */
  public static byte[] ndjsonBytes(int count) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(count * 96);
    writeNdjson(count, out);
    return out.toByteArray();
  }

  /**
   * Streams the observations as newline-delimited JSON to a file, in constant memory.
   *
   * @param count how many
   * @param file the file to (over)write
   */
  public static void writeNdjson(int count, Path file) {
    try (OutputStream out = Files.newOutputStream(file)) {
      writeNdjson(count, out);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write " + file, e);
    }
  }

  /**
   * @param count how many
   * @return the length in bytes of {@link #ndjsonBytes(int)}, computed without holding the bytes
   */
  public static long ndjsonLength(int count) {
    long[] length = {0};
    writeNdjson(count, new OutputStream() {
      @Override
      public void write(int b) {
        length[0]++;
      }

      @Override
      public void write(byte[] b, int off, int len) {
        length[0] += len;
      }
    });
    return length[0];
  }

  private static void writeNdjson(int count, OutputStream out) {
    try (JsonGenerator generator = NDJSON_FACTORY.createGenerator(ObjectWriteContext.empty(), out)) {
      generate(count, (index, edition, country, rank, assessed, score) ->
          write(generator, index, edition, country, rank, assessed, score));
      if (count > 0) {
        generator.writeRaw('\n');
      }
    }
  }

  private static void write(JsonGenerator generator, SurveyIndex index, int edition, CountryCode country, int rank,
      int assessed, BigDecimal score) {
    generator.writeStartObject();
    generator.writeStringProperty("index", index.code());
    generator.writeNumberProperty("edition", edition);
    generator.writeStringProperty("country", country.alpha3());
    if (rank > 0) {
      generator.writeNumberProperty("rank", rank);
    }
    generator.writeNumberProperty("numberAssessed", assessed);
    if (score != null) {
      generator.writeNumberProperty("score", score);
    }
    generator.writeEndObject();
  }

  /**
   * @param count how many
   * @return the observations as the peer's records
   */
  public static List<PeerObservation> peerObservations(int count) {
    List<PeerObservation> observations = new ArrayList<>(count);
    generate(count, (index, edition, country, rank, assessed, score) -> observations.add(new PeerObservation(
        index.code(), edition, country.alpha3(), rank > 0 ? rank : null, assessed, score)));
    return observations;
  }

  /**
   * @param count how many
   * @return the observations as core values, built with core's builders (no JSON involved)
   */
  public static List<IndexObservation> coreObservations(int count) {
    List<IndexObservation> observations = new ArrayList<>(count);
    generate(count, (index, edition, country, rank, assessed, score) -> {
      IndexObservation.Builder builder =
          IndexObservation.builder().index(index).edition(edition).country(country).numberAssessed(assessed);
      if (rank > 0) {
        builder.rank(rank);
      }
      if (score != null) {
        builder.score(score);
      }
      observations.add(builder.build());
    });
    return observations;
  }

  /**
   * What a correct reading of {@code count} observations must add up to, computed from the
   * generator alone, so a reader can be checked without holding the observations.
   *
   * @param count how many
   * @return the expected summary
   */
  public static ObservationSummary expectedSummary(int count) {
    ObservationSummary.Accumulator summary = new ObservationSummary.Accumulator();
    generate(count, (index, edition, country, rank, assessed, score) ->
        summary.add(index.code(), edition, country.alpha3(), rank, score));
    return summary.result();
  }

  /**
   * The number of JSON tokens in {@link #arrayBytes(int)}: each object's start and end, a name and
   * a value per property present, and the array's start and end.
   *
   * @param count how many observations
   * @return the token count a token-only pass must see
   */
  public static long expectedArrayTokens(int count) {
    long[] tokens = {2};
    generate(count, (index, edition, country, rank, assessed, score) ->
        tokens[0] += 2 + 2 * (4 + (rank > 0 ? 1 : 0) + (score != null ? 1 : 0)));
    return tokens[0];
  }

  private static int assessedIn(int edition) {
    if (edition <= 2005) {
      return 191;
    }
    return edition == 2008 ? 192 : 193;
  }

  private static CountryCode[] shuffled(SplittableRandom random) {
    CountryCode[] order = Arrays.copyOf(STATES, STATES.length);
    for (int i = order.length - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      CountryCode swap = order[i];
      order[i] = order[j];
      order[j] = swap;
    }
    return order;
  }

  /** Five decimals mostly, four in a third of cases (trailing zeros kept), binary noise in 2 %. */
  private static BigDecimal scoreOf(int units, SplittableRandom random) {
    BigDecimal score = random.nextInt(3) == 0 ? BigDecimal.valueOf(units / 10, 4) : BigDecimal.valueOf(units, 5);
    int noise = random.nextInt(100);
    if (noise == 0) {
      return score.add(NOISE);
    }
    return noise == 1 ? score.subtract(NOISE) : score;
  }
}

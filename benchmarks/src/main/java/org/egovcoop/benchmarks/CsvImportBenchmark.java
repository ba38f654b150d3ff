package org.egovcoop.benchmarks;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.OptionalInt;
import java.util.concurrent.TimeUnit;
import org.egovcoop.benchmarks.peer.PeerSurveyRow;
import org.egovcoop.csv.ImportReport;
import org.egovcoop.csv.SurveyTableReader;
import org.egovcoop.geo.CountryCode;
import org.egovcoop.survey.IndexObservation;
import org.egovcoop.survey.SurveyIndex;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import tools.jackson.databind.ObjectReader;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvSchema;

/**
 * Importing the five real UN E-Government Survey files (2010 to 2018, 193 states each), one
 * operation being all five, from bytes already in memory:
 * <ul>
 *   <li>{@link #peer()}: a stock jackson-dataformat-csv mapper binding each row to a record, the
 *       columns named by the file's header;</li>
 *   <li>{@link #ours()}: egovcoop's {@link SurveyTableReader}, failing fast: it checks the header,
 *       every cell (an assigned country code, listed once; numbers; a whole rank), builds five
 *       observations a row with their invariants and checks their validation rules (a rank
 *       within the countries assessed, a score within its index's range).</li>
 * </ul>
 * The setup checks both contenders' results against facts of the real data: 193 rows a file,
 * Uzbekistan ranked 100th in 2014 and 80th in 2016 (the press release's figures), the 2010 rank
 * written {@code 136.0}, a score with binary noise (the peer keeps it; ours reads the decimal the UN
 * published), and South Sudan without values in 2010 (ours: listed, not assessed, so 2010 assessed
 * 192 countries).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgs = {"-Xms2g", "-Xmx2g"})
public class CsvImportBenchmark {

  private static final ObjectReader PEER_ROWS =
      CsvMapper.builder().build().readerFor(PeerSurveyRow.class).with(CsvSchema.emptySchema().withHeader());

  private static final SurveyTableReader OURS = SurveyTableReader.failFast();

  private byte[][] files;

  /** Reads the files and checks the peer's rows against facts of the data. */
  @Setup
  public void setUp() {
    files = SharedData.SURVEY_EDITIONS.stream().map(SharedData::surveyFile).toArray(byte[][]::new);

    List<List<PeerSurveyRow>> editions = peer();
    Check.equal("peer: rows per file", editions.stream().map(List::size).toList(), List.of(193, 193, 193, 193, 193));
    Check.equal("peer: UZB rank 2014", row(editions, 2014, "UZB").egovRank(), new BigDecimal("100"));
    Check.equal("peer: UZB rank 2016", row(editions, 2016, "UZB").egovRank(), new BigDecimal("80"));
    Check.equal("peer: UZB EGDI 2016", row(editions, 2016, "UZB").egovIndex(), new BigDecimal("0.54335"));
    Check.equal("peer: IRQ rank 2010, as written", row(editions, 2010, "IRQ").egovRank(), new BigDecimal("136.0"));
    Check.equal("peer: ISR e-participation 2016, noise kept",
        row(editions, 2016, "ISR").ePartIndex(), new BigDecimal("0.8305100000000001"));
    Check.equal("peer: SSD 2010 has no values", row(editions, 2010, "SSD"),
        new PeerSurveyRow("SSD", "South Sudan", null, null, null, null, null, null));

    List<ImportReport> reports = ours();
    Check.equal("ours: countries assessed per file",
        reports.stream().map(r -> r.numberAssessed(r.editions().first(), SurveyIndex.EGDI)).toList(),
        List.of(192, 193, 193, 193, 193));
    // 2010: 192 countries with EGDI, OSI and EPI values, 183 with HCI, 190 with TII
    Check.equal("ours: observations per file", reports.stream().map(r -> r.observations().size()).toList(),
        List.of(949, 965, 965, 965, 965));
    Check.equal("ours: UZB rank 2014", observation(reports, 2014, SurveyIndex.EGDI, "UZB").getRank(), OptionalInt.of(100));
    Check.equal("ours: UZB rank 2016", observation(reports, 2016, SurveyIndex.EGDI, "UZB").getRank(), OptionalInt.of(80));
    Check.equal("ours: UZB EGDI 2016", observation(reports, 2016, SurveyIndex.EGDI, "UZB").getScore(),
        Optional.of(new BigDecimal("0.54335")));
    Check.equal("ours: IRQ rank 2010, written 136.0", observation(reports, 2010, SurveyIndex.EGDI, "IRQ").getRank(),
        OptionalInt.of(136));
    Check.equal("ours: ISR e-participation 2016, as the UN published it",
        observation(reports, 2016, SurveyIndex.EPI, "ISR").getScore(), Optional.of(new BigDecimal("0.83051")));
    Check.equal("ours: SSD 2010 listed, not assessed", reports.get(0).unassessed(2010), Set.of(CountryCode.of("SSD")));
  }

  /** @return the rows of each file, in edition order */
  @Benchmark
  public List<List<PeerSurveyRow>> peer() {
    List<List<PeerSurveyRow>> editions = new ArrayList<>(files.length);
    for (byte[] file : files) {
      editions.add(PEER_ROWS.<PeerSurveyRow>readValues(file).readAll());
    }
    return editions;
  }

  /** @return the import report of each file, in edition order */
  @Benchmark
  public List<ImportReport> ours() {
    List<ImportReport> reports = new ArrayList<>(files.length);
    for (int i = 0; i < files.length; i++) {
      int edition = SharedData.SURVEY_EDITIONS.get(i);
      try {
        reports.add(OURS.read(new ByteArrayInputStream(files[i]), "egdi-" + edition + ".csv", edition));
      } catch (IOException e) {
        throw new UncheckedIOException(e); // a byte array cannot fail to be read
      }
    }
    return reports;
  }

  private static IndexObservation observation(List<ImportReport> reports, int edition, SurveyIndex index,
      String country) {
    CountryCode code = CountryCode.of(country);
    return reports.get(SharedData.SURVEY_EDITIONS.indexOf(edition)).observations(index).stream()
        .filter(o -> o.getCountry().equals(code))
        .findFirst()
        .orElseThrow(() -> new IllegalStateException("No " + index.code() + " observation of " + country + " in " + edition));
  }

  private static PeerSurveyRow row(List<List<PeerSurveyRow>> editions, int edition, String country) {
    return editions.get(SharedData.SURVEY_EDITIONS.indexOf(edition)).stream()
        .filter(r -> r.countryCode().equals(country))
        .findFirst()
        .orElseThrow(() -> new IllegalStateException("No row for " + country + " in " + edition + " among "
            + Arrays.toString(SharedData.SURVEY_EDITIONS.toArray())));
  }
}

package org.egovcoop.examples.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.FileSystemException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import org.egovcoop.csv.ImportProblem;
import org.egovcoop.csv.ImportReport;
import org.egovcoop.csv.SurveyLayout;
import org.egovcoop.csv.SurveyTableReader;
import org.egovcoop.geo.CountryCode;
import org.egovcoop.json.EgovJson;
import org.egovcoop.json.JsonLinesWriter;
import org.egovcoop.survey.EditionRanking;
import org.egovcoop.survey.EgdiGroup;
import org.egovcoop.survey.IndexObservation;
import org.egovcoop.survey.IndexSeries;
import org.egovcoop.survey.RankChange;
import org.egovcoop.survey.SurveyIndex;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code egovcoop egdi FILE...}: reads UN E-Government Survey tables and prints each country's
 * series of one index across the editions, with rank changes.
 */
@Command(
    name = "egdi",
    mixinStandardHelpOptions = true,
    description = {
      "Reads UN E-Government Survey tables and prints each country's series of one index, edition by"
          + " edition, with its rank changes. Tables in either layout, in any mix: UNU-EGOV's compilation"
          + " (country-code,country-name,e-gov-rank,e-gov-index,e-pat-index,osi,hci,tii; the edition in the"
          + " file name) and the UN Data Center's export (Survey Year,Country Name,E-Government Rank,...;"
          + " countries by name). Scores are the decimals the UN published (float noise in a cell is"
          + " removed; --list-restored lists the cells).",
      "",
      "Example: egovcoop egdi ../shared/data/egdi/*.csv EGOV_DATA_2022.csv --country UZB",
      "         egovcoop egdi ../shared/data/egdi/*.csv --format ndjson > egdi.ndjson"
    },
    footerHeading = "%nExit codes:%n",
    footer = {
      "  0  done",
      "  1  a table has problems: each is listed on stderr with file, line and column",
      "  2  bad arguments or an unreadable file"
    })
final class EgdiCommand implements Callable<Integer> {

  /** How the series are printed. */
  enum Format {
    /** One block per country, for people. */
    TABLE,
    /** {@code country,year,index,rank,outOf,score}, one row per observation. */
    CSV,
    /** A JSON array of index observations, indented, as {@link EgovJson} writes it. */
    JSON,
    /** Newline-delimited JSON: one compact index observation per line. */
    NDJSON
  }

  @Spec
  CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "FILE",
      description = "Survey tables in either layout; in UNU-EGOV's the edition is the year in the file name"
          + " (egdi-2016.csv). A country listed twice for one edition, in one file or two, is a problem.")
  List<Path> files;

  @Option(names = "--assessed", paramLabel = "YEAR=COUNT",
      description = "The number of countries an edition assessed (2022=193), for tables that hold only part of"
          + " it; otherwise it is counted: the countries with values. Repeat for several editions.")
  Map<Integer, Integer> assessed = new TreeMap<>();

  @Option(names = "--country-name", paramLabel = "NAME=ISO3",
      description = "A country name the UN Data Center's export uses that egovcoop's name table lacks"
          + " (\"Republic of Corea=KOR\"). Repeat for several.")
  Map<String, String> countryNames = new TreeMap<>();

  @Option(names = "--list-restored",
      description = "List on stderr every score cell read as the decimal the UN published rather than as written.")
  boolean listRestored;

  @Option(names = "--country", paramLabel = "ISO3", converter = CountryConverter.class,
      description = "A country by ISO 3166-1 alpha-3 code (UZB); repeat for several. Default: every country.")
  List<CountryCode> countries = new ArrayList<>();

  @Option(names = "--index", paramLabel = "INDEX", converter = IndexConverter.class, defaultValue = "egdi",
      description = "egdi, osi, hci, tii or epi (E-Participation). Default: ${DEFAULT-VALUE}.")
  SurveyIndex index;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
      description = "table: one block per country, for people; csv: the header country,year,index,rank,outOf,score,"
          + " then each country's observations in year order; json: the same observations as a JSON array of"
          + " egovcoop index observations (docs/json-format.md); ndjson: the same, one observation per line."
          + " Case does not matter. Default: ${DEFAULT-VALUE}.")
  Format format;

  @Override
  public Integer call() {
    List<ImportReport> reports = readAll();
    List<ImportProblem> problems = reports.stream().flatMap(r -> r.problems().stream()).toList();
    if (!problems.isEmpty()) {
      PrintWriter err = spec.commandLine().getErr();
      problems.forEach(err::println);
      if (problems.stream().anyMatch(problem -> problem.kind() == ImportProblem.Kind.RANK_ABOVE_ASSESSED)) {
        err.println("egovcoop egdi: for a table that holds part of an edition, give the number the edition assessed:"
            + " --assessed YEAR=COUNT");
      }
      if (problems.stream().anyMatch(problem -> problem.kind() == ImportProblem.Kind.COUNTRY
          && problem.columnName().filter(SurveyLayout.UN_DATA_CENTER.columns()::contains).isPresent())) {
        err.println("egovcoop egdi: add a country name the table lacks with --country-name \"NAME=ISO3\"");
      }
      return EgovcoopCommand.INVALID_INPUT;
    }
    if (listRestored) {
      reports.forEach(report -> report.restoredCells().forEach(spec.commandLine().getErr()::println));
    }
    List<IndexObservation> observations = reports.stream().flatMap(r -> r.observations(index).stream()).toList();
    // Names as the UN writes them ("Republic of Korea"), the latest edition's where they differ.
    Map<CountryCode, String> names = new TreeMap<>();
    reports.stream().sorted(Comparator.comparingInt(report -> report.editions().isEmpty() ? 0 : report.editions().last()))
        .forEach(report -> names.putAll(report.countryNames()));
    PrintWriter out = spec.commandLine().getOut();
    List<IndexSeries> series = selectedCountries(observations).stream()
        .map(country -> IndexSeries.of(index, country, observations)).toList();
    // Every format but the table lists the same rows: each country's series, in year order.
    List<IndexObservation> rows = series.stream().flatMap(one -> one.observations().stream()).toList();
    switch (format) {
      case TABLE -> printTable(out, series, observations, names);
      case CSV -> printCsv(out, rows);
      case JSON -> out.print(new String(EgovJson.create().indented().writeObservations(rows), StandardCharsets.UTF_8));
      case NDJSON -> printLines(out, rows);
      default -> throw new IllegalStateException("format " + format);
    }
    out.flush();
    return 0;
  }

  private List<ImportReport> readAll() {
    // Collect every problem, so that one run lists all that needs fixing.
    SurveyTableReader reader = SurveyTableReader.collectingProblems();
    try {
      for (Map.Entry<Integer, Integer> edition : assessed.entrySet()) {
        reader = reader.withNumberAssessed(edition.getKey(), edition.getValue());
      }
      for (Map.Entry<String, String> name : countryNames.entrySet()) {
        reader = reader.withCountryName(name.getKey(), new CountryConverter().convert(name.getValue()));
      }
    } catch (IllegalArgumentException | TypeConversionException e) {
      throw new CommandFailure(e.getMessage());
    }
    try {
      return reader.readAll(files);
    } catch (FileSystemException e) {
      throw e.getFile() == null ? new CommandFailure("cannot read the tables: " + e.getMessage())
          : CommandFailure.cannot("read", Path.of(e.getFile()), e);
    } catch (IOException e) {
      throw new CommandFailure("cannot read the tables: " + e.getMessage());
    }
  }

  /** The countries asked for, in the order given; every country in the tables when none is. */
  private Set<CountryCode> selectedCountries(List<IndexObservation> observations) {
    Set<CountryCode> present = new TreeSet<>();
    observations.forEach(o -> present.add(o.getCountry()));
    if (countries.isEmpty()) {
      return present;
    }
    for (CountryCode country : countries) {
      if (!present.contains(country)) {
        throw new CommandFailure(country + " is in none of the tables given");
      }
    }
    return new LinkedHashSet<>(countries);
  }

  private static void printCsv(PrintWriter out, List<IndexObservation> rows) {
    // Every field is a code or a number, so none needs quoting.
    out.println("country,year,index,rank,outOf,score");
    for (IndexObservation o : rows) {
      out.println(o.getCountry() + "," + o.getEdition() + "," + o.getIndex().code() + ","
          + (o.getRank().isPresent() ? String.valueOf(o.getRank().getAsInt()) : "") + ","
          + o.getNumberAssessed() + "," + o.getScore().map(BigDecimal::toPlainString).orElse(""));
    }
  }

  private static void printLines(PrintWriter out, List<IndexObservation> rows) {
    ByteArrayOutputStream lines = new ByteArrayOutputStream();
    try (JsonLinesWriter<IndexObservation> writer = EgovJson.create().observationLinesWriter(lines)) {
      writer.writeAll(rows);
    }
    out.print(lines.toString(StandardCharsets.UTF_8));
  }

  private void printTable(PrintWriter out, List<IndexSeries> series, List<IndexObservation> observations,
      Map<CountryCode, String> names) {
    Map<Integer, EditionRanking> rankings = new TreeMap<>();
    String separator = "";
    for (IndexSeries one : series) {
      out.print(separator);
      separator = System.lineSeparator();
      out.println(one.country() + "  " + names.getOrDefault(one.country(), one.country().displayName(Locale.ENGLISH))
          + ": " + index.title() + " (" + index.code() + ")");
      out.println(String.format("  %-4s  %4s  %5s  %-20s  %-9s  %10s  %s", "year", "rank", "outOf", "score", "group",
          "percentile", "rank change").stripTrailing());
      Map<Integer, RankChange> changeInto = new TreeMap<>();
      one.rankChanges().forEach(change -> changeInto.put(change.to().getEdition(), change));
      for (IndexObservation o : one.observations()) {
        EditionRanking ranking = rankings.computeIfAbsent(o.getEdition(), e -> EditionRanking.of(index, e, observations));
        out.println(String.format("  %-4d  %4s  %5d  %-20s  %-9s  %10s  %s",
            o.getEdition(),
            o.getRank().isPresent() ? String.valueOf(o.getRank().getAsInt()) : "-",
            o.getNumberAssessed(),
            o.getScore().map(BigDecimal::toPlainString).orElse("-"),
            index == SurveyIndex.EGDI ? EgdiGroup.of(o).map(EgdiGroup::label).orElse("-") : "",
            ranking.percentileOf(o.getCountry()).map(BigDecimal::toPlainString).orElse("-"),
            changeInto.containsKey(o.getEdition()) ? changeInto.get(o.getEdition()).toString() : "").stripTrailing());
      }
    }
  }

  /** Reads a country code in any case: {@code uzb} is {@code UZB}. */
  static final class CountryConverter implements ITypeConverter<CountryCode> {
    @Override
    public CountryCode convert(String value) {
      String code = value.toUpperCase(Locale.ROOT);
      if (!CountryCode.isAssigned(code)) {
        throw new TypeConversionException(
            "unknown country code '" + value + "': expected an ISO 3166-1 alpha-3 code such as UZB");
      }
      return CountryCode.of(code);
    }
  }

  /** Reads an index code in any case: {@code egdi}, {@code OSI}. */
  static final class IndexConverter implements ITypeConverter<SurveyIndex> {
    @Override
    public SurveyIndex convert(String value) {
      return SurveyIndex.findByCode(value).orElseThrow(() -> new TypeConversionException(
          "unknown index '" + value + "': expected egdi, osi, hci, tii or epi"));
    }
  }
}

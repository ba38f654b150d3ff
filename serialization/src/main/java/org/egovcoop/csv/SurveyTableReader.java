package org.egovcoop.csv;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.egovcoop.geo.CountryCode;
import org.egovcoop.json.internal.CountryTable;
import org.egovcoop.json.internal.Decimals;
import org.egovcoop.survey.IndexObservation;
import org.egovcoop.survey.SurveyIndex;
import org.egovcoop.validation.internal.RankWithinAssessedValidator;
import org.egovcoop.validation.internal.ScoreWithinRangeValidator;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvReadFeature;

/**
 * Reads the UN E-Government Survey tables in the layout of the UNU-EGOV compilation
 * ({@code egdi-2010.csv} … {@code egdi-2018.csv}): a header
 * {@code country-code,country-name,e-gov-rank,e-gov-index,e-pat-index,osi,hci,tii}, then one row
 * per country assessed. The CSV itself is parsed by jackson-dataformat-csv.
 *
 * <p>Each row yields five {@link IndexObservation}s for its country and the table's edition, in
 * this order: the {@link SurveyIndex#EGDI} with the row's rank ({@code e-gov-rank}) and score
 * ({@code e-gov-index}), then the unranked {@link SurveyIndex#OSI}, {@link SurveyIndex#HCI},
 * {@link SurveyIndex#TII} and {@link SurveyIndex#EPI} ({@code e-pat-index}). The number of
 * countries assessed is the number of data rows (193 in every edition from 2010 to 2018).
 *
 * <p>Quirks of the real tables are data, not errors:
 * <ul>
 *   <li>A rank written as a decimal ({@code 136.0} in 2010) is read as the whole number it is;
 *       {@code 136.5} is a problem.</li>
 *   <li>Ties (nine countries share rank 184 in 2010) are kept as written.</li>
 *   <li>An empty cell is an absent value, never zero: the observation has no rank or no score.</li>
 *   <li>A country listed with no values at all (South Sudan in 2010, before it was assessed)
 *       still yields its five observations, each with neither rank nor score, and counts among
 *       the countries assessed: the table lists it, and dropping it would change the number
 *       assessed that the other ranks are out of.</li>
 *   <li>Scores carrying binary floating-point noise ({@code 0.8305100000000001}) are kept exactly
 *       as written, as a {@link BigDecimal} with every digit of the text: never rounded, never
 *       passed through a {@code double}.</li>
 *   <li>A UTF-8 byte-order mark and blank lines are ignored.</li>
 * </ul>
 *
 * <p>Genuinely bad input is a problem located by file, line and column ({@link ImportProblem}):
 * a wrong header, a row with too few or too many cells, an unknown or repeated country code, a
 * rank or score that is not a number, a rank that is not a whole number, a rank above the number
 * assessed, a score outside 0 to 1, or CSV that cannot be parsed (an unclosed quote). The rules
 * that validation also applies (rank within the number assessed, score within range) are checked
 * with the same code, {@link RankWithinAssessedValidator#isValid(IndexObservation)} and
 * {@link ScoreWithinRangeValidator#isValid(IndexObservation)}. A {@link #failFast()} reader
 * throws {@link SurveyImportException} at the first problem in line order; a
 * {@link #collectingProblems()} reader reads on and returns every problem in the
 * {@link ImportReport}, with the observations of the rows that had none. After a wrong header or
 * unparseable CSV the table cannot be interpreted, so the report then has no observations; a row
 * whose country code is bad is checked cell by cell (is each a number?) but not against the
 * ranges, which need an observation built.
 *
 * <p>Instances are immutable and thread-safe. A table is held in memory while it is read (a
 * survey table has one row per member state).
 */
public final class SurveyTableReader {

  /** The header of a survey table, in order. */
  public static final List<String> COLUMNS =
      List.of("country-code", "country-name", "e-gov-rank", "e-gov-index", "e-pat-index", "osi", "hci", "tii");

  private static final int CODE = 0;
  private static final int NAME = 1;
  private static final int RANK = 2;
  /** The column of each index's score, by the index's ordinal. */
  private static final int[] SCORE_COLUMN = new int[SurveyIndex.values().length];

  static {
    SCORE_COLUMN[SurveyIndex.EGDI.ordinal()] = 3;
    SCORE_COLUMN[SurveyIndex.EPI.ordinal()] = 4;
    SCORE_COLUMN[SurveyIndex.OSI.ordinal()] = 5;
    SCORE_COLUMN[SurveyIndex.HCI.ordinal()] = 6;
    SCORE_COLUMN[SurveyIndex.TII.ordinal()] = 7;
  }

  /** The order in which a row's observations are produced. */
  private static final SurveyIndex[] ROW_ORDER =
      {SurveyIndex.EGDI, SurveyIndex.OSI, SurveyIndex.HCI, SurveyIndex.TII, SurveyIndex.EPI};
  /** The first and last score columns; scores are read left to right, so a row's problems come out in column order. */
  private static final int FIRST_SCORE = 3;
  private static final int LAST_SCORE = 7;

  private static final Pattern YEAR = Pattern.compile("(?<!\\d)(\\d{4})(?!\\d)");

  // Rows as arrays rather than a header schema: a row with a wrong number of cells is then a
  // problem this reader reports and reads past, not a parser exception that ends the file.
  private static final CsvMapper MAPPER = CsvMapper.builder()
      .enable(CsvReadFeature.WRAP_AS_ARRAY)
      .enable(CsvReadFeature.SKIP_EMPTY_LINES)
      .build();

  private final boolean failFast;

  private SurveyTableReader(boolean failFast) {
    this.failFast = failFast;
  }

  /** {@return a reader that throws {@link SurveyImportException} at the first problem} */
  public static SurveyTableReader failFast() {
    return new SurveyTableReader(true);
  }

  /** {@return a reader that reads on and reports every problem in its {@link ImportReport}} */
  public static SurveyTableReader collectingProblems() {
    return new SurveyTableReader(false);
  }

  /** {@return whether this reader stops at the first problem} */
  public boolean isFailFast() {
    return failFast;
  }

  /**
   * The edition of a survey table, from its file name: the one four-digit number in it
   * ({@code egdi-2016.csv} is 2016).
   *
   * @param fileName a file name, such as {@code egdi-2016.csv}
   * @return the edition
   * @throws IllegalArgumentException naming the file if it holds no four-digit number or more
   *     than one, or the number is not a survey year
   */
  public static int editionOf(String fileName) {
    Matcher matcher = YEAR.matcher(fileName);
    if (!matcher.find()) {
      throw new IllegalArgumentException("Cannot tell the survey edition of '" + fileName
          + "': its name holds no four-digit year (expected a name such as egdi-2016.csv)");
    }
    int year = Integer.parseInt(matcher.group(1));
    if (matcher.find()) {
      throw new IllegalArgumentException("Cannot tell the survey edition of '" + fileName
          + "': its name holds more than one four-digit number");
    }
    checkEdition(year, fileName);
    return year;
  }

  private static void checkEdition(int edition, String source) {
    if (edition < IndexObservation.FIRST_EDITION || edition > 9999) {
      throw new IllegalArgumentException("Survey edition " + edition + " of '" + source + "' is not a survey year: expected "
          + IndexObservation.FIRST_EDITION + " to 9999");
    }
  }

  /**
   * Reads a table whose file name gives its edition ({@code egdi-2016.csv}).
   *
   * @param file the table
   * @return the observations and, for a collecting reader, the problems
   * @throws IOException if the file cannot be read
   * @throws IllegalArgumentException if the file name does not give the edition; see
   *     {@link #editionOf(String)}
   * @throws SurveyImportException from a fail-fast reader, at the first problem
   */
  public ImportReport read(Path file) throws IOException {
    return read(file, editionOf(String.valueOf(file.getFileName())));
  }

  /**
   * Reads a table of the given edition, whatever its file name.
   *
   * @param file the table
   * @param edition the survey's edition (year)
   * @return the observations and, for a collecting reader, the problems
   * @throws IOException if the file cannot be read
   * @throws IllegalArgumentException if the edition is not a survey year
   * @throws SurveyImportException from a fail-fast reader, at the first problem
   */
  public ImportReport read(Path file, int edition) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return read(in, String.valueOf(file.getFileName()), edition);
    }
  }

  /**
   * Reads a table from a stream of UTF-8 bytes (a byte-order mark is skipped). The stream is
   * read to its end but not closed.
   *
   * @param in the table's bytes
   * @param source the name to locate problems by, such as the file name
   * @param edition the survey's edition (year)
   * @return the observations and, for a collecting reader, the problems
   * @throws IOException if the stream cannot be read
   * @throws IllegalArgumentException if the edition is not a survey year
   * @throws SurveyImportException from a fail-fast reader, at the first problem
   */
  public ImportReport read(InputStream in, String source, int edition) throws IOException {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(source, "source");
    checkEdition(edition, source);
    Table table = Table.parse(in, source);
    return new Interpretation(source, edition, table).run();
  }

  /** One row as parsed: where it starts and its cells. */
  private static final class Row {
    final int line;
    final String[] cells;

    Row(int line, String[] cells) {
      this.line = line;
      this.cells = cells;
    }
  }

  /** The rows of a table as jackson-dataformat-csv parsed them, and how parsing ended. */
  private static final class Table {
    final List<Row> rows = new ArrayList<>(256);
    /** A problem that stopped parsing (unparseable CSV), or null if the table was read to its end. */
    ImportProblem parseFailure;

    static Table parse(InputStream in, String source) throws IOException {
      Table table = new Table();
      int nextRowLine = 1;
      String[] cells = new String[COLUMNS.size()];
      // The table is one array (WRAP_AS_ARRAY) of rows, each an array of string cells; read as
      // tokens, without a databind reader per row.
      try (JsonParser p = MAPPER.createParser(in)) {
        if (p.nextToken() == JsonToken.START_ARRAY) {
          while (p.nextToken() == JsonToken.START_ARRAY) {
            // On the row's start: the row's first line.
            int line = p.currentLocation().getLineNr();
            int count = 0;
            while (p.nextToken() != JsonToken.END_ARRAY) {
              if (count == cells.length) {
                cells = Arrays.copyOf(cells, count * 2);
              }
              cells[count++] = p.getString();
            }
            table.rows.add(new Row(line, Arrays.copyOf(cells, count)));
            nextRowLine = p.currentLocation().getLineNr();
          }
        }
      } catch (JacksonIOException e) {
        throw e.getCause();
      } catch (JacksonException e) {
        int endedAt = e.getLocation() == null ? nextRowLine : e.getLocation().getLineNr();
        table.parseFailure = ImportProblem.atLine(source, nextRowLine, "unreadable CSV: " + e.getOriginalMessage()
            + (endedAt > nextRowLine ? " (the row starting here runs on to line " + endedAt + ")" : ""));
      }
      return table;
    }
  }

  /** Turns the parsed rows into observations and problems. */
  private final class Interpretation {
    private final String source;
    private final int edition;
    private final Table table;
    private final List<IndexObservation> observations;
    private final List<ImportProblem> problems = new ArrayList<>();
    // Country codes have one instance each, so identity is equality.
    private final Map<CountryCode, Integer> lineOfCountry;
    private final Map<CountryCode, String> countryNames;

    Interpretation(String source, int edition, Table table) {
      this.source = source;
      this.edition = edition;
      this.table = table;
      int rows = table.rows.size();
      this.observations = new ArrayList<>(rows * ROW_ORDER.length);
      this.lineOfCountry = new IdentityHashMap<>(rows);
      this.countryNames = new LinkedHashMap<>(rows * 2);
    }

    ImportReport run() {
      if (table.rows.isEmpty()) {
        report(table.parseFailure != null ? table.parseFailure
            : ImportProblem.atLine(source, 1, "empty file: expected the header " + String.join(",", COLUMNS)));
        return new ImportReport(source, edition, 0, List.of(), Map.of(), problems);
      }
      if (!headerIsValid(table.rows.get(0))) {
        return new ImportReport(source, edition, 0, List.of(), Map.of(), problems);
      }
      List<Row> dataRows = table.rows.subList(1, table.rows.size());
      // Observations need the number assessed, which is only known once the table has been read to its end.
      int numberAssessed = table.parseFailure == null ? dataRows.size() : 0;
      for (Row row : dataRows) {
        interpret(row, numberAssessed);
      }
      if (table.parseFailure != null) {
        report(table.parseFailure);
        observations.clear();
        countryNames.clear();
      }
      return new ImportReport(source, edition, numberAssessed, observations, countryNames, problems);
    }

    private void report(ImportProblem problem) {
      if (failFast) {
        throw new SurveyImportException(problem);
      }
      problems.add(problem);
    }

    private void reportCell(Row row, int column, String message) {
      String value = column < row.cells.length ? row.cells[column] : null;
      report(ImportProblem.inCell(source, row.line, column + 1, COLUMNS.get(column), value, message));
    }

    private boolean headerIsValid(Row header) {
      String[] names = header.cells;
      for (int i = 0; i < COLUMNS.size(); i++) {
        if (i >= names.length) {
          report(ImportProblem.inCell(source, header.line, i + 1, COLUMNS.get(i), null,
              "header lacks column '" + COLUMNS.get(i) + "': expected " + String.join(",", COLUMNS)));
          return false;
        }
        if (!names[i].equals(COLUMNS.get(i))) {
          report(ImportProblem.inCell(source, header.line, i + 1, COLUMNS.get(i), names[i],
              "header has " + ImportProblem.quote(names[i]) + " where '" + COLUMNS.get(i) + "' is expected: expected "
                  + String.join(",", COLUMNS)));
          return false;
        }
      }
      if (names.length > COLUMNS.size()) {
        report(ImportProblem.atLine(source, header.line, "header has " + names.length + " columns, "
            + ImportProblem.quote(names[COLUMNS.size()]) + " and after are not in the survey layout: expected "
            + String.join(",", COLUMNS)));
        return false;
      }
      return true;
    }

    private void interpret(Row row, int numberAssessed) {
      if (row.cells.length != COLUMNS.size()) {
        report(ImportProblem.atLine(source, row.line, "row has " + row.cells.length + " cells, expected "
            + COLUMNS.size() + " (" + String.join(",", COLUMNS) + ")"));
        return;
      }
      int problemsBefore = problems.size();
      CountryCode country = country(row);
      Integer rank = rank(row);
      BigDecimal[] scores = new BigDecimal[COLUMNS.size()];
      for (int column = FIRST_SCORE; column <= LAST_SCORE; column++) {
        scores[column] = score(row, column);
      }
      // Without a country or the number assessed no observation can be built, so the range checks
      // wait until those are fixed; a bad rank or score cell is left out so the others are still checked.
      if (country == null || numberAssessed == 0) {
        return;
      }
      int observationsBefore = observations.size();
      for (SurveyIndex index : ROW_ORDER) {
        IndexObservation observation = build(row, index, country, index == SurveyIndex.EGDI ? rank : null,
            scores[SCORE_COLUMN[index.ordinal()]], numberAssessed);
        if (observation != null) {
          observations.add(observation);
        }
      }
      if (problems.size() == problemsBefore) {
        countryNames.put(country, row.cells[NAME]);
      } else {
        observations.subList(observationsBefore, observations.size()).clear(); // a row with a problem yields none
      }
    }

    private CountryCode country(Row row) {
      String code = row.cells[CODE];
      if (code.isEmpty()) {
        reportCell(row, CODE, "missing country code");
        return null;
      }
      CountryCode country = CountryTable.find(code);
      if (country == null) {
        reportCell(row, CODE, "unknown country code " + ImportProblem.quote(code)
            + ": expected an upper-case ISO 3166-1 alpha-3 code such as KOR");
        return null;
      }
      Integer firstLine = lineOfCountry.put(country, row.line);
      if (firstLine != null) {
        lineOfCountry.put(country, firstLine); // the first listing stays the one others are reported against
        reportCell(row, CODE, "country " + code + " is listed twice: first on line " + firstLine);
        return null;
      }
      return country;
    }

    /** The rank, or null when the cell is empty or bad (bad cells are reported). */
    private Integer rank(Row row) {
      String text = row.cells[RANK];
      if (text.isEmpty()) {
        return null;
      }
      BigDecimal number = number(row, RANK, "rank");
      if (number == null) {
        return null;
      }
      try {
        // 136.0 is the whole number 136: the 2010 table writes every rank this way.
        return (number.scale() == 0 ? number : number.stripTrailingZeros()).intValueExact();
      } catch (ArithmeticException e) {
        reportCell(row, RANK, "rank " + ImportProblem.quote(text) + " is not a whole number");
        return null;
      }
    }

    /** The score exactly as written, or null when the cell is empty or bad (bad cells are reported). */
    private BigDecimal score(Row row, int column) {
      return row.cells[column].isEmpty() ? null : number(row, column, "score");
    }

    private BigDecimal number(Row row, int column, String what) {
      String text = row.cells[column];
      BigDecimal plain = Decimals.plain(text);
      if (plain != null) {
        return plain;
      }
      try {
        return new BigDecimal(text);
      } catch (NumberFormatException e) {
        reportCell(row, column, what + " " + ImportProblem.quote(text) + " is not a number");
        return null;
      }
    }

    private IndexObservation build(Row row, SurveyIndex index, CountryCode country, Integer rank, BigDecimal score,
        int numberAssessed) {
      IndexObservation.Builder builder = IndexObservation.builder()
          .index(index)
          .edition(edition)
          .country(country)
          .numberAssessed(numberAssessed);
      if (rank != null) {
        builder.rank(rank);
      }
      if (score != null) {
        builder.score(score);
      }
      IndexObservation observation;
      try {
        observation = builder.build();
      } catch (IllegalArgumentException e) {
        // The model's invariants (a rank of at least 1, a bounded decimal) name the attribute that broke them.
        boolean aboutRank = e.getMessage() != null && e.getMessage().startsWith("IndexObservation.rank");
        reportCell(row, aboutRank ? RANK : SCORE_COLUMN[index.ordinal()], e.getMessage());
        return null;
      }
      if (!RankWithinAssessedValidator.isValid(observation)) {
        reportCell(row, RANK, "rank " + rank + " exceeds the " + numberAssessed
            + " countries assessed (the data rows of this table)");
        return null;
      }
      if (!ScoreWithinRangeValidator.isValid(observation)) {
        int column = SCORE_COLUMN[index.ordinal()];
        reportCell(row, column, index.code() + " score " + ImportProblem.quote(row.cells[column])
            + " lies outside " + index.minScore() + " to " + index.maxScore());
        return null;
      }
      return observation;
    }
  }
}

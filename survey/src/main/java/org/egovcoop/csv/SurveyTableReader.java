package org.egovcoop.csv;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.egovcoop.csv.ImportProblem.Kind;
import org.egovcoop.geo.CountryCode;
import org.egovcoop.internal.Checks;
import org.egovcoop.internal.CountryTable;
import org.egovcoop.internal.Observations;
import org.egovcoop.internal.Decimals;
import org.egovcoop.survey.IndexObservation;
import org.egovcoop.survey.SurveyIndex;
import org.egovcoop.validation.InvalidAttributeException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvReadFeature;

/**
 * Reads the UN E-Government Survey tables in either of the two layouts in which they circulate
 * ({@link SurveyLayout}), recognised from the header:
 * <ul>
 *   <li>UNU-EGOV's compilation ({@code egdi-2010.csv} … {@code egdi-2018.csv}): header
 *       {@code country-code,country-name,e-gov-rank,e-gov-index,e-pat-index,osi,hci,tii}, one
 *       edition a file, the edition the one four-digit year in the file's name, countries by ISO
 *       3166-1 alpha-3 code;</li>
 *   <li>the UN Data Center's export: header {@code Survey Year,Country Name,E-Government Rank,
 *       E-Government Index,E-Participation Index,Online Service Index,Human Capital Index,
 *       Telecommunication Infrastructure Index}, any number of editions a file (the
 *       {@code Survey Year} column says which), rows in any order, countries by the name that
 *       edition uses, mapped to codes by {@link SurveyCountryNames} (edition
 *       {@value SurveyCountryNames#STANDARD_EDITION}, names of the caller's own added with
 *       {@link #withCountryName(String, CountryCode)}).</li>
 * </ul>
 * The CSV itself is parsed by jackson-dataformat-csv. Any other header is a problem that names
 * both layouts.
 *
 * <p>Each row yields up to five {@link IndexObservation}s for its country and edition, in this
 * order: the {@link SurveyIndex#EGDI} with the row's rank and score, then the unranked
 * {@link SurveyIndex#OSI}, {@link SurveyIndex#HCI}, {@link SurveyIndex#TII} and
 * {@link SurveyIndex#EPI}. An empty cell is an absent value, never zero: it yields no observation
 * of its index.
 *
 * <p><b>The number assessed</b> is the number of countries with values, per index and edition,
 * counted over every table read together ({@link #readAll(Collection)} reads several): a listed
 * country without values is listed, not assessed, and counts in no total. The 2010 Survey lists
 * South Sudan with empty cells (it joined the UN in July 2011), so its EGDI assessed 192 countries
 * and its ranks run to 184; every edition from 2012 to 2018 assessed 193. Such a country is in
 * {@link ImportReport#unassessed(int)}. A table of part of an edition (an extract of a few
 * countries) cannot tell how many the edition assessed: give the number with
 * {@link #withNumberAssessed(int, int)}.
 *
 * <p><b>Scores as the UN published them.</b> UNU-EGOV's compilation passed the UN's five-decimal
 * scores through binary floating point, so some cells carry noise: {@code 0.5099100000000001}
 * for the UN's {@code 0.50991}. A score cell whose text has more than five decimals and lies
 * within {@code 1e-12} of a decimal of one to five places is read as the shortest such decimal
 * ({@code 0.50991}, {@code 0.46951}, {@code 0.20748}); any other cell is read exactly as written,
 * every digit kept, never through a {@code double}. Every cell so read is listed in
 * {@link ImportReport#restoredCells()}.
 *
 * <p>Other quirks of the real tables are data, not errors: a rank written as a decimal
 * ({@code 136.0} in 2010) is the whole number it is ({@code 136.5} is a problem); ties (nine
 * countries share rank 184 in 2010, Iceland and Sweden rank 5 in 2022) are kept; whitespace around
 * a name ({@code "Republic of Korea "}) does not matter; a UTF-8 byte-order mark and blank lines
 * are ignored.
 *
 * <p>Genuinely bad input is a problem located by file, line and column ({@link ImportProblem}):
 * a header in neither layout, a row with too few or too many cells, an unknown country code or
 * name (with the closest known names suggested), a country listed twice for one edition (in one
 * file or two: both places are named), a UNU-EGOV table whose file name gives no edition, a
 * survey year that is not a year, a rank or score that is not a number, a rank that is not a
 * whole number, a rank above the number assessed, a score outside 0 to 1, or CSV that cannot be
 * parsed (an unclosed quote). The rules that validation also applies (rank within the number
 * assessed, score within range) are the model's own, {@link IndexObservation#rankIsWithinAssessed()}
 * and {@link IndexObservation#scoreIsWithinRange()}. A {@link #failFast()} reader
 * throws {@link SurveyImportException} at the first problem in file and line order; a
 * {@link #collectingProblems()} reader reads on and returns every problem in the
 * {@link ImportReport}, with the observations of the rows that had none. After a wrong header or
 * unparseable CSV a table cannot be interpreted, so its report then has no observations.
 *
 * <p>Instances are immutable and thread-safe. A table is held in memory while it is read (a
 * survey table has one row per member state and edition).
 */
public final class SurveyTableReader {

  /** The header of UNU-EGOV's compilation, in order: {@link SurveyLayout#UNU_EGOV_COMPILATION}'s columns. */
  public static final List<String> COLUMNS = SurveyLayout.UNU_EGOV_COMPILATION.columns();

  /** The order in which a row's observations are produced. */
  private static final SurveyIndex[] ROW_ORDER =
      {SurveyIndex.EGDI, SurveyIndex.OSI, SurveyIndex.HCI, SurveyIndex.TII, SurveyIndex.EPI};

  private static final int CELLS = COLUMNS.size();
  private static final int BYTE_ORDER_MARK = '\uFEFF';
  private static final int PUBLISHED_DECIMALS = 5;
  private static final BigDecimal NOISE = new BigDecimal("1e-12");
  private static final int SUGGESTIONS = 3;

  private static final Pattern YEAR = Pattern.compile("(?<!\\d)(\\d{4})(?!\\d)");

  // Rows as arrays rather than a header schema: a row with a wrong number of cells is then a
  // problem this reader reports and reads past, not a parser exception that ends the file.
  private static final CsvMapper MAPPER = CsvMapper.builder()
      .enable(CsvReadFeature.WRAP_AS_ARRAY)
      .enable(CsvReadFeature.SKIP_EMPTY_LINES)
      .build();

  private final boolean failFast;
  private final SurveyCountryNames names;
  private final Map<Integer, Integer> declaredAssessed;

  private SurveyTableReader(boolean failFast, SurveyCountryNames names, Map<Integer, Integer> declaredAssessed) {
    this.failFast = failFast;
    this.names = names;
    this.declaredAssessed = declaredAssessed;
  }

  /** {@return a reader that throws {@link SurveyImportException} at the first problem} */
  public static SurveyTableReader failFast() {
    return new SurveyTableReader(true, SurveyCountryNames.standard(), Map.of());
  }

  /** {@return a reader that reads on and reports every problem in its {@link ImportReport}} */
  public static SurveyTableReader collectingProblems() {
    return new SurveyTableReader(false, SurveyCountryNames.standard(), Map.of());
  }

  /** {@return whether this reader stops at the first problem} */
  public boolean isFailFast() {
    return failFast;
  }

  /** {@return the country names this reader maps to codes in the UN Data Center's layout} */
  public SurveyCountryNames countryNames() {
    return names;
  }

  /**
   * A reader that also knows a country name the standard table lacks.
   *
   * @param name the name as the UN's tables write it
   * @param country the country it names
   * @return a new reader; this one is unchanged
   * @throws IllegalArgumentException if the name is blank or already names another country
   */
  public SurveyTableReader withCountryName(String name, CountryCode country) {
    return new SurveyTableReader(failFast, names.with(name, country), declaredAssessed);
  }

  /**
   * A reader for tables that hold part of an edition (an extract of some countries): it takes
   * the number of countries the edition assessed from the caller, for every index, instead of
   * counting the countries with values. A table holding more countries with values than the
   * number given is a problem.
   *
   * @param edition the edition
   * @param count the number of countries it assessed, as the UN publishes it: 193 in 2022
   * @return a new reader; this one is unchanged
   * @throws IllegalArgumentException if the edition is not a survey year or the count is below 1
   */
  public SurveyTableReader withNumberAssessed(int edition, int count) {
    checkEdition(edition, "withNumberAssessed");
    if (count < 1) {
      throw new IllegalArgumentException("The number of countries edition " + edition + " assessed must be at least 1, not "
          + count);
    }
    Map<Integer, Integer> declared = new TreeMap<>(declaredAssessed);
    declared.put(edition, count);
    return new SurveyTableReader(failFast, names, Collections.unmodifiableMap(declared));
  }

  /**
   * The edition of a table in UNU-EGOV's layout, from its file name: the one four-digit number in
   * it ({@code egdi-2016.csv} is 2016).
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
    if (!IndexObservation.isSurveyYear(edition)) {
      throw new IllegalArgumentException("Survey edition " + edition + " of '" + source + "' is not a survey year: expected "
          + IndexObservation.FIRST_EDITION + " to " + IndexObservation.LAST_EDITION);
    }
  }

  /**
   * Reads a table in either layout; for UNU-EGOV's layout the file's name gives the edition
   * ({@code egdi-2016.csv}), for the UN Data Center's the {@code Survey Year} column does.
   *
   * @param file the table
   * @return what was read
   * @throws IOException if the file cannot be read
   * @throws SurveyImportException from a fail-fast reader, at the first problem
   */
  public ImportReport read(Path file) throws IOException {
    return readAll(List.of(file)).get(0);
  }

  /**
   * Reads a table of the given edition, whatever its file name; in the UN Data Center's layout a
   * row of another {@code Survey Year} is a problem.
   *
   * @param file the table
   * @param edition the survey's edition (year)
   * @return what was read
   * @throws IOException if the file cannot be read
   * @throws IllegalArgumentException if the edition is not a survey year
   * @throws SurveyImportException from a fail-fast reader, at the first problem
   */
  public ImportReport read(Path file, int edition) throws IOException {
    checkEdition(edition, String.valueOf(file.getFileName()));
    try (InputStream in = Files.newInputStream(file)) {
      return interpret(List.of(Table.parse(in, String.valueOf(file.getFileName()), edition))).get(0);
    }
  }

  /**
   * Reads a table from a stream of UTF-8 bytes (a byte-order mark is skipped); for UNU-EGOV's
   * layout {@code source} must name the edition as a file name does ({@code egdi-2016.csv}). The
   * stream is read to its end but not closed.
   *
   * @param in the table's bytes
   * @param source the name to locate problems by, such as the file name
   * @return what was read
   * @throws IOException if the stream cannot be read
   * @throws SurveyImportException from a fail-fast reader, at the first problem
   */
  public ImportReport read(InputStream in, String source) throws IOException {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(source, "source");
    return interpret(List.of(Table.parse(in, source, 0))).get(0);
  }

  /**
   * Reads a table of the given edition from a stream of UTF-8 bytes (a byte-order mark is
   * skipped). The stream is read to its end but not closed.
   *
   * @param in the table's bytes
   * @param source the name to locate problems by, such as the file name
   * @param edition the survey's edition (year)
   * @return what was read
   * @throws IOException if the stream cannot be read
   * @throws IllegalArgumentException if the edition is not a survey year
   * @throws SurveyImportException from a fail-fast reader, at the first problem
   */
  public ImportReport read(InputStream in, String source, int edition) throws IOException {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(source, "source");
    checkEdition(edition, source);
    return interpret(List.of(Table.parse(in, source, edition))).get(0);
  }

  /**
   * Reads several tables together, in either layout and any mix: the numbers assessed are counted
   * over all of them, and a country listed twice for one edition, in one file or two, is a
   * problem naming both places.
   *
   * @param files the tables
   * @return one report a file, in the order given
   * @throws IOException if a file cannot be read
   * @throws SurveyImportException from a fail-fast reader, at the first problem in file and line order
   */
  public List<ImportReport> readAll(Collection<Path> files) throws IOException {
    List<Table> tables = new ArrayList<>(files.size());
    for (Path file : files) {
      try (InputStream in = Files.newInputStream(file)) {
        tables.add(Table.parse(in, String.valueOf(file.getFileName()), 0));
      }
    }
    return interpret(tables);
  }

  private List<ImportReport> interpret(List<Table> tables) {
    Counts counts = new Counts();
    for (Table table : tables) {
      table.recognise(counts);
    }
    counts.checkDeclared(tables);
    Map<Integer, Map<CountryCode, Place>> firstPlace = new HashMap<>();
    List<ImportReport> reports = new ArrayList<>(tables.size());
    for (Table table : tables) {
      reports.add(new Interpretation(table, counts, firstPlace).run());
    }
    return reports;
  }

  /** Where a row starts. */
  private record Place(String source, int line) {}

  /** One row as parsed: where it starts and its cells. */
  private record Row(int line, String[] cells) {}

  /** The rows of a table as jackson-dataformat-csv parsed them, how parsing ended, and what its header says. */
  private static final class Table {
    final String source;
    /** The edition the caller gave, or 0. */
    final int givenEdition;
    final List<Row> rows = new ArrayList<>(256);
    /** A problem that stopped parsing (unparseable CSV), or null if the table was read to its end. */
    ImportProblem parseFailure;
    SurveyLayout layout;
    /** The problems found before the rows are interpreted: the header's, the edition's. */
    final List<ImportProblem> tableProblems = new ArrayList<>(1);
    /** Problems with the numbers assessed, which leave the rows interpretable. */
    final List<ImportProblem> countProblems = new ArrayList<>(0);
    /** The edition of a UNU-EGOV table, from the caller or the file name; 0 for the UN layout. */
    int fileEdition;

    Table(String source, int givenEdition) {
      this.source = source;
      this.givenEdition = givenEdition;
    }

    static Table parse(InputStream in, String source, int givenEdition) throws IOException {
      Table table = new Table(source, givenEdition);
      int nextRowLine = 1;
      String[] cells = new String[CELLS];
      // The table is one array (WRAP_AS_ARRAY) of rows, each an array of string cells; read as
      // tokens, without a databind reader per row.
      // Decoded strictly as UTF-8 here, not by the parser, which would guess UTF-16 or UTF-32 from
      // the first bytes: a survey table is UTF-8, and any other bytes are a problem at their line.
      String text = utf8(in.readAllBytes(), table, source);
      if (text == null) {
        return table;
      }
      try (JsonParser p = MAPPER.createParser(text)) {
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
        table.parseFailure = ImportProblem.atLine(Kind.UNREADABLE_CSV, source, nextRowLine, "unreadable CSV: " + e.getOriginalMessage()
            + (endedAt > nextRowLine ? " (the row starting here runs on to line " + endedAt + ")" : ""));
      }
      return table;
    }

    /**
     * The bytes as UTF-8 text without a leading byte-order mark, or null after recording the
     * problem at the line of the first byte that is not UTF-8.
     */
    private static String utf8(byte[] bytes, Table table, String source) {
      ByteBuffer in = ByteBuffer.wrap(bytes);
      CharBuffer out = CharBuffer.allocate(bytes.length);
      CoderResult result = StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(in, out, true);
      if (result.isError()) {
        int line = 1;
        for (int i = 0; i < in.position(); i++) {
          line += bytes[i] == '\n' ? 1 : 0;
        }
        table.parseFailure = notUtf8(source, line);
        return null;
      }
      out.flip();
      if (out.hasRemaining() && out.get(0) == BYTE_ORDER_MARK) {
        out.position(1);
      }
      return out.toString();
    }

    private static ImportProblem notUtf8(String source, int line) {
      return ImportProblem.atLine(Kind.UNREADABLE_CSV, source, line,
          "unreadable CSV: the bytes are not UTF-8 text (a survey table is UTF-8, with or without a byte-order mark)");
    }

    boolean isInterpretable() {
      return layout != null && parseFailure == null && tableProblems.isEmpty();
    }

    /** Recognises the layout from the header and counts the countries with values. */
    void recognise(Counts counts) {
      if (rows.isEmpty()) {
        if (parseFailure == null) {
          tableProblems.add(ImportProblem.atLine(Kind.EMPTY_TABLE, source, 1, "empty file: expected the header of "
              + bothLayouts()));
        }
        return;
      }
      layout = layoutOf(rows.get(0));
      if (layout == SurveyLayout.UNU_EGOV_COMPILATION) {
        fileEdition = givenEdition != 0 ? givenEdition : editionFromName();
      }
      if (!isInterpretable()) {
        return;
      }
      for (Row row : rows.subList(1, rows.size())) {
        if (row.cells().length == CELLS) {
          int edition = editionOf(row);
          if (edition != 0) {
            counts.add(edition, layout, row.cells());
          }
        }
      }
    }

    private int editionFromName() {
      try {
        return SurveyTableReader.editionOf(source);
      } catch (IllegalArgumentException e) {
        tableProblems.add(ImportProblem.atLine(Kind.NO_EDITION, source, 1, "the edition of a table in " + layout.description()
            + " comes from its file name, and '" + source + "' holds no single four-digit survey year:"
            + " name it like egdi-2016.csv or give the edition when reading it"));
        return 0;
      }
    }

    /** The row's edition, or 0 if its Survey Year cell is not a survey year (a problem reported later). */
    int editionOf(Row row) {
      if (layout.editionColumn() < 0) {
        return fileEdition;
      }
      String text = row.cells()[layout.editionColumn()].strip();
      if (text.length() != 4) {
        return 0;
      }
      int year = 0;
      for (int i = 0; i < 4; i++) {
        char c = text.charAt(i);
        if (c < '0' || c > '9') {
          return 0;
        }
        year = year * 10 + (c - '0');
      }
      return IndexObservation.isSurveyYear(year) ? year : 0;
    }

    /** The header's layout, or null after recording the problem with it. */
    private SurveyLayout layoutOf(Row header) {
      String[] names = header.cells();
      SurveyLayout layout = null;
      for (SurveyLayout candidate : SurveyLayout.values()) {
        if (names.length > 0 && names[0].strip().equals(candidate.columns().get(0))) {
          layout = candidate;
        }
      }
      if (layout == null) {
        tableProblems.add(ImportProblem.atLine(Kind.HEADER, source, header.line(), "header "
            + ImportProblem.quote(String.join(",", names)) + " is in neither survey layout: expected " + bothLayouts()));
        return null;
      }
      List<String> columns = layout.columns();
      String expected = " in " + layout.description() + ": expected " + layout.header();
      for (int i = 0; i < columns.size(); i++) {
        if (i >= names.length) {
          tableProblems.add(ImportProblem.inCell(Kind.HEADER, source, header.line(), i + 1, columns.get(i), null,
              "header lacks column '" + columns.get(i) + "'" + expected));
          return null;
        }
        if (!names[i].strip().equals(columns.get(i))) {
          tableProblems.add(ImportProblem.inCell(Kind.HEADER, source, header.line(), i + 1, columns.get(i), names[i],
              "header has " + ImportProblem.quote(names[i]) + " where '" + columns.get(i) + "' is expected" + expected));
          return null;
        }
      }
      if (names.length > columns.size()) {
        tableProblems.add(ImportProblem.atLine(Kind.HEADER, source, header.line(), "header has " + names.length + " columns, "
            + ImportProblem.quote(names[columns.size()]) + " and after are not in the survey layout" + expected));
        return null;
      }
      return layout;
    }

    private static String bothLayouts() {
      return SurveyLayout.UNU_EGOV_COMPILATION.header() + " (" + SurveyLayout.UNU_EGOV_COMPILATION.description()
          + ") or " + SurveyLayout.UN_DATA_CENTER.header() + " (" + SurveyLayout.UN_DATA_CENTER.description() + ")";
    }
  }

  /** The number of countries with values, per edition and index, over every table read together. */
  private final class Counts {
    private final Map<Integer, int[]> counted = new TreeMap<>();

    void add(int edition, SurveyLayout layout, String[] cells) {
      int[] byIndex = counted.computeIfAbsent(edition, e -> new int[ROW_ORDER.length]);
      for (SurveyIndex index : ROW_ORDER) {
        boolean hasValue = !cells[layout.scoreColumn(index)].isBlank()
            || (index == SurveyIndex.EGDI && !cells[layout.rankColumn()].isBlank());
        if (hasValue) {
          byIndex[index.ordinal()]++;
        }
      }
    }

    /** A table of an edition that holds more countries with values than the caller declared is a problem. */
    void checkDeclared(List<Table> tables) {
      for (Map.Entry<Integer, Integer> declared : declaredAssessed.entrySet()) {
        int[] byIndex = counted.get(declared.getKey());
        if (byIndex == null) {
          continue;
        }
        for (SurveyIndex index : ROW_ORDER) {
          if (byIndex[index.ordinal()] > declared.getValue()) {
            Table first = tables.stream().filter(Table::isInterpretable).findFirst().orElseThrow();
            first.countProblems.add(ImportProblem.atLine(Kind.MORE_ASSESSED_THAN_GIVEN, first.source, 1, "edition " + declared.getKey() + " has "
                + byIndex[index.ordinal()] + " countries with " + index.code() + " values in the tables read, more than the "
                + declared.getValue() + " given as the number it assessed"));
            return;
          }
        }
      }
    }

    int numberAssessed(int edition, SurveyIndex index) {
      Integer declared = declaredAssessed.get(edition);
      if (declared != null) {
        return declared;
      }
      int[] byIndex = counted.get(edition);
      return byIndex == null ? 0 : byIndex[index.ordinal()];
    }

    boolean isDeclared(int edition) {
      return declaredAssessed.containsKey(edition);
    }
  }

  /** Turns one table's parsed rows into observations and problems. */
  private final class Interpretation {
    private final Table table;
    private final SurveyLayout layout;
    private final String source;
    private final Counts counts;
    private final Map<Integer, Map<CountryCode, Place>> firstPlace;
    private final List<IndexObservation> observations;
    private final List<ImportProblem> problems = new ArrayList<>();
    private final List<RestoredCell> restored = new ArrayList<>();
    private final Map<CountryCode, String> countryNames;
    private final Map<CountryCode, Integer> editionOfName;
    private final SortedSet<Integer> editions = new TreeSet<>();
    private final Map<Integer, Set<CountryCode>> unassessed = new TreeMap<>();

    Interpretation(Table table, Counts counts, Map<Integer, Map<CountryCode, Place>> firstPlace) {
      this.table = table;
      this.layout = table.layout;
      this.source = table.source;
      this.counts = counts;
      this.firstPlace = firstPlace;
      int rows = table.rows.size();
      this.observations = new ArrayList<>(rows * ROW_ORDER.length);
      this.countryNames = new LinkedHashMap<>(rows * 2);
      this.editionOfName = new IdentityHashMap<>(rows);
    }

    ImportReport run() {
      table.tableProblems.forEach(this::report);
      table.countProblems.forEach(this::report);
      if (layout != null && table.tableProblems.isEmpty()) {
        for (Row row : table.rows.subList(1, table.rows.size())) {
          interpret(row);
        }
      }
      if (table.parseFailure != null) {
        report(table.parseFailure);
      }
      if (!table.isInterpretable()) {
        observations.clear();
        countryNames.clear();
        restored.clear();
        unassessed.clear();
        editions.clear();
      }
      Map<Integer, int[]> assessed = new TreeMap<>();
      for (int edition : editions) {
        int[] byIndex = new int[ROW_ORDER.length];
        for (SurveyIndex index : ROW_ORDER) {
          byIndex[index.ordinal()] = counts.numberAssessed(edition, index);
        }
        assessed.put(edition, byIndex);
      }
      Map<Integer, Set<CountryCode>> unassessedSets = new TreeMap<>();
      unassessed.forEach((edition, countries) -> unassessedSets.put(edition, Collections.unmodifiableSet(countries)));
      return new ImportReport(source, layout, editions, assessed, observations, countryNames,
          Collections.unmodifiableMap(unassessedSets), restored, problems);
    }

    private void report(ImportProblem problem) {
      if (failFast) {
        throw new SurveyImportException(problem);
      }
      problems.add(problem);
    }

    private void reportCell(Kind kind, Row row, int column, String message) {
      String value = column < row.cells().length ? row.cells()[column] : null;
      report(ImportProblem.inCell(kind, source, row.line(), column + 1, layout.columns().get(column), value, message));
    }

    private void interpret(Row row) {
      if (row.cells().length != CELLS) {
        report(ImportProblem.atLine(Kind.ROW_SHAPE, source, row.line(), "row has " + row.cells().length + " cells, expected "
            + CELLS + " (" + layout.header() + ")"));
        return;
      }
      int problemsBefore = problems.size();
      int edition = edition(row);
      if (edition != 0) {
        editions.add(edition);
      }
      CountryCode country = country(row, edition);
      Integer rank = rank(row);
      BigDecimal[] scores = new BigDecimal[ROW_ORDER.length];
      int restoredBefore = restored.size();
      for (SurveyIndex index : ROW_ORDER) {
        scores[index.ordinal()] = score(row, layout.scoreColumn(index));
      }
      // Without a country, an edition or the numbers assessed (which a table that could not be
      // parsed to its end does not give) no observation can be built, so the range checks wait
      // until those are fixed; a bad rank or score cell is left out so the others are still checked.
      if (country == null || edition == 0 || table.parseFailure != null) {
        restored.subList(restoredBefore, restored.size()).clear();
        return;
      }
      boolean listedOnly = rank == null && problems.size() == problemsBefore
          && Arrays.stream(scores).allMatch(Objects::isNull);
      if (listedOnly) {
        unassessed.computeIfAbsent(edition, e -> new TreeSet<>()).add(country);
      }
      int observationsBefore = observations.size();
      for (SurveyIndex index : ROW_ORDER) {
        Integer indexRank = index == SurveyIndex.EGDI ? rank : null;
        BigDecimal score = scores[index.ordinal()];
        if (indexRank == null && score == null) {
          continue; // an empty cell: not assessed on this index
        }
        IndexObservation observation = build(row, index, edition, country, indexRank, score);
        if (observation != null) {
          observations.add(observation);
        }
      }
      if (problems.size() == problemsBefore) {
        Integer namedIn = editionOfName.get(country);
        if (namedIn == null || namedIn <= edition) {
          editionOfName.put(country, edition);
          countryNames.put(country, row.cells()[layout.nameColumn()].strip());
        }
      } else {
        observations.subList(observationsBefore, observations.size()).clear(); // a row with a problem yields none
        restored.subList(restoredBefore, restored.size()).clear();
        Set<CountryCode> listed = unassessed.get(edition);
        if (listed != null) {
          listed.remove(country);
        }
      }
    }

    /** The row's edition, or 0 after reporting a bad Survey Year. */
    private int edition(Row row) {
      int column = layout.editionColumn();
      if (column < 0) {
        return table.fileEdition;
      }
      int edition = table.editionOf(row);
      if (edition == 0) {
        reportCell(Kind.SURVEY_YEAR, row, column, "survey year " + ImportProblem.quote(row.cells()[column])
            + " is not a survey year: expected a year from " + IndexObservation.FIRST_EDITION + " to "
            + IndexObservation.LAST_EDITION + ", such as 2022");
        return 0;
      }
      if (table.givenEdition != 0 && edition != table.givenEdition) {
        reportCell(Kind.SURVEY_YEAR, row, column, "survey year " + edition + " differs from the edition " + table.givenEdition
            + " given for this table");
        return 0;
      }
      return edition;
    }

    private CountryCode country(Row row, int edition) {
      int column = layout.countryColumn();
      String text = row.cells()[column];
      if (text.isBlank()) {
        reportCell(Kind.COUNTRY, row, column, layout == SurveyLayout.UNU_EGOV_COMPILATION ? "missing country code" : "missing country name");
        return null;
      }
      CountryCode country = layout == SurveyLayout.UNU_EGOV_COMPILATION ? byCode(row, text) : byName(row, text);
      if (country == null || edition == 0) {
        return country;
      }
      Place here = new Place(source, row.line());
      Place first = firstPlace.computeIfAbsent(edition, e -> new IdentityHashMap<>()).putIfAbsent(country, here);
      if (first != null) {
        reportCell(Kind.DUPLICATE, row, column, "country " + country + " is listed twice for edition " + edition + ": first "
            + (first.source().equals(source) ? "on line " + first.line() : "in " + first.source() + ", line " + first.line()));
        return null;
      }
      return country;
    }

    private CountryCode byCode(Row row, String code) {
      CountryCode country = CountryTable.find(code);
      if (country == null) {
        reportCell(Kind.COUNTRY, row, layout.countryColumn(), "unknown country code " + ImportProblem.quote(code)
            + ": expected an upper-case ISO 3166-1 alpha-3 code such as KOR");
      }
      return country;
    }

    private CountryCode byName(Row row, String name) {
      CountryCode country = names.find(name).orElse(null);
      if (country == null) {
        List<String> closest = names.closest(name, SUGGESTIONS);
        reportCell(Kind.COUNTRY, row, layout.countryColumn(), "unknown country name " + ImportProblem.quote(name.strip())
            + " (survey country names edition " + names.edition() + ")"
            + (closest.isEmpty() ? "" : ": closest known " + String.join(", ", closest.stream().map(ImportProblem::quote).toList()))
            + "; a name the table lacks can be added to the reader");
      }
      return country;
    }

    /** The rank, or null when the cell is empty or bad (bad cells are reported). */
    private Integer rank(Row row) {
      int column = layout.rankColumn();
      String text = row.cells()[column].strip();
      if (text.isEmpty()) {
        return null;
      }
      BigDecimal number = number(row, column, text, "rank");
      if (number == null) {
        return null;
      }
      try {
        // 136.0 is the whole number 136: the 2010 table writes every rank this way.
        return (number.scale() == 0 ? number : number.stripTrailingZeros()).intValueExact();
      } catch (ArithmeticException e) {
        boolean fraction = number.stripTrailingZeros().scale() > 0;
        reportCell(Kind.NOT_A_WHOLE_NUMBER, row, column, "rank " + ImportProblem.quote(text)
            + (fraction ? " is not a whole number" : " is out of range: expected a whole number from 1"));
        return null;
      }
    }

    /**
     * The score as the UN published it, or null when the cell is empty or bad (bad cells are
     * reported): the text exactly, unless it is a five-place decimal plus float noise.
     */
    private BigDecimal score(Row row, int column) {
      String text = row.cells()[column].strip();
      if (text.isEmpty()) {
        return null;
      }
      BigDecimal written = number(row, column, text, "score");
      if (written == null || written.scale() <= PUBLISHED_DECIMALS
          || written.scale() > Checks.MAX_DECIMAL_SCALE || written.precision() > Checks.MAX_DECIMAL_PRECISION) {
        return written; // as written: the model refuses a decimal beyond its bounds, naming them
      }
      BigDecimal published = written.setScale(PUBLISHED_DECIMALS, RoundingMode.HALF_EVEN);
      if (published.subtract(written).abs().compareTo(NOISE) > 0) {
        return written;
      }
      // Two decimals of at most five places differ by at least 1e-5, so this is the only one
      // within the noise; its shortest form is the one the UN published.
      BigDecimal shortest = published.stripTrailingZeros();
      if (shortest.scale() < 1) {
        shortest = shortest.setScale(1);
      }
      restored.add(new RestoredCell(source, row.line(), column + 1, layout.columns().get(column), text, shortest));
      return shortest;
    }

    private BigDecimal number(Row row, int column, String text, String what) {
      BigDecimal plain = Decimals.plain(text);
      if (plain != null) {
        return plain;
      }
      try {
        return new BigDecimal(text);
      } catch (NumberFormatException e) {
        reportCell(Kind.NOT_A_NUMBER, row, column, what + " " + ImportProblem.quote(text) + " is not a number");
        return null;
      }
    }

    private IndexObservation build(Row row, SurveyIndex index, int edition, CountryCode country, Integer rank,
        BigDecimal score) {
      int numberAssessed = counts.numberAssessed(edition, index);
      IndexObservation observation;
      try {
        observation = Observations.of(index, edition, country, numberAssessed, rank != null ? rank : Observations.NO_RANK,
            score, null);
      } catch (IllegalArgumentException e) {
        // The model's invariants (a rank of at least 1, a bounded decimal) name the attribute that broke them.
        boolean aboutRank = e instanceof InvalidAttributeException invalid && invalid.attribute().equals("rank");
        String reason = e instanceof InvalidAttributeException invalid ? invalid.reason() : e.getMessage();
        reportCell(Kind.INVALID_VALUE, row, aboutRank ? layout.rankColumn() : layout.scoreColumn(index),
            (aboutRank ? "rank " : index.code() + " score ") + reason);
        return null;
      }
      if (!observation.rankIsWithinAssessed()) {
        reportCell(Kind.RANK_ABOVE_ASSESSED, row, layout.rankColumn(), "rank " + rank + " exceeds the " + numberAssessed
            + " countries assessed in edition " + edition + (counts.isDeclared(edition) ? " (the number given)"
                : " (those with EGDI values in the tables read; a table of part of an edition needs the number"
                    + " the edition assessed)"));
        return null;
      }
      if (!observation.scoreIsWithinRange()) {
        int column = layout.scoreColumn(index);
        reportCell(Kind.SCORE_OUT_OF_RANGE, row, column, index.code() + " score " + ImportProblem.quote(row.cells()[column].strip())
            + " lies outside " + index.minScore() + " to " + index.maxScore());
        return null;
      }
      return observation;
    }
  }
}

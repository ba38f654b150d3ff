package org.egovcoop.csv;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import org.egovcoop.geo.CountryCode;
import org.egovcoop.survey.IndexObservation;
import org.egovcoop.survey.SurveyIndex;

/**
 * What a {@link SurveyTableReader} read from one survey table: its layout and editions, the
 * observations, the countries listed but not assessed, the cells restored to the decimal the UN
 * published, and every problem found (none when the reader fails fast, since it throws instead).
 */
public final class ImportReport {

  private final String source;
  private final SurveyLayout layout;
  private final SortedSet<Integer> editions;
  private final Map<Integer, int[]> numberAssessed;
  private final List<IndexObservation> observations;
  private final Map<CountryCode, String> countryNames;
  private final Map<Integer, Set<CountryCode>> unassessed;
  private final List<RestoredCell> restoredCells;
  private final List<ImportProblem> problems;

  ImportReport(String source, SurveyLayout layout, SortedSet<Integer> editions, Map<Integer, int[]> numberAssessed,
      List<IndexObservation> observations, Map<CountryCode, String> countryNames,
      Map<Integer, Set<CountryCode>> unassessed, List<RestoredCell> restoredCells, List<ImportProblem> problems) {
    this.source = source;
    this.layout = layout;
    // The reader hands over collections it no longer touches: wrapped, not copied.
    this.editions = Collections.unmodifiableSortedSet(editions);
    this.numberAssessed = numberAssessed;
    this.observations = Collections.unmodifiableList(observations);
    this.countryNames = Collections.unmodifiableMap(countryNames);
    this.unassessed = unassessed;
    this.restoredCells = Collections.unmodifiableList(restoredCells);
    this.problems = List.copyOf(problems);
  }

  /** {@return the file name, or the name the caller gave the input} */
  public String source() {
    return source;
  }

  /** {@return the layout recognised from the header; empty if the header is in neither layout or the file is empty} */
  public Optional<SurveyLayout> layout() {
    return Optional.ofNullable(layout);
  }

  /** {@return the editions (survey years) the table's rows belong to, in order, rows with problems included; empty if the table could not be interpreted; unmodifiable} */
  public SortedSet<Integer> editions() {
    return editions;
  }

  /**
   * How many countries an edition assessed on an index: the number of countries with a value for
   * that index in that edition (for the EGDI, a rank or a score), counted over every table read
   * together, or the number the caller gave with {@link SurveyTableReader#withNumberAssessed}. A
   * country listed without values is listed, not assessed, and counts in no total: the 2010 EGDI
   * is 192 (South Sudan is listed with empty cells), the 2010 HCI 183.
   *
   * @param edition an edition
   * @param index an index
   * @return the number, as every observation of that index and edition states it; 0 if this table
   *     has no row of the edition, or could not be interpreted
   */
  public int numberAssessed(int edition, SurveyIndex index) {
    int[] byIndex = numberAssessed.get(edition);
    return byIndex == null ? 0 : byIndex[index.ordinal()];
  }

  /**
   * {@return the observations, in the table's row order and, within a row, in the order EGDI,
   * OSI, HCI, TII, EPI; unmodifiable} A row with a problem contributes none; an empty cell
   * contributes none for its index (an absent value is never zero), and the EGDI observation of a
   * row has its rank, its score, or both.
   */
  public List<IndexObservation> observations() {
    return observations;
  }

  /**
   * The observations of one index.
   *
   * @param index an index
   * @return the observations of that index, in row order
   */
  public List<IndexObservation> observations(SurveyIndex index) {
    return observations.stream().filter(o -> o.getIndex() == index).toList();
  }

  /**
   * {@return the country names as the table writes them, surrounding whitespace removed
   * ({@code Republic of Korea}), for the rows read without a problem (the listed but unassessed
   * ones too), in row order; unmodifiable} Where a table holds several editions, the name is the
   * latest edition's.
   */
  public Map<CountryCode, String> countryNames() {
    return countryNames;
  }

  /**
   * The countries an edition lists with no value at all: South Sudan in 2010, listed before it
   * joined the UN and not assessed. They yield no observation and count in no total.
   *
   * @param edition an edition
   * @return those countries, in code order; empty if none
   */
  public Set<CountryCode> unassessed(int edition) {
    return unassessed.getOrDefault(edition, Set.of());
  }

  /**
   * {@return the score cells read as the decimal the UN published rather than as written (see
   * {@link RestoredCell} for the rule), in line and column order; unmodifiable}
   */
  public List<RestoredCell> restoredCells() {
    return restoredCells;
  }

  /** {@return every problem found, in line order; unmodifiable} */
  public List<ImportProblem> problems() {
    return problems;
  }

  /** {@return whether the table was read without any problem} */
  public boolean isClean() {
    return problems.isEmpty();
  }

  /** {@return such as {@code egdi-2016.csv: editions [2016], 965 observations, 0 unassessed, 411 cells restored, 0 problems}} */
  @Override
  public String toString() {
    int unassessedCount = unassessed.values().stream().mapToInt(Set::size).sum();
    return source + ": editions " + editions + ", " + observations.size() + " observations, " + unassessedCount
        + " unassessed, " + restoredCells.size() + " cells restored, " + problems.size() + " problems";
  }
}

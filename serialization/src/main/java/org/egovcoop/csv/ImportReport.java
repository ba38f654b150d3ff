package org.egovcoop.csv;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.egovcoop.geo.CountryCode;
import org.egovcoop.survey.IndexObservation;
import org.egovcoop.survey.SurveyIndex;

/**
 * What a {@link SurveyTableReader} read from one survey table: the observations, and every
 * problem found (none when the reader fails fast, since it throws instead).
 */
public final class ImportReport {

  private final String source;
  private final int edition;
  private final int numberAssessed;
  private final List<IndexObservation> observations;
  private final Map<CountryCode, String> countryNames;
  private final List<ImportProblem> problems;

  ImportReport(String source, int edition, int numberAssessed, List<IndexObservation> observations,
      Map<CountryCode, String> countryNames, List<ImportProblem> problems) {
    this.source = source;
    this.edition = edition;
    this.numberAssessed = numberAssessed;
    // The reader hands over collections it no longer touches: wrapped, not copied.
    this.observations = Collections.unmodifiableList(observations);
    this.countryNames = Collections.unmodifiableMap(countryNames);
    this.problems = List.copyOf(problems);
  }

  /** {@return the file name, or the name the caller gave the input} */
  public String source() {
    return source;
  }

  /** {@return the survey's edition: 2016} */
  public int edition() {
    return edition;
  }

  /**
   * {@return the number of data rows in the table, which is the number of countries the edition
   *     assessed: 193; rows with problems count too, since the survey listed them. 0 when the
   *     table could not be interpreted (an empty file, a wrong header, or CSV that could not be
   *     parsed to its end)}
   */
  public int numberAssessed() {
    return numberAssessed;
  }

  /**
   * {@return the observations, in the table's row order and, within a row, in the order EGDI,
   *     OSI, HCI, TII, EPI; unmodifiable. A row with a problem contributes none}
   */
  public List<IndexObservation> observations() {
    return observations;
  }

  /**
   * {@return the observations of that index, in row order}
   *
   * @param index an index
   */
  public List<IndexObservation> observations(SurveyIndex index) {
    return observations.stream().filter(o -> o.getIndex() == index).toList();
  }

  /**
   * {@return the country names exactly as the table writes them ({@code Republic of Korea}), for
   *     the rows that yielded observations, in row order; unmodifiable}
   */
  public Map<CountryCode, String> countryNames() {
    return countryNames;
  }

  /** {@return every problem found, in line order; unmodifiable} */
  public List<ImportProblem> problems() {
    return problems;
  }

  /** {@return whether the table was read without any problem} */
  public boolean isClean() {
    return problems.isEmpty();
  }

  /** {@return the text, such as {@code egdi-2016.csv: edition 2016, 193 rows, 965 observations, 0 problems}} */
  @Override
  public String toString() {
    return source + ": edition " + edition + ", " + numberAssessed + " rows, " + observations.size()
        + " observations, " + problems.size() + " problems";
  }
}

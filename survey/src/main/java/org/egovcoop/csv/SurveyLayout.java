package org.egovcoop.csv;

import java.util.List;
import org.egovcoop.survey.SurveyIndex;

/**
 * The two layouts in which the UN E-Government Survey's tables circulate. {@link SurveyTableReader}
 * recognises a table's layout from its header and reads both into the same observations.
 */
public enum SurveyLayout {

  /**
   * UNU-EGOV's compilation of the UN DESA E-Government Knowledgebase data ({@code egdi-2010.csv} …
   * {@code egdi-2018.csv}): one edition a file, the edition in the file's name, countries by ISO
   * 3166-1 alpha-3 code. Header:
   * {@code country-code,country-name,e-gov-rank,e-gov-index,e-pat-index,osi,hci,tii}.
   */
  UNU_EGOV_COMPILATION("UNU-EGOV's compilation",
      List.of("country-code", "country-name", "e-gov-rank", "e-gov-index", "e-pat-index", "osi", "hci", "tii"),
      new int[] {3, 5, 6, 7, 4}),

  /**
   * The CSV that the UN E-Government Knowledgebase's Data Center exports: one edition or several a
   * file, the edition in the {@code Survey Year} column, countries by the name that edition of the
   * survey uses ({@code Republic of Korea}, {@code Türkiye}), no codes; names are mapped to codes
   * by {@link SurveyCountryNames}. Header: {@code Survey Year,Country Name,E-Government Rank,
   * E-Government Index,E-Participation Index,Online Service Index,Human Capital Index,
   * Telecommunication Infrastructure Index}.
   */
  UN_DATA_CENTER("the UN Data Center's export",
      List.of("Survey Year", "Country Name", "E-Government Rank", "E-Government Index", "E-Participation Index",
          "Online Service Index", "Human Capital Index", "Telecommunication Infrastructure Index"),
      new int[] {3, 5, 6, 7, 4});

  private final String description;
  private final List<String> columns;
  /** The column of each index's score, by the index's ordinal (EGDI, OSI, HCI, TII, EPI). */
  private final int[] scoreColumns;

  SurveyLayout(String description, List<String> columns, int[] scoreColumns) {
    this.description = description;
    this.columns = columns;
    this.scoreColumns = scoreColumns;
  }

  /** {@return the header's columns, in order} */
  public List<String> columns() {
    return columns;
  }

  /** {@return who publishes the layout, for messages: {@code the UN Data Center's export}} */
  public String description() {
    return description;
  }

  /** {@return the header as one line, columns separated by commas} */
  String header() {
    return String.join(",", columns);
  }

  /** The zero-based column of the rank (of the EGDI, the one index the survey ranks by). */
  int rankColumn() {
    return 2;
  }

  /** The zero-based column that names the country: its code or its name. */
  int countryColumn() {
    return this == UNU_EGOV_COMPILATION ? 0 : 1;
  }

  /** The zero-based column of the country's name as the table writes it. */
  int nameColumn() {
    return 1;
  }

  /** The zero-based column of the edition, or -1 when the file name gives it. */
  int editionColumn() {
    return this == UN_DATA_CENTER ? 0 : -1;
  }

  /** The zero-based column of an index's score. */
  int scoreColumn(SurveyIndex index) {
    return scoreColumns[index.ordinal()];
  }
}

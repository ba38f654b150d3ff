/**
 * The UN E-Government Survey tables read into the model: {@link org.egovcoop.csv.SurveyTableReader}
 * recognises the layout of UNU-EGOV's compilation and of the UN Data Center's export, and reports
 * every problem of a table by line and column (see {@code docs/survey-import.md}).
 */
module org.egovcoop.csv {
  requires transitive org.egovcoop.core;
  requires tools.jackson.core;
  requires tools.jackson.databind;
  requires tools.jackson.dataformat.csv;

  exports org.egovcoop.csv;
}

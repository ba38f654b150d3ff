/**
 * Reading and writing egovcoop models: the UN E-Government Survey tables (CSV, package
 * {@code org.egovcoop.csv}).
 */
module org.egovcoop.serialization {
  requires transitive org.egovcoop.core;
  requires tools.jackson.core;
  requires tools.jackson.databind;
  requires tools.jackson.dataformat.csv;

  exports org.egovcoop.csv;
}

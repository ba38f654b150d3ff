/**
 * Runnable examples of egovcoop: the founding press release as a portfolio
 * ({@code org.egovcoop.examples}), and the {@code egovcoop} command line
 * ({@code org.egovcoop.examples.cli}).
 */
module org.egovcoop.examples {
  // Transitive: the exported API returns core types (Portfolio) and picocli's CommandLine.
  requires transitive org.egovcoop.core;
  requires org.egovcoop.serialization;
  requires org.egovcoop.csv;
  requires org.egovcoop.iati;
  requires transitive info.picocli;
  requires java.logging;

  exports org.egovcoop.examples;
  exports org.egovcoop.examples.cli;

  // picocli sets the annotated option fields by reflection.
  opens org.egovcoop.examples.cli to info.picocli;
}

/**
 * The IATI Activity Standard 2.03 export of egovcoop: {@link org.egovcoop.iati.IatiExporter}
 * writes the activities of a {@link org.egovcoop.portfolio.Portfolio} as an
 * {@code iati-activities} document, with a report of every fact IATI cannot hold. XML is
 * written with the JDK's StAX ({@code java.xml}); the module depends on egovcoop core only.
 *
 * <p>The IATI 2.03 schemas and code lists the export uses ship with the module (CC BY 4.0, IATI
 * Standard, http://iatistandard.org/); {@link org.egovcoop.iati.IatiStandard} reads them.
 */
module org.egovcoop.iati {
  requires transitive org.egovcoop.core;
  requires transitive java.xml;

  exports org.egovcoop.iati;
}

package org.egovcoop.iati;

import java.util.Set;
import javax.xml.validation.Schema;
import org.egovcoop.iati.internal.Standard;

/**
 * The IATI Activity Standard 2.03 files that ship with this module: the XML Schema of
 * {@code iati-activities} documents and the code lists the export writes codes from (CC BY 4.0,
 * IATI Standard, http://iatistandard.org/). Everything is read from the module's own copies,
 * never from the network.
 */
public final class IatiStandard {

  /** The version of the IATI Activity Standard the export writes. */
  public static final String VERSION = "2.03";

  private IatiStandard() {}

  /**
   * The schema of {@code iati-activities} documents, to validate an export with
   * {@code IatiStandard.activitiesSchema().newValidator().validate(source)}.
   *
   * @return the schema, read once from the shipped {@code iati-activities-schema.xsd} and the two
   *     files it includes and imports
   */
  public static Schema activitiesSchema() {
    return Standard.activitiesSchema();
  }

  /**
   * The codes of a shipped code list, read from its XML file: {@code ActivityDateType},
   * {@code ActivityStatus}, {@code Country}, {@code DocumentCategory}, {@code Language},
   * {@code OrganisationRegistrationAgency}, {@code OrganisationRole}, {@code OrganisationType},
   * {@code Sector}, {@code SectorVocabulary}.
   *
   * @param codeList the code list's name
   * @return its codes, leaving out those marked withdrawn
   * @throws IllegalArgumentException naming the list if the module does not ship it
   */
  public static Set<String> codes(String codeList) {
    return Standard.codes(codeList);
  }
}

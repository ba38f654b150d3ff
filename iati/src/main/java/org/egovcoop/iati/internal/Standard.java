package org.egovcoop.iati.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import org.xml.sax.SAXException;

/**
 * The shipped copies of the IATI 2.03 schemas and code lists, read from this module's resources
 * and never from the network. Internal: not exported.
 */
public final class Standard {

  /** Where the copies are, beside each other: the schemas include one another by relative location. */
  private static final String BASE = "/org/egovcoop/iati/standard/";
  private static final Map<String, Set<String>> CODE_LISTS = new ConcurrentHashMap<>();
  private static volatile Schema schema;

  private Standard() {}

  /**
   * {@return its URL}
   *
   * @param name a resource beside the schemas, such as {@code iati-activities-schema.xsd}
   * @throws IllegalStateException if the module does not ship it
   */
  public static URL resource(String name) {
    URL url = Standard.class.getResource(BASE + name);
    if (url == null) {
      throw new IllegalStateException("The IATI standard file " + BASE + name + " is missing from the module");
    }
    return url;
  }

  /**
   * {@return the activities schema, read once from the shipped copies; external references other than to local files
   * and jar entries are refused, so no network is used}
   */
  public static Schema activitiesSchema() {
    Schema s = schema;
    if (s == null) {
      try {
        SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "file,jar:file");
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        s = factory.newSchema(resource("iati-activities-schema.xsd"));
      } catch (SAXException e) {
        throw new IllegalStateException("The shipped IATI activities schema cannot be read: " + e.getMessage(), e);
      }
      schema = s;
    }
    return s;
  }

  /**
   * {@return its codes that are not withdrawn, in file order}
   *
   * @param name a shipped code list, such as {@code Sector}
   * @throws IllegalArgumentException naming the list if the module does not ship it
   */
  public static Set<String> codes(String name) {
    return CODE_LISTS.computeIfAbsent(name, Standard::read);
  }

  private static Set<String> read(String name) {
    URL url = Standard.class.getResource(BASE + "codelists/" + name + ".xml");
    if (url == null) {
      throw new IllegalArgumentException("Unknown code list '" + name + "': the module ships ActivityDateType,"
          + " ActivityStatus, Country, DocumentCategory, Language, OrganisationRegistrationAgency,"
          + " OrganisationRole, OrganisationType, Sector and SectorVocabulary");
    }
    XMLInputFactory factory = XMLInputFactory.newFactory();
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    Set<String> codes = new LinkedHashSet<>();
    try (InputStream in = url.openStream()) {
      XMLStreamReader reader = factory.createXMLStreamReader(in);
      boolean withdrawn = false;
      while (reader.hasNext()) {
        int event = reader.next();
        if (event == XMLStreamConstants.START_ELEMENT) {
          String local = reader.getLocalName();
          if (local.equals("codelist-item")) {
            withdrawn = "withdrawn".equals(reader.getAttributeValue(null, "status"));
          } else if (local.equals("code") && !withdrawn) {
            codes.add(reader.getElementText().strip());
          }
        }
      }
      reader.close();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the IATI code list " + name, e);
    } catch (XMLStreamException e) {
      throw new IllegalStateException("The shipped IATI code list " + name + " is not well-formed: " + e.getMessage(), e);
    }
    return Set.copyOf(codes);
  }
}

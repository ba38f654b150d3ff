package org.egovcoop.iati;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import javax.xml.XMLConstants;
import javax.xml.namespace.NamespaceContext;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathExpressionException;
import javax.xml.xpath.XPathFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * The tests' own access to the shipped IATI files, independent of the code under test: the schema
 * read with javax.xml.validation from the files side by side, code lists read from their XML with
 * DOM, and XPath over exported documents.
 */
final class Documents {

  static final String STANDARD = "/org/egovcoop/iati/standard/";
  private static final Map<String, Set<String>> CODE_LISTS = new ConcurrentHashMap<>();
  private static Schema schema;

  /** Binds the prefix {@code xml}, which XPath expressions use for {@code @xml:lang}. */
  private static final NamespaceContext XML_PREFIX = new NamespaceContext() {
    @Override
    public String getNamespaceURI(String prefix) {
      return XMLConstants.XML_NS_PREFIX.equals(prefix) ? XMLConstants.XML_NS_URI : XMLConstants.NULL_NS_URI;
    }

    @Override
    public String getPrefix(String namespaceUri) {
      return XMLConstants.XML_NS_URI.equals(namespaceUri) ? XMLConstants.XML_NS_PREFIX : null;
    }

    @Override
    public Iterator<String> getPrefixes(String namespaceUri) {
      return List.of(XMLConstants.XML_NS_PREFIX).iterator();
    }
  };

  private Documents() {}

  static URL resource(String path) {
    URL url = Documents.class.getResource(path);
    if (url == null) {
      throw new IllegalStateException("missing test resource " + path);
    }
    return url;
  }

  /** The schema from the shipped files; anything but local files is refused, so no network is used. */
  static synchronized Schema schema() {
    if (schema == null) {
      try {
        SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "file,jar:file");
        schema = factory.newSchema(resource(STANDARD + "iati-activities-schema.xsd"));
      } catch (SAXException e) {
        throw new IllegalStateException(e);
      }
    }
    return schema;
  }

  /** @throws SAXException if the document is not valid against iati-activities-schema.xsd */
  static void validate(byte[] xml) throws SAXException {
    try {
      schema().newValidator().validate(new StreamSource(new ByteArrayInputStream(xml)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * @return the export, once its document is found valid against iati-activities-schema.xsd
   * @throws AssertionError naming the schema's complaint if it is not
   */
  static IatiExport valid(IatiExport export) {
    try {
      validate(export.xml());
    } catch (SAXException e) {
      throw new AssertionError("the export is not valid against iati-activities-schema.xsd: " + e.getMessage(), e);
    }
    return export;
  }

  static Document parse(byte[] xml) {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setNamespaceAware(true);
      return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /** The codes of a shipped code list that are not withdrawn, read from its XML file. */
  static Set<String> codes(String codeList) {
    return CODE_LISTS.computeIfAbsent(codeList, name -> {
      try (InputStream in = resource(STANDARD + "codelists/" + name + ".xml").openStream()) {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        Document document = factory.newDocumentBuilder().parse(in);
        Set<String> codes = new LinkedHashSet<>();
        NodeList items = document.getElementsByTagName("codelist-item");
        for (int i = 0; i < items.getLength(); i++) {
          Element item = (Element) items.item(i);
          if (!"withdrawn".equals(item.getAttribute("status"))) {
            codes.add(item.getElementsByTagName("code").item(0).getTextContent().strip());
          }
        }
        return codes;
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    });
  }

  static List<Node> nodes(Node context, String xpath) {
    try {
      XPath path = XPathFactory.newInstance().newXPath();
      path.setNamespaceContext(XML_PREFIX);
      NodeList list = (NodeList) path.evaluate(xpath, context, XPathConstants.NODESET);
      List<Node> out = new ArrayList<>();
      for (int i = 0; i < list.getLength(); i++) {
        out.add(list.item(i));
      }
      return out;
    } catch (XPathExpressionException e) {
      throw new IllegalArgumentException(xpath, e);
    }
  }

  static List<String> values(Node context, String xpath) {
    return nodes(context, xpath).stream().map(Node::getTextContent).toList();
  }
}

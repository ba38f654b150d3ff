package org.egovcoop.iati.internal;

import java.io.ByteArrayOutputStream;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * An indented UTF-8 document written with StAX: elements, attributes and text are escaped by the
 * writer, never assembled as strings. Internal: not exported.
 */
final class Xml {

  private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
  private final XMLStreamWriter writer;
  private int depth;
  /** Whether the open element has child elements, so that its end tag goes on a line of its own. */
  private boolean hadChild;

  Xml() {
    try {
      writer = XMLOutputFactory.newFactory().createXMLStreamWriter(bytes, "UTF-8");
      writer.writeStartDocument("UTF-8", "1.0");
    } catch (XMLStreamException e) {
      throw new IllegalStateException(e);
    }
  }

  /** One call on the writer. */
  @FunctionalInterface
  private interface Step {
    void run() throws XMLStreamException;
  }

  /** Runs a step; the writer writes to memory, so a failure is a bug, not bad input. */
  private Xml step(Step step) {
    try {
      step.run();
      return this;
    } catch (XMLStreamException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Opens an element on a new line. */
  Xml start(String name) {
    return step(() -> {
      newLine();
      writer.writeStartElement(name);
      depth++;
      hadChild = false;
    });
  }

  /** Writes an element without content on a new line; attributes may follow. */
  Xml empty(String name) {
    return step(() -> {
      newLine();
      writer.writeEmptyElement(name);
      hadChild = true;
    });
  }

  /** Writes an attribute of the element just opened. */
  Xml attribute(String name, String value) {
    return step(() -> writer.writeAttribute(name, value));
  }

  /** Writes the {@code xml:lang} attribute of the element just opened. */
  Xml lang(String language) {
    return step(() -> writer.writeAttribute(XMLConstants.XML_NS_PREFIX, XMLConstants.XML_NS_URI, "lang", language));
  }

  /** Writes text inside the element just opened, which then holds no child elements. */
  Xml text(String text) {
    return step(() -> writer.writeCharacters(text));
  }

  /** Closes the innermost open element. */
  Xml end() {
    return step(() -> {
      depth--;
      if (hadChild) {
        newLine();
      }
      writer.writeEndElement();
      hadChild = true;
    });
  }

  private void newLine() throws XMLStreamException {
    writer.writeCharacters("\n" + "  ".repeat(depth));
  }

  /** Ends the document and returns its bytes. */
  byte[] finish() {
    step(() -> {
      writer.writeCharacters("\n");
      writer.writeEndDocument();
      writer.close();
    });
    return bytes.toByteArray();
  }
}

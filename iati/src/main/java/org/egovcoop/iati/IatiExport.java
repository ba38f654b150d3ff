package org.egovcoop.iati;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/**
 * The result of an export: the {@code iati-activities} document as UTF-8 bytes, the identifiers of
 * the activities it holds, and the {@link IatiReport} of what it could not hold as the portfolio
 * does.
 */
public final class IatiExport {

  private final byte[] xml;
  private final List<String> activityIdentifiers;
  private final IatiReport report;

  /**
   * Holds an export's result.
   *
   * @param xml the document, UTF-8
   * @param activityIdentifiers the {@code iati-identifier} of each activity written, in order
   * @param report what the document does not hold as the portfolio does
   */
  public IatiExport(byte[] xml, List<String> activityIdentifiers, IatiReport report) {
    this.xml = xml.clone();
    this.activityIdentifiers = List.copyOf(activityIdentifiers);
    this.report = report;
  }

  /** {@return a copy of the document's bytes, UTF-8} */
  public byte[] xml() {
    return xml.clone();
  }

  /**
   * Writes the document.
   *
   * @param out where to write; not closed
   * @throws IOException if writing fails
   */
  public void writeTo(OutputStream out) throws IOException {
    out.write(xml);
  }

  /** {@return the {@code iati-identifier} of each activity in the document, in document order} */
  public List<String> activityIdentifiers() {
    return activityIdentifiers;
  }

  /** {@return what the document does not hold as the portfolio does} */
  public IatiReport report() {
    return report;
  }
}

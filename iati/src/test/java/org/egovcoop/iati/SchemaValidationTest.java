package org.egovcoop.iati;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayOutputStream;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

/** The schema check that every export test relies on accepts an export and catches broken documents. */
class SchemaValidationTest {

  private static byte[] serialize(Document document) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    TransformerFactory.newInstance().newTransformer().transform(new DOMSource(document), new StreamResult(out));
    return out.toByteArray();
  }

  private static byte[] pressRelease() {
    return PressReleaseExportTest.export(PartialDateRule.FIRST_DAY).xml();
  }

  @Test
  void theExportIsValid() {
    assertThatCode(() -> Documents.validate(pressRelease())).doesNotThrowAnyException();
  }

  @Test
  void anActivityWithoutItsRequiredStatusIsCaught() throws Exception {
    Document document = Documents.parse(pressRelease());
    Node status = Documents.nodes(document, "//iati-activity[1]/activity-status").get(0);
    status.getParentNode().removeChild(status);
    byte[] broken = serialize(document);

    SAXException e = catchThrowableOfType(SAXException.class, () -> Documents.validate(broken));
    assertThat(e.getMessage()).contains("activity-date");
  }

  @Test
  void aDateThatIsNotAnXmlDateIsCaught() throws Exception {
    Document document = Documents.parse(pressRelease());
    ((Element) Documents.nodes(document, "//activity-date[1]").get(0)).setAttribute("iso-date", "2013");
    byte[] broken = serialize(document);

    SAXException e = catchThrowableOfType(SAXException.class, () -> Documents.validate(broken));
    assertThat(e.getMessage()).contains("2013");
  }

  @Test
  void theModulesOwnSchemaAgreesWithTheTestsCopy() throws Exception {
    Document document = Documents.parse(pressRelease());
    ((Element) Documents.nodes(document, "//iati-activity[1]").get(0)).setAttribute("colour", "red");
    byte[] broken = serialize(document);

    assertThatCode(() -> IatiStandard.activitiesSchema().newValidator()
        .validate(new javax.xml.transform.stream.StreamSource(new java.io.ByteArrayInputStream(pressRelease()))))
        .doesNotThrowAnyException();
    assertThat(catchThrowableOfType(SAXException.class, () -> IatiStandard.activitiesSchema().newValidator()
        .validate(new javax.xml.transform.stream.StreamSource(new java.io.ByteArrayInputStream(broken)))))
        .hasMessageContaining("colour");
  }
}

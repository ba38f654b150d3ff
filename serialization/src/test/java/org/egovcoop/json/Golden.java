package org.egovcoop.json;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.egovcoop.portfolio.Portfolio;

/**
 * The golden file: the founding press release as a portfolio document, in the indented canonical
 * layout. The examples module proves that it is exactly what its builders make
 * ({@code PressRelease2017JsonTest}); the tests here need only the file. It ships in this
 * module's test-jar with the file, for the Jackson 2 and Spring Boot modules' tests.
 */
public final class Golden {

  /** The class path resource of the golden file. */
  public static final String RESOURCE = "/golden/press-release-2017.json";
  /** The id of the 2017 MOU in the golden file. */
  public static final String MOU_2017 = "kor-uzb-egov-mou-2017";

  private Golden() {}

  /** {@return the golden file's bytes} */
  public static byte[] bytes() {
    try (InputStream in = Golden.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("Missing test resource " + RESOURCE);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** {@return the golden file, decoded (and so validated) by the strict reader} */
  public static Portfolio portfolio() {
    return EgovJson.create().readPortfolio(bytes());
  }
}

package org.egovcoop.json.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import org.egovcoop.json.EgovJson;
import org.egovcoop.portfolio.Portfolio;
import org.egovcoop.survey.IndexObservation;

/**
 * Which request bodies egovcoop's web integrations read themselves, whatever the web framework
 * and Jackson line: a whole document ({@link Portfolio}, {@link IndexObservation},
 * {@code List<IndexObservation>}) is read by {@link EgovJson}, so that its problems are exactly
 * EgovJson's; a list or set of other egovcoop values is read element by element, so that every
 * bad element is reported. The Spring Boot 3 and 4 converters both decide by these rules.
 */
public final class RequestBodies {
  private RequestBodies() {}

  /**
   * {@return whether a body of this type is a whole document that {@link EgovJson} reads}
   *
   * @param raw the body's class
   * @param element the element class when the type is a collection, else null
   */
  public static boolean isDocument(Class<?> raw, Class<?> element) {
    return raw == Portfolio.class || raw == IndexObservation.class || isObservations(raw, element);
  }

  private static boolean isObservations(Class<?> raw, Class<?> element) {
    return element == IndexObservation.class && raw.isAssignableFrom(List.class);
  }

  /**
   * {@return the document read by the reader: a portfolio, an observation or a list of them}
   *
   * @param reader the reader, with the request's locale
   * @param raw the body's class, one {@link #isDocument(Class, Class)} accepts
   * @param element the element class when the type is a collection, else null
   * @param body the body's bytes, UTF-8
   * @throws org.egovcoop.json.EgovJsonException listing every problem
   */
  public static Object readDocument(EgovJson reader, Class<?> raw, Class<?> element, byte[] body) {
    if (isObservations(raw, element)) {
      return reader.readObservations(body);
    }
    return raw == Portfolio.class ? reader.readPortfolio(body) : reader.readObservation(body);
  }

  /**
   * {@return whether a collection body of this type holds egovcoop values that are read one by one}
   *
   * @param raw the collection's class
   * @param element the element class
   */
  public static boolean isEgovcoopCollection(Class<?> raw, Class<?> element) {
    boolean buildable = raw.isAssignableFrom(ArrayList.class) || raw.isAssignableFrom(LinkedHashSet.class);
    return buildable && element.getPackageName().startsWith("org.egovcoop.")
        && !element.getPackageName().startsWith("org.egovcoop.spring.");
  }

  /**
   * {@return an empty collection for the elements of a body of this class: a list, or a set that
   *     keeps their order}
   *
   * @param raw the collection's class, one {@link #isEgovcoopCollection(Class, Class)} accepts
   */
  public static Collection<Object> collectionFor(Class<?> raw) {
    return raw.isAssignableFrom(ArrayList.class) ? new ArrayList<>() : new LinkedHashSet<>();
  }
}

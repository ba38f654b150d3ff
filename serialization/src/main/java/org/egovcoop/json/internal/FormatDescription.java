package org.egovcoop.json.internal;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The format as the codecs declare it: every object type with its properties, for the tests that
 * prove the JSON Schemas and {@code docs/json-format.md} describe the same format. Read-only:
 * reading and writing never consult it.
 */
public final class FormatDescription {
  private FormatDescription() {}

  /** The definition of the portfolio document, the root of the portfolio schema. */
  public static final String PORTFOLIO = Shape.definitionOf(org.egovcoop.portfolio.Portfolio.class);

  /** The definition of the index observation, the root of the observation schema. */
  public static final String OBSERVATION = Shape.definitionOf(org.egovcoop.survey.IndexObservation.class);

  /**
   * {@return every object type of the format (each codec of {@link Codecs#all()} that declares
   *     properties), by the name of its definition, in the order of {@code Codecs.all()}; each
   *     type's properties in their canonical order}
   */
  public static Map<String, List<PropertyDescription>> objectTypes() {
    Map<String, List<PropertyDescription>> types = new LinkedHashMap<>();
    for (Codec<?> codec : Codecs.all()) {
      List<PropertyDescription> properties = codec.properties();
      if (!properties.isEmpty() && types.put(Shape.definitionOf(codec.type()), properties) != null) {
        throw new IllegalStateException("two codecs describe " + Shape.definitionOf(codec.type()));
      }
    }
    return Collections.unmodifiableMap(types);
  }
}

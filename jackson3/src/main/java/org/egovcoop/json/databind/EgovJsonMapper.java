package org.egovcoop.json.databind;

import java.util.Objects;
import org.egovcoop.json.EgovJson;
import org.egovcoop.json.internal.Encoding;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Jackson 3 mappers for applications whose own classes hold egovcoop values: the
 * {@link EgovcoopModule} registered, and Jackson made as strict for the application's classes as
 * egovcoop is for its own. Unknown properties, trailing tokens, duplicate keys, null for
 * primitives, floats for integers and scalar coercions are errors; egovcoop values read through
 * the mapper are validated.
 *
 * <pre>{@code
 * JsonMapper mapper = EgovJsonMapper.of(EgovJson.create().withoutPersonalData());
 * String published = mapper.writeValueAsString(report); // a record holding a Portfolio
 * }</pre>
 *
 * <p>Whole egovcoop documents are read fastest, and located most exactly, by {@link EgovJson}
 * itself. A mapper is immutable and thread-safe; build one and share it.
 */
public final class EgovJsonMapper {
  private EgovJsonMapper() {}

  /** {@return a strict mapper with the default settings of {@link EgovJson#create()}} */
  public static JsonMapper create() {
    return of(EgovJson.create());
  }

  /**
   * {@return a strict mapper with the settings of a reader and writer: its limits, its
   *     personal-data setting and its layout (compact or indented); its message locale is the
   *     default of {@link EgovcoopModule#MESSAGE_LOCALE}, which a call may override}
   *
   * @param settings the reader and writer whose settings the mapper takes
   */
  public static JsonMapper of(EgovJson settings) {
    Objects.requireNonNull(settings, "settings");
    JsonFactory factory = JsonFactory.builder()
        .streamReadConstraints(Encoding.constraints(settings.limits()))
        // The application's own classes have no codec to detect repeated properties.
        .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        .build();
    JsonMapper.Builder builder = JsonMapper.builder(factory)
        .addModule(new EgovcoopModule(settings.isWithoutPersonalData(), settings.limits().maxCollectionSize()))
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, DeserializationFeature.FAIL_ON_TRAILING_TOKENS,
            DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES, DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
        .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
        .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS);
    if (settings.isIndented()) {
      builder.enable(SerializationFeature.INDENT_OUTPUT).defaultPrettyPrinter(Encoding.indentedPrinter());
    }
    return builder.build();
  }
}

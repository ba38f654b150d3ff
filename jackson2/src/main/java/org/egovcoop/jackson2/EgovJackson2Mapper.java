package org.egovcoop.jackson2;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.PrettyPrinter;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.Objects;
import org.egovcoop.json.EgovJson;
import org.egovcoop.json.JsonLimits;

/**
 * Jackson 2 mappers for applications whose own classes hold egovcoop values: the
 * {@link EgovcoopJackson2Module} registered, and Jackson 2 made as strict for the application's
 * classes as egovcoop is for its own, as {@code org.egovcoop.json.databind.EgovJsonMapper} makes
 * Jackson 3. Unknown properties, trailing tokens, duplicate keys, null for primitives, floats for
 * integers and scalar coercions are errors; the limits of the settings are the parser's; egovcoop
 * values read through the mapper are validated.
 *
 * <pre>{@code
 * JsonMapper mapper = EgovJackson2Mapper.of(EgovJson.create().withoutPersonalData());
 * String published = mapper.writeValueAsString(report); // a record holding a Portfolio
 * }</pre>
 *
 * <p>Whole egovcoop documents are read fastest, and located most exactly, by {@link EgovJson}
 * itself. A mapper is thread-safe once configured; build one and share it.
 */
public final class EgovJackson2Mapper {
  private EgovJackson2Mapper() {}

  /** {@return a strict mapper with the default settings of {@link EgovJson#create()}} */
  public static JsonMapper create() {
    return of(EgovJson.create());
  }

  /**
   * {@return a strict mapper with the settings of a reader and writer: its limits, its
   *     personal-data setting and its layout (compact, or indented with {@link #indentedPrinter()})}
   *
   * @param settings the reader and writer whose settings the mapper takes
   */
  public static JsonMapper of(EgovJson settings) {
    Objects.requireNonNull(settings, "settings");
    JsonFactory factory = JsonFactory.builder()
        .streamReadConstraints(constraints(settings.limits()))
        // The application's own classes have no codec to detect repeated properties.
        .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        .build();
    EgovcoopJackson2Module module = new EgovcoopJackson2Module(false, settings.limits().maxCollectionSize());
    JsonMapper.Builder builder = JsonMapper.builder(factory)
        .addModule(settings.isWithoutPersonalData() ? module.withoutPersonalData() : module)
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, DeserializationFeature.FAIL_ON_TRAILING_TOKENS,
            DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES, DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
        .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
        .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS);
    if (settings.isIndented()) {
      builder.enable(SerializationFeature.INDENT_OUTPUT).defaultPrettyPrinter(indentedPrinter());
    }
    return builder.build();
  }

  /**
   * {@return the limits of a reader as Jackson 2's stream constraints, for a parser or a mapper of
   *     the application's own: nesting depth, string, name, number and document lengths, token
   *     count (the collection size is the module's)}
   *
   * @param limits the limits of a reader
   */
  public static StreamReadConstraints constraints(JsonLimits limits) {
    return StreamReadConstraints.builder()
        .maxNestingDepth(limits.maxNestingDepth())
        .maxStringLength(limits.maxStringLength())
        .maxNameLength(limits.maxNameLength())
        .maxNumberLength(limits.maxNumberLength())
        .maxDocumentLength(limits.maxDocumentLength())
        .maxTokenCount(limits.maxTokenCount())
        .build();
  }

  /**
   * {@return a Jackson 2 pretty printer of egovcoop's indented layout: two spaces,
   *     {@code "name": value}, one array element per line, {@code \n} line ends, {@code {}} and
   *     {@code []} for empty containers; with it a mapper's {@code INDENT_OUTPUT} writes the bytes
   *     of {@code EgovJson.indented()} (without the final line end)}
   */
  public static PrettyPrinter indentedPrinter() {
    DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
    return new DefaultPrettyPrinter(Separators.createDefaultInstance()
        .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
        .withObjectEmptySeparator("")
        .withArrayEmptySeparator(""))
        .withObjectIndenter(indenter)
        .withArrayIndenter(indenter);
  }
}

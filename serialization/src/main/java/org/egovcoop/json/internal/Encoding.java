package org.egovcoop.json.internal;

import java.io.OutputStream;
import java.io.Writer;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.PrettyPrinter;
import tools.jackson.core.SerializableString;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.io.SerializedString;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;

/**
 * Generators for the two canonical layouts: compact (no whitespace at all) and indented (two
 * spaces, {@code "name": value}, one array element per line, {@code \n} line ends on every
 * platform, {@code {}} and {@code []} for empty containers).
 */
public final class Encoding {
  private Encoding() {}

  private static final DefaultPrettyPrinter INDENTED;

  static {
    DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
    INDENTED = new DefaultPrettyPrinter(Separators.createDefaultInstance()
        .withObjectNameValueSpacing(Separators.Spacing.AFTER)
        .withObjectEmptySeparator("")
        .withArrayEmptySeparator(""))
        .withObjectIndenter(indenter)
        .withArrayIndenter(indenter);
  }

  /**
   * {@return the parser's constraints that enforce the limits Jackson itself checks}
   *
   * @param limits the limits of a reader
   */
  public static StreamReadConstraints constraints(org.egovcoop.json.JsonLimits limits) {
    return StreamReadConstraints.builder()
        .maxNestingDepth(limits.maxNestingDepth())
        .maxStringLength(limits.maxStringLength())
        .maxNameLength(limits.maxNameLength())
        .maxNumberLength(limits.maxNumberLength())
        .maxDocumentLength(limits.maxDocumentLength())
        .maxTokenCount(limits.maxTokenCount())
        .build();
  }

  /** {@return a new instance of the indented layout's printer, for a mapper} */
  public static PrettyPrinter indentedPrinter() {
    return INDENTED.createInstance();
  }

  private static final SerializedString NO_SEPARATOR = new SerializedString("");

  /**
   * {@return a UTF-8 generator that writes root values with no separator between them (callers
   *     add line ends where they want them)}
   *
   * @param factory the factory
   * @param out where to write
   * @param indented whether to indent
   */
  public static JsonGenerator generator(JsonFactory factory, OutputStream out, boolean indented) {
    return factory.createGenerator(new Layout(indented), out);
  }

  /** Writes as EgovJson's factory writes: Jackson's defaults, and the target left open. */
  private static final JsonFactory TEXT = JsonFactory.builder().disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();

  /**
   * {@return a generator of the compact layout that writes characters, for a bridge that hands
   *     the canonical text on to another library's generator}
   *
   * @param out where to write; not closed with the generator
   */
  public static JsonGenerator compactGenerator(Writer out) {
    return TEXT.createGenerator(new Layout(false), out);
  }

  /**
   * {@return a generator of the compact layout that writes UTF-8 bytes, for a bridge that hands
   *     the canonical bytes on to another library's generator}
   *
   * @param out where to write; not closed with the generator
   */
  public static JsonGenerator compactGenerator(OutputStream out) {
    return TEXT.createGenerator(new Layout(false), out);
  }

  private static final class Layout extends ObjectWriteContext.Base {
    private final boolean indented;

    Layout(boolean indented) {
      this.indented = indented;
    }

    @Override
    public PrettyPrinter getPrettyPrinter() {
      return indented ? INDENTED.createInstance() : null;
    }

    @Override
    public boolean hasPrettyPrinter() {
      return indented;
    }

    @Override
    public SerializableString getRootValueSeparator(SerializableString defaultSeparator) {
      return NO_SEPARATOR;
    }
  }
}

package org.egovcoop.text;

import java.util.Objects;
import org.egovcoop.internal.Texts;

/**
 * A language given twice to one {@link LocalizedText}, directly or in two spellings of one tag
 * ({@code uz-cyrl} and {@code uz-Cyrl}), naming the language as data ({@link #languageTag()}).
 */
public class DuplicateLanguageException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  private final String languageTag;

  DuplicateLanguageException(String languageTag, String first, String second) {
    super("Duplicate language " + Texts.quoted(languageTag) + ": \"" + Texts.value(first) + "\" and \""
        + Texts.value(second) + "\"");
    this.languageTag = Objects.requireNonNull(languageTag, "languageTag");
  }

  /** {@return the language given twice, as its canonical BCP 47 tag: {@code uz-Cyrl}} */
  public String languageTag() {
    return languageTag;
  }
}

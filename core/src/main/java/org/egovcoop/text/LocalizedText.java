package org.egovcoop.text;

import java.util.Collections;
import java.util.IllformedLocaleException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import org.egovcoop.internal.Texts;

/**
 * A text in one or more languages, one value per language, keyed by BCP 47 language tag:
 * {@code ko} for Korean, {@code en} for English, {@code uz-Latn} and {@code uz-Cyrl} for Uzbek in
 * Latin and Cyrillic script, {@code ru} for Russian.
 *
 * <p>Tags are stored in their canonical form ({@code Locale.forLanguageTag(tag).toLanguageTag()}:
 * {@code UZ-cyrl} becomes {@code uz-Cyrl}) and kept sorted, so equal texts list their languages in
 * the same order. Every text holds at least one entry, and no value is blank.
 *
 * <p>{@link #toString()} writes the entries in tag order as {@code en="Ministry of ...", ko="행정안전부"}
 * (a backslash escapes {@code "} and {@code \} inside a text), which {@link #parse(CharSequence)}
 * reads back; the JSON form is an object keyed by tag.
 */
public final class LocalizedText {

  private final SortedMap<String, String> byTag;

  private LocalizedText(SortedMap<String, String> byTag) {
    this.byTag = Collections.unmodifiableSortedMap(byTag);
  }

  /**
   * A text in one language.
   *
   * @param languageTag a well-formed BCP 47 tag such as {@code en} or {@code uz-Cyrl}
   * @param text the text, not blank
   * @return the localized text
   * @throws IllegalArgumentException naming the tag or text if either is invalid
   */
  public static LocalizedText of(String languageTag, String text) {
    return builder().put(languageTag, text).build();
  }

  /**
   * A text in two languages, as most records of bilateral cooperation carry.
   *
   * @param tag1 the first tag
   * @param text1 the text in the first language
   * @param tag2 the second tag
   * @param text2 the text in the second language
   * @return the localized text
   * @throws IllegalArgumentException if a tag or text is invalid, or the tags are the same
   */
  public static LocalizedText of(String tag1, String text1, String tag2, String text2) {
    return builder().put(tag1, text1).put(tag2, text2).build();
  }

  /**
   * A text from a map of tag to text.
   *
   * @param byTag at least one entry
   * @return the localized text
   * @throws IllegalArgumentException if the map is empty, a tag or text is invalid, or two tags
   *     are the same once canonical
   */
  public static LocalizedText of(Map<String, String> byTag) {
    Objects.requireNonNull(byTag, "byTag");
    Builder builder = builder();
    byTag.forEach(builder::put);
    return builder.build();
  }

  /**
   * Reads the form {@link #toString()} writes: {@code tag="text"} entries separated by
   * {@code ", "}, with {@code \"} and {@code \\} for a quote and a backslash inside a text.
   *
   * @param text such as {@code en="Tashkent", ko="타슈켄트"}
   * @return the localized text
   * @throws IllegalArgumentException naming the text and the index of the first error if it is
   *     malformed, or if a tag or text is invalid
   */
  public static LocalizedText parse(CharSequence text) {
    String s = Objects.requireNonNull(text, "text").toString();
    Builder builder = builder();
    int i = 0;
    do {
      if (i > 0) {
        if (!s.startsWith(", ", i)) {
          throw unparseable(s, i, "expected ', ' between entries");
        }
        i += 2;
      }
      int equals = s.indexOf('=', i);
      if (equals <= i) {
        throw unparseable(s, i, "expected a language tag followed by '='");
      }
      String tag = s.substring(i, equals);
      i = equals + 1;
      if (i >= s.length() || s.charAt(i) != '"') {
        throw unparseable(s, i, "expected '\"' after '='");
      }
      StringBuilder value = new StringBuilder();
      i++;
      while (true) {
        if (i >= s.length()) {
          throw unparseable(s, i, "unterminated text");
        }
        char c = s.charAt(i++);
        if (c == '"') {
          break;
        }
        if (c == '\\') {
          if (i >= s.length() || s.charAt(i) != '"' && s.charAt(i) != '\\') {
            throw unparseable(s, i, "expected '\"' or '\\' after a backslash");
          }
          c = s.charAt(i++);
        }
        value.append(c);
      }
      try {
        builder.put(tag, value.toString());
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(
            "Text " + Texts.quoted(s) + " is not a localized text: " + e.getMessage(), e);
      }
    } while (i < s.length());
    return builder.build();
  }

  private static IllegalArgumentException unparseable(String text, int index, String problem) {
    return new IllegalArgumentException(
        "Text " + Texts.quoted(text) + " could not be parsed as a localized text at index " + index + ": " + problem);
  }

  /** {@return a builder that adds one language at a time} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The canonical form of a BCP 47 tag.
   *
   * @param languageTag the tag to check
   * @return the canonical tag, such as {@code uz-Cyrl} for {@code UZ-cyrl}
   * @throws IllegalArgumentException naming the tag if it is not well-formed BCP 47
   */
  public static String canonicalTag(String languageTag) {
    Objects.requireNonNull(languageTag, "languageTag");
    try {
      Locale locale = new Locale.Builder().setLanguageTag(languageTag).build();
      String canonical = locale.toLanguageTag();
      if (canonical.equals("und") && !languageTag.equalsIgnoreCase("und")) {
        throw new IllegalArgumentException("Invalid language tag " + Texts.quoted(languageTag) + ": no language");
      }
      return canonical;
    } catch (IllformedLocaleException e) {
      throw new IllegalArgumentException(
          "Invalid language tag " + Texts.quoted(languageTag) + ": not well-formed BCP 47 ("
              + Texts.middle(e.getMessage(), Texts.MAX_VALUE) + ")", e); // the JDK's words quote the subtag as it is
    }
  }

  /**
   * True when the tag is well-formed BCP 47.
   *
   * @param languageTag the tag to test, may be null
   * @return whether {@link #canonicalTag(String)} would accept it
   */
  public static boolean isWellFormedTag(String languageTag) {
    if (languageTag == null || languageTag.isEmpty()) {
      return false;
    }
    try {
      canonicalTag(languageTag);
      return true;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  /** {@return the entries, tag to text, sorted by tag; unmodifiable} */
  public SortedMap<String, String> asMap() {
    return byTag;
  }

  /** {@return the language tags present, sorted} */
  public java.util.Set<String> languageTags() {
    return byTag.keySet();
  }

  /**
   * The text in exactly this language.
   *
   * @param languageTag a BCP 47 tag
   * @return the text, if present
   */
  public Optional<String> get(String languageTag) {
    return Optional.ofNullable(byTag.get(canonicalTag(languageTag)));
  }

  /**
   * The best text for a reader of the given locale, with fallback: the exact tag, then
   * RFC 4647 lookup (dropping subtags from the right: {@code uz-Latn-UZ}, {@code uz-Latn},
   * {@code uz}), then English, then the first entry by tag. Never empty.
   *
   * @param locale the reader's locale
   * @return the text to show
   */
  public String in(Locale locale) {
    Objects.requireNonNull(locale, "locale");
    String tag = Locale.lookupTag(
        List.of(new Locale.LanguageRange(locale.toLanguageTag())), byTag.keySet());
    if (tag != null) {
      return byTag.get(tag);
    }
    String english = byTag.get("en");
    return english != null ? english : byTag.get(byTag.firstKey());
  }

  /**
   * The best text for a list of preferred languages ({@code Accept-Language} style), with the
   * same fallback as {@link #in(Locale)}.
   *
   * @param ranges the reader's preferences, as from {@link Locale.LanguageRange#parse(String)}
   * @return the text to show
   */
  public String in(List<Locale.LanguageRange> ranges) {
    String tag = Locale.lookupTag(ranges, byTag.keySet());
    if (tag != null) {
      return byTag.get(tag);
    }
    String english = byTag.get("en");
    return english != null ? english : byTag.get(byTag.firstKey());
  }

  @Override
  public boolean equals(Object o) {
    return this == o || o instanceof LocalizedText && ((LocalizedText) o).byTag.equals(byTag);
  }

  @Override
  public int hashCode() {
    return byTag.hashCode();
  }

  /** {@return the entries in tag order: {@code en="Tashkent", ko="타슈켄트"}} */
  @Override
  public String toString() {
    StringBuilder out = new StringBuilder();
    byTag.forEach((tag, text) -> {
      if (out.length() > 0) {
        out.append(", ");
      }
      out.append(tag).append("=\"");
      for (int i = 0; i < text.length(); i++) {
        char c = text.charAt(i);
        if (c == '"' || c == '\\') {
          out.append('\\');
        }
        out.append(c);
      }
      out.append('"');
    });
    return out.toString();
  }

  /** Collects one text per language; {@link #build()} checks that there is at least one. */
  public static final class Builder {
    private final TreeMap<String, String> byTag = new TreeMap<>();

    private Builder() {}

    /**
     * Adds the text in one language.
     *
     * @param languageTag a well-formed BCP 47 tag
     * @param text the text, not blank
     * @return this builder
     * @throws IllegalArgumentException if the tag is ill-formed or the text blank
     * @throws DuplicateLanguageException if the language is already present
     */
    public Builder put(String languageTag, String text) {
      String tag = canonicalTag(languageTag);
      Objects.requireNonNull(text, () -> "text for language " + Texts.quoted(tag));
      if (text.isBlank()) {
        throw new IllegalArgumentException("Blank text for language " + Texts.quoted(tag));
      }
      String previous = byTag.putIfAbsent(tag, text);
      if (previous != null) {
        throw new DuplicateLanguageException(tag, previous, text);
      }
      return this;
    }

    /**
     * {@return the localized text}
     *
     * @throws IllegalStateException if no language was added
     */
    public LocalizedText build() {
      if (byTag.isEmpty()) {
        throw new IllegalStateException("A localized text needs at least one language");
      }
      return new LocalizedText(new TreeMap<>(byTag));
    }
  }
}

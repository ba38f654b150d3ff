package org.egovcoop.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.egovcoop.testing.Cases;
import org.egovcoop.testing.EdgeCases;
import org.egovcoop.testing.ModelGenerator;
import org.egovcoop.testing.PropertyTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class LocalizedTextTest {

  private static final LocalizedText MINISTRY = LocalizedText.builder()
      .put("ko", "정보통신기술부")
      .put("en", "Ministry for the Development of Information Technologies and Communications")
      .put("uz-Latn", "Axborot texnologiyalari va kommunikatsiyalarini rivojlantirish vazirligi")
      .put("uz-Cyrl", "Ахборот технологиялари ва коммуникацияларини ривожлантириш вазирлиги")
      .put("ru", "Министерство по развитию информационных технологий и коммуникаций")
      .build();

  @Test
  void everyFactoryGivesTheSameText() {
    LocalizedText two = LocalizedText.of("en", "Tashkent", "ko", "타슈켄트");
    Map<String, String> map = new LinkedHashMap<>();
    map.put("ko", "타슈켄트");
    map.put("en", "Tashkent");
    assertThat(LocalizedText.of(map)).isEqualTo(two).hasSameHashCodeAs(two);
    assertThat(LocalizedText.builder().put("ko", "타슈켄트").put("en", "Tashkent").build()).isEqualTo(two);
    assertThat(LocalizedText.of("en", "Tashkent").asMap()).containsExactly(Map.entry("en", "Tashkent"));
    assertThat(LocalizedText.of("en", "Tashkent")).isNotEqualTo(two);
  }

  @Test
  void tagsAreCanonicalAndSorted() {
    LocalizedText text = LocalizedText.of("UZ-cyrl", "Тошкент", "EN", "Tashkent");
    assertThat(text.languageTags()).containsExactly("en", "uz-Cyrl");
    assertThat(text.get("uz-CYRL")).contains("Тошкент");
    assertThat(MINISTRY.languageTags()).containsExactly("en", "ko", "ru", "uz-Cyrl", "uz-Latn");
    assertThat(LocalizedText.canonicalTag("zh-hant-tw")).isEqualTo("zh-Hant-TW");
    assertThat(LocalizedText.canonicalTag("und")).isEqualTo("und");
  }

  @Test
  void getFindsOnlyTheExactLanguage() {
    assertThat(MINISTRY.get("ko")).contains("정보통신기술부");
    assertThat(MINISTRY.get("uz")).isEmpty();
    assertThat(MINISTRY.get("fr")).isEmpty();
  }

  @Test
  void inFallsBackFromTheExactTagThroughLookupToEnglishThenTheFirstTag() {
    assertThat(MINISTRY.in(Locale.KOREAN)).isEqualTo("정보통신기술부");
    assertThat(MINISTRY.in(Locale.KOREA)).isEqualTo("정보통신기술부");
    assertThat(MINISTRY.in(Locale.forLanguageTag("uz-Cyrl-UZ"))).startsWith("Ахборот");
    assertThat(MINISTRY.in(Locale.forLanguageTag("uz-Latn"))).startsWith("Axborot");
    assertThat(MINISTRY.in(Locale.FRENCH)).startsWith("Ministry for");
    assertThat(MINISTRY.in(Locale.ROOT)).startsWith("Ministry for");
    LocalizedText noEnglish = LocalizedText.of("ru", "Ташкент", "ko", "타슈켄트");
    assertThat(noEnglish.in(Locale.FRENCH)).isEqualTo("타슈켄트");
  }

  @Test
  void inTakesAcceptLanguageRanges() {
    assertThat(MINISTRY.in(Locale.LanguageRange.parse("fr-CH, ru;q=0.9, en;q=0.8"))).startsWith("Министерство");
    assertThat(MINISTRY.in(Locale.LanguageRange.parse("fr, de"))).startsWith("Ministry for");
    assertThat(MINISTRY.in(List.of())).startsWith("Ministry for");
  }

  @Test
  void toStringWritesEntriesInTagOrderEscapingQuotesAndBackslashes() {
    assertThat(LocalizedText.of("ko", "타슈켄트", "en", "Tashkent")).hasToString("en=\"Tashkent\", ko=\"타슈켄트\"");
    assertThat(LocalizedText.of("en", "the \"model\" case, a\\b")).hasToString("en=\"the \\\"model\\\" case, a\\\\b\"");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "en_US|Invalid language tag 'en_US': not well-formed BCP 47",
    "''|Invalid language tag '': not well-formed BCP 47",
    "en--US|Invalid language tag 'en--US': not well-formed BCP 47",
    "toolonglanguage|Invalid language tag 'toolonglanguage': not well-formed BCP 47",
  })
  void illFormedTagsAreRejectedNamingTheTag(String tag, String message) {
    assertThatThrownBy(() -> LocalizedText.of(tag, "text"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith(message);
    assertThat(LocalizedText.isWellFormedTag(tag)).isFalse();
  }

  @Test
  void blankDuplicateAndMissingTextsAreRejectedNamingTheLanguage() {
    assertThatThrownBy(() -> LocalizedText.of("ko", " \t"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Blank text for language 'ko'");
    assertThatThrownBy(() -> LocalizedText.of("en", "Seoul", "EN", "Séoul"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Duplicate language 'en': \"Seoul\" and \"Séoul\"");
    assertThatThrownBy(() -> LocalizedText.of("en", null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("text for language 'en'");
    assertThatThrownBy(() -> LocalizedText.builder().build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("A localized text needs at least one language");
    assertThatThrownBy(() -> LocalizedText.of(Map.of()))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("A localized text needs at least one language");
    assertThat(LocalizedText.isWellFormedTag(null)).isFalse();
  }

  @Test
  void theTextIsUnmodifiable() {
    assertThatThrownBy(() -> MINISTRY.asMap().put("fr", "Ministère")).isInstanceOf(UnsupportedOperationException.class);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
    "``|Text '' could not be parsed as a localized text at index 0: expected a language tag followed by '='",
    "`en`|Text 'en' could not be parsed as a localized text at index 0: expected a language tag followed by '='",
    "`en=Tashkent`|Text 'en=Tashkent' could not be parsed as a localized text at index 3: expected '\"' after '='",
    "`en=\"Tashkent`|Text 'en=\"Tashkent' could not be parsed as a localized text at index 12: unterminated text",
    "`en=\"a\",ko=\"b\"`|Text 'en=\"a\",ko=\"b\"' could not be parsed as a localized text at index 6: expected ', ' between entries",
    "`en=\"a\\n\"`|Text 'en=\"a\\n\"' could not be parsed as a localized text at index 6: expected '\"' or '\\' after a backslash",
    "`en=\"a\", en=\"b\"`|Text 'en=\"a\", en=\"b\"' is not a localized text: Duplicate language 'en': \"a\" and \"b\"",
    "`en_US=\"a\"`|Text 'en_US=\"a\"' is not a localized text: Invalid language tag 'en_US': not well-formed BCP 47",
    "`en=\" \"`|Text 'en=\" \"' is not a localized text: Blank text for language 'en'",
  })
  void parseRejectsMalformedTextNamingItAndWhere(String text, String message) {
    assertThatThrownBy(() -> LocalizedText.parse(text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith(message);
  }

  @Test
  void parseAcceptsAnyTagCaseAndCanonicalisesIt() {
    assertThat(LocalizedText.parse("UZ-cyrl=\"Тошкент\", en=\"Tash\\\"kent\\\\\""))
        .isEqualTo(LocalizedText.of("uz-Cyrl", "Тошкент", "en", "Tash\"kent\\"));
  }

  static Stream<Arguments> texts() {
    return Cases.of(EdgeCases.LOCALIZED_TEXTS, ModelGenerator::localizedText);
  }

  static Stream<Arguments> textPairs() {
    return Cases.pairs(EdgeCases.PAIRED_TEXTS, ModelGenerator::localizedText);
  }

  static Stream<Arguments> tags() {
    return Cases.of(EdgeCases.LANGUAGE_TAGS, ModelGenerator::languageTag);
  }

  static Stream<Arguments> textsAndTags() {
    return Cases.combined(EdgeCases.PAIRED_TEXTS, EdgeCases.PAIRED_TAGS,
        ModelGenerator::localizedText, ModelGenerator::languageTag);
  }

  @PropertyTest
  @MethodSource("texts")
  void parseReadsBackWhatToStringWrites(LocalizedText text) {
    LocalizedText copy = LocalizedText.parse(text.toString());
    assertThat(copy).isEqualTo(text);
    assertThat(copy.hashCode()).isEqualTo(text.hashCode());
    assertThat(copy.toString()).isEqualTo(text.toString());
  }

  @PropertyTest
  @MethodSource("texts")
  void theMapRebuildsAnEqualText(LocalizedText text) {
    assertThat(LocalizedText.of(text.asMap())).isEqualTo(text);
    assertThat(text.equals(LocalizedText.of(text.asMap()))).isTrue();
  }

  @PropertyTest
  @MethodSource("tags")
  void canonicalTagsAreFixedPointsAndCaseDoesNotMatter(String tag) {
    assertThat(LocalizedText.canonicalTag(tag)).isEqualTo(tag);
    assertThat(LocalizedText.canonicalTag(tag.toUpperCase(Locale.ROOT))).isEqualTo(tag);
    assertThat(LocalizedText.canonicalTag(tag.toLowerCase(Locale.ROOT))).isEqualTo(tag);
    assertThat(LocalizedText.isWellFormedTag(tag)).isTrue();
  }

  @PropertyTest
  @MethodSource("textsAndTags")
  void inAlwaysFindsAText(LocalizedText text, String readerTag) {
    String shown = text.in(Locale.forLanguageTag(readerTag));
    assertThat(text.asMap()).containsValue(shown);
    text.get(readerTag).ifPresent(exact -> assertThat(shown).isEqualTo(exact));
  }

  @PropertyTest
  @MethodSource("textPairs")
  void equalsFollowsTheEntries(LocalizedText a, LocalizedText b) {
    assertThat(a.equals(b)).isEqualTo(a.asMap().equals(b.asMap()));
    if (a.equals(b)) {
      assertThat(a.hashCode()).isEqualTo(b.hashCode());
    }
  }
}

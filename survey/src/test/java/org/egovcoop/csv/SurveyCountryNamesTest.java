package org.egovcoop.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.TreeSet;
import org.egovcoop.geo.CountryCode;
import org.junit.jupiter.api.Test;

/** The shipped name table: versioned, sourced, and matched as documented. */
class SurveyCountryNamesTest {

  private static final SurveyCountryNames NAMES = SurveyCountryNames.standard();

  @Test
  void theStandardTableStatesItsEditionAndCoversEveryMemberStateByTheSurveysOwnName() throws IOException {
    assertThat(NAMES.edition()).isEqualTo(SurveyCountryNames.STANDARD_EDITION).isEqualTo("2026-12");
    Set<String> countries = new TreeSet<>();
    Set<String> bySurveyName = new TreeSet<>();
    try (BufferedReader in = new BufferedReader(new InputStreamReader(
        SurveyCountryNames.class.getResourceAsStream("survey-country-names.tsv"), StandardCharsets.UTF_8))) {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        if (line.startsWith("#")) {
          continue;
        }
        String[] fields = line.split("\t");
        assertThat(fields).as(line).hasSize(3);
        assertThat(fields[2].split(",")).as("sources of %s", line)
            .isSubsetOf("unu-egdi", "unu-countries", "iso-3166", "un-2022", "renamed");
        assertThat(NAMES.find(fields[0])).as(line).contains(CountryCode.of(fields[1]));
        countries.add(fields[1]);
        if (fields[2].contains("unu-egdi")) {
          bySurveyName.add(fields[1]);
        }
      }
    }
    assertThat(countries).hasSize(193);
    assertThat(bySurveyName).isEqualTo(countries);
    assertThat(NAMES.size()).isGreaterThan(193);
  }

  @Test
  void renamedCountriesAreFoundByEitherName() {
    assertThat(NAMES.find("The former Yugoslav Republic of Macedonia")).contains(CountryCode.of("MKD"));
    assertThat(NAMES.find("North Macedonia")).contains(CountryCode.of("MKD"));
    assertThat(NAMES.find("Turkey")).contains(CountryCode.of("TUR"));
    assertThat(NAMES.find("Türkiye")).contains(CountryCode.of("TUR"));
    assertThat(NAMES.find("Swaziland")).contains(CountryCode.of("SWZ"));
    assertThat(NAMES.find("Eswatini")).contains(CountryCode.of("SWZ"));
    assertThat(NAMES.find("Czech Republic")).contains(CountryCode.of("CZE"));
    assertThat(NAMES.find("Czechia")).contains(CountryCode.of("CZE"));
    assertThat(NAMES.find("Bolivia (Plurinational State of)")).contains(CountryCode.of("BOL"));
  }

  @Test
  void whitespaceCaseAndUnicodeFormDoNotMatter() {
    assertThat(NAMES.find("Republic of Korea ")).contains(CountryCode.KOR);
    assertThat(NAMES.find("  republic  of\tKOREA")).contains(CountryCode.KOR);
    assertThat(NAMES.find("Tu\u0308rkiye")).contains(CountryCode.of("TUR")); // decomposed ü
    assertThat(NAMES.find("Korea")).isEmpty();
  }

  @Test
  void aCallersNameIsAddedButNeverReplacesOne() {
    SurveyCountryNames mine = NAMES.with("Republic of Corea", CountryCode.KOR);
    assertThat(mine.find("republic of corea")).contains(CountryCode.KOR);
    assertThat(NAMES.find("Republic of Corea")).isEmpty();
    assertThat(mine.edition()).isEqualTo("2026-12+local");
    assertThat(mine.size()).isEqualTo(NAMES.size() + 1);
    assertThat(NAMES.with("Republic of Korea", CountryCode.KOR)).isSameAs(NAMES);
    assertThatThrownBy(() -> NAMES.with("Republic of Korea", CountryCode.UZB))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Survey country name 'Republic of Korea' already means KOR, not UZB");
    assertThatThrownBy(() -> NAMES.with("  ", CountryCode.UZB)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void theClosestNamesComeNearestFirst() {
    assertThat(NAMES.closest("Uzbekistn", 3)).first().isEqualTo("Uzbekistan");
    assertThat(NAMES.closest("Republic of Corea", 1)).containsExactly("Republic of Korea");
    assertThat(NAMES.closest("Atlantis Federation", 3)).isEmpty();
  }
}

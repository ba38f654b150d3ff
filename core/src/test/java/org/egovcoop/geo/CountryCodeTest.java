package org.egovcoop.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
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
import org.junit.jupiter.params.provider.ValueSource;

class CountryCodeTest {

  @Test
  void thePressReleaseCountriesAreConstants() {
    assertThat(CountryCode.of("KOR")).isSameAs(CountryCode.KOR);
    assertThat(CountryCode.parse("UZB")).isSameAs(CountryCode.UZB);
    assertThat(CountryCode.KOR.alpha2()).isEqualTo("KR");
    assertThat(CountryCode.UZB.alpha3()).isEqualTo("UZB");
    assertThat(CountryCode.UZB).hasToString("UZB");
  }

  @ParameterizedTest
  @CsvSource({"KR,KOR", "UZ,UZB", "SS,SSD", "US,USA", "GB,GBR"})
  void alpha2CodesMapToTheSameInstances(String alpha2, String alpha3) {
    assertThat(CountryCode.ofAlpha2(alpha2)).isSameAs(CountryCode.of(alpha3));
    assertThat(CountryCode.of(alpha3).alpha2()).isEqualTo(alpha2);
  }

  @ParameterizedTest
  @ValueSource(strings = {"kor", "KR", "XXX", "", "KORE", "EU"})
  void unassignedAlpha3CodesAreRejectedNamingTheCode(String code) {
    assertThatThrownBy(() -> CountryCode.of(code))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Unknown country code '" + code + "': expected an ISO 3166-1 alpha-3 code such as KOR");
    assertThatThrownBy(() -> CountryCode.parse(code))
        .hasMessage("Unknown country code '" + code + "': expected an ISO 3166-1 alpha-3 code such as KOR");
    assertThat(CountryCode.isAssigned(code)).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {"kr", "KOR", "XX", ""})
  void unassignedAlpha2CodesAreRejectedNamingTheCode(String code) {
    assertThatThrownBy(() -> CountryCode.ofAlpha2(code))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Unknown country code '" + code + "': expected an ISO 3166-1 alpha-2 code such as KR");
  }

  @Test
  void nullIsRejectedNamingTheParameter() {
    assertThatThrownBy(() -> CountryCode.of(null)).isInstanceOf(NullPointerException.class).hasMessage("alpha3");
    assertThatThrownBy(() -> CountryCode.ofAlpha2(null)).isInstanceOf(NullPointerException.class).hasMessage("alpha2");
    assertThatThrownBy(() -> CountryCode.parse(null)).isInstanceOf(NullPointerException.class).hasMessage("text");
    assertThat(CountryCode.isAssigned(null)).isFalse();
  }

  @Test
  void valuesHoldEveryIsoCountryOnce() {
    Set<String> alpha2 = CountryCode.values().stream().map(CountryCode::alpha2).collect(Collectors.toSet());
    assertThat(alpha2).isEqualTo(Set.of(Locale.getISOCountries()));
    assertThat(CountryCode.values()).hasSize(Locale.getISOCountries().length).contains(CountryCode.KOR, CountryCode.UZB);
  }

  @Test
  void displayNamesComeFromTheJdk() {
    assertThat(CountryCode.UZB.displayName(Locale.ENGLISH)).isEqualTo("Uzbekistan");
    assertThat(CountryCode.KOR.displayName(Locale.KOREAN)).isEqualTo("대한민국");
  }

  @Test
  void ordersByAlpha3() {
    assertThat(CountryCode.KOR.compareTo(CountryCode.UZB)).isNegative();
    assertThat(CountryCode.UZB.compareTo(CountryCode.KOR)).isPositive();
    assertThat(CountryCode.KOR.compareTo(CountryCode.of("KOR"))).isZero();
  }

  /** @return every assigned country once: all there are, so no random case is needed */
  static Stream<Arguments> countries() {
    List<CountryCode> all = CountryCode.values().stream().sorted().collect(Collectors.toList());
    return Cases.of(0, all, ModelGenerator::countryCode);
  }

  static Stream<Arguments> countryPairs() {
    return Cases.pairs(EdgeCases.COUNTRIES, ModelGenerator::countryCode);
  }

  @PropertyTest
  @MethodSource("countries")
  void parseReadsBackWhatToStringWrites(CountryCode country) {
    assertThat(CountryCode.parse(country.toString())).isSameAs(country);
    assertThat(CountryCode.ofAlpha2(country.alpha2())).isSameAs(country);
    assertThat(CountryCode.isAssigned(country.alpha3())).isTrue();
  }

  @PropertyTest
  @MethodSource("countryPairs")
  void equalsHashCodeAndCompareToAgree(CountryCode a, CountryCode b) {
    assertThat(a.equals(b)).isEqualTo(a == b).isEqualTo(a.compareTo(b) == 0);
    if (a.equals(b)) {
      assertThat(a.hashCode()).isEqualTo(b.hashCode());
    }
    assertThat(Integer.signum(a.compareTo(b))).isEqualTo(-Integer.signum(b.compareTo(a)));
  }
}

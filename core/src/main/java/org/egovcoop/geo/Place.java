package org.egovcoop.geo;

import org.egovcoop.text.LocalizedText;
import org.immutables.value.Value;

/**
 * A named place in a country: where an agreement was signed or an activity took place, such as
 * the Government Complex Seoul ({@code KOR}) or Tashkent ({@code UZB}).
 */
@Value.Immutable
public abstract class Place {

  Place() {}

  /** {@return a builder for a place} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A place from its name and country.
   *
   * @param name the place's name, in one or more languages
   * @param country the country it lies in
   * @return the place
   */
  public static Place of(LocalizedText name, CountryCode country) {
    return builder().name(name).country(country).build();
  }

  /** {@return the place's name, such as "정부서울청사" / "Government Complex Seoul"} */
  public abstract LocalizedText getName();

  /** {@return the country the place lies in} */
  public abstract CountryCode getCountry();

  /** Builds a {@link Place}; {@code name} and {@code country} are required. */
  public static final class Builder extends ImmutablePlace.Builder {
    Builder() {}
  }
}

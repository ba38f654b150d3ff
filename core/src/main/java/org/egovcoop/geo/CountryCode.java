package org.egovcoop.geo;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import org.egovcoop.internal.CodeList;
import org.egovcoop.internal.Texts;

/**
 * A country, by its ISO 3166-1 alpha-3 code, as the UN uses ({@code KOR}, {@code UZB}).
 *
 * <p>Only officially assigned codes are accepted: those of the list that core ships,
 * {@code org/egovcoop/geo/iso-3166-1.tsv}, edition <b>ISO 3166-1:2020, 249 officially assigned
 * codes</b> (the edition is named in the file, which also says where its codes come from). The
 * list is egovcoop's own, not the JDK's, so that a code is accepted or refused alike on every
 * JDK. There is one instance per code, so holding millions of observations costs one
 * reference per country, and {@code ==} agrees with {@link #equals(Object)}. Alpha-2 codes are
 * accepted by {@link #ofAlpha2(String)}. {@link #toString()} is the alpha-3 code, which
 * {@link #parse(CharSequence)} reads back.
 */
public final class CountryCode implements Comparable<CountryCode> {

  private static final Map<String, CountryCode> BY_ALPHA3;
  private static final Map<String, CountryCode> BY_ALPHA2;

  static {
    Map<String, CountryCode> byAlpha3 = new TreeMap<>();
    Map<String, CountryCode> byAlpha2 = new TreeMap<>();
    for (List<String> row : CodeList.read(CountryCode.class, "iso-3166-1.tsv", 2).rows()) {
      CountryCode code = new CountryCode(row.get(1), row.get(0));
      byAlpha3.put(code.alpha3, code);
      byAlpha2.put(code.alpha2, code);
    }
    BY_ALPHA3 = Map.copyOf(byAlpha3);
    BY_ALPHA2 = Map.copyOf(byAlpha2);
  }

  /** The Republic of Korea. */
  public static final CountryCode KOR = of("KOR");
  /** The Republic of Uzbekistan. */
  public static final CountryCode UZB = of("UZB");

  private final String alpha3;
  private final String alpha2;

  private CountryCode(String alpha3, String alpha2) {
    this.alpha3 = alpha3;
    this.alpha2 = alpha2;
  }

  /**
   * The country with this alpha-3 code.
   *
   * @param alpha3 three upper-case letters, such as {@code UZB}
   * @return the country code
   * @throws IllegalArgumentException naming the code if it is not an assigned ISO 3166-1 alpha-3
   *     code
   */
  public static CountryCode of(String alpha3) {
    Objects.requireNonNull(alpha3, "alpha3");
    CountryCode code = BY_ALPHA3.get(alpha3);
    if (code == null) {
      throw new IllegalArgumentException(
          "Unknown country code " + Texts.quoted(alpha3) + ": expected an ISO 3166-1 alpha-3 code such as KOR");
    }
    return code;
  }

  /**
   * Same as {@link #of(String)}, for symmetry with java.time.
   *
   * @param text three upper-case letters
   * @return the country code
   * @throws IllegalArgumentException naming the code if it is not assigned
   */
  public static CountryCode parse(CharSequence text) {
    return of(Objects.requireNonNull(text, "text").toString());
  }

  /**
   * The country with this alpha-2 code.
   *
   * @param alpha2 two upper-case letters, such as {@code UZ}
   * @return the country code
   * @throws IllegalArgumentException naming the code if it is not an assigned ISO 3166-1 alpha-2
   *     code
   */
  public static CountryCode ofAlpha2(String alpha2) {
    Objects.requireNonNull(alpha2, "alpha2");
    CountryCode code = BY_ALPHA2.get(alpha2);
    if (code == null) {
      throw new IllegalArgumentException(
          "Unknown country code " + Texts.quoted(alpha2) + ": expected an ISO 3166-1 alpha-2 code such as KR");
    }
    return code;
  }

  /**
   * True when the text is an assigned ISO 3166-1 alpha-3 code.
   *
   * @param alpha3 the text to test, may be null
   * @return whether {@link #of(String)} would accept it
   */
  public static boolean isAssigned(String alpha3) {
    return alpha3 != null && BY_ALPHA3.containsKey(alpha3);
  }

  /** {@return every assigned code, one instance each} */
  public static Set<CountryCode> values() {
    return Set.copyOf(BY_ALPHA3.values());
  }

  /** {@return the alpha-3 code, such as {@code UZB}} */
  public String alpha3() {
    return alpha3;
  }

  /** {@return the alpha-2 code, such as {@code UZ}} */
  public String alpha2() {
    return alpha2;
  }

  /**
   * {@return the country's short name in that language, from the JDK's locale data}
   *
   * @param language the language of the name
   */
  public String displayName(Locale language) {
    return new Locale("", alpha2).getDisplayCountry(language);
  }

  @Override
  public int compareTo(CountryCode other) {
    return alpha3.compareTo(other.alpha3);
  }

  @Override
  public boolean equals(Object o) {
    return this == o || o instanceof CountryCode && ((CountryCode) o).alpha3.equals(alpha3);
  }

  @Override
  public int hashCode() {
    return alpha3.hashCode();
  }

  /** {@return the alpha-3 code} */
  @Override
  public String toString() {
    return alpha3;
  }
}

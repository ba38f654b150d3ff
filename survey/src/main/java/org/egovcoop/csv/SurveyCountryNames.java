package org.egovcoop.csv;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.egovcoop.geo.CountryCode;

/**
 * The names by which the UN E-Government Survey's tables name countries, mapped to ISO 3166-1
 * alpha-3 codes: what {@link SurveyTableReader} needs to read the UN Data Center's export, which
 * names countries ({@code Republic of Korea}, {@code Türkiye}) and carries no codes.
 *
 * <p>The standard table ships with the library as the versioned resource
 * {@code org/egovcoop/csv/survey-country-names.tsv}, edition {@value #STANDARD_EDITION}. Every
 * entry names its sources, and no name is guessed: it holds every name used by UNU-EGOV's
 * compilation of the 2010 to 2018 editions and its country list (common and official names of
 * the 193 Member States), the English short names of ISO 3166-1 for the Member States as IATI's
 * Country code list replicates them ({@code Bolivia (Plurinational State of)}), the names of the UN
 * Data Center's 2022 rows, and the renamings between
 * editions ({@code The former Yugoslav Republic of Macedonia} to {@code North Macedonia},
 * {@code Turkey} to {@code Türkiye}, {@code Swaziland} to {@code Eswatini}, {@code Czech
 * Republic} to {@code Czechia}). It does not hold the UN's full list of current short names
 * (UNSD M49), which could not be read where the table was made; a name it lacks is refused by the
 * importer with the closest names it knows, and {@link #with(String, CountryCode)} adds it.
 *
 * <p>Names match after trimming, collapsing runs of whitespace into one space, Unicode NFC
 * normalisation and case folding: {@code "Republic of Korea "} and {@code "republic of  korea"}
 * are the same name. Instances are immutable and thread-safe.
 */
public final class SurveyCountryNames {

  /** The edition of the standard table, as its resource file states it. */
  public static final String STANDARD_EDITION = "2026-12";

  private static final String RESOURCE = "survey-country-names.tsv";
  private static final SurveyCountryNames STANDARD = load();

  private final String edition;
  /** By normalised name: the name as its source writes it, and its country. */
  private final Map<String, Entry> byKey;

  private record Entry(String name, CountryCode country) {}

  private SurveyCountryNames(String edition, Map<String, Entry> byKey) {
    this.edition = edition;
    this.byKey = byKey;
  }

  /** {@return the table shipped with the library, edition {@value #STANDARD_EDITION}} */
  public static SurveyCountryNames standard() {
    return STANDARD;
  }

  /**
   * {@return the edition of this table: {@value #STANDARD_EDITION} for the standard one, followed
   * by {@code +local} once a caller has added names}
   */
  public String edition() {
    return edition;
  }

  /** {@return the number of names in this table} */
  public int size() {
    return byKey.size();
  }

  /**
   * The country a survey table means by a name.
   *
   * @param name a name as a survey table writes it, surrounding whitespace allowed
   * @return its country, if this table knows the name
   */
  public Optional<CountryCode> find(String name) {
    Entry entry = byKey.get(key(Objects.requireNonNull(name, "name")));
    return entry == null ? Optional.empty() : Optional.of(entry.country());
  }

  /**
   * A table with one more name: for a name the standard table lacks, such as one an edition after
   * 2018 introduced.
   *
   * @param name the name, as a survey table writes it
   * @param country its country
   * @return a new table; this one is unchanged
   * @throws IllegalArgumentException if the name is blank, or this table already maps it to
   *     another country (an existing mapping is never silently replaced)
   */
  public SurveyCountryNames with(String name, CountryCode country) {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(country, "country");
    String key = key(name);
    if (key.isEmpty()) {
      throw new IllegalArgumentException("A survey country name must not be blank");
    }
    Entry existing = byKey.get(key);
    if (existing != null) {
      if (existing.country() == country) {
        return this;
      }
      throw new IllegalArgumentException("Survey country name " + ImportProblem.quote(name) + " already means "
          + existing.country() + ", not " + country);
    }
    Map<String, Entry> copy = new HashMap<>(byKey);
    copy.put(key, new Entry(key.equals(name) ? name : name.strip(), country));
    return new SurveyCountryNames(edition.endsWith("+local") ? edition : edition + "+local", copy);
  }

  /**
   * The known names closest to a name that is not known, for an error message: those within a
   * third of the name's length in edit distance (counting case-folded characters), nearest
   * first.
   *
   * @param name the unknown name
   * @param limit how many to return at most
   * @return the closest names as their sources write them; empty if none is close
   */
  public List<String> closest(String name, int limit) {
    String key = key(name);
    int threshold = Math.max(2, key.length() / 3);
    List<Map.Entry<Integer, String>> near = new ArrayList<>();
    for (Map.Entry<String, Entry> known : byKey.entrySet()) {
      int distance = distance(key, known.getKey(), threshold);
      if (distance <= threshold) {
        near.add(Map.entry(distance, known.getValue().name()));
      }
    }
    near.sort(Map.Entry.<Integer, String>comparingByKey().thenComparing(Map.Entry.comparingByValue()));
    return near.stream().limit(limit).map(Map.Entry::getValue).toList();
  }

  /** The form in which names are compared. */
  static String key(String name) {
    String collapsed = String.join(" ", name.strip().split("\\s+"));
    return Normalizer.normalize(collapsed, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
  }

  /** Levenshtein distance, or a value above {@code bound} as soon as it must exceed it. */
  private static int distance(String a, String b, int bound) {
    if (Math.abs(a.length() - b.length()) > bound) {
      return bound + 1;
    }
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      int rowMinimum = current[0];
      for (int j = 1; j <= b.length(); j++) {
        int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
        rowMinimum = Math.min(rowMinimum, current[j]);
      }
      if (rowMinimum > bound) {
        return bound + 1;
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }

  private static SurveyCountryNames load() {
    try (InputStream in = SurveyCountryNames.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("The survey country name table " + RESOURCE + " is missing from the jar");
      }
      return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the survey country name table " + RESOURCE, e);
    }
  }

  private static SurveyCountryNames parse(BufferedReader reader) throws IOException {
    String edition = null;
    Map<String, Entry> byKey = new HashMap<>(512);
    int lineNumber = 0;
    for (String line = reader.readLine(); line != null; line = reader.readLine()) {
      lineNumber++;
      if (line.startsWith("# edition:")) {
        edition = line.substring("# edition:".length()).strip();
      }
      if (line.startsWith("#") || line.isBlank()) {
        continue;
      }
      String[] fields = line.split("\t", -1);
      if (fields.length != 3 || fields[2].isBlank() || !CountryCode.isAssigned(fields[1])) {
        throw new IllegalStateException(RESOURCE + ", line " + lineNumber
            + ": expected a name, an assigned alpha-3 code and its sources, separated by tabs");
      }
      Entry previous = byKey.put(key(fields[0]), new Entry(fields[0], CountryCode.of(fields[1])));
      if (previous != null) {
        throw new IllegalStateException(RESOURCE + ", line " + lineNumber + ": name " + fields[0] + " is listed twice");
      }
    }
    if (!STANDARD_EDITION.equals(edition)) {
      throw new IllegalStateException(RESOURCE + " states edition " + edition + ", expected " + STANDARD_EDITION);
    }
    return new SurveyCountryNames(edition, Map.copyOf(byKey));
  }

  /** {@return such as {@code SurveyCountryNames[edition 2026-12, 388 names]}} */
  @Override
  public String toString() {
    return "SurveyCountryNames[edition " + edition + ", " + byKey.size() + " names]";
  }
}

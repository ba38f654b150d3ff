package org.egovcoop.survey;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeSet;
import org.egovcoop.geo.CountryCode;

/**
 * Every country's place on one index in one edition, computed from the scores, with ties kept:
 * standard competition ranking ("1224"), so countries with equal scores share a rank and the
 * next rank is skipped. In the 2010 EGDI, nine countries scored 0.0 and share rank 184.
 *
 * <p>Scores are compared by numeric value, exactly as given: {@code 0.50} ties with {@code 0.5},
 * but {@code 0.8305100000000001} does not tie with {@code 0.83051}. For the EGDI this reproduces
 * the published ranks of the 2010 to 2018 editions exactly; for the unranked indices (OSI, HCI,
 * TII, EPI) it gives the ranks the survey does not publish.
 *
 * <p>Only countries with a score take part. A country observed without a score (ranked, but its
 * score not given) has no rank and no percentile here; see {@link #unscored()}. A country the
 * survey lists without values (South Sudan in 2010) has no observation at all, so it is in
 * neither.
 */
public final class EditionRanking {

  /** One country's place in the ranking. */
  public static final class Entry {
    private final IndexObservation observation;
    private final int rank;

    Entry(IndexObservation observation, int rank) {
      this.observation = observation;
      this.rank = rank;
    }

    /** {@return the country} */
    public CountryCode country() {
      return observation.getCountry();
    }

    /** {@return the score as published} */
    public BigDecimal score() {
      return observation.getScore().orElseThrow();
    }

    /** {@return the rank computed from the scores, 1 being the best; tied countries share it} */
    public int rank() {
      return rank;
    }

    /** {@return the observation ranked, with its published rank if any} */
    public IndexObservation observation() {
      return observation;
    }

    /** {@return the text, such as {@code 80 UZB 0.54335}} */
    @Override
    public String toString() {
      return rank + " " + country() + " " + score().toPlainString();
    }
  }

  private static final Comparator<IndexObservation> BEST_FIRST =
      Comparator.comparing((IndexObservation o) -> o.getScore().orElseThrow()).reversed()
          .thenComparing(IndexObservation::getCountry);

  private final SurveyIndex index;
  private final int edition;
  private final List<Entry> entries;
  private final Map<CountryCode, Integer> positionByCountry;
  private final Set<CountryCode> unscored;

  private EditionRanking(SurveyIndex index, int edition, List<Entry> entries, Set<CountryCode> unscored) {
    this.index = index;
    this.edition = edition;
    this.entries = List.copyOf(entries);
    this.unscored = Set.copyOf(unscored);
    Map<CountryCode, Integer> positions = new HashMap<>();
    for (int i = 0; i < entries.size(); i++) {
      positions.put(entries.get(i).country(), i);
    }
    this.positionByCountry = Map.copyOf(positions);
  }

  /**
   * Ranks the countries observed on one index in one edition.
   *
   * @param index the index
   * @param edition the edition (survey year)
   * @param observations observations of any indices and editions; others are ignored
   * @return the ranking, empty if no observation matches
   * @throws IllegalArgumentException naming the country if two observations of the index and
   *     edition are for the same country
   */
  public static EditionRanking of(SurveyIndex index, int edition, Collection<IndexObservation> observations) {
    Objects.requireNonNull(index, "index");
    List<IndexObservation> scored = new ArrayList<>();
    Set<CountryCode> seen = new TreeSet<>();
    Set<CountryCode> unscored = new TreeSet<>();
    for (IndexObservation observation : observations) {
      if (observation.getIndex() != index || observation.getEdition() != edition) {
        continue;
      }
      if (!seen.add(observation.getCountry())) {
        throw new IllegalArgumentException("Two observations of " + index.code() + " in " + edition
            + " for " + observation.getCountry());
      }
      if (observation.getScore().isPresent()) {
        scored.add(observation);
      } else {
        unscored.add(observation.getCountry());
      }
    }
    scored.sort(BEST_FIRST);
    List<Entry> entries = new ArrayList<>(scored.size());
    for (int i = 0; i < scored.size(); i++) {
      boolean tiesWithPrevious = i > 0
          && scored.get(i).getScore().get().compareTo(scored.get(i - 1).getScore().get()) == 0;
      entries.add(new Entry(scored.get(i), tiesWithPrevious ? entries.get(i - 1).rank() : i + 1));
    }
    return new EditionRanking(index, edition, entries, unscored);
  }

  /** {@return the index ranked} */
  public SurveyIndex index() {
    return index;
  }

  /** {@return the edition ranked} */
  public int edition() {
    return edition;
  }

  /** {@return the scored countries, best first; ties in country-code order; unmodifiable} */
  public List<Entry> entries() {
    return entries;
  }

  /** {@return the countries observed in the edition without a score, which are not ranked} */
  public Set<CountryCode> unscored() {
    return unscored;
  }

  /**
   * {@return its entry, if it has a score in this edition}
   *
   * @param country a country
   */
  public Optional<Entry> find(CountryCode country) {
    Integer position = positionByCountry.get(country);
    return position == null ? Optional.empty() : Optional.of(entries.get(position));
  }

  /**
   * {@return its computed rank, if it has a score in this edition}
   *
   * @param country a country
   */
  public OptionalInt rankOf(CountryCode country) {
    Integer position = positionByCountry.get(country);
    return position == null ? OptionalInt.empty() : OptionalInt.of(entries.get(position).rank());
  }

  /**
   * {@return the countries that share it, in country-code order; empty if no country has it}
   *
   * @param rank a rank
   */
  public List<CountryCode> countriesAt(int rank) {
    return entries.stream().filter(e -> e.rank() == rank).map(Entry::country).toList();
  }

  /**
   * A country's percentile rank in this edition: the share of the scored countries that it
   * outscores, counting each country that ties with it (itself included) as half:
   *
   * <pre>  percentile = 100 × (below + equal / 2) / scored</pre>
   *
   * where {@code below} is the number of scored countries with a strictly lower score,
   * {@code equal} the number with the same score (itself included) and {@code scored} the number
   * of countries with a score. It lies strictly between 0 and 100; higher is better. The result
   * is rounded half-even to two decimals: Korea's EGDI 2014 (first of 193, alone) is
   * {@code 100 × 192.5 / 193 = 99.74}.
   *
   * @param country a country
   * @return its percentile, if it has a score in this edition
   */
  public Optional<BigDecimal> percentileOf(CountryCode country) {
    Optional<Entry> entry = find(country);
    if (entry.isEmpty()) {
      return Optional.empty();
    }
    int rank = entry.get().rank();
    long equal = entries.stream().filter(e -> e.rank() == rank).count();
    long above = rank - 1;
    long below = entries.size() - above - equal;
    BigDecimal twiceShare = BigDecimal.valueOf(100 * (2 * below + equal));
    return Optional.of(twiceShare.divide(BigDecimal.valueOf(2L * entries.size()), 2, RoundingMode.HALF_EVEN));
  }

  /** {@return one line per entry, best first} */
  @Override
  public String toString() {
    StringBuilder out = new StringBuilder();
    entries.forEach(e -> out.append(e).append('\n'));
    return out.toString();
  }
}

package org.egovcoop.survey;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.egovcoop.geo.CountryCode;

/**
 * One index for one country across editions of the survey, in edition order: Uzbekistan's EGDI
 * rank was 87, 91, 100, 80 and 81 in 2010 to 2018.
 */
public final class IndexSeries {

  private final SurveyIndex index;
  private final CountryCode country;
  private final List<IndexObservation> observations;

  private IndexSeries(SurveyIndex index, CountryCode country, List<IndexObservation> observations) {
    this.index = index;
    this.country = country;
    this.observations = List.copyOf(observations);
  }

  /**
   * The series of one index for one country, taken from any mix of observations (other indices
   * and countries are ignored).
   *
   * @param index the index
   * @param country the country
   * @param observations observations of any indices, countries and editions
   * @return the series, empty if no observation matches
   * @throws IllegalArgumentException naming both if two observations of the series share an
   *     edition
   */
  public static IndexSeries of(SurveyIndex index, CountryCode country, Collection<IndexObservation> observations) {
    Objects.requireNonNull(index, "index");
    Objects.requireNonNull(country, "country");
    List<IndexObservation> matching = new ArrayList<>();
    for (IndexObservation observation : observations) {
      if (observation.getIndex() == index && observation.getCountry().equals(country)) {
        matching.add(observation);
      }
    }
    matching.sort(Comparator.comparingInt(IndexObservation::getEdition));
    for (int i = 1; i < matching.size(); i++) {
      if (matching.get(i).getEdition() == matching.get(i - 1).getEdition()) {
        throw new IllegalArgumentException("Two observations of " + index.code() + " for " + country + " in "
            + matching.get(i).getEdition() + ": " + matching.get(i - 1) + " and " + matching.get(i));
      }
    }
    return new IndexSeries(index, country, matching);
  }

  /** {@return the index} */
  public SurveyIndex index() {
    return index;
  }

  /** {@return the country} */
  public CountryCode country() {
    return country;
  }

  /** {@return the observations, one per edition, in edition order; unmodifiable} */
  public List<IndexObservation> observations() {
    return observations;
  }

  /** {@return the editions observed, in order} */
  public List<Integer> editions() {
    return observations.stream().map(IndexObservation::getEdition).toList();
  }

  /**
   * {@return the observation of that edition, if the series has one}
   *
   * @param edition a survey year
   */
  public Optional<IndexObservation> find(int edition) {
    return observations.stream().filter(o -> o.getEdition() == edition).findFirst();
  }

  /**
   * The rank change between two editions: {@code rankChange(2014, 2016)} is {@code 100 → 80 (+20)}
   * for Uzbekistan's EGDI.
   *
   * @param fromEdition the earlier edition
   * @param toEdition the later edition
   * @return the change, or empty if the series lacks either edition or is unranked in it
   * @throws IllegalArgumentException if {@code fromEdition} is not before {@code toEdition}
   */
  public Optional<RankChange> rankChange(int fromEdition, int toEdition) {
    if (fromEdition >= toEdition) {
      throw new IllegalArgumentException(
          "A rank change runs from an earlier edition to a later one, not from " + fromEdition + " to " + toEdition);
    }
    Optional<IndexObservation> from = find(fromEdition).filter(o -> o.getRank().isPresent());
    Optional<IndexObservation> to = find(toEdition).filter(o -> o.getRank().isPresent());
    return from.isPresent() && to.isPresent() ? Optional.of(RankChange.between(from.get(), to.get())) : Optional.empty();
  }

  /**
   * The changes between each ranked edition and the next ranked one; unranked editions are
   * skipped, so a change may span more than one edition.
   *
   * @return the changes, in edition order
   */
  public List<RankChange> rankChanges() {
    List<RankChange> changes = new ArrayList<>();
    IndexObservation previous = null;
    for (IndexObservation observation : observations) {
      if (observation.getRank().isPresent()) {
        if (previous != null) {
          changes.add(RankChange.between(previous, observation));
        }
        previous = observation;
      }
    }
    return List.copyOf(changes);
  }

  @Override
  public boolean equals(Object o) {
    return this == o
        || o instanceof IndexSeries
            && ((IndexSeries) o).index == index
            && ((IndexSeries) o).country.equals(country)
            && ((IndexSeries) o).observations.equals(observations);
  }

  @Override
  public int hashCode() {
    return Objects.hash(index, country, observations);
  }

  /** {@return the text, such as {@code UZB egdi 2014: 100, 2016: 80}, with {@code -} for an unranked edition} */
  @Override
  public String toString() {
    StringBuilder out = new StringBuilder().append(country).append(' ').append(index.code());
    String separator = " ";
    for (IndexObservation observation : observations) {
      out.append(separator).append(observation.getEdition()).append(": ")
          .append(observation.getRank().isPresent() ? String.valueOf(observation.getRank().getAsInt()) : "-");
      separator = ", ";
    }
    return out.toString();
  }
}

package org.egovcoop.survey;

import java.util.Objects;

/**
 * How one country's rank on one index moved between two editions of the survey: Uzbekistan's
 * EGDI rank went from 100 in 2014 to 80 in 2016, {@code 100 → 80 (+20)}, up 20 places.
 *
 * <p>Ranks are compared as published, even when the number of countries assessed differs
 * between the editions.
 */
public final class RankChange {

  private final IndexObservation from;
  private final IndexObservation to;

  private RankChange(IndexObservation from, IndexObservation to) {
    this.from = from;
    this.to = to;
  }

  /**
   * The change between an earlier and a later observation of the same index and country.
   *
   * @param from the earlier observation, ranked
   * @param to the later observation, ranked
   * @return the change
   * @throws IllegalArgumentException naming the values if the observations differ in index or
   *     country, are not in edition order, or either is unranked
   */
  public static RankChange between(IndexObservation from, IndexObservation to) {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    if (from.getIndex() != to.getIndex() || !from.getCountry().equals(to.getCountry())) {
      throw new IllegalArgumentException("A rank change compares one index for one country, not "
          + from.getIndex().code() + " " + from.getCountry() + " with " + to.getIndex().code() + " " + to.getCountry());
    }
    if (from.getEdition() >= to.getEdition()) {
      throw new IllegalArgumentException("A rank change runs from an earlier edition to a later one, not from "
          + from.getEdition() + " to " + to.getEdition());
    }
    if (from.getRank().isEmpty() || to.getRank().isEmpty()) {
      throw new IllegalArgumentException(from.getCountry() + " is unranked on " + from.getIndex().code() + " in "
          + (from.getRank().isEmpty() ? from.getEdition() : to.getEdition()));
    }
    return new RankChange(from, to);
  }

  /** {@return the earlier observation} */
  public IndexObservation from() {
    return from;
  }

  /** {@return the later observation} */
  public IndexObservation to() {
    return to;
  }

  /** {@return the earlier rank: 100} */
  public int fromRank() {
    return from.getRank().getAsInt();
  }

  /** {@return the later rank: 80} */
  public int toRank() {
    return to.getRank().getAsInt();
  }

  /**
   * {@return the places gained: positive when the country moved up (100 to 80 is +20), negative
   *     when it moved down, 0 when it kept its rank}
   */
  public int placesGained() {
    return fromRank() - toRank();
  }

  @Override
  public boolean equals(Object o) {
    return this == o
        || o instanceof RankChange && ((RankChange) o).from.equals(from) && ((RankChange) o).to.equals(to);
  }

  @Override
  public int hashCode() {
    return from.hashCode() * 31 + to.hashCode();
  }

  /** {@return the two ranks and the places gained, signed: {@code 100 → 80 (+20)}, {@code 87 → 91 (-4)}} */
  @Override
  public String toString() {
    int gained = placesGained();
    return fromRank() + " → " + toRank() + " (" + (gained > 0 ? "+" : "") + gained + ")";
  }
}

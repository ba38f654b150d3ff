package org.egovcoop.survey;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.OptionalInt;
import org.egovcoop.geo.CountryCode;
import org.egovcoop.internal.Checks;
import org.egovcoop.validation.RankWithinAssessed;
import org.egovcoop.validation.ScoreWithinRange;
import org.immutables.value.Value;
import org.egovcoop.validation.InvalidAttributeException;

/**
 * One country's result on one index in one edition of the UN E-Government Survey: "Uzbekistan,
 * EGDI, 2016: rank 80 of 193, score 0.54335".
 *
 * <p>Ties are legal (several countries may share a rank). A country can be assessed yet unranked
 * (the survey ranks only by the EGDI), so rank and score are both optional. Component scores (OSI,
 * HCI, TII) are observations of their own index for the same country and edition. The number
 * assessed is the number of countries with values for the index in that edition: a country the
 * survey lists without values (South Sudan in 2010, before it joined the UN) was not assessed, and
 * the 2010 EGDI assessed 192 countries.
 *
 * <p>Scores are exact decimals, never floating point: the model keeps every digit it is given.
 * The UN publishes five decimals or fewer; the survey importer reads a table's cell that carries
 * binary floating-point noise ({@code 0.8305100000000001}) as the decimal the UN published
 * ({@code 0.83051}), and says so in its report.
 *
 * <p>Invariants, enforced by {@code build()}: a rank is at least 1; at least one country is
 * assessed; the edition is a year from 2001 (the first survey) to 9999; a score is a bounded
 * decimal. Validation reports the rules that relate attributes: the rank does not exceed the
 * number assessed ({@link RankWithinAssessed}), the score lies within the index's range
 * ({@link ScoreWithinRange}).
 */
@Value.Immutable
@RankWithinAssessed
@ScoreWithinRange
public abstract class IndexObservation {

  /** The year of the first UN E-Government Survey. */
  public static final int FIRST_EDITION = 2001;

  /** The last year an edition can have: the largest four-digit year. */
  public static final int LAST_EDITION = 9999;

  IndexObservation() {}

  /** {@return a builder; {@code index}, {@code edition}, {@code country} and {@code numberAssessed} are required} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return the index observed} */
  public abstract SurveyIndex getIndex();

  /** {@return the survey's edition, as its year: 2016} */
  public abstract int getEdition();

  /** {@return the country observed} */
  public abstract CountryCode getCountry();

  /** {@return the country's rank, 1 being the best, if ranked; ties share a rank} */
  public abstract OptionalInt getRank();

  /** {@return how many countries the edition assessed on this index: 193 for the UN member states from 2012, 192 in 2010} */
  public abstract int getNumberAssessed();

  /** {@return the score as published, from 0 to 1, if any} */
  public abstract Optional<BigDecimal> getScore();

  /** {@return ids of the sources that report the observation} */
  public abstract java.util.List<String> getSourceIds();

  @Value.Check
  void check() {
    OptionalInt rank = getRank();
    if (rank.isPresent() && rank.getAsInt() < 1) {
      throw new InvalidAttributeException("IndexObservation", "rank", rank.getAsInt(), rank.getAsInt() + " is below 1");
    }
    if (getNumberAssessed() < 1) {
      throw new InvalidAttributeException("IndexObservation", "numberAssessed", getNumberAssessed(),
          getNumberAssessed() + " is below 1");
    }
    if (!isSurveyYear(getEdition())) {
      throw new InvalidAttributeException("IndexObservation", "edition", getEdition(),
          getEdition() + " is not a survey year: expected "
              + FIRST_EDITION + " to " + LAST_EDITION);
    }
    Optional<BigDecimal> score = getScore();
    if (score.isPresent()) {
      Checks.boundedDecimal("IndexObservation", "score", score.get());
    }
    Checks.ids("IndexObservation", "sourceIds", getSourceIds());
  }

  /**
   * Whether a year can be an edition of the survey: the one home of the edition rule, which the
   * builder enforces and readers check.
   *
   * @param year a year
   * @return whether it lies from {@value #FIRST_EDITION} to {@value #LAST_EDITION}
   */
  public static boolean isSurveyYear(int year) {
    return year >= FIRST_EDITION && year <= LAST_EDITION;
  }

  /**
   * The rule {@link RankWithinAssessed} reports, defined here once: validation, the JSON codec and
   * the survey importer call this method.
   *
   * @return whether the rank, if any, is at most the number of countries assessed
   */
  public final boolean rankIsWithinAssessed() {
    OptionalInt rank = getRank();
    return rank.isEmpty() || rank.getAsInt() <= getNumberAssessed();
  }

  /**
   * The rule {@link ScoreWithinRange} reports, defined here once: validation, the JSON codec and
   * the survey importer call this method.
   *
   * @return whether the score, if any, lies within the index's range ({@link SurveyIndex#minScore()}
   *     to {@link SurveyIndex#maxScore()})
   */
  public final boolean scoreIsWithinRange() {
    Optional<BigDecimal> score = getScore();
    return score.isEmpty()
        || score.get().compareTo(getIndex().minScore()) >= 0 && score.get().compareTo(getIndex().maxScore()) <= 0;
  }

  /** Builds an {@link IndexObservation}. */
  public static final class Builder extends ImmutableIndexObservation.Builder {
    Builder() {}
  }
}

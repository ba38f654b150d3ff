package org.egovcoop.benchmarks.data;

import java.math.BigDecimal;

/**
 * A checksum of a sequence of observations, for checking a streaming reader that cannot keep what
 * it reads: how many, how many ranked and scored, and sums over every attribute. Two readings that
 * disagree on any attribute of any observation disagree here, short of a contrived collision.
 *
 * @param count observations read
 * @param ranked observations with a rank
 * @param scored observations with a score
 * @param rankSum sum of the ranks
 * @param editionSum sum of the editions
 * @param textHash sum of the hash codes of the index and country codes
 * @param scoreSum exact sum of the scores
 * @param scaleSum sum of the scores' scales, which an exact sum alone does not see
 */
public record ObservationSummary(
    long count, long ranked, long scored, long rankSum, long editionSum, long textHash, BigDecimal scoreSum,
    long scaleSum) {

  /** Adds observations up one at a time. */
  public static final class Accumulator {
    private long count;
    private long ranked;
    private long scored;
    private long rankSum;
    private long editionSum;
    private long textHash;
    private BigDecimal scoreSum = BigDecimal.ZERO;
    private long scaleSum;

    /**
     * @param index the index's code
     * @param edition the edition
     * @param country the country's alpha-3 code
     * @param rank the rank, 0 when unranked
     * @param score the score, null when absent
     */
    public void add(String index, int edition, String country, int rank, BigDecimal score) {
      count++;
      editionSum += edition;
      textHash += index.hashCode() * 31L + country.hashCode();
      if (rank > 0) {
        ranked++;
        rankSum += rank;
      }
      if (score != null) {
        scored++;
        scoreSum = scoreSum.add(score);
        scaleSum += score.scale();
      }
    }

    /** @return the summary of everything added so far */
    public ObservationSummary result() {
      return new ObservationSummary(count, ranked, scored, rankSum, editionSum, textHash, scoreSum, scaleSum);
    }
  }
}

package org.egovcoop.benchmarks.peer;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.math.BigDecimal;

/**
 * The peer's observation: what a user writes instead of egovcoop, a Java record bound by plain
 * Jackson 3 databind and, for the validated variant, checked by Hibernate Validator through the
 * Jakarta constraints on its components.
 *
 * <p>The constraints mirror the rules egovcoop enforces on an observation: a known index, an
 * edition from 2001, an upper-case three-letter country (a pattern, cheaper and weaker than
 * egovcoop's check that ISO assigned the code), a rank from 1 and at most the number assessed,
 * a score from 0 to 1 with a bounded number of digits. The score is a {@link BigDecimal} so that
 * the peer, like egovcoop, keeps every score exactly as written; the property order is the
 * format's, so the peer writes the same bytes.
 *
 * @param index the index's code: egdi, osi, hci, tii or epi
 * @param edition the edition's year
 * @param country the country's ISO 3166-1 alpha-3 code
 * @param rank the rank, null when unranked
 * @param numberAssessed how many states the edition assessed
 * @param score the score, null when absent
 */
@JsonPropertyOrder({"index", "edition", "country", "rank", "numberAssessed", "score"})
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PeerObservation(
    @NotNull @Pattern(regexp = "egdi|osi|hci|tii|epi") String index,
    @Min(2001) @Max(9999) int edition,
    @NotNull @Pattern(regexp = "[A-Z]{3}") String country,
    @Min(1) Integer rank,
    @Min(1) int numberAssessed,
    @DecimalMin("0") @DecimalMax("1") @Digits(integer = 1, fraction = 38) BigDecimal score) {

  /** @return whether the rank, if any, is at most the number assessed (validated, not serialized) */
  @JsonIgnore
  @AssertTrue(message = "rank must not exceed numberAssessed")
  public boolean isRankWithinAssessed() {
    return rank == null || rank <= numberAssessed;
  }
}

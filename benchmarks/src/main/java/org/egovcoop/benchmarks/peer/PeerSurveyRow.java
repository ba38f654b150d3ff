package org.egovcoop.benchmarks.peer;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;

/**
 * One row of a UN E-Government Survey CSV file as the peer binds it: a record whose components
 * are named after the file's header, numbers as {@link BigDecimal} so that every value stays as
 * written ({@code 0.8305100000000001}; the rank as {@code 136.0} in 2010, which no integer type
 * accepts), an empty cell as null.
 *
 * @param countryCode the ISO 3166-1 alpha-3 code
 * @param countryName the English name
 * @param egovRank the EGDI rank
 * @param egovIndex the E-Government Development Index
 * @param ePartIndex the E-Participation Index
 * @param osi the Online Service Index
 * @param hci the Human Capital Index
 * @param tii the Telecommunication Infrastructure Index
 */
public record PeerSurveyRow(
    @JsonProperty("country-code") String countryCode,
    @JsonProperty("country-name") String countryName,
    @JsonProperty("e-gov-rank") BigDecimal egovRank,
    @JsonProperty("e-gov-index") BigDecimal egovIndex,
    @JsonProperty("e-pat-index") BigDecimal ePartIndex,
    @JsonProperty("osi") BigDecimal osi,
    @JsonProperty("hci") BigDecimal hci,
    @JsonProperty("tii") BigDecimal tii) {}

package org.egovcoop.survey;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.egovcoop.internal.Texts;

/**
 * The composite indices of the UN E-Government Survey. The E-Government Development Index
 * ({@link #EGDI}) is the mean of three components, {@link #OSI}, {@link #HCI} and {@link #TII};
 * the E-Participation Index ({@link #EPI}) is reported beside it. Every index is a score from 0 to
 * 1; only the EGDI is ranked.
 */
public enum SurveyIndex {
  /** E-Government Development Index: mean of OSI, HCI and TII; the survey's ranking. */
  EGDI("egdi", "E-Government Development Index"),
  /** Online Service Index. */
  OSI("osi", "Online Service Index"),
  /** Human Capital Index. */
  HCI("hci", "Human Capital Index"),
  /** Telecommunication Infrastructure Index. */
  TII("tii", "Telecommunication Infrastructure Index"),
  /** E-Participation Index. */
  EPI("epi", "E-Participation Index");

  private final String code;
  private final String title;

  SurveyIndex(String code, String title) {
    this.code = code;
    this.title = title;
  }

  /**
   * {@return the index with that code}
   *
   * @param code a lower-case code such as {@code egdi}
   * @throws IllegalArgumentException naming the code and the known ones if none has it
   */
  public static SurveyIndex ofCode(String code) {
    for (SurveyIndex index : values()) {
      if (index.code.equals(code)) {
        return index;
      }
    }
    throw new IllegalArgumentException(
        "Unknown survey index " + Texts.quoted(code) + ": expected one of egdi, osi, hci, tii, epi");
  }

  /**
   * {@return the index, if the code names one}
   *
   * @param code a code in any case, such as {@code EGDI}
   */
  public static Optional<SurveyIndex> findByCode(String code) {
    if (code == null) {
      return Optional.empty();
    }
    String lower = code.toLowerCase(Locale.ROOT);
    for (SurveyIndex index : values()) {
      if (index.code.equals(lower)) {
        return Optional.of(index);
      }
    }
    return Optional.empty();
  }

  /** {@return the stable lower-case code: {@code egdi}, {@code osi}, …} */
  public String code() {
    return code;
  }

  /** {@return the index's English title} */
  public String title() {
    return title;
  }

  /** {@return the smallest score the index can take: 0} */
  public BigDecimal minScore() {
    return BigDecimal.ZERO;
  }

  /** {@return the largest score the index can take: 1} */
  public BigDecimal maxScore() {
    return BigDecimal.ONE;
  }

  /** {@return whether the survey ranks countries by this index (only the EGDI)} */
  public boolean isRanked() {
    return this == EGDI;
  }

  /** {@return the component indices whose mean this index is: OSI, HCI and TII for the EGDI} */
  public List<SurveyIndex> components() {
    return this == EGDI ? List.of(OSI, HCI, TII) : List.of();
  }
}

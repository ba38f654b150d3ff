package org.egovcoop.examples.boot;

import java.util.List;
import java.util.Locale;
import org.egovcoop.agreement.Agreement;
import org.egovcoop.geo.CountryCode;
import org.egovcoop.portfolio.Portfolio;

/**
 * What a portfolio holds, as an application's own answer: a plain record, written by Boot's
 * mapper as any record is, beside the egovcoop types.
 *
 * @param id the portfolio's id
 * @param title its title in the reader's language
 * @param countries the ISO 3166-1 alpha-3 codes of its countries, sorted
 * @param agreements its agreements, every predecessor before its successors
 */
public record PortfolioSummary(String id, String title, List<String> countries, List<AgreementLine> agreements) {

  /**
   * One agreement of the summary.
   *
   * @param id the agreement's id
   * @param title its title in the reader's language
   * @param signedOn its signing date, at its precision ({@code 2013-12}), or null if unknown
   */
  public record AgreementLine(String id, String title, String signedOn) {}

  /**
   * {@return the summary of a portfolio}
   *
   * @param portfolio a portfolio
   * @param locale the reader's locale, for the texts
   */
  public static PortfolioSummary of(Portfolio portfolio, Locale locale) {
    List<AgreementLine> agreements = portfolio.agreementsInLineageOrder().stream()
        .map(agreement -> line(agreement, locale)).toList();
    List<String> countries = portfolio.getCountries().stream().map(CountryCode::alpha3).sorted().toList();
    return new PortfolioSummary(portfolio.getId(), portfolio.getTitle().in(locale), countries, agreements);
  }

  private static AgreementLine line(Agreement agreement, Locale locale) {
    return new AgreementLine(agreement.getId(), agreement.getTitle().in(locale),
        agreement.getSignedOn().map(Object::toString).orElse(null));
  }
}

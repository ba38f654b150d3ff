package org.egovcoop.examples.boot;

import java.util.List;
import java.util.Locale;
import org.egovcoop.agreement.Agreement;
import org.egovcoop.examples.PressRelease2017;
import org.egovcoop.portfolio.Portfolio;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The endpoints for portfolios and agreements: egovcoop values in, egovcoop values out.
 *
 * <p>Why there is so little here:
 *
 * <ul>
 *   <li><b>No error handling.</b> A body that is not a valid egovcoop document never reaches a
 *       method: the starter's converter reads a {@link Portfolio} body with egovcoop's strict
 *       reader, checks every element of a {@code List<Agreement>} body, and its problem handler
 *       answers {@code 400 application/problem+json} with an {@code errors} array (JSON Pointer,
 *       line, column, kind, message of each problem); its title, and the messages of broken rules,
 *       are in the language of the request's {@code Accept-Language}. Do not catch egovcoop's
 *       exceptions yourself, and do not add a {@code ResponseEntityExceptionHandler} unless you
 *       mean to replace that answer.</li>
 *   <li><b>No {@code @Valid}.</b> egovcoop's rules (references that resolve, a lineage without
 *       cycles, two parties to an agreement, ...) are checked while the body is read, so a value a
 *       method receives keeps them all; {@code @Valid} would add nothing. It is for values you build
 *       in code and for your own classes.</li>
 *   <li><b>Return values are written canonically.</b> Boot's {@code JsonMapper} has egovcoop's
 *       module, so a returned {@link Portfolio} is the egovcoop format: equal values, equal
 *       bytes.</li>
 * </ul>
 */
@RestController
public class CooperationController {

  private final Portfolio pressRelease = PressRelease2017.portfolio();

  /** Created by Spring. */
  public CooperationController() {}

  /**
   * {@return the portfolio as it was read, in the canonical form}: an application would store it
   * here; {@code POST /portfolios}.
   *
   * @param portfolio the request's body, valid once it is here
   */
  @PostMapping("/portfolios")
  public Portfolio portfolio(@RequestBody Portfolio portfolio) {
    return portfolio;
  }

  /**
   * {@return what the portfolio holds, its texts in the request's language};
   * {@code POST /portfolios/summary}.
   *
   * @param portfolio the request's body
   * @param locale the request's locale, which Spring takes from {@code Accept-Language}
   */
  @PostMapping("/portfolios/summary")
  public PortfolioSummary summary(@RequestBody Portfolio portfolio, Locale locale) {
    return PortfolioSummary.of(portfolio, locale);
  }

  /**
   * {@return the sample portfolio: the founding press release of 2017, its agreements, lineage,
   * activities and figures}; {@code GET /portfolios/press-release}. Post it back to
   * {@code /portfolios} for a round trip.
   */
  @GetMapping("/portfolios/press-release")
  public Portfolio pressRelease() {
    return pressRelease;
  }

  /**
   * {@return the agreements as they were read}; {@code POST /agreements}. Every element is
   * checked, so a list with two bad agreements is answered with the problems of both. Rules that
   * need a whole portfolio (references to other records, the lineage across agreements) are
   * checked in a portfolio, not in a bare list; an agreement related to itself is refused here
   * too.
   *
   * @param agreements the request's body, a JSON array of agreements
   */
  @PostMapping("/agreements")
  public List<Agreement> agreements(@RequestBody List<Agreement> agreements) {
    return agreements;
  }
}

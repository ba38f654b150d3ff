package org.egovcoop.test;

import java.util.List;
import org.egovcoop.actor.Organization;
import org.egovcoop.actor.OrganizationKind;
import org.egovcoop.agreement.Agreement;
import org.egovcoop.agreement.AgreementKind;
import org.egovcoop.agreement.Party;
import org.egovcoop.geo.CountryCode;
import org.egovcoop.portfolio.Portfolio;
import org.egovcoop.text.LocalizedText;

/** Small values that break known rules, for the tests of the assertions. */
final class Values {
  private Values() {}

  static Organization ministry(String id, CountryCode country) {
    return Organization.builder().id(id).name(LocalizedText.of("en", "Ministry " + id)).country(country)
        .kind(OrganizationKind.MINISTRY).build();
  }

  /** An organisation that is its own parent: NotOwnParent at {@code parentId}. */
  static Organization ownParent() {
    return Organization.builder().from(ministry("kor-mois", CountryCode.KOR)).parentId("kor-mois").build();
  }

  static Party party(String organization, CountryCode country) {
    return Party.builder().organizationId(organization).country(country).build();
  }

  static Agreement mou(String id, Party... parties) {
    return Agreement.builder().id(id).kind(AgreementKind.MOU).title(LocalizedText.of("en", "MOU " + id))
        .parties(List.of(parties)).build();
  }

  /**
   * A portfolio with two broken rules: the second agreement's Uzbek party names an unknown
   * organisation ({@code ResolvableReferences} at
   * {@code agreements[1].parties[1].organizationId}), and the first organisation is its own
   * parent ({@code NotOwnParent} at {@code organizations[0].parentId}).
   */
  static Portfolio brokenPortfolio() {
    return Portfolio.builder().id("p").title(LocalizedText.of("en", "Portfolio"))
        .organizations(List.of(ownParent(), ministry("uzb-mitc", CountryCode.UZB)))
        .agreements(List.of(
            mou("mou-2013", party("kor-mois", CountryCode.KOR), party("uzb-mitc", CountryCode.UZB)),
            mou("mou-2017", party("kor-mois", CountryCode.KOR), party("nowhere", CountryCode.UZB))))
        .build();
  }
}

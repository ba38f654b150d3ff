package org.egovcoop.actor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.egovcoop.geo.CountryCode;
import org.egovcoop.text.LocalizedText;
import org.junit.jupiter.api.Test;

class RegisteredIdentifierTest {

  private static final RegisteredIdentifier COMPANIES_HOUSE = RegisteredIdentifier.of("GB-COH", "01234567");
  private static final RegisteredIdentifier WIKIDATA = RegisteredIdentifier.of("XI-WIKIDATA", "Q42");

  private static Organization withIdentifiers(RegisteredIdentifier... identifiers) {
    return Organization.builder().id("org").name(LocalizedText.of("en", "An organisation"))
        .country(CountryCode.KOR).kind(OrganizationKind.COMPANY).addIdentifiers(identifiers).build();
  }

  @Test
  void theReferenceJoinsSchemeAndIdentifierWithAHyphen() {
    assertThat(COMPANIES_HOUSE.reference()).isEqualTo("GB-COH-01234567");
    assertThat(RegisteredIdentifier.of("CA_BC-BRC_CBR", "BC0123").reference()).isEqualTo("CA_BC-BRC_CBR-BC0123");
    assertThat(COMPANIES_HOUSE).hasToString("GB-COH-01234567");
  }

  @Test
  void aReferenceIsReadBackIntoSchemeAndIdentifier() {
    assertThat(RegisteredIdentifier.parse("GB-COH-01234567")).isEqualTo(COMPANIES_HOUSE);
    assertThat(RegisteredIdentifier.parse("XM-DAC-41-114")).isEqualTo(RegisteredIdentifier.of("XM-DAC", "41-114"));
    assertThat(RegisteredIdentifier.parse(WIKIDATA.reference())).isEqualTo(WIKIDATA);
    assertThatThrownBy(() -> RegisteredIdentifier.parse("GB-COH")).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Text 'GB-COH' is not an organisation identifier: expected a scheme code and an identifier joined"
            + " by a hyphen, such as GB-COH-01234567");
    assertThatThrownBy(() -> RegisteredIdentifier.parse("gb-coh-1")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("RegisteredIdentifier.scheme 'gb-coh' is not an org-id.guide scheme code");
  }

  @Test
  void theIdentifierIsKeptAsGiven() {
    assertThat(RegisteredIdentifier.of("XM-DAC", "41 114").getIdentifier()).isEqualTo("41 114");
  }

  @Test
  void anOrganisationKeepsItsIdentifiersInTheOrderGivenAndFindsOneByScheme() {
    Organization organization = withIdentifiers(WIKIDATA, COMPANIES_HOUSE);

    assertThat(organization.getIdentifiers()).containsExactly(WIKIDATA, COMPANIES_HOUSE);
    assertThat(organization.identifierIn("GB-COH")).contains(COMPANIES_HOUSE);
    assertThat(organization.identifierIn("XM-DAC")).isEmpty();
    assertThat(withIdentifiers().getIdentifiers()).isEmpty();
  }
}

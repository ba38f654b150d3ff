package org.egovcoop.examples;

import java.util.List;
import java.util.Locale;
import org.egovcoop.agreement.Agreement;
import org.egovcoop.agreement.AgreementArea;
import org.egovcoop.agreement.AgreementKind;
import org.egovcoop.agreement.AgreementRelation;
import org.egovcoop.agreement.Party;
import org.egovcoop.area.CooperationArea;
import org.egovcoop.geo.CountryCode;
import org.egovcoop.geo.Place;
import org.egovcoop.text.LocalizedText;
import org.egovcoop.time.PartialDate;
import org.egovcoop.validation.ModelValidator;
import org.egovcoop.validation.Violation;

/**
 * The README's quick start, compiled: the 2017 Korea–Uzbekistan MOU in a few lines, validated.
 * {@code QuickStartTest} checks that README.md shows exactly the lines between the tags.
 */
public final class QuickStart {

  private QuickStart() {}

  /**
   * Builds and validates the MOU, printing it and its violations (none).
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    // tag::quickstart[]
    Agreement mou = Agreement.builder()
        .id("kor-uzb-egov-mou-2017")
        .kind(AgreementKind.MOU)
        .title(LocalizedText.of("en", "MOU on e-government cooperation", "ko", "전자정부 협력 양해각서"))
        .addParties(
            Party.builder().organizationId("kor-mois").country(CountryCode.KOR).build(),
            Party.builder().organizationId("uzb-mitc").country(CountryCode.UZB).build())
        .signedOn(PartialDate.parse("2017-11-22"))
        .signedAt(Place.of(LocalizedText.of("en", "Government Complex Seoul"), CountryCode.KOR))
        .addAreas(
            AgreementArea.cooperation(CooperationArea.SAFE_CITY),
            AgreementArea.benchmarking(CooperationArea.OPEN_DATA))
        .addRelations(AgreementRelation.follows("kor-uzb-egov-mou-2013"))
        .build();

    List<Violation> violations = ModelValidator.create().withLocale(Locale.ENGLISH).validate(mou);
    System.out.println(mou.getTitle().in(Locale.KOREAN) + ", signed " + mou.getSignedOn().orElseThrow());
    System.out.println(violations.isEmpty() ? "valid" : violations);
    // end::quickstart[]
  }
}

package org.egovcoop.iati;

import java.net.URI;
import java.time.DateTimeException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.egovcoop.activity.Activity;
import org.egovcoop.activity.ActivityKind;
import org.egovcoop.activity.Participation;
import org.egovcoop.activity.ParticipationRole;
import org.egovcoop.actor.Organization;
import org.egovcoop.actor.OrganizationKind;
import org.egovcoop.actor.RegisteredIdentifier;
import org.egovcoop.agreement.Agreement;
import org.egovcoop.agreement.AgreementArea;
import org.egovcoop.agreement.AgreementKind;
import org.egovcoop.agreement.AgreementRelation;
import org.egovcoop.agreement.AreaPurpose;
import org.egovcoop.agreement.Party;
import org.egovcoop.area.CooperationArea;
import org.egovcoop.geo.CountryCode;
import org.egovcoop.geo.Place;
import org.egovcoop.portfolio.Portfolio;
import org.egovcoop.source.Source;
import org.egovcoop.source.SourceKind;
import org.egovcoop.text.LocalizedText;
import org.egovcoop.time.PartialDate;
import org.egovcoop.time.PartialDateRange;
import org.egovcoop.validation.ModelValidator;
import org.egovcoop.validation.Violation;

/**
 * A small seeded generator of valid portfolios for the export's property tests: organisations with
 * registered identifiers (in schemes read from IATI's OrganisationRegistrationAgency list, and now
 * and then a first one in a scheme IATI does not list), texts in several languages with XML's
 * special characters, dates of every precision, agreements with areas of both purposes and
 * lineage, activities under them. Every organisation holds a usable identifier, so an export
 * refuses nothing for want of one; some activities IATI cannot hold are skipped.
 */
final class RandomPortfolios {

  private static final List<String> TAGS = List.of("en", "ko", "ru", "fr", "uz-Latn", "uz-Cyrl", "zh-Hans", "kaa");
  private static final List<CountryCode> COUNTRIES = List.of(CountryCode.KOR, CountryCode.UZB, CountryCode.of("KAZ"),
      CountryCode.of("VNM"), CountryCode.of("RWA"), CountryCode.of("PER"), CountryCode.of("FRA"));
  private static final List<String> WORDS = List.of("centre", "e-government", "R&D", "<pilot>", "\"smart\" city",
      "l'école", "전자정부", "центр", "数据", "cloud", "training");
  /** CRS purpose codes of user-defined areas: three in IATI's Sector list and one that is not. */
  private static final List<Integer> CRS = List.of(15110, 22040, 43030, 12345);

  private final Random random;
  private final List<String> schemes;

  private RandomPortfolios(long seed) {
    this.random = new Random(seed);
    this.schemes = new ArrayList<>(Documents.codes("OrganisationRegistrationAgency"));
  }

  /**
   * @param seed the seed
   * @return a valid portfolio
   * @throws IllegalStateException listing the violations if the generator made an invalid one
   */
  static Portfolio portfolio(long seed) {
    Portfolio portfolio = new RandomPortfolios(seed).build();
    List<Violation> violations = ModelValidator.create().validate(portfolio);
    if (!violations.isEmpty()) {
      throw new IllegalStateException("seed " + seed + " made an invalid portfolio: " + violations);
    }
    return portfolio;
  }

  private <T> T oneOf(List<T> items) {
    return items.get(random.nextInt(items.size()));
  }

  private LocalizedText text() {
    LocalizedText.Builder b = LocalizedText.builder();
    List<String> tags = new ArrayList<>(TAGS);
    b.put(tags.remove(random.nextInt(tags.size() - 1)), words()); // never only "kaa"
    for (int i = random.nextInt(3); i > 0; i--) {
      b.put(tags.remove(random.nextInt(tags.size())), words());
    }
    return b.build();
  }

  private String words() {
    StringBuilder out = new StringBuilder(oneOf(WORDS));
    for (int i = random.nextInt(3); i > 0; i--) {
      out.append(' ').append(oneOf(WORDS));
    }
    return out.toString();
  }

  private PartialDate date(int year) {
    int month = 1 + random.nextInt(12);
    return switch (random.nextInt(3)) {
      case 0 -> PartialDate.of(year);
      case 1 -> PartialDate.of(year, month);
      default -> PartialDate.of(year, month, 1 + random.nextInt(28));
    };
  }

  private Portfolio build() {
    Portfolio.Builder portfolio = Portfolio.builder().id("p").title(text());
    List<Organization> orgs = new ArrayList<>();
    int orgCount = 3 + random.nextInt(4);
    for (int i = 0; i < orgCount; i++) {
      // The first two are of different countries, so that there is always a bilateral pair.
      CountryCode country = i < 2 ? COUNTRIES.get(i) : oneOf(COUNTRIES);
      Organization.Builder b = Organization.builder().id("org-" + i).name(text()).country(country)
          .kind(oneOf(List.of(OrganizationKind.values())));
      if (random.nextInt(4) == 0) {
        b.addIdentifier(RegisteredIdentifier.of("ZZ-UNLISTED", "u" + i));
      }
      b.addIdentifier(RegisteredIdentifier.of(oneOf(schemes), "ID" + i + "-" + random.nextInt(1_000_000)));
      orgs.add(b.build());
    }
    portfolio.organizations(orgs);

    List<String> sourceIds = new ArrayList<>();
    for (int i = random.nextInt(3); i > 0; i--) {
      Source.Builder s = Source.builder().id("src-" + i).kind(SourceKind.PRESS_RELEASE).title(text());
      if (random.nextBoolean()) {
        s.url(URI.create("https://example.org/documents/" + i + (random.nextBoolean() ? ".pdf" : "")));
      }
      portfolio.addSource(s.build());
      sourceIds.add("src-" + i);
    }

    List<String> agreementIds = new ArrayList<>();
    int agreementCount = 1 + random.nextInt(3);
    for (int i = 0; i < agreementCount; i++) {
      Organization a = orgs.get(random.nextInt(orgs.size()));
      List<Organization> partners = orgs.stream().filter(o -> o.getCountry() != a.getCountry()).toList();
      Organization b = oneOf(partners);
      Agreement.Builder agreement = Agreement.builder().id("agreement-" + i).kind(oneOf(List.of(AgreementKind.values())))
          .title(text())
          .addParties(Party.builder().organizationId(a.getId()).country(a.getCountry()).build(),
              Party.builder().organizationId(b.getId()).country(b.getCountry()).build());
      // Years grow with the index, so that a successor is never signed before its predecessor.
      if (random.nextInt(4) > 0) {
        agreement.signedOn(date(2000 + 4 * i + random.nextInt(3)));
      }
      List<CooperationArea> areas = new ArrayList<>(CooperationArea.builtIns());
      for (int n = 1 + random.nextInt(4); n > 0; n--) {
        agreement.addArea(AgreementArea.of(areas.remove(random.nextInt(areas.size())),
            random.nextInt(3) == 0 ? AreaPurpose.BENCHMARKING : AreaPurpose.COOPERATION));
      }
      if (random.nextInt(3) == 0) {
        agreement.addArea(AgreementArea.cooperation(CooperationArea.builder().code("user-area-" + i).name(text())
            .addCrsPurposeCode(oneOf(CRS)).build()));
      }
      if (i > 0 && random.nextBoolean()) {
        agreement.addRelation(AgreementRelation.follows(oneOf(agreementIds)));
      }
      if (!sourceIds.isEmpty() && random.nextBoolean()) {
        agreement.addSourceId(oneOf(sourceIds));
      }
      portfolio.addAgreement(agreement.build());
      agreementIds.add("agreement-" + i);
    }

    for (int i = random.nextInt(4) + 1; i > 0; i--) {
      Activity.Builder activity = Activity.builder().id("activity-" + i).kind(oneOf(List.of(ActivityKind.values())))
          .title(text());
      if (random.nextInt(5) > 0) {
        PartialDate start = date(2005 + random.nextInt(20));
        PartialDate end = random.nextBoolean() ? date(start.year() + random.nextInt(4)) : null;
        try {
          activity.period(PartialDateRange.between(start, end));
        } catch (DateTimeException endBeforeStart) {
          activity.period(PartialDateRange.from(start));
        }
      }
      if (random.nextBoolean()) {
        activity.place(Place.of(text(), oneOf(COUNTRIES)));
      }
      for (int n = 1 + random.nextInt(3); n > 0; n--) {
        activity.addParticipant(Participation.of(oneOf(orgs).getId(), oneOf(List.of(ParticipationRole.values()))));
      }
      if (random.nextInt(4) > 0) {
        activity.addParticipant(Participation.of(oneOf(orgs).getId(),
            oneOf(List.of(ParticipationRole.FUNDING, ParticipationRole.ACCOUNTABLE, ParticipationRole.IMPLEMENTING))));
      }
      for (int n = 1 + random.nextInt(agreementIds.size()); n > 0; n--) {
        activity.addAgreementId(oneOf(agreementIds));
      }
      portfolio.addActivity(activity.build());
    }
    return portfolio.build();
  }
}

package org.egovcoop.benchmarks.data;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.egovcoop.activity.Activity;
import org.egovcoop.activity.ActivityKind;
import org.egovcoop.activity.Participation;
import org.egovcoop.activity.ParticipationRole;
import org.egovcoop.actor.Organization;
import org.egovcoop.actor.OrganizationKind;
import org.egovcoop.agreement.Agreement;
import org.egovcoop.agreement.AgreementArea;
import org.egovcoop.agreement.AgreementKind;
import org.egovcoop.agreement.AgreementRelation;
import org.egovcoop.agreement.AreaPurpose;
import org.egovcoop.agreement.Party;
import org.egovcoop.agreement.RelationKind;
import org.egovcoop.area.CooperationArea;
import org.egovcoop.benchmarks.peer.PeerPortfolio;
import org.egovcoop.geo.CountryCode;
import org.egovcoop.portfolio.Portfolio;
import org.egovcoop.text.LocalizedText;
import org.egovcoop.time.PartialDate;
import org.egovcoop.time.PartialDateRange;

/**
 * A large, valid, deterministic portfolio, built with core's builders: 1,000 bilateral agreements
 * among the 193 UN member states, each between the ministries or agencies of two states (386
 * organisations, agencies part of their ministry; two in five agreements are between states that
 * concluded one before), with two to four cooperation areas by purpose,
 * signing dates of day, month or year precision that never go back in time, some with entry into
 * force and a term, and a lineage: an agreement follows, renews, amends or supersedes the last one
 * between the same two states, and now and then implements an earlier one of either. Each
 * agreement has an activity carried out under it (and under its predecessor, where it has one),
 * with the two organisations as participants.
 *
 * <p>{@link #peer(Portfolio)} gives the same facts as the peer's records, so both validators see
 * the same data.
 */
public final class LargePortfolio {

  /** The number of agreements (and activities) of the large portfolio. */
  public static final int AGREEMENTS = 1_000;

  /** The id an agreement relates to in {@link #withDanglingRelation()}; no agreement has it. */
  public static final String MISSING_AGREEMENT = "no-such-agreement";

  private static final RelationKind[] LINEAGE_KINDS =
      {RelationKind.FOLLOWS, RelationKind.RENEWS, RelationKind.AMENDS, RelationKind.SUPERSEDES};
  private static final AgreementKind[] KINDS =
      {AgreementKind.MOU, AgreementKind.MOU, AgreementKind.MOU, AgreementKind.AGREEMENT, AgreementKind.ARRANGEMENT,
       AgreementKind.LETTER_OF_INTENT, AgreementKind.JOINT_DECLARATION, AgreementKind.CONTRACT};

  private LargePortfolio() {}

  /** @return the large portfolio, valid */
  public static Portfolio create() {
    return generate(AGREEMENTS, false);
  }

  /**
   * @param agreements the number of agreements, and of activities
   * @return a portfolio made as the large one is, with that many agreements: valid
   */
  public static Portfolio create(int agreements) {
    return generate(agreements, false);
  }

  /**
   * @return the large portfolio with exactly one defect that only validation finds: the last
   *     agreement relates to {@value #MISSING_AGREEMENT}, which the portfolio does not hold
   */
  public static Portfolio withDanglingRelation() {
    return generate(AGREEMENTS, true);
  }

  private static Portfolio generate(int count, boolean danglingRelation) {
    SplittableRandom random = new SplittableRandom(BenchmarkData.SEED);
    List<CountryCode> states = BenchmarkData.UN_MEMBER_STATES.stream().map(CountryCode::of).toList();
    List<Organization> organizations = new ArrayList<>();
    for (CountryCode state : states) {
      String ministry = ministryOf(state);
      organizations.add(Organization.builder()
          .id(ministry)
          .name(LocalizedText.of("en", "Ministry of Digital Government of " + state.displayName(Locale.ENGLISH)))
          .country(state)
          .kind(OrganizationKind.MINISTRY)
          .build());
      organizations.add(Organization.builder()
          .id(agencyOf(state))
          .name(LocalizedText.of("en", "E-Government Agency of " + state.displayName(Locale.ENGLISH)))
          .country(state)
          .kind(OrganizationKind.AGENCY)
          .parentId(ministry)
          .build());
    }

    List<Agreement> agreements = new ArrayList<>(count);
    List<Activity> activities = new ArrayList<>(count);
    Set<CountryCode> countries = new LinkedHashSet<>();
    Map<String, String> lastAgreementOfPair = new HashMap<>();
    LocalDate day = LocalDate.of(2000, 1, 3);
    for (int i = 0; i < count; i++) {
      day = day.plusDays(1 + random.nextInt(14));
      CountryCode first;
      CountryCode second;
      if (i > 0 && random.nextInt(5) < 2) { // two states that cooperated before, again
        List<Party> earlier = agreements.get(random.nextInt(i)).getParties();
        first = earlier.get(0).getCountry();
        second = earlier.get(1).getCountry();
      } else {
        first = states.get(random.nextInt(states.size()));
        second = states.get(random.nextInt(states.size()));
        while (second.equals(first)) {
          second = states.get(random.nextInt(states.size()));
        }
      }
      countries.add(first);
      countries.add(second);
      String id = String.format(Locale.ROOT, "%s-%s-%04d", first.alpha3(), second.alpha3(), i).toLowerCase(Locale.ROOT);
      String firstOrganization = ministryOf(first);
      String secondOrganization = random.nextBoolean() ? ministryOf(second) : agencyOf(second);
      PartialDate signedOn = withPrecision(day, random);

      Agreement.Builder agreement = Agreement.builder()
          .id(id)
          .kind(KINDS[random.nextInt(KINDS.length)])
          .title(random.nextInt(4) == 0
              ? LocalizedText.of("en", "Cooperation in e-government, " + first + "–" + second, "ko", "전자정부 협력 양해각서")
              : LocalizedText.of("en", "Cooperation in e-government, " + first + "–" + second))
          .addParty(Party.builder().organizationId(firstOrganization).country(first).build())
          .addParty(Party.builder().organizationId(secondOrganization).country(second).build())
          .signedOn(signedOn);
      if (random.nextInt(3) == 0) {
        agreement.entryIntoForce(PartialDate.of(signedOn.lastDay().plusDays(30)));
        agreement.term(Period.ofYears(1 + random.nextInt(5)));
      }
      List<CooperationArea> areas = new ArrayList<>(CooperationArea.builtIns());
      for (int a = 2 + random.nextInt(3); a > 0; a--) {
        CooperationArea area = areas.remove(random.nextInt(areas.size()));
        agreement.addArea(AgreementArea.of(area, random.nextInt(3) == 0 ? AreaPurpose.BENCHMARKING : AreaPurpose.COOPERATION));
      }

      String pair = first.compareTo(second) < 0 ? first + "/" + second : second + "/" + first;
      String predecessor = lastAgreementOfPair.put(pair, id);
      if (predecessor != null) {
        agreement.addRelation(AgreementRelation.of(LINEAGE_KINDS[random.nextInt(LINEAGE_KINDS.length)], predecessor));
      }
      if (i > 0 && random.nextInt(10) == 0) {
        String framework = agreements.get(random.nextInt(i)).getId();
        if (!framework.equals(predecessor)) {
          agreement.addRelation(AgreementRelation.of(RelationKind.IMPLEMENTS, framework));
        }
      }
      if (danglingRelation && i == count - 1) {
        agreement.addRelation(AgreementRelation.of(RelationKind.FOLLOWS, MISSING_AGREEMENT));
      }
      agreements.add(agreement.build());

      Activity.Builder activity = Activity.builder()
          .id("activity-" + i)
          .kind(ActivityKind.values()[random.nextInt(ActivityKind.values().length)])
          .title(LocalizedText.of("en", "Work under " + id))
          .addParticipant(Participation.of(firstOrganization, ParticipationRole.FUNDING))
          .addParticipant(Participation.of(secondOrganization, ParticipationRole.BENEFICIARY))
          .addAgreementId(id);
      if (predecessor != null) {
        activity.addAgreementId(predecessor);
      }
      if (random.nextBoolean()) {
        activity.period(PartialDateRange.of(PartialDate.of(day.getYear()), PartialDate.of(day.getYear() + 1 + random.nextInt(3))));
      }
      activities.add(activity.build());
    }

    return Portfolio.builder()
        .id("large-portfolio")
        .title(LocalizedText.of("en", "E-government cooperation among the UN member states (synthetic)"))
        .addAllCountries(countries)
        .addAllOrganizations(organizations)
        .addAllAgreements(agreements)
        .addAllActivities(activities)
        .build();
  }

  /**
   * The same facts as the peer's records: codes as the strings of the JSON format (enums in lower
   * case, dates in ISO 8601 of their precision, texts as maps from language tag).
   *
   * @param portfolio a portfolio made of organisations, agreements and activities
   * @return the peer's portfolio
   */
  public static PeerPortfolio peer(Portfolio portfolio) {
    return new PeerPortfolio(
        portfolio.getId(),
        portfolio.getTitle().asMap(),
        portfolio.getCountries().stream().map(CountryCode::alpha3).collect(java.util.stream.Collectors.toCollection(LinkedHashSet::new)),
        portfolio.getOrganizations().stream().map(o -> new PeerPortfolio.Organization(
            o.getId(), o.getName().asMap(), o.getCountry().alpha3(), code(o.getKind()), o.getParentId().orElse(null)))
            .toList(),
        portfolio.getAgreements().stream().map(a -> new PeerPortfolio.Agreement(
            a.getId(),
            code(a.getKind()),
            a.getTitle().asMap(),
            a.getParties().stream().map(p -> new PeerPortfolio.Party(
                p.getOrganizationId(), p.getCountry().alpha3(), p.getSignatoryAppointmentId().orElse(null))).toList(),
            a.getSignedOn().map(PartialDate::toString).orElse(null),
            a.getEntryIntoForce().map(PartialDate::toString).orElse(null),
            a.getTerm().map(Period::toString).orElse(null),
            a.getAreas().stream().map(area -> new PeerPortfolio.Area(area.getArea().getCode(), code(area.getPurpose()))).toList(),
            a.getRelations().stream().map(r -> new PeerPortfolio.Relation(code(r.getKind()), r.getTargetId())).toList()))
            .toList(),
        portfolio.getActivities().stream().map(a -> new PeerPortfolio.Activity(
            a.getId(),
            code(a.getKind()),
            a.getTitle().asMap(),
            a.getPeriod().map(PartialDateRange::toString).orElse(null),
            a.getParticipants().stream().map(p -> new PeerPortfolio.Participant(p.getOrganizationId(), code(p.getRole()))).toList(),
            a.getAgreementIds()))
            .toList());
  }

  private static String ministryOf(CountryCode state) {
    return state.alpha3().toLowerCase(Locale.ROOT) + "-ministry";
  }

  private static String agencyOf(CountryCode state) {
    return state.alpha3().toLowerCase(Locale.ROOT) + "-egov-agency";
  }

  /** Day precision mostly; month or year where sources say no more ("December 2013"). */
  private static PartialDate withPrecision(LocalDate day, SplittableRandom random) {
    int precision = random.nextInt(10);
    if (precision == 0) {
      return PartialDate.of(day.getYear());
    }
    return precision <= 2 ? PartialDate.of(day.getYear(), day.getMonthValue()) : PartialDate.of(day);
  }

  private static String code(Enum<?> value) {
    return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}

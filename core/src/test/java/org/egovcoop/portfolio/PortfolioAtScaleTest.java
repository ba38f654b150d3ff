package org.egovcoop.portfolio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.egovcoop.testing.Fixtures.KOR_MINISTRY;
import static org.egovcoop.testing.Fixtures.UZB_MINISTRY;
import static org.egovcoop.testing.Fixtures.text;

import java.time.Period;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.egovcoop.agreement.Agreement;
import org.egovcoop.agreement.AgreementKind;
import org.egovcoop.agreement.AgreementRelation;
import org.egovcoop.agreement.Party;
import org.egovcoop.agreement.RelationKind;
import org.egovcoop.geo.CountryCode;
import org.egovcoop.time.PartialDate;
import org.egovcoop.validation.ModelValidator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The lineage and in-force queries that now run in O(n log n) give the answers of the quadratic
 * algorithms they replaced, kept here as references, on seeded random lineages (cycles, dangling
 * and self relations, undated agreements included); and a lineage of 100,000 agreements is
 * ordered, followed and validated without overflowing the stack.
 */
class PortfolioAtScaleTest {

  private static Agreement.Builder agreement(String id) {
    return Agreement.builder().id(id).kind(AgreementKind.MOU).title(text(id))
        .addParty(Party.builder().organizationId(KOR_MINISTRY).country(CountryCode.KOR).build())
        .addParty(Party.builder().organizationId(UZB_MINISTRY).country(CountryCode.UZB).build());
  }

  static Stream<Long> seeds() {
    return LongStream.range(0, 300).boxed();
  }

  /** A random lineage of up to 40 agreements over 12 years, with every kind of relation. */
  static Portfolio randomLineage(long seed) {
    Random random = new Random(seed);
    int n = 1 + random.nextInt(40);
    List<Agreement> agreements = new ArrayList<>(n);
    RelationKind[] kinds = RelationKind.values();
    for (int i = 0; i < n; i++) {
      Agreement.Builder builder = agreement("a" + i);
      int dating = random.nextInt(4);
      if (dating == 1) {
        builder.signedOn(PartialDate.of(2010 + random.nextInt(12)));
      } else if (dating == 2) {
        builder.signedOn(PartialDate.of(2010 + random.nextInt(12), 1 + random.nextInt(12)));
      } else if (dating == 3) {
        builder.signedOn(PartialDate.of(2010 + random.nextInt(12), 1 + random.nextInt(12), 1 + random.nextInt(28)));
      }
      if (random.nextInt(3) == 0) {
        builder.entryIntoForce(PartialDate.of(2012 + random.nextInt(12)));
      }
      if (random.nextInt(3) == 0) {
        builder.term(Period.ofYears(1 + random.nextInt(5)));
      }
      int relations = random.nextInt(4);
      for (int r = 0; r < relations; r++) {
        int target = random.nextInt(n + 2); // n and n+1 are ids no agreement has
        builder.addRelation(AgreementRelation.of(kinds[random.nextInt(kinds.length)], "a" + target));
      }
      agreements.add(builder.build());
    }
    return Portfolio.builder().id("p" + seed).title(text("p")).addAllAgreements(agreements).build();
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void lineageOrderIsTheOneTheQuadraticAlgorithmGave(long seed) {
    Portfolio portfolio = randomLineage(seed);
    assertThat(portfolio.agreementsInLineageOrder()).isEqualTo(referenceLineageOrder(portfolio));
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void inForceIsWhatScanningEveryAgreementGave(long seed) {
    Portfolio portfolio = randomLineage(seed);
    for (PartialDate date : List.of(PartialDate.of(2011), PartialDate.of(2014, 6), PartialDate.of(2016, 3, 1),
        PartialDate.of(2019), PartialDate.of(2030))) {
      List<Agreement> certainly = new ArrayList<>();
      List<Agreement> possibly = new ArrayList<>();
      for (Agreement agreement : referenceLineageOrder(portfolio)) {
        List<Agreement> superseders = portfolio.getAgreements().stream()
            .filter(other -> other.getRelations().stream().anyMatch(
                r -> r.getKind() == RelationKind.SUPERSEDES && r.getTargetId().equals(agreement.getId())))
            .toList();
        if (InForce.certainly(agreement, date, superseders)) {
          certainly.add(agreement);
        }
        if (InForce.possibly(agreement, date, superseders)) {
          possibly.add(agreement);
        }
      }
      assertThat(portfolio.agreementsInForceOn(date)).as("in force on %s", date).isEqualTo(certainly);
      assertThat(portfolio.agreementsPossiblyInForceOn(date)).as("possibly in force on %s", date).isEqualTo(possibly);
    }
  }

  @Test
  void signingOrderIsPartialDateOrderAtTheEdgesOfTheYearRangeAndAcrossPrecisions() {
    // listed out of order, ids out of order on the same date, the same id twice, undated ones
    List<PartialDate> dates = List.of(PartialDate.of(PartialDate.MAX_YEAR, 12, 31), PartialDate.of(2013, 1, 1),
        PartialDate.of(2013, 1), PartialDate.of(2013), PartialDate.of(PartialDate.MIN_YEAR), PartialDate.of(2012, 12, 31),
        PartialDate.of(PartialDate.MIN_YEAR, 1, 1), PartialDate.of(PartialDate.MAX_YEAR), PartialDate.of(2013));
    List<Agreement> agreements = new ArrayList<>();
    for (int i = 0; i < dates.size(); i++) {
      agreements.add(agreement("d" + (dates.size() - i)).signedOn(dates.get(i)).build());
    }
    agreements.add(agreement("undated-b").build());
    agreements.add(agreement("undated-a").build());
    agreements.add(agreement("d1").signedOn(PartialDate.of(2013)).build());
    Portfolio portfolio = Portfolio.builder().id("p").title(text("p")).addAllAgreements(agreements).build();
    // first day, then the coarser precision first, then id; the same id twice keeps both, in portfolio order
    assertThat(portfolio.agreementsInLineageOrder())
        .extracting(a -> a.getId() + "@" + a.getSignedOn().map(PartialDate::toString).orElse("-"))
        .containsExactly("d5@0001", "d3@0001-01-01", "d4@2012-12-31", "d1@2013", "d1@2013", "d6@2013", "d7@2013-01",
            "d8@2013-01-01", "d2@9999", "d9@9999-12-31", "undated-a@-", "undated-b@-");
    assertThat(portfolio.agreementsInLineageOrder().get(3)).isSameAs(agreements.get(8));
    assertThat(portfolio.agreementsInLineageOrder().get(4)).isSameAs(agreements.get(11));
  }

  @Test
  void aLineageOf100000AgreementsIsOrderedFollowedAndValidated() {
    int n = 100_000;
    List<Agreement> agreements = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      Agreement.Builder builder = agreement("a" + i);
      if (i > 0) {
        builder.addRelation(AgreementRelation.follows("a" + (i - 1)));
      }
      agreements.add(builder.build());
    }
    // undated, listed newest first: only the lineage orders them
    List<Agreement> newestFirst = new ArrayList<>(agreements);
    java.util.Collections.reverse(newestFirst);
    Portfolio portfolio = Portfolio.builder().id("p").title(text("p"))
        .addOrganizations(
            org.egovcoop.actor.Organization.builder().from(org.egovcoop.testing.Fixtures.korMinistry()).sourceIds(List.of()).build(),
            org.egovcoop.actor.Organization.builder().from(org.egovcoop.testing.Fixtures.uzbMinistry()).sourceIds(List.of()).build())
        .addAllAgreements(newestFirst).build();
    assertThat(portfolio.agreementsInLineageOrder()).isEqualTo(agreements);
    assertThat(portfolio.lineageOf("a" + (n - 1))).isEqualTo(agreements);
    assertThat(ModelValidator.create().validate(portfolio)).isEmpty();
    // close the lineage into a cycle: one violation, at the relation the depth-first search from a0
    // (a0 → a99999 → … → a1) finds closing it, a1's back to a0
    List<Agreement> cyclic = new ArrayList<>(agreements);
    cyclic.set(0, agreement("a0").addRelation(AgreementRelation.follows("a" + (n - 1))).build());
    Portfolio withCycle = Portfolio.builder().from(portfolio).agreements(cyclic).build();
    assertThat(ModelValidator.create().validate(withCycle)).extracting(v -> v.path())
        .containsExactly("agreements[1].relations[0].targetId");
  }

  /** The algorithm lineage order had before: restart the scan after every placement. */
  private static List<Agreement> referenceLineageOrder(Portfolio portfolio) {
    Map<String, Agreement> byId = new LinkedHashMap<>();
    portfolio.getAgreements().forEach(a -> byId.putIfAbsent(a.getId(), a));
    List<Agreement> sorted = new ArrayList<>(portfolio.getAgreements());
    sorted.sort(Comparator.comparing((Agreement a) -> a.getSignedOn().orElse(null),
        Comparator.nullsLast(Comparator.naturalOrder())).thenComparing(Agreement::getId));
    Map<String, Agreement> placed = new LinkedHashMap<>();
    boolean progress = true;
    while (progress && placed.size() < sorted.size()) {
      progress = false;
      for (Agreement agreement : sorted) {
        if (!placed.containsKey(agreement.getId()) && agreement.getRelations().stream().allMatch(relation ->
            relation.getTargetId().equals(agreement.getId()) || !byId.containsKey(relation.getTargetId())
                || placed.containsKey(relation.getTargetId()))) {
          placed.put(agreement.getId(), agreement);
          progress = true;
          break;
        }
      }
    }
    List<Agreement> result = new ArrayList<>(placed.values());
    sorted.stream().filter(a -> !placed.containsKey(a.getId())).forEach(result::add);
    return result;
  }
}

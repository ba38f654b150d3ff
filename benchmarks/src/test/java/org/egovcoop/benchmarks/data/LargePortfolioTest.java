package org.egovcoop.benchmarks.data;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.ConstraintViolation;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.egovcoop.agreement.Agreement;
import org.egovcoop.agreement.AgreementRelation;
import org.egovcoop.agreement.RelationKind;
import org.egovcoop.benchmarks.peer.PeerJson;
import org.egovcoop.benchmarks.peer.PeerPortfolio;
import org.egovcoop.portfolio.Portfolio;
import org.egovcoop.time.DatePrecision;
import org.egovcoop.time.PartialDate;
import org.egovcoop.validation.ModelValidator;
import org.egovcoop.validation.Violation;
import org.junit.jupiter.api.Test;

class LargePortfolioTest {

  private final Portfolio portfolio = LargePortfolio.create();

  @Test
  void itIsLargeVariedAndValid() {
    assertThat(portfolio.getAgreements()).hasSize(LargePortfolio.AGREEMENTS);
    assertThat(portfolio.getActivities()).hasSize(LargePortfolio.AGREEMENTS);
    assertThat(portfolio.getOrganizations()).hasSize(2 * 193);
    assertThat(ModelValidator.create().validate(portfolio)).isEmpty();

    Set<RelationKind> kinds = EnumSet.noneOf(RelationKind.class);
    Set<DatePrecision> precisions = EnumSet.noneOf(DatePrecision.class);
    for (Agreement agreement : portfolio.getAgreements()) {
      agreement.getRelations().stream().map(AgreementRelation::getKind).forEach(kinds::add);
      agreement.getSignedOn().map(PartialDate::precision).ifPresent(precisions::add);
      assertThat(agreement.getAreas()).hasSizeBetween(2, 4);
    }
    assertThat(kinds).isEqualTo(EnumSet.of(RelationKind.FOLLOWS, RelationKind.RENEWS, RelationKind.AMENDS,
        RelationKind.SUPERSEDES, RelationKind.IMPLEMENTS));
    assertThat(precisions).isEqualTo(EnumSet.allOf(DatePrecision.class));
    assertThat(portfolio.getAgreements()).filteredOn(a -> a.getEntryIntoForce().isPresent()).hasSizeGreaterThan(100);
    assertThat(portfolio.getAgreements()).filteredOn(a -> !a.getRelations().isEmpty()).hasSizeGreaterThan(300);
    assertThat(portfolio.getAgreements().stream().mapToInt(a -> portfolio.lineageOf(a.getId()).size()).max().getAsInt())
        .isGreaterThanOrEqualTo(4);
  }

  @Test
  void theSameSeedGivesTheSamePortfolio() {
    assertThat(LargePortfolio.create()).isEqualTo(portfolio);
  }

  @Test
  void thePeersRecordsHoldTheSameFactsAndAreValid() {
    PeerPortfolio peer = LargePortfolio.peer(portfolio);
    assertThat(peer.agreements()).hasSize(LargePortfolio.AGREEMENTS);
    assertThat(peer.activities()).hasSize(LargePortfolio.AGREEMENTS);
    assertThat(peer.organizations()).hasSize(2 * 193);
    Agreement first = portfolio.getAgreements().get(0);
    PeerPortfolio.Agreement peerFirst = peer.agreements().get(0);
    assertThat(peerFirst.id()).isEqualTo(first.getId());
    assertThat(peerFirst.signedOn()).isEqualTo(first.getSignedOn().orElseThrow().toString());
    assertThat(peerFirst.parties()).hasSize(2);
    assertThat(peerFirst.areas()).hasSameSizeAs(first.getAreas());
    assertThat(PeerJson.validator().validate(peer)).isEmpty();
  }

  @Test
  void bothValidatorsFindTheDanglingRelation() {
    Portfolio broken = LargePortfolio.withDanglingRelation();
    List<Violation> ours = ModelValidator.create().validate(broken);
    assertThat(ours).singleElement().satisfies(v -> {
      assertThat(v.path()).startsWith("agreements[" + (LargePortfolio.AGREEMENTS - 1) + "].relations[");
      assertThat(v.messageKey()).isEqualTo("org.egovcoop.validation.ResolvableReferences.message");
    });
    Set<ConstraintViolation<PeerPortfolio>> peer = PeerJson.validator().validate(LargePortfolio.peer(broken));
    assertThat(peer).singleElement()
        .satisfies(v -> assertThat(v.getPropertyPath().toString()).isEqualTo("referencesResolvable"));
  }
}

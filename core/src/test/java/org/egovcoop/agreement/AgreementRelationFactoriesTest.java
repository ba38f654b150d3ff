package org.egovcoop.agreement;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A factory for every kind of relation, each the same as {@code of(kind, target)}. */
class AgreementRelationFactoriesTest {

  @Test
  void everyKindHasItsFactory() {
    List<AgreementRelation> relations = List.of(AgreementRelation.follows("a"), AgreementRelation.renews("a"),
        AgreementRelation.amends("a"), AgreementRelation.supersedes("a"), AgreementRelation.implementsAgreement("a"));
    Set<RelationKind> kinds = EnumSet.noneOf(RelationKind.class);
    for (AgreementRelation relation : relations) {
      assertThat(relation).isEqualTo(AgreementRelation.of(relation.getKind(), "a"));
      kinds.add(relation.getKind());
    }
    assertThat(kinds).isEqualTo(EnumSet.allOf(RelationKind.class));
  }
}

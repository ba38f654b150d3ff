package org.egovcoop.agreement;

import org.egovcoop.internal.Checks;
import org.immutables.value.Value;

/**
 * A typed link from an agreement to an earlier one: the 2017 MOU {@link RelationKind#FOLLOWS} the
 * December 2013 MOU.
 */
@Value.Immutable
public abstract class AgreementRelation {

  AgreementRelation() {}

  /**
   * @param kind how the agreement relates to the target
   * @param targetId the id of the earlier agreement
   * @return the relation
   */
  public static AgreementRelation of(RelationKind kind, String targetId) {
    return builder().kind(kind).targetId(targetId).build();
  }

  /**
   * @param targetId the id of the earlier agreement this one follows
   * @return the relation
   */
  public static AgreementRelation follows(String targetId) {
    return of(RelationKind.FOLLOWS, targetId);
  }

  /**
   * @param targetId the id of the earlier agreement this one renews for a new term
   * @return the relation
   */
  public static AgreementRelation renews(String targetId) {
    return of(RelationKind.RENEWS, targetId);
  }

  /**
   * @param targetId the id of the earlier agreement this one amends
   * @return the relation
   */
  public static AgreementRelation amends(String targetId) {
    return of(RelationKind.AMENDS, targetId);
  }

  /**
   * @param targetId the id of the earlier agreement this one replaces, which then ceases to apply
   * @return the relation
   */
  public static AgreementRelation supersedes(String targetId) {
    return of(RelationKind.SUPERSEDES, targetId);
  }

  /**
   * @param targetId the id of the earlier, framework agreement this one implements
   * @return the relation
   */
  public static AgreementRelation implementsAgreement(String targetId) {
    return of(RelationKind.IMPLEMENTS, targetId);
  }

  /** @return a builder; {@code kind} and {@code targetId} are required */
  public static Builder builder() {
    return new Builder();
  }

  /** @return how the agreement relates to the target */
  public abstract RelationKind getKind();

  /** @return the id of the earlier agreement */
  public abstract String getTargetId();

  @Value.Check
  void check() {
    Checks.id("AgreementRelation", "targetId", getTargetId());
  }

  /** Builds an {@link AgreementRelation}. */
  public static final class Builder extends ImmutableAgreementRelation.Builder {
    Builder() {}
  }
}

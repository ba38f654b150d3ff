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
   * {@return the relation}
   *
   * @param kind how the agreement relates to the target
   * @param targetId the id of the earlier agreement
   */
  public static AgreementRelation of(RelationKind kind, String targetId) {
    return builder().kind(kind).targetId(targetId).build();
  }

  /**
   * {@return the relation}
   *
   * @param targetId the id of the earlier agreement this one follows
   */
  public static AgreementRelation follows(String targetId) {
    return of(RelationKind.FOLLOWS, targetId);
  }

  /**
   * A relation to an agreement this one renews for a new term.
   *
   * @param targetId the id of the earlier agreement this one renews for a new term
   * @return the relation
   */
  public static AgreementRelation renews(String targetId) {
    return of(RelationKind.RENEWS, targetId);
  }

  /**
   * A relation to an agreement this one amends.
   *
   * @param targetId the id of the earlier agreement this one amends
   * @return the relation
   */
  public static AgreementRelation amends(String targetId) {
    return of(RelationKind.AMENDS, targetId);
  }

  /**
   * A relation to an agreement this one supersedes: the earlier agreement ceases to apply when this one starts.
   *
   * @param targetId the id of the earlier agreement this one replaces, which then ceases to apply
   * @return the relation
   */
  public static AgreementRelation supersedes(String targetId) {
    return of(RelationKind.SUPERSEDES, targetId);
  }

  /**
   * A relation to a framework agreement this one implements ({@code implements} is a Java keyword,
   * hence the name).
   *
   * @param targetId the id of the earlier, framework agreement this one implements
   * @return the relation
   */
  public static AgreementRelation implementsAgreement(String targetId) {
    return of(RelationKind.IMPLEMENTS, targetId);
  }

  /** {@return a builder; {@code kind} and {@code targetId} are required} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return how the agreement relates to the target} */
  public abstract RelationKind getKind();

  /** {@return the id of the earlier agreement} */
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

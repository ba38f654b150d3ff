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

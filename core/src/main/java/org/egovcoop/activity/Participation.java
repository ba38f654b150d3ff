package org.egovcoop.activity;

import org.egovcoop.internal.Checks;
import org.immutables.value.Value;

/** An organisation taking part in an {@link Activity}, in a role. */
@Value.Immutable
public abstract class Participation {

  Participation() {}

  /**
   * {@return the participation}
   *
   * @param organizationId the organisation's id
   * @param role its role
   */
  public static Participation of(String organizationId, ParticipationRole role) {
    return builder().organizationId(organizationId).role(role).build();
  }

  /** {@return a builder; {@code organizationId} and {@code role} are required} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return the id of the organisation taking part} */
  public abstract String getOrganizationId();

  /** {@return the role it plays} */
  public abstract ParticipationRole getRole();

  @Value.Check
  void check() {
    Checks.id("Participation", "organizationId", getOrganizationId());
  }

  /** Builds a {@link Participation}. */
  public static final class Builder extends ImmutableParticipation.Builder {
    Builder() {}
  }
}

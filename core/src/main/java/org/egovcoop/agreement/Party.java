package org.egovcoop.agreement;

import java.util.Optional;
import org.egovcoop.geo.CountryCode;
import org.egovcoop.internal.Checks;
import org.immutables.value.Value;

/**
 * A party to an agreement: the organisation that concluded it, the country it acts for, and the
 * official who signed for it, through the post they held on the signing date.
 *
 * <p>Korea's party to the 2017 MOU is the Ministry of the Interior and Safety ({@code KOR}), signed
 * by Minister Kim Boo-kyum: the signatory is the {@link org.egovcoop.actor.Appointment} of Kim as
 * minister, so the post is part of the record.
 */
@Value.Immutable
public abstract class Party {

  Party() {}

  /** {@return a builder; {@code organizationId} and {@code country} are required} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return the id of the organisation that is party to the agreement} */
  public abstract String getOrganizationId();

  /** {@return the country the party acts for} */
  public abstract CountryCode getCountry();

  /** {@return the id of the signatory's appointment (person and post), if known} */
  public abstract Optional<String> getSignatoryAppointmentId();

  @Value.Check
  void check() {
    Checks.id("Party", "organizationId", getOrganizationId());
    getSignatoryAppointmentId().ifPresent(id -> Checks.id("Party", "signatoryAppointmentId", id));
  }

  /** Builds a {@link Party}. */
  public static final class Builder extends ImmutableParty.Builder {
    Builder() {}
  }
}

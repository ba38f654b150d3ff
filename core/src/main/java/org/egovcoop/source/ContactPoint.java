package org.egovcoop.source;

import java.util.Optional;
import org.egovcoop.internal.Checks;
import org.egovcoop.privacy.PersonalData;
import org.immutables.value.Value;

/**
 * Whom to ask about a source: the Global E-Government Division (글로벌전자정부과), Jung Hyun-kwan,
 * +82-2-2100-3955.
 *
 * <p>The phone number and e-mail address are {@linkplain PersonalData personal data} (a direct
 * line identifies a person), and the person is named through a {@link org.egovcoop.actor.Person},
 * whose name is personal data too.
 */
@Value.Immutable
public abstract class ContactPoint {

  ContactPoint() {}

  /** {@return a builder; {@code organizationId} is required} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return the id of the organisation or unit to contact} */
  public abstract String getOrganizationId();

  /** {@return the id of the person to contact, if named} */
  public abstract Optional<String> getPersonId();

  /** {@return a phone number in international form, if given: {@code +82-2-2100-3955}} */
  @PersonalData
  public abstract Optional<String> getPhone();

  /** {@return an e-mail address, if given} */
  @PersonalData
  public abstract Optional<String> getEmail();

  @Value.Check
  void check() {
    Checks.id("ContactPoint", "organizationId", getOrganizationId());
    getPersonId().ifPresent(id -> Checks.id("ContactPoint", "personId", id));
  }

  /** Builds a {@link ContactPoint}. */
  public static final class Builder extends ImmutableContactPoint.Builder {
    Builder() {}
  }
}

package org.egovcoop.actor;

import java.util.List;
import java.util.Optional;
import org.egovcoop.internal.Checks;
import org.egovcoop.text.LocalizedText;
import org.egovcoop.time.PartialDate;
import org.egovcoop.time.PartialDateRange;
import org.immutables.value.Value;

/**
 * A post held by a person in an organisation over a period (a Popolo membership): Kim Nam-seok,
 * vice-chair of Uzbekistan's information and communications committee, 2013 to 2017, at
 * vice-minister rank, on behalf of Korea's ministry.
 *
 * <p>The period is of reduced precision and may be unknown ("former professor", no dates given).
 * Invariants: ids are well-formed. Validation of a {@link org.egovcoop.portfolio.Portfolio} checks
 * that the person and organisations exist, and that a signatory held the post on the signing date.
 */
@Value.Immutable
public abstract class Appointment {

  Appointment() {}

  /** {@return a builder; {@code id}, {@code personId}, {@code post} and {@code organizationId} are required} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return the appointment's id, unique within its portfolio} */
  public abstract String getId();

  /** {@return the id of the person holding the post} */
  public abstract String getPersonId();

  /** {@return the post's title: "장관" / "Minister"} */
  public abstract LocalizedText getPost();

  /** {@return the id of the organisation the post belongs to} */
  public abstract String getOrganizationId();

  /** {@return when the post was held, if known; either end may be open} */
  public abstract Optional<PartialDateRange> getPeriod();

  /** {@return the rank the post carries, where the source gives one: "차관급" / "vice-minister rank"} */
  public abstract Optional<LocalizedText> getRank();

  /** {@return the id of the organisation on whose behalf the post is held, for a secondment} */
  public abstract Optional<String> getOnBehalfOfId();

  /** {@return ids of the sources that report the appointment} */
  public abstract List<String> getSourceIds();

  /**
   * {@return whether the post may have been held on that date (always true when the period is
   *     unknown)}
   *
   * @param date a date
   */
  public boolean mayBeHeldOn(PartialDate date) {
    return getPeriod().map(period -> period.mayContain(date)).orElse(true);
  }

  @Value.Check
  void check() {
    Checks.id("Appointment", "id", getId());
    Checks.id("Appointment", "personId", getPersonId());
    Checks.id("Appointment", "organizationId", getOrganizationId());
    getOnBehalfOfId().ifPresent(id -> Checks.id("Appointment", "onBehalfOfId", id));
    Checks.ids("Appointment", "sourceIds", getSourceIds());
  }

  /** Builds an {@link Appointment}. */
  public static final class Builder extends ImmutableAppointment.Builder {
    Builder() {}
  }
}

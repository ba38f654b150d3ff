package org.egovcoop.activity;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.egovcoop.geo.Place;
import org.egovcoop.internal.Checks;
import org.egovcoop.text.LocalizedText;
import org.egovcoop.time.PartialDateRange;
import org.immutables.value.Value;

/**
 * Work carried out under one or more agreements: the e-Government Cooperation Centre operated in
 * Tashkent from 2013 to 2015; the secondment of Kim Nam-seok as vice-chair of Uzbekistan's
 * information and communications committee from 2013 to 2017.
 *
 * <p>Links to agreements are many to many: an activity may serve several agreements, and an
 * agreement has many activities. People who carry an activity out are linked through their
 * {@link org.egovcoop.actor.Appointment}s.
 *
 * <p>Invariants: ids are well-formed. Validation of a {@link org.egovcoop.portfolio.Portfolio}
 * checks that every referenced agreement, organisation and appointment exists.
 */
@Value.Immutable
public abstract class Activity {

  Activity() {}

  /** {@return a builder; {@code id}, {@code kind} and {@code title} are required} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return the activity's id, unique within its portfolio} */
  public abstract String getId();

  /** {@return what kind of work it is} */
  public abstract ActivityKind getKind();

  /** {@return a title in one or more languages: "e-Government Cooperation Centre"} */
  public abstract LocalizedText getTitle();

  /** {@return when it ran, to the precision known: {@code 2013/2015}} */
  public abstract Optional<PartialDateRange> getPeriod();

  /** {@return where it took place: Tashkent} */
  public abstract Optional<Place> getPlace();

  /** {@return the organisations taking part, each with its role} */
  public abstract List<Participation> getParticipants();

  /** {@return ids of the appointments (people in posts) through which it was carried out} */
  public abstract List<String> getAppointmentIds();

  /** {@return ids of the agreements it was carried out under} */
  public abstract Set<String> getAgreementIds();

  /** {@return ids of the sources that report it} */
  public abstract List<String> getSourceIds();

  @Value.Check
  void check() {
    Checks.id("Activity", "id", getId());
    Checks.ids("Activity", "appointmentIds", getAppointmentIds());
    Checks.ids("Activity", "agreementIds", getAgreementIds());
    Checks.ids("Activity", "sourceIds", getSourceIds());
  }

  /** Builds an {@link Activity}. */
  public static final class Builder extends ImmutableActivity.Builder {
    Builder() {}
  }
}

package org.egovcoop.portfolio;

import java.util.Objects;
import org.egovcoop.actor.Appointment;
import org.egovcoop.actor.Person;
import org.egovcoop.time.PartialDate;

/**
 * The person who signed an agreement for a party, and the post they held: what
 * {@link Portfolio#signatoryOf(org.egovcoop.agreement.Party)} resolves a party's signatory
 * appointment to.
 */
public final class Signatory {

  private final Person person;
  private final Appointment appointment;

  Signatory(Person person, Appointment appointment) {
    this.person = Objects.requireNonNull(person, "person");
    this.appointment = Objects.requireNonNull(appointment, "appointment");
  }

  /** {@return the person who signed} */
  public Person person() {
    return person;
  }

  /** {@return the post the person held, with its organisation and period} */
  public Appointment appointment() {
    return appointment;
  }

  /**
   * Whether the person may have held the post on a date, as far as the post's period tells:
   * {@code SignatoriesInOffice} reports a signatory whose post certainly did not cover the
   * signing date.
   *
   * @param date a date, such as the agreement's signing date
   * @return false only if the post certainly did not cover the date
   */
  public boolean mayHoldPostOn(PartialDate date) {
    return appointment.mayBeHeldOn(date);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Signatory other && other.person.equals(person) && other.appointment.equals(appointment);
  }

  @Override
  public int hashCode() {
    return Objects.hash(person, appointment);
  }

  /** {@return such as {@code kim-boo-kyum as kor-minister-2017}: the ids of the person and the post} */
  @Override
  public String toString() {
    return person.getId() + " as " + appointment.getId();
  }
}

package org.egovcoop.validation.internal;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.egovcoop.actor.Appointment;
import org.egovcoop.agreement.Agreement;
import org.egovcoop.agreement.Party;
import org.egovcoop.portfolio.Portfolio;
import org.egovcoop.validation.SignatoriesInOffice;

/**
 * Checks {@link SignatoriesInOffice}. A signatory whose appointment or signing date is unknown is
 * not reported: only a post that certainly did not cover the signing date is.
 */
public final class SignatoriesInOfficeValidator implements ConstraintValidator<SignatoriesInOffice, Portfolio> {

  @Override
  public boolean isValid(Portfolio portfolio, ConstraintValidatorContext context) {
    if (portfolio == null) {
      return true;
    }
    Map<String, Appointment> appointments = new HashMap<>();
    portfolio.getAppointments().forEach(a -> appointments.putIfAbsent(a.getId(), a));
    boolean valid = true;
    List<Agreement> agreements = portfolio.getAgreements();
    for (int i = 0; i < agreements.size(); i++) {
      Agreement agreement = agreements.get(i);
      if (agreement.getSignedOn().isEmpty()) {
        continue;
      }
      for (int j = 0; j < agreement.getParties().size(); j++) {
        Party party = agreement.getParties().get(j);
        Appointment appointment = party.getSignatoryAppointmentId().map(appointments::get).orElse(null);
        if (appointment != null && !appointment.mayBeHeldOn(agreement.getSignedOn().get())) {
          Violations.report(context,
              new Object[] {
                "id", appointment.getId(),
                "period", appointment.getPeriod().map(Object::toString).orElse(""),
                "signedOn", agreement.getSignedOn().get().toString()
              },
              "agreements", i, "parties", j, "signatoryAppointmentId");
          valid = false;
        }
      }
    }
    return valid;
  }
}

package org.egovcoop.portfolio;

import java.util.Optional;
import org.egovcoop.agreement.Agreement;
import org.egovcoop.time.PartialDate;

/** Whether an agreement is in force on a date, with the honesty of partial dates. */
final class InForce {
  private InForce() {}

  private static Optional<PartialDate> start(Agreement agreement) {
    return agreement.getEntryIntoForce().or(agreement::getSignedOn);
  }

  static boolean certainly(Agreement agreement, PartialDate date) {
    Optional<PartialDate> start = start(agreement);
    if (start.isEmpty() || !(start.get().isBefore(date) || start.get().equals(date) && date.precision() == org.egovcoop.time.DatePrecision.DAY)) {
      return false;
    }
    return agreement.getTerm()
        .map(term -> date.lastDay().isBefore(start.get().firstDay().plus(term)))
        .orElse(true);
  }

  static boolean possibly(Agreement agreement, PartialDate date) {
    Optional<PartialDate> start = start(agreement);
    if (start.isPresent() && start.get().isAfter(date)) {
      return false;
    }
    return start.flatMap(s -> agreement.getTerm().map(term -> date.firstDay().isBefore(s.lastDay().plus(term))))
        .orElse(true);
  }
}

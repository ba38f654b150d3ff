package org.egovcoop.portfolio;

import java.util.Collection;
import java.util.Optional;
import org.egovcoop.agreement.Agreement;
import org.egovcoop.agreement.RelationKind;
import org.egovcoop.time.PartialDate;

/**
 * Whether an agreement is in force on a date, with the honesty of partial dates: an agreement
 * starts on its entry into force (or, where none is given, its signing), runs for its term if it
 * has one, and stops applying when an agreement that {@link RelationKind#SUPERSEDES supersedes} it
 * starts.
 */
final class InForce {
  private InForce() {}

  private static Optional<PartialDate> start(Agreement agreement) {
    return agreement.getEntryIntoForce().or(agreement::getSignedOn);
  }

  /** In force on every day the date may be; {@code superseders} are the agreements that supersede it. */
  static boolean certainly(Agreement agreement, PartialDate date, Collection<Agreement> superseders) {
    Optional<PartialDate> start = start(agreement);
    if (start.isEmpty() || start.get().lastDay().isAfter(date.firstDay())) {
      return false;
    }
    boolean termCertainlyRunning = agreement.getTerm()
        .map(term -> date.lastDay().isBefore(start.get().firstDay().plus(term)))
        .orElse(true);
    // A successor that may already have started on the date may already have replaced it.
    return termCertainlyRunning
        && superseders.stream().map(InForce::start).noneMatch(s -> s.isEmpty() || !s.get().isAfter(date));
  }

  /** In force on at least one day the date may be, as far as the dates known tell. */
  static boolean possibly(Agreement agreement, PartialDate date, Collection<Agreement> superseders) {
    Optional<PartialDate> start = start(agreement);
    if (start.isPresent() && start.get().isAfter(date)) {
      return false;
    }
    boolean termPossiblyRunning = start
        .flatMap(s -> agreement.getTerm().map(term -> date.firstDay().isBefore(s.lastDay().plus(term))))
        .orElse(true);
    // Only a successor certainly started on or before the first day of the date has replaced it throughout.
    return termPossiblyRunning
        && superseders.stream().map(InForce::start).noneMatch(s -> s.isPresent() && !s.get().lastDay().isAfter(date.firstDay()));
  }
}

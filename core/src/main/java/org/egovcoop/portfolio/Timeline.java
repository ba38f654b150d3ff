package org.egovcoop.portfolio;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.egovcoop.time.PartialDate;
import org.egovcoop.time.PartialDateRange;
import org.egovcoop.time.TemporalOrder;

/**
 * Every dated fact of a {@link Portfolio} in chronological order: signings, entries into force,
 * posts taken up and left, activities begun and ended, figures, survey editions, statements and
 * sources.
 *
 * <p>Partial dates are ordered honestly. Entries are sorted by {@link PartialDate#compareTo} (first
 * day, coarser precision first), then by kind and id, and each entry says whether the dates settle
 * its place: {@link TemporalOrder#AFTER} when it is certainly later than every entry listed before
 * it, {@link TemporalOrder#SAME} when it falls on the same day as the entry just before it (both
 * known to the day), and {@link TemporalOrder#UNCERTAIN} when it may precede or coincide with an
 * earlier entry ({@code 2013-12} after {@code 2013}). Comparing with every earlier entry, not only
 * the previous one, matters: in {@code 2013}, {@code 2013-02-01}, {@code 2013-03-01} the last
 * date is certainly after the second but not after the first, so it is marked uncertain too. A
 * reader never sees an order the data does not give.
 */
public final class Timeline {

  private static final Comparator<TimelineEntry> ORDER = Comparator.comparing(TimelineEntry::date)
      .thenComparing(TimelineEntry::kind)
      .thenComparing(TimelineEntry::subjectId);

  private final List<TimelineEntry> entries;

  private Timeline(List<TimelineEntry> entries) {
    this.entries = List.copyOf(entries);
  }

  static Timeline of(Portfolio portfolio) {
    List<TimelineEntry> raw = new ArrayList<>();
    portfolio.getAgreements().forEach(a -> {
      a.getSignedOn().ifPresent(d -> raw.add(entry(d, TimelineEventKind.AGREEMENT_SIGNED, a.getId())));
      a.getEntryIntoForce().ifPresent(d -> raw.add(entry(d, TimelineEventKind.AGREEMENT_ENTERED_INTO_FORCE, a.getId())));
    });
    portfolio.getAppointments().forEach(p -> addRange(raw, p.getPeriod(), TimelineEventKind.APPOINTMENT_STARTED,
        TimelineEventKind.APPOINTMENT_ENDED, p.getId()));
    portfolio.getActivities().forEach(a -> addRange(raw, a.getPeriod(), TimelineEventKind.ACTIVITY_STARTED,
        TimelineEventKind.ACTIVITY_ENDED, a.getId()));
    portfolio.getFigures().forEach(f -> f.getAsOf().ifPresent(d -> raw.add(entry(d, TimelineEventKind.FIGURE_AS_OF, f.getId()))));
    new TreeSet<>(portfolio.getObservations().stream().map(o -> o.getEdition()).toList())
        .forEach(year -> raw.add(entry(PartialDate.of(year), TimelineEventKind.SURVEY_EDITION, "un-egov-survey-" + year)));
    portfolio.getStatements().forEach(s -> s.getDate().ifPresent(d -> raw.add(entry(d, TimelineEventKind.STATEMENT_MADE, s.getId()))));
    portfolio.getSources().forEach(s -> s.getPublishedOn().ifPresent(d -> raw.add(entry(d, TimelineEventKind.SOURCE_PUBLISHED, s.getId()))));
    raw.sort(ORDER);
    List<TimelineEntry> ordered = new ArrayList<>(raw.size());
    TimelineEntry previous = null;
    LocalDate latestDayBefore = null; // the last day any earlier entry may be
    for (TimelineEntry entry : raw) {
      TemporalOrder order;
      if (previous == null || entry.date().firstDay().isAfter(latestDayBefore)) {
        order = TemporalOrder.AFTER;
      } else if (entry.date().orderWith(previous.date()) == TemporalOrder.SAME) {
        order = TemporalOrder.SAME;
      } else {
        order = TemporalOrder.UNCERTAIN;
      }
      ordered.add(entry.withOrderAfterPrevious(order));
      latestDayBefore = latestDayBefore == null || entry.date().lastDay().isAfter(latestDayBefore)
          ? entry.date().lastDay() : latestDayBefore;
      previous = entry;
    }
    return new Timeline(ordered);
  }

  private static void addRange(List<TimelineEntry> raw, Optional<PartialDateRange> period,
      TimelineEventKind started, TimelineEventKind ended, String id) {
    period.ifPresent(range -> {
      range.start().ifPresent(d -> raw.add(entry(d, started, id)));
      range.end().ifPresent(d -> raw.add(entry(d, ended, id)));
    });
  }

  private static TimelineEntry entry(PartialDate date, TimelineEventKind kind, String id) {
    return new TimelineEntry(date, kind, id, TemporalOrder.AFTER);
  }

  /** {@return the entries, in chronological order; unmodifiable} */
  public List<TimelineEntry> entries() {
    return entries;
  }

  /** {@return the entries whose place among the earlier entries the dates cannot settle} */
  public List<TimelineEntry> uncertainEntries() {
    return entries.stream().filter(e -> e.orderAfterPrevious() == TemporalOrder.UNCERTAIN).toList();
  }

  @Override
  public String toString() {
    StringBuilder out = new StringBuilder();
    entries.forEach(e -> out.append(e).append('\n'));
    return out.toString();
  }
}

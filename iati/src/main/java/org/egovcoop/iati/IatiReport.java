package org.egovcoop.iati;

import java.util.List;
import java.util.stream.Collectors;

/**
 * What an export did not write as the portfolio holds it, in the order the export met it: every
 * partial date and how it was written, every fact IATI cannot hold, every value derived, every
 * activity left out. Nothing is dropped silently.
 */
public final class IatiReport {

  private final List<ReportEntry> entries;

  /**
   * Holds a report's entries.
   *
   * @param entries the entries, in order
   */
  public IatiReport(List<ReportEntry> entries) {
    this.entries = List.copyOf(entries);
  }

  /** {@return every entry, in order} */
  public List<ReportEntry> entries() {
    return entries;
  }

  /**
   * {@return the entries of that kind, in order}
   *
   * @param kind a kind of entry
   */
  public List<ReportEntry> entries(ReportEntry.Kind kind) {
    return entries.stream().filter(e -> e.kind() == kind).toList();
  }

  /** {@return whether the export wrote every fact of the portfolio as it is} */
  public boolean isEmpty() {
    return entries.isEmpty();
  }

  /** {@return one line per entry} */
  @Override
  public String toString() {
    return entries.stream().map(ReportEntry::toString).collect(Collectors.joining("\n"));
  }
}

package org.egovcoop.iati;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.egovcoop.iati.internal.Export;
import org.egovcoop.portfolio.Portfolio;

/**
 * Writes the activities of a {@link Portfolio} as an IATI Activity Standard 2.03
 * {@code iati-activities} document, one {@code iati-activity} per activity, and reports every
 * fact it could not write as the portfolio holds it. The mapping, element by element, is in
 * {@code docs/iati.md}.
 *
 * <pre>{@code
 * IatiExport export = IatiExporter.builder()
 *     .reportingOrganization("kor-mois")          // its id in the portfolio, or its IATI reference
 *     .partialDates(PartialDateRule.FIRST_DAY)
 *     .asOf(LocalDate.of(2017, 11, 22))
 *     .build()
 *     .export(portfolio);
 * Files.write(path, export.xml());
 * export.report().entries().forEach(System.out::println);
 * }</pre>
 *
 * <p>The export is deterministic: equal portfolios and equal options give equal bytes. It reads
 * no clock: the {@linkplain Builder#asOf(LocalDate) as-of date} decides each activity's status and
 * whether a date is actual or planned.
 *
 * <p>An exporter is immutable and thread-safe.
 */
public final class IatiExporter {

  private final String reportingOrganization;
  private final PartialDateRule partialDates;
  private final LocalDate asOf;
  private final List<String> activities;

  private IatiExporter(Builder builder) {
    this.reportingOrganization = builder.reportingOrganization;
    this.partialDates = builder.partialDates;
    this.asOf = builder.asOf;
    this.activities = List.copyOf(builder.activities);
  }

  /** {@return a builder; the reporting organisation and the as-of date are required} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Exports the activities.
   *
   * @param portfolio a valid portfolio (as {@code ModelValidator} accepts)
   * @return the document and its report
   * @throws IatiExportException listing every problem if IATI cannot hold the export: organisations
   *     named without an IATI reference (all in one problem), an unknown reporting organisation or
   *     activity, or a selected activity without a start date, a participant in an IATI role, a
   *     recipient country or a sector
   */
  public IatiExport export(Portfolio portfolio) {
    Objects.requireNonNull(portfolio, "portfolio");
    Export.Outcome outcome = new Export(portfolio, reportingOrganization, partialDates, asOf, activities).run();
    if (!outcome.problems().isEmpty()) {
      throw new IatiExportException(outcome.problems());
    }
    return new IatiExport(outcome.xml(), outcome.identifiers(), new IatiReport(outcome.entries()));
  }

  /** {@return the reporting organisation's id or IATI reference} */
  public String reportingOrganization() {
    return reportingOrganization;
  }

  /** {@return how partial dates are written} */
  public PartialDateRule partialDates() {
    return partialDates;
  }

  /** {@return the date the export describes the activities at} */
  public LocalDate asOf() {
    return asOf;
  }

  /** {@return the ids of the activities to export; empty for every activity IATI can hold} */
  public List<String> activities() {
    return activities;
  }

  /** Builds an {@link IatiExporter}. */
  public static final class Builder {
    private String reportingOrganization;
    private PartialDateRule partialDates = PartialDateRule.FIRST_DAY;
    private LocalDate asOf;
    private final List<String> activities = new ArrayList<>();

    private Builder() {}

    /**
     * Sets the reporting organisation.
     *
     * @param idOrReference the reporting organisation: its id in the portfolio, or one of its
     *     registered identifiers' references ({@code GB-COH-01234567}); its IATI reference
     *     prefixes every activity's {@code iati-identifier}
     * @return this builder
     */
    public Builder reportingOrganization(String idOrReference) {
      this.reportingOrganization = Objects.requireNonNull(idOrReference, "idOrReference");
      return this;
    }

    /**
     * Sets how partial dates are written.
     *
     * @param rule how dates known only to the year or month are written; {@link PartialDateRule#FIRST_DAY}
     *     unless given
     * @return this builder
     */
    public Builder partialDates(PartialDateRule rule) {
      this.partialDates = Objects.requireNonNull(rule, "rule");
      return this;
    }

    /**
     * Sets the date the export describes the activities at.
     *
     * @param date the date the export describes the activities at, normally today: an activity
     *     that ended before it is closed, one that starts after it is in the pipeline, and a date
     *     after it is planned, not actual. IATI's rules forbid actual dates in the future, so it
     *     should not be later than the day the document is published.
     * @return this builder
     */
    public Builder asOf(LocalDate date) {
      this.asOf = Objects.requireNonNull(date, "date");
      return this;
    }

    /**
     * Selects activities to export, in the order given. Without a selection, every activity IATI
     * can hold is exported and the others are listed in the report as
     * {@link ReportEntry.Kind#SKIPPED}; a selected activity IATI cannot hold refuses the export.
     *
     * @param ids the activities' ids
     * @return this builder
     */
    public Builder activities(List<String> ids) {
      ids.forEach(id -> activities.add(Objects.requireNonNull(id, "activity id")));
      return this;
    }

    /**
     * Selects activities to export, in the order given; see {@link #activities(List)}.
     *
     * @param ids the activities' ids
     * @return this builder
     */
    public Builder activities(String... ids) {
      return activities(List.of(ids));
    }

    /**
     * {@return the exporter}
     *
     * @throws IllegalStateException naming every required option not given
     */
    public IatiExporter build() {
      List<String> missing = new ArrayList<>();
      if (reportingOrganization == null) {
        missing.add("reportingOrganization");
      }
      if (asOf == null) {
        missing.add("asOf");
      }
      if (!missing.isEmpty()) {
        throw new IllegalStateException("Cannot build IatiExporter, some of required options are not set "
            + missing + ": expected the reporting organisation's id or IATI reference, and the as-of date");
      }
      return new IatiExporter(this);
    }
  }
}

package org.egovcoop.examples.cli;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.egovcoop.actor.Organization;
import org.egovcoop.actor.RegisteredIdentifier;
import org.egovcoop.iati.IatiExport;
import org.egovcoop.iati.IatiExporter;
import org.egovcoop.iati.PartialDateRule;
import org.egovcoop.portfolio.Portfolio;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * The options of an IATI export, shared by {@code egovcoop iati} and {@code egovcoop demo --iati}
 * (a picocli mixin), and the export they describe.
 */
final class IatiOptions {

  @Option(names = "--reporting-org", paramLabel = "REF",
      description = "The reporting organisation: its id in the file, or its IATI reference (SCHEME-IDENTIFIER)."
          + " Default: the one organisation that publishes the portfolio's sources, if there is one.")
  String reportingOrg;

  @Option(names = "--partial-dates", paramLabel = "RULE", defaultValue = "first-day",
      converter = RuleConverter.class,
      description = "How a date known only to the year or month is written: first-day (2013 as 2013-01-01),"
          + " last-day (2013 as 2013-12-31) or omit. Every such date is listed in the report. Default: ${DEFAULT-VALUE}.")
  PartialDateRule partialDates;

  @Option(names = "--as-of", paramLabel = "DATE",
      description = "The date the activities are described at (yyyy-MM-dd): it decides their status and whether a"
          + " date is actual or planned. Default: today (UTC).")
  LocalDate asOf;

  @Option(names = "--activity", paramLabel = "ID",
      description = "Export this activity (repeatable). Default: every activity IATI can hold; the others are"
          + " listed in the report as skipped.")
  List<String> activities = new ArrayList<>();

  @Option(names = "--identifier", paramLabel = "ORG=SCHEME-IDENTIFIER",
      description = "Give organisation ORG of the file a registered identifier for this export, in org-id.guide's"
          + " form, such as kor-mois=XI-WIKIDATA-Q123 (repeatable). The file is not changed.")
  Map<String, String> identifiers = new LinkedHashMap<>();

  /** Reads a rule by its code. */
  static final class RuleConverter implements picocli.CommandLine.ITypeConverter<PartialDateRule> {
    @Override
    public PartialDateRule convert(String value) {
      return PartialDateRule.ofCode(value);
    }
  }

  /**
   * {@return the portfolio with the identifiers given on the command line added to its organisations}
   *
   * @param spec the command, for errors in its arguments
   * @param portfolio the portfolio, valid
   * @throws ParameterException naming the argument if an organisation is unknown or an identifier malformed
   */
  Portfolio withIdentifiers(CommandSpec spec, Portfolio portfolio) {
    Map<String, RegisteredIdentifier> given = new LinkedHashMap<>();
    identifiers.forEach((org, reference) -> {
      if (portfolio.getOrganizations().stream().noneMatch(o -> o.getId().equals(org))) {
        throw new ParameterException(spec.commandLine(), "--identifier " + org + "=" + reference + ": '" + org
            + "' is not an organization of portfolio '" + portfolio.getId() + "'");
      }
      try {
        given.put(org, RegisteredIdentifier.parse(reference));
      } catch (IllegalArgumentException e) {
        throw new ParameterException(spec.commandLine(), "--identifier " + org + "=" + reference + ": " + e.getMessage());
      }
    });
    if (given.isEmpty()) {
      return portfolio;
    }
    List<Organization> organizations = new ArrayList<>();
    for (Organization o : portfolio.getOrganizations()) {
      RegisteredIdentifier identifier = given.get(o.getId());
      if (identifier == null) {
        organizations.add(o);
        continue;
      }
      // The identifier given comes first, so that it is the one the export uses; one of the same scheme is replaced.
      List<RegisteredIdentifier> all = new ArrayList<>(List.of(identifier));
      o.getIdentifiers().stream().filter(i -> !i.getScheme().equals(identifier.getScheme())).forEach(all::add);
      organizations.add(Organization.builder().from(o).identifiers(all).build());
    }
    return Portfolio.builder().from(portfolio).organizations(organizations).build();
  }

  /**
   * {@return the export}
   *
   * @param spec the command, for errors in its arguments
   * @param portfolio the portfolio, with its identifiers
   * @throws ParameterException if no reporting organisation is given and the portfolio does not tell
   * @throws org.egovcoop.iati.IatiExportException if IATI cannot hold the export
   */
  IatiExport export(CommandSpec spec, Portfolio portfolio) {
    return IatiExporter.builder()
        .reportingOrganization(reportingOrg != null ? reportingOrg : publisher(spec, portfolio))
        .partialDates(partialDates)
        .asOf(asOf != null ? asOf : LocalDate.now(ZoneOffset.UTC))
        .activities(activities)
        .build()
        .export(portfolio);
  }

  private static String publisher(CommandSpec spec, Portfolio portfolio) {
    List<String> publishers = portfolio.getSources().stream().flatMap(s -> s.getPublisherId().stream()).distinct()
        .toList();
    if (publishers.size() != 1) {
      throw new ParameterException(spec.commandLine(), "--reporting-org REF is needed: the sources of portfolio '"
          + portfolio.getId() + "' have " + (publishers.isEmpty() ? "no publisher"
              : publishers.size() + " publishers (" + String.join(", ", publishers) + ")"));
    }
    return publishers.get(0);
  }

  /** {@return whether any option of the export was given} */
  boolean anyGiven() {
    return reportingOrg != null || asOf != null || !activities.isEmpty() || !identifiers.isEmpty()
        || partialDates != PartialDateRule.FIRST_DAY;
  }
}

package org.egovcoop.examples.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.egovcoop.activity.Activity;
import org.egovcoop.actor.Appointment;
import org.egovcoop.actor.Organization;
import org.egovcoop.actor.Person;
import org.egovcoop.agreement.Agreement;
import org.egovcoop.agreement.AreaPurpose;
import org.egovcoop.agreement.Party;
import org.egovcoop.area.CooperationArea;
import org.egovcoop.examples.PressRelease2017;
import org.egovcoop.geo.CountryCode;
import org.egovcoop.json.EgovJson;
import org.egovcoop.metric.Figure;
import org.egovcoop.portfolio.Portfolio;
import org.egovcoop.portfolio.TimelineEntry;
import org.egovcoop.survey.IndexSeries;
import org.egovcoop.survey.SurveyIndex;
import org.egovcoop.time.TemporalOrder;
import org.egovcoop.validation.ModelValidator;
import org.egovcoop.validation.Violation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code egovcoop demo}: builds the founding press release (Korea and Uzbekistan's MOU of
 * 22 November 2017) with egovcoop's builders, validates it, and prints what the model knows.
 * Everything printed comes from queries on the {@link Portfolio}; nothing is typed in twice.
 * With {@code --output FILE} it also writes the portfolio as JSON, the way a program would:
 * {@code EgovJson.create().indented().writePortfolio(portfolio)}.
 */
@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    description = {
      "Builds the press release of 22 November 2017 on the Korea–Uzbekistan e-government MOU"
          + " with egovcoop's builders, validates it and prints a summary: parties and signatories,"
          + " areas by purpose, lineage, timeline, Uzbekistan's rank change and the exports figure.",
      "With --output, also writes the portfolio as an egovcoop JSON document (docs/json-format.md).",
      "With --iati, also shows the press-release activities as IATI 2.03 XML and what IATI could not hold"
          + " (docs/iati.md). The release names no registered identifiers, so give the organisations the export"
          + " names theirs with --identifier; without them the demo lists the organisations that need one.",
      "",
      "Example: egovcoop demo --output press-release-2017.json --without-personal-data"
    })
final class DemoCommand implements Callable<Integer> {

  private static final Locale ENGLISH = Locale.ENGLISH;

  @Spec
  CommandSpec spec;

  @Option(names = "--output", paramLabel = "FILE",
      description = "Also write the portfolio to FILE as an indented egovcoop JSON document, replacing FILE if it exists."
          + " Default: no file is written.")
  Path output;

  @Option(names = "--iati",
      description = "Also show the press-release activities as IATI 2.03 XML, with the report of what IATI could not"
          + " hold; the options below shape the export.")
  boolean iati;

  @Mixin
  IatiOptions iatiOptions;

  @Option(names = "--without-personal-data",
      description = "With --output: leave out what is personal data (names of people, phone numbers, e-mail addresses).")
  boolean withoutPersonalData;

  @Override
  public Integer call() {
    if (withoutPersonalData && output == null) {
      throw new ParameterException(spec.commandLine(), "--without-personal-data goes with --output FILE");
    }
    if (!iati && iatiOptions.anyGiven()) {
      throw new ParameterException(spec.commandLine(), "--reporting-org, --partial-dates, --as-of, --activity and"
          + " --identifier go with --iati");
    }
    PrintWriter out = spec.commandLine().getOut();
    Portfolio portfolio = PressRelease2017.portfolio();

    List<Violation> violations = ModelValidator.create().withLocale(ENGLISH).validate(portfolio);
    if (!violations.isEmpty()) {
      violations.forEach(v -> spec.commandLine().getErr().println("invalid: " + v));
      return EgovcoopCommand.INVALID_INPUT;
    }
    // Written before anything is printed, so that an unwritable file is the command's only output.
    String written = output == null ? null : writeJson(portfolio);

    out.println(portfolio.getTitle().in(ENGLISH));
    out.println("Valid: the validator found no problem.");
    Agreement mou = portfolio.findAgreement(PressRelease2017.MOU_2017).orElseThrow();
    printAgreement(out, portfolio, mou);
    printLineage(out, portfolio, mou);
    printTimeline(out, portfolio);
    printMetrics(out, portfolio);
    out.println();
    out.println(written != null ? written
        : "JSON: add --output FILE to write this portfolio as an egovcoop JSON document.");
    if (!iati) {
      out.flush();
      return 0;
    }
    out.println();
    out.println("IATI 2.03 (docs/iati.md):");
    out.flush();
    Portfolio identified = iatiOptions.withIdentifiers(spec, portfolio);
    return IatiCommand.write(spec, iatiOptions, identified, null, out);
  }

  /** {@return the line that says what was written where} */
  private String writeJson(Portfolio portfolio) {
    EgovJson json = EgovJson.create().indented();
    if (withoutPersonalData) {
      json = json.withoutPersonalData();
    }
    byte[] document = json.writePortfolio(portfolio);
    try {
      Files.write(output, document);
    } catch (IOException e) {
      throw CommandFailure.cannot("write", output, e);
    }
    return "JSON: wrote " + output + " (" + document.length + " bytes"
        + (withoutPersonalData ? ", without personal data" : "") + "); check it with: egovcoop validate " + output;
  }

  private static void printAgreement(PrintWriter out, Portfolio portfolio, Agreement mou) {
    Map<String, Organization> organizations = byId(portfolio.getOrganizations(), Organization::getId);
    Map<String, Appointment> appointments = byId(portfolio.getAppointments(), Appointment::getId);
    Map<String, Person> persons = byId(portfolio.getPersons(), Person::getId);

    out.println();
    out.println(mou.getTitle().in(ENGLISH) + " (" + mou.getId() + ")");
    out.println("  signed " + mou.getSignedOn().map(Object::toString).orElse("on an unknown date")
        + mou.getSignedAt().map(place -> " at " + place.getName().in(ENGLISH) + ", " + place.getCountry()).orElse(""));
    out.println("  parties and signatories:");
    for (Party party : mou.getParties()) {
      out.println("    " + party.getCountry() + "  " + organizations.get(party.getOrganizationId()).getName().in(ENGLISH));
      // A signatory is a post held at the time of signing, which names the person.
      party.getSignatoryAppointmentId().map(appointments::get).ifPresent(post -> out.println("         signed by "
          + persons.get(post.getPersonId()).getName().map(n -> n.in(ENGLISH)).orElse(post.getPersonId())
          + ", " + post.getPost().in(ENGLISH)));
    }
    // The release names two lists with different purposes: areas to cooperate in, and areas
    // in which Uzbekistan benchmarks Korea's leading cases.
    out.println("  areas by purpose:");
    for (AreaPurpose purpose : AreaPurpose.values()) {
      List<CooperationArea> areas = mou.areasFor(purpose);
      if (!areas.isEmpty()) {
        out.printf("    %-13s %s%n", label(purpose), areas.stream().map(a -> a.getName().in(ENGLISH))
            .collect(Collectors.joining(", ")));
      }
    }
  }

  private static void printLineage(PrintWriter out, Portfolio portfolio, Agreement mou) {
    out.println();
    out.println("Lineage: " + portfolio.lineageOf(mou.getId()).stream()
        .map(a -> a.getId() + " (" + a.getSignedOn().map(Object::toString).orElse("undated") + ")")
        .collect(Collectors.joining(" → ")));
    for (Agreement agreement : portfolio.lineageOf(mou.getId())) {
      List<Activity> activities = portfolio.activitiesUnder(agreement.getId());
      if (!activities.isEmpty()) {
        out.println("Activities under " + agreement.getId() + ":");
        for (Activity activity : activities) {
          out.printf("  %-10s %s%n", activity.getPeriod().map(Object::toString).orElse("undated"),
              activity.getTitle().in(ENGLISH));
        }
      }
    }
  }

  private static void printTimeline(PrintWriter out, Portfolio portfolio) {
    out.println();
    out.println("Timeline (? = may come before an earlier entry, = = same day as the entry above):");
    for (TimelineEntry entry : portfolio.timeline().entries()) {
      out.printf("  %-10s %s %-28s %s%n", entry.date(), marker(entry.orderAfterPrevious()),
          entry.kind().name().toLowerCase(Locale.ROOT).replace('_', ' '), entry.subjectId());
    }
  }

  private static void printMetrics(PrintWriter out, Portfolio portfolio) {
    out.println();
    IndexSeries uzbekistan = portfolio.indexSeries(SurveyIndex.EGDI, CountryCode.UZB);
    uzbekistan.rankChange(2014, 2016).ifPresent(change -> out.println(
        "UN E-Government Survey, Uzbekistan's EGDI rank of " + change.to().getNumberAssessed() + ", 2014 → 2016: " + change));
    for (Figure figure : portfolio.getFigures()) {
      // A figure keeps its qualifier: the release says "more than" USD 180 million.
      out.println(figure.getDescription().in(ENGLISH) + ": " + figure.getQuantity()
          + figure.getFromCountry().map(from -> " " + from).orElse("")
          + figure.getToCountry().map(to -> " → " + to).orElse("")
          + figure.getAsOf().map(date -> ", as of " + date).orElse(""));
    }
  }

  private static String label(AreaPurpose purpose) {
    return purpose.name().toLowerCase(Locale.ROOT);
  }

  private static String marker(TemporalOrder order) {
    return order == TemporalOrder.UNCERTAIN ? "?" : order == TemporalOrder.SAME ? "=" : " ";
  }

  private static <T> Map<String, T> byId(List<T> items, Function<T, String> id) {
    return items.stream().collect(Collectors.toMap(id, Function.identity()));
  }
}

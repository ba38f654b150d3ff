package org.egovcoop.iati.internal;

import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.egovcoop.activity.Activity;
import org.egovcoop.activity.Participation;
import org.egovcoop.activity.ParticipationRole;
import org.egovcoop.actor.Organization;
import org.egovcoop.actor.OrganizationKind;
import org.egovcoop.actor.RegisteredIdentifier;
import org.egovcoop.agreement.Agreement;
import org.egovcoop.agreement.AgreementArea;
import org.egovcoop.agreement.AgreementKind;
import org.egovcoop.agreement.AgreementRelation;
import org.egovcoop.agreement.AreaPurpose;
import org.egovcoop.geo.CountryCode;
import org.egovcoop.iati.PartialDateRule;
import org.egovcoop.iati.ReportEntry;
import org.egovcoop.iati.ReportEntry.Kind;
import org.egovcoop.portfolio.Portfolio;
import org.egovcoop.source.Source;
import org.egovcoop.text.LocalizedText;
import org.egovcoop.time.DatePrecision;
import org.egovcoop.time.PartialDate;
import org.egovcoop.time.PartialDateRange;

/**
 * One export of a portfolio: plans every activity (what each element will hold), collects every
 * problem that makes the export impossible, then writes the document. The mapping is documented
 * field by field in {@code docs/iati.md}. Internal: not exported.
 */
public final class Export {

  /** IATI DocumentCategory A09, "Memorandum of understanding (if agreed by all parties)". */
  static final String MOU_CATEGORY = "A09";
  /** IATI DocumentCategory A11, "Contract". */
  static final String CONTRACT_CATEGORY = "A11";
  /** IATI SectorVocabulary 1, OECD DAC CRS purpose codes (5 digit). */
  static final String CRS_VOCABULARY = "1";
  /** IATI description type 1, "General". */
  static final String GENERAL_DESCRIPTION = "1";

  /** The result: either the problems that refuse the export, or the document and its report. */
  public record Outcome(List<String> problems, byte[] xml, List<String> identifiers, List<ReportEntry> entries) {}

  private final Portfolio portfolio;
  private final String reportingOrganization;
  private final PartialDateRule rule;
  private final LocalDate asOf;
  private final List<String> selected;

  private final Set<String> languages = Standard.codes("Language");
  private final Set<String> countries = Standard.codes("Country");
  private final Set<String> sectors = Standard.codes("Sector");
  private final Set<String> registers = Standard.codes("OrganisationRegistrationAgency");

  private final Map<String, Integer> organizationIndex = new LinkedHashMap<>();
  private final Map<String, Integer> agreementIndex = new LinkedHashMap<>();
  private final Map<String, Source> sources = new LinkedHashMap<>();
  private final Set<ReportEntry> entries = new LinkedHashSet<>();
  private final List<String> problems = new ArrayList<>();
  /** Organisations the document names without a usable IATI reference, by id, with why. */
  private final Map<String, String> unreferenced = new LinkedHashMap<>();

  /**
   * Prepares one export.
   *
   * @param portfolio the portfolio, valid
   * @param reportingOrganization the reporting organisation's id or IATI reference
   * @param rule how partial dates are written
   * @param asOf the date the export describes the activities at: it decides status, and whether
   *     a date is actual or planned
   * @param selected the ids of the activities to export; empty for every activity IATI can hold
   */
  public Export(Portfolio portfolio, String reportingOrganization, PartialDateRule rule, LocalDate asOf,
      List<String> selected) {
    this.portfolio = portfolio;
    this.reportingOrganization = reportingOrganization;
    this.rule = rule;
    this.asOf = asOf;
    this.selected = List.copyOf(selected);
    for (int i = 0; i < portfolio.getOrganizations().size(); i++) {
      organizationIndex.putIfAbsent(portfolio.getOrganizations().get(i).getId(), i);
    }
    for (int i = 0; i < portfolio.getAgreements().size(); i++) {
      agreementIndex.putIfAbsent(portfolio.getAgreements().get(i).getId(), i);
    }
    portfolio.getSources().forEach(s -> sources.putIfAbsent(s.getId(), s));
  }

  // ------------------------------------------------------------------ plans

  record Narrative(String language, String text) {}

  record Org(String ref, String type, String role, List<Narrative> names) {}

  record Dated(String type, LocalDate date) {}

  record Share(String code, String percentage) {}

  record Link(String url, String format, String category, List<Narrative> title, List<String> languages,
      Optional<LocalDate> date) {}

  record Plan(String identifier, List<Narrative> title, List<Narrative> description, List<Org> participants,
      String status, List<Dated> dates, List<Share> countries, List<Share> sectors, List<Link> links) {}

  /** The problems of one activity, which refuse it; and the report entries it would add. */
  private static final class Findings {
    final List<String> problems = new ArrayList<>();
    final List<ReportEntry> entries = new ArrayList<>();
  }

  // ------------------------------------------------------------------ run

  /** {@return the outcome} */
  public Outcome run() {
    Optional<Organization> reporter = reporter();
    Findings reporterFindings = new Findings();
    Org reporting = reporter.map(o -> organization(o, null, pointerOf(o), reporterFindings)).orElse(null);
    entries.addAll(reporterFindings.entries);
    reporterFindings.problems.forEach(p -> problems.add("reportingOrganization '" + reportingOrganization + "': " + p));
    String reportingRef = reporting == null || reporting.ref() == null ? "REF" : reporting.ref();

    List<Activity> candidates = candidates();
    List<Plan> plans = new ArrayList<>();
    Set<String> exported = new LinkedHashSet<>();
    for (Activity activity : candidates) {
      int index = portfolio.getActivities().indexOf(activity);
      Findings findings = new Findings();
      Map<String, String> unreferencedBefore = new LinkedHashMap<>(unreferenced);
      Plan plan = plan(activity, "/activities/" + index, reportingRef, findings);
      if (findings.problems.isEmpty()) {
        plans.add(plan);
        exported.add(activity.getId());
        entries.addAll(findings.entries);
      } else if (selected.isEmpty()) {
        // Every activity was asked for: one IATI cannot hold is left out, and said so.
        unreferenced.clear();
        unreferenced.putAll(unreferencedBefore);
        entries.add(new ReportEntry(Kind.SKIPPED, "/activities/" + index, "activity '" + activity.getId()
            + "' not exported: " + String.join("; ", findings.problems)));
      } else {
        findings.problems.forEach(p -> problems.add("activity '" + activity.getId() + "': " + p));
      }
    }
    if (reporter.isPresent() && plans.isEmpty() && problems.isEmpty()) {
      problems.add("activities: no activity of portfolio '" + portfolio.getId() + "' can be exported: expected at"
          + " least one with a start date, a participant in an IATI role, a recipient country and a sector"
          + " (the skipped activities follow)");
    }
    if (!unreferenced.isEmpty()) {
      problems.add(0, "organizations without an IATI reference (" + unreferenced.size() + "): "
          + String.join("; ", unreferenced.values()) + ": expected each to hold a registered identifier in a scheme of"
          + " IATI's OrganisationRegistrationAgency code list (org-id.guide), with none of / & | ?");
    }
    if (!problems.isEmpty()) {
      List<String> all = new ArrayList<>(problems);
      if (!entries.isEmpty()) {
        entries.stream().filter(e -> e.kind() == Kind.SKIPPED).forEach(e -> all.add("skipped " + e.pointer() + ": "
            + e.message()));
      }
      return new Outcome(all, null, List.of(), List.copyOf(entries));
    }
    reportPortfolio(exported, reporter.get().getId());
    byte[] xml = write(reporting, plans);
    return new Outcome(List.of(), xml, plans.stream().map(Plan::identifier).toList(), List.copyOf(entries));
  }

  private Optional<Organization> reporter() {
    for (Organization o : portfolio.getOrganizations()) {
      if (o.getId().equals(reportingOrganization)) {
        return Optional.of(o);
      }
    }
    for (Organization o : portfolio.getOrganizations()) {
      if (o.getIdentifiers().stream().anyMatch(i -> i.reference().equals(reportingOrganization))) {
        return Optional.of(o);
      }
    }
    problems.add("reportingOrganization '" + reportingOrganization + "': no organization of portfolio '"
        + portfolio.getId() + "' has that id or IATI reference: expected one of "
        + portfolio.getOrganizations().stream().map(Organization::getId).collect(Collectors.joining(", ")));
    return Optional.empty();
  }

  private List<Activity> candidates() {
    if (selected.isEmpty()) {
      return portfolio.getActivities();
    }
    List<Activity> chosen = new ArrayList<>();
    for (String id : selected) {
      Optional<Activity> activity = portfolio.getActivities().stream().filter(a -> a.getId().equals(id)).findFirst();
      if (activity.isEmpty()) {
        problems.add("activities: '" + id + "' is not an activity of portfolio '" + portfolio.getId()
            + "': expected one of " + portfolio.getActivities().stream().map(Activity::getId)
                .collect(Collectors.joining(", ")));
      } else if (!chosen.contains(activity.get())) {
        chosen.add(activity.get());
      }
    }
    return chosen;
  }

  // ------------------------------------------------------------------ planning

  private Plan plan(Activity activity, String at, String reportingRef, Findings findings) {
    String what = "activity '" + activity.getId() + "'";
    List<Narrative> title = narratives(activity.getTitle(), at + "/title", what + " title", findings);
    if (title.isEmpty()) {
      findings.problems.add("title " + activity.getTitle() + ": no text in a language of IATI's Language code list");
    }
    findings.entries.add(new ReportEntry(Kind.DERIVED, at + "/title", what + ": IATI requires a description, which"
        + " the model does not hold; the title is written as the description (type 1, general)"));
    findings.entries.add(new ReportEntry(Kind.NOT_CARRIED, at + "/kind", what + ": kind '"
        + activity.getKind().name().toLowerCase(Locale.ROOT).replace('_', '-') + "' not carried: IATI has no"
        + " element for the kind of work"));

    List<Org> participants = new ArrayList<>();
    for (int i = 0; i < activity.getParticipants().size(); i++) {
      Participation p = activity.getParticipants().get(i);
      String role = role(p.getRole());
      String pointer = at + "/participants/" + i;
      if (role == null) {
        findings.entries.add(new ReportEntry(Kind.NOT_CARRIED, pointer, what + ": participant '" + p.getOrganizationId()
            + "' in role " + p.getRole().name().toLowerCase(Locale.ROOT) + " not carried: IATI's OrganisationRole"
            + " code list has funding, accountable, extending and implementing only"));
        continue;
      }
      organization(p.getOrganizationId()).ifPresent(o -> participants.add(organization(o, role, pointer, findings)));
    }
    if (participants.isEmpty()) {
      findings.problems.add("participants: none in a role IATI holds (funding, accountable, implementing): IATI"
          + " requires at least one participating-org");
    }

    List<Dated> dates = dates(activity, at, what, findings);
    String status = status(activity.getPeriod(), dates);

    List<Share> recipients = recipients(activity, at, what, findings);
    List<Share> sectorShares = sectors(activity, what, findings);
    List<Link> links = links(activity, what, findings);

    activity.getPlace().ifPresent(place -> findings.entries.add(new ReportEntry(Kind.NOT_CARRIED, at + "/place",
        what + ": the place's name " + place.getName() + " not carried; its country is the recipient country")));
    if (!activity.getAppointmentIds().isEmpty()) {
      findings.entries.add(new ReportEntry(Kind.NOT_CARRIED, at + "/appointmentIds", what + ": appointments "
          + String.join(", ", activity.getAppointmentIds()) + " not carried: IATI names organisations, not people"
          + " in posts"));
    }
    return new Plan(reportingRef + "-" + activity.getId(), title, title, participants, status, dates, recipients,
        sectorShares, links);
  }

  private Optional<Organization> organization(String id) {
    Integer index = organizationIndex.get(id);
    return index == null ? Optional.empty() : Optional.of(portfolio.getOrganizations().get(index));
  }

  private String pointerOf(Organization o) {
    return "/organizations/" + organizationIndex.get(o.getId());
  }

  private Org organization(Organization o, String role, String pointer, Findings findings) {
    // The reporting organisation named by one of its references is written with that one.
    Optional<RegisteredIdentifier> reference = o.getIdentifiers().stream().filter(this::usable)
        .filter(i -> i.reference().equals(reportingOrganization)).findFirst()
        .or(() -> o.getIdentifiers().stream().filter(this::usable).findFirst());
    if (reference.isEmpty()) {
      String why = o.getIdentifiers().isEmpty() ? "no registered identifier"
          : "identifiers " + o.getIdentifiers().stream().map(RegisteredIdentifier::reference)
              .collect(Collectors.joining(", "))
              + " in no scheme IATI lists, or holding / & | ? or characters XML cannot hold";
      unreferenced.putIfAbsent(o.getId(), "'" + o.getId() + "' (" + o.getName().in(Locale.ENGLISH) + ", " + why + ")");
    }
    List<Narrative> names = narratives(o.getName(), pointerOf(o) + "/name", "organization '" + o.getId() + "' name",
        findings);
    if (role == null && names.isEmpty()) {
      problems.add("reportingOrganization '" + o.getId() + "': name " + o.getName() + " has no text in a language of"
          + " IATI's Language code list, and IATI requires the reporting organisation's name");
    }
    return new Org(reference.map(RegisteredIdentifier::reference).orElse(null), type(o.getKind()), role, names);
  }

  /** A reference IATI can use: a listed scheme, none of / & | ? (rulesets 1.x.13), nothing XML cannot hold. */
  private boolean usable(RegisteredIdentifier identifier) {
    String id = identifier.getIdentifier();
    return registers.contains(identifier.getScheme()) && id.chars().noneMatch(c -> "/&|?".indexOf(c) >= 0)
        && firstNonXmlCharacter(id) < 0;
  }

  /** IATI OrganisationRole: 1 funding, 2 accountable, 3 extending, 4 implementing. */
  static String role(ParticipationRole role) {
    return switch (role) {
      case FUNDING -> "1";
      case ACCOUNTABLE -> "2";
      case IMPLEMENTING -> "4";
      case BENEFICIARY, HOST -> null;
    };
  }

  /** IATI OrganisationType: 10 government, 40 multilateral, 70 private sector, 80 academic, 90 other. */
  static String type(OrganizationKind kind) {
    return switch (kind) {
      case GOVERNMENT, MINISTRY, DIVISION, AGENCY -> "10";
      case INTERNATIONAL_ORGANIZATION -> "40";
      case COMPANY -> "70";
      case UNIVERSITY -> "80";
      case OTHER -> "90";
    };
  }

  private List<Narrative> narratives(LocalizedText text, String pointer, String what, Findings findings) {
    List<Narrative> out = new ArrayList<>();
    for (Map.Entry<String, String> entry : text.asMap().entrySet()) {
      String tag = entry.getKey();
      String language = Locale.forLanguageTag(tag).getLanguage();
      int bad = firstNonXmlCharacter(entry.getValue());
      if (bad >= 0) {
        findings.problems.add(what + " (" + tag + ") holds U+" + String.format("%04X", entry.getValue().codePointAt(bad))
            + " at index " + bad + ": expected characters XML 1.0 can hold");
      } else if (!languages.contains(language)) {
        findings.entries.add(new ReportEntry(Kind.NOT_CARRIED, pointer + "/" + tag, what + " in '" + tag
            + "' not carried: IATI's Language code list has no code '" + language + "'"));
      } else {
        if (!language.equals(tag)) {
          findings.entries.add(new ReportEntry(Kind.DERIVED, pointer + "/" + tag, what + " in '" + tag
              + "' written with xml:lang '" + language + "': IATI's Language code list holds ISO 639-1 codes,"
              + " without script or region"));
        }
        out.add(new Narrative(language, entry.getValue()));
      }
    }
    return out;
  }

  /** {@return the index of the first character XML 1.0 cannot hold, or -1} */
  static int firstNonXmlCharacter(String text) {
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      boolean ok = c == 0x9 || c == 0xA || c == 0xD || c >= 0x20 && c <= 0xD7FF || c >= 0xE000 && c <= 0xFFFD
          || c >= 0x10000 && c <= 0x10FFFF;
      if (!ok) {
        return i;
      }
      i += Character.charCount(c);
    }
    return -1;
  }

  private Optional<LocalDate> date(PartialDate date, String pointer, String what, List<ReportEntry> out) {
    Optional<LocalDate> written = rule.apply(date);
    if (date.precision() != DatePrecision.DAY) {
      String precision = date.precision() == DatePrecision.YEAR ? "year" : "month";
      out.add(new ReportEntry(Kind.PARTIAL_DATE, pointer, what + " " + date + " (known to the " + precision + ") "
          + written.map(d -> "written as " + d + ", the " + (rule == PartialDateRule.FIRST_DAY ? "first" : "last")
              + " day of its period").orElse("left out") + " (rule " + rule.code() + ")"));
    }
    return written;
  }

  private List<Dated> dates(Activity activity, String at, String what, Findings findings) {
    List<Dated> dates = new ArrayList<>();
    Optional<PartialDateRange> period = activity.getPeriod();
    Optional<LocalDate> start = period.flatMap(PartialDateRange::start)
        .flatMap(d -> date(d, at + "/period", what + " start", findings.entries));
    Optional<LocalDate> end = period.flatMap(PartialDateRange::end)
        .flatMap(d -> date(d, at + "/period", what + " end", findings.entries));
    if (start.isEmpty()) {
      findings.problems.add("period " + period.map(Object::toString).orElse("(none)") + ": no start date"
          + (period.flatMap(PartialDateRange::start).isPresent() ? " under rule " + rule.code() : "")
          + ": IATI requires a planned or actual start date (ruleset 6.11.1)");
      return dates;
    }
    dates.add(new Dated(start.get().isAfter(asOf) ? "1" : "2", start.get()));
    if (end.isPresent() && end.get().isBefore(start.get())) {
      findings.entries.add(new ReportEntry(Kind.NOT_CARRIED, at + "/period", what + " end written as " + end.get()
          + " would precede the start written as " + start.get() + "; the end date is left out"));
    } else {
      end.ifPresent(e -> dates.add(new Dated(e.isAfter(asOf) ? "3" : "4", e)));
    }
    return dates;
  }

  /**
   * IATI ActivityStatus, in step with the dates written: pipeline (1) when the start is planned,
   * closed (4) when an actual end is written or, with no end written, the model's end is certainly
   * before the as-of date; implementation (2) otherwise.
   */
  private String status(Optional<PartialDateRange> period, List<Dated> dates) {
    if (dates.stream().anyMatch(d -> d.type().equals("1"))) {
      return "1";
    }
    boolean endWritten = dates.stream().anyMatch(d -> d.type().equals("3") || d.type().equals("4"));
    if (dates.stream().anyMatch(d -> d.type().equals("4"))
        || !endWritten && period.flatMap(PartialDateRange::end).map(e -> e.lastDay().isBefore(asOf)).orElse(false)) {
      return "4";
    }
    return "2";
  }

  private List<Share> recipients(Activity activity, String at, String what, Findings findings) {
    Set<CountryCode> chosen = new TreeSet<>();
    if (activity.getPlace().isPresent()) {
      chosen.add(activity.getPlace().get().getCountry());
    } else {
      for (Participation p : activity.getParticipants()) {
        if (p.getRole() == ParticipationRole.BENEFICIARY || p.getRole() == ParticipationRole.HOST) {
          organization(p.getOrganizationId()).ifPresent(o -> chosen.add(o.getCountry()));
        }
      }
    }
    List<String> codes = new ArrayList<>();
    for (CountryCode country : chosen) {
      if (countries.contains(country.alpha2())) {
        codes.add(country.alpha2());
      } else {
        findings.entries.add(new ReportEntry(Kind.NOT_CARRIED, at, what + ": recipient country " + country
            + " not carried: IATI's Country code list has no code '" + country.alpha2() + "'"));
      }
    }
    if (codes.isEmpty()) {
      findings.problems.add("recipient country: none found: expected a place, or a beneficiary or host participant,"
          + " in a country of IATI's Country code list (ruleset 3.7.1)");
    }
    return shares(codes);
  }

  /** {@return the indexes in the portfolio of the agreements an activity is under, by agreement id} */
  private List<Integer> agreementsOf(Activity activity) {
    return new TreeSet<>(activity.getAgreementIds()).stream().map(agreementIndex::get).filter(i -> i != null).toList();
  }

  private List<Share> sectors(Activity activity, String what, Findings findings) {
    Set<Integer> codes = new TreeSet<>();
    for (int index : agreementsOf(activity)) {
      List<AgreementArea> areas = portfolio.getAgreements().get(index).getAreas();
      for (int i = 0; i < areas.size(); i++) {
        AgreementArea area = areas.get(i);
        if (area.getPurpose() != AreaPurpose.COOPERATION) {
          continue;
        }
        for (int crs : new TreeSet<>(area.getArea().getCrsPurposeCodes())) {
          if (sectors.contains(Integer.toString(crs))) {
            codes.add(crs);
          } else {
            findings.entries.add(new ReportEntry(Kind.NOT_CARRIED, "/agreements/" + index + "/areas/" + i, "area '"
                + area.getArea().getCode() + "': CRS purpose code " + crs + " not carried: it is not in IATI's"
                + " Sector code list"));
          }
        }
      }
    }
    if (codes.isEmpty()) {
      findings.problems.add("sectors: none: expected the cooperation areas of its agreements to map to at least one"
          + " OECD DAC CRS purpose code of IATI's Sector code list (ruleset 6.2.2)");
    }
    return shares(codes.stream().map(String::valueOf).toList());
  }

  /** Splits 100 among the codes in hundredths, the remainder to the first: 33.34, 33.33, 33.33. */
  static List<Share> shares(List<String> codes) {
    if (codes.isEmpty()) {
      return List.of();
    }
    int n = codes.size();
    int cents = 10_000 / n;
    int remainder = 10_000 - cents * n;
    List<Share> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      BigDecimal share = BigDecimal.valueOf(cents + (i < remainder ? 1 : 0), 2);
      out.add(new Share(codes.get(i), share.stripTrailingZeros().toPlainString()));
    }
    return out;
  }

  private List<Link> links(Activity activity, String what, Findings findings) {
    List<Link> links = new ArrayList<>();
    for (int index : agreementsOf(activity)) {
      Agreement agreement = portfolio.getAgreements().get(index);
      String agreementId = agreement.getId();
      String at = "/agreements/" + index;
      Optional<Source> source = agreement.getSourceIds().stream().map(sources::get)
          .filter(s -> s != null && s.getUrl().isPresent()).findFirst();
      if (source.isEmpty()) {
        findings.entries.add(new ReportEntry(Kind.NOT_CARRIED, at, what + ": no document-link for agreement '"
            + agreementId + "': IATI requires a URL, and none of its sources has one"));
        continue;
      }
      URI url = source.get().getUrl().get();
      String format = url.getPath() != null && url.getPath().toLowerCase(Locale.ROOT).endsWith(".pdf")
          ? "application/pdf" : "text/html";
      findings.entries.add(new ReportEntry(Kind.DERIVED, at, what + ": the document-link of agreement '" + agreementId
          + "' points to source '" + source.get().getId() + "', which reports it (" + url + "), as the model holds"
          + " no URL of the agreement's text; format " + format + " inferred from the URL"));
      List<Narrative> title = narratives(agreement.getTitle(), at + "/title", "agreement '" + agreementId + "' title",
          findings);
      if (title.isEmpty()) {
        findings.problems.add("agreement '" + agreementId + "' title " + agreement.getTitle() + ": no text in a"
            + " language of IATI's Language code list");
      }
      List<String> documentLanguages = title.stream().map(Narrative::language).distinct().sorted().toList();
      Optional<LocalDate> signed = agreement.getSignedOn()
          .flatMap(d -> date(d, at + "/signedOn", "agreement '" + agreementId + "' signing date", findings.entries));
      String category = agreement.getKind() == AgreementKind.CONTRACT ? CONTRACT_CATEGORY : MOU_CATEGORY;
      if (agreement.getKind() != AgreementKind.MOU && agreement.getKind() != AgreementKind.CONTRACT) {
        findings.entries.add(new ReportEntry(Kind.DERIVED, at + "/kind", "agreement '" + agreementId + "': kind '"
            + agreement.getKind().name().toLowerCase(Locale.ROOT).replace('_', '-') + "' written as document category"
            + " A09 (memorandum of understanding): IATI's DocumentCategory list has no closer code"));
      }
      links.add(new Link(url.toString(), format, category, title, documentLanguages, signed));
    }
    return links;
  }

  // ------------------------------------------------------------------ the portfolio's other facts

  private void reportPortfolio(Set<String> exported, String reporterId) {
    Set<String> carried = new LinkedHashSet<>();
    Set<String> named = new LinkedHashSet<>(List.of(reporterId));
    for (int i = 0; i < portfolio.getActivities().size(); i++) {
      Activity activity = portfolio.getActivities().get(i);
      if (exported.contains(activity.getId())) {
        carried.addAll(activity.getAgreementIds());
        activity.getParticipants().stream().filter(p -> role(p.getRole()) != null)
            .forEach(p -> named.add(p.getOrganizationId()));
      } else if (!selected.isEmpty()) {
        entries.add(new ReportEntry(Kind.NOT_CARRIED, "/activities/" + i, "activity '" + activity.getId()
            + "' not carried: not selected"));
      }
    }
    for (int i = 0; i < portfolio.getOrganizations().size(); i++) {
      Organization organization = portfolio.getOrganizations().get(i);
      if (!named.contains(organization.getId())) {
        entries.add(new ReportEntry(Kind.NOT_CARRIED, "/organizations/" + i, "organization '" + organization.getId()
            + "' not carried: the document names it nowhere"));
      }
    }
    for (int i = 0; i < portfolio.getSources().size(); i++) {
      Source source = portfolio.getSources().get(i);
      entries.add(new ReportEntry(Kind.NOT_CARRIED, "/sources/" + i, "source '" + source.getId() + "' not carried"
          + source.getUrl().map(u -> " but as a document-link's URL where it reports an agreement").orElse("")
          + ": IATI has no element for the sources of facts"));
    }
    for (int i = 0; i < portfolio.getAgreements().size(); i++) {
      Agreement agreement = portfolio.getAgreements().get(i);
      String at = "/agreements/" + i;
      String what = "agreement '" + agreement.getId() + "'";
      if (!carried.contains(agreement.getId())) {
        entries.add(new ReportEntry(Kind.NOT_CARRIED, at, what + " not carried: no exported activity is carried out"
            + " under it, and IATI publishes activities, not agreements"));
      } else {
        List<String> facts = new ArrayList<>(List.of("parties"));
        agreement.getSignedAt().ifPresent(p -> facts.add("place of signing"));
        agreement.getOccasion().ifPresent(o -> facts.add("occasion"));
        facts.add("legal nature");
        agreement.getEntryIntoForce().ifPresent(d -> facts.add("entry into force"));
        agreement.getTerm().ifPresent(t -> facts.add("term"));
        entries.add(new ReportEntry(Kind.NOT_CARRIED, at, what + ": " + String.join(", ", facts) + " not carried: a"
            + " document-link holds the agreement's title, category, languages and date only"));
      }
      for (int r = 0; r < agreement.getRelations().size(); r++) {
        AgreementRelation relation = agreement.getRelations().get(r);
        entries.add(new ReportEntry(Kind.NOT_CARRIED, at + "/relations/" + r, what + ": lineage ("
            + relation.getKind().name().toLowerCase(Locale.ROOT) + " '" + relation.getTargetId() + "') not carried:"
            + " IATI relates activities, not the agreements they are under"));
      }
      for (int a = 0; a < agreement.getAreas().size(); a++) {
        AgreementArea area = agreement.getAreas().get(a);
        if (area.getPurpose() == AreaPurpose.BENCHMARKING) {
          entries.add(new ReportEntry(Kind.NOT_CARRIED, at + "/areas/" + a, what + ": benchmarking area '"
              + area.getArea().getCode() + "' not carried: IATI sectors say what an activity works in, not what a"
              + " party learns from the other"));
        }
      }
    }
    for (int i = 0; i < portfolio.getFigures().size(); i++) {
      entries.add(new ReportEntry(Kind.NOT_CARRIED, "/figures/" + i, "figure '" + portfolio.getFigures().get(i).getId()
          + "' not carried: IATI transactions are one activity's flows of money, and a reported figure is not one"));
    }
    if (!portfolio.getObservations().isEmpty()) {
      entries.add(new ReportEntry(Kind.NOT_CARRIED, "/observations", portfolio.getObservations().size()
          + " survey observations not carried: IATI has no element for them"));
    }
    for (int i = 0; i < portfolio.getStatements().size(); i++) {
      entries.add(new ReportEntry(Kind.NOT_CARRIED, "/statements/" + i, "statement '"
          + portfolio.getStatements().get(i).getId() + "' not carried: IATI has no element for quotes"));
    }
    if (!portfolio.getPersons().isEmpty()) {
      entries.add(new ReportEntry(Kind.NOT_CARRIED, "/persons", portfolio.getPersons().size() + " persons and "
          + portfolio.getAppointments().size() + " appointments not carried: IATI names organisations, not people"));
    }
  }

  // ------------------------------------------------------------------ writing

  private byte[] write(Org reporting, List<Plan> plans) {
    Xml xml = new Xml();
    xml.start("iati-activities").attribute("version", "2.03");
    for (Plan plan : plans) {
      xml.start("iati-activity");
      xml.start("iati-identifier").text(plan.identifier()).end();
      xml.start("reporting-org").attribute("ref", reporting.ref()).attribute("type", reporting.type());
      narratives(xml, reporting.names());
      xml.end();
      xml.start("title");
      narratives(xml, plan.title());
      xml.end();
      xml.start("description").attribute("type", GENERAL_DESCRIPTION);
      narratives(xml, plan.description());
      xml.end();
      for (Org org : plan.participants()) {
        xml.start("participating-org").attribute("ref", org.ref()).attribute("type", org.type())
            .attribute("role", org.role());
        narratives(xml, org.names());
        xml.end();
      }
      xml.empty("activity-status").attribute("code", plan.status());
      for (Dated date : plan.dates()) {
        xml.empty("activity-date").attribute("type", date.type()).attribute("iso-date", date.date().toString());
      }
      for (Share country : plan.countries()) {
        xml.empty("recipient-country").attribute("code", country.code());
        if (plan.countries().size() > 1) {
          xml.attribute("percentage", country.percentage());
        }
      }
      for (Share sector : plan.sectors()) {
        xml.empty("sector").attribute("vocabulary", CRS_VOCABULARY).attribute("code", sector.code())
            .attribute("percentage", sector.percentage());
      }
      for (Link link : plan.links()) {
        xml.start("document-link").attribute("url", link.url()).attribute("format", link.format());
        xml.start("title");
        narratives(xml, link.title());
        xml.end();
        xml.empty("category").attribute("code", link.category());
        for (String language : link.languages()) {
          xml.empty("language").attribute("code", language);
        }
        link.date().ifPresent(d -> xml.empty("document-date").attribute("iso-date", d.toString()));
        xml.end();
      }
      xml.end();
    }
    xml.end();
    return xml.finish();
  }

  private static void narratives(Xml xml, List<Narrative> narratives) {
    for (Narrative n : narratives) {
      xml.start("narrative").lang(n.language()).text(n.text()).end();
    }
  }
}

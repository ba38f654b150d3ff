package org.egovcoop.json;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.URI;
import java.time.Period;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.egovcoop.activity.Activity;
import org.egovcoop.activity.ActivityKind;
import org.egovcoop.activity.Participation;
import org.egovcoop.activity.ParticipationRole;
import org.egovcoop.actor.Appointment;
import org.egovcoop.actor.Organization;
import org.egovcoop.actor.OrganizationKind;
import org.egovcoop.actor.Person;
import org.egovcoop.actor.RegisteredIdentifier;
import org.egovcoop.agreement.Agreement;
import org.egovcoop.agreement.AgreementArea;
import org.egovcoop.agreement.AgreementKind;
import org.egovcoop.agreement.AgreementRelation;
import org.egovcoop.agreement.AreaPurpose;
import org.egovcoop.agreement.LegalNature;
import org.egovcoop.agreement.Party;
import org.egovcoop.agreement.RelationKind;
import org.egovcoop.area.CooperationArea;
import org.egovcoop.geo.CountryCode;
import org.egovcoop.geo.Place;
import org.egovcoop.metric.Figure;
import org.egovcoop.metric.FigureKind;
import org.egovcoop.metric.Money;
import org.egovcoop.metric.QualifiedQuantity;
import org.egovcoop.metric.Qualifier;
import org.egovcoop.metric.Quantity;
import org.egovcoop.portfolio.Portfolio;
import org.egovcoop.source.ContactPoint;
import org.egovcoop.source.Source;
import org.egovcoop.source.SourceKind;
import org.egovcoop.source.Statement;
import org.egovcoop.survey.IndexObservation;
import org.egovcoop.survey.SurveyIndex;
import org.egovcoop.text.LocalizedText;
import org.egovcoop.time.PartialDate;
import org.egovcoop.time.PartialDateRange;

/**
 * Random valid values of every model type, for property tests. A portfolio's references all
 * resolve and it breaks no rule, so that reading it back (which validates) succeeds. In
 * {@linkplain #full full} mode every optional attribute is present and every collection holds at
 * least one element, so that a test can see every attribute written.
 *
 * <p>A property test is a {@code @PropertyTest @Seeds(tries)} (core's test support): each case
 * makes its values from a {@code new Random(seed)} of its own, and is named {@code seed N}. The
 * class ships in this module's test-jar, public with its constructor, {@link #portfolio()} and
 * {@link #observation()}, for the Jackson 2 module's round trips.
 */
public final class RandomModel {

  private static final String[] TAGS = {"en", "ko", "ru", "uz-Cyrl", "uz-Latn", "fr", "de-CH", "zh-Hant-TW"};
  private static final String TEXT_CHARS = "abcXYZ 019 .,;:!?'\"\\/<>&{}[]\t\n\u00e9\u00fc\u4e2d\ud55c\uad6d\uc5b4\u0416\u044f\u2013\u00a0\u0001";
  private static final List<CountryCode> COUNTRIES =
      CountryCode.values().stream().sorted(Comparator.naturalOrder()).toList();

  private final Random random;
  private final boolean full;

  /**
   * A maker of random values.
   *
   * @param random the source of randomness, one per case
   * @param full whether every optional attribute is present
   */
  public RandomModel(Random random, boolean full) {
    this.random = random;
    this.full = full;
  }

  private boolean maybe() {
    return full || random.nextBoolean();
  }

  private int count(int max) {
    return full ? 1 + random.nextInt(max) : random.nextInt(max + 1);
  }

  <E extends Enum<E>> E pick(Class<E> type) {
    E[] values = type.getEnumConstants();
    return values[random.nextInt(values.length)];
  }

  String id(String prefix) {
    String chars = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789._:~-";
    StringBuilder id = new StringBuilder(prefix);
    int extra = random.nextInt(8);
    for (int i = 0; i < extra; i++) {
      id.append(chars.charAt(random.nextInt(chars.length())));
    }
    return id.toString();
  }

  String text() {
    StringBuilder text = new StringBuilder();
    text.append(TEXT_CHARS.charAt(random.nextInt(3)));
    int length = random.nextInt(25);
    for (int i = 0; i < length; i++) {
      text.append(TEXT_CHARS.charAt(random.nextInt(TEXT_CHARS.length())));
    }
    return text.toString();
  }

  LocalizedText localizedText() {
    LocalizedText.Builder builder = LocalizedText.builder();
    int languages = 1 + random.nextInt(3);
    List<String> tags = new ArrayList<>(List.of(TAGS));
    for (int i = 0; i < languages; i++) {
      builder.put(tags.remove(random.nextInt(tags.size())), text());
    }
    return builder.build();
  }

  CountryCode country() {
    return COUNTRIES.get(random.nextInt(COUNTRIES.size()));
  }

  PartialDate partialDate() {
    int year = random.nextInt(10) == 0 ? 1 + random.nextInt(9999) : 1990 + random.nextInt(40);
    switch (random.nextInt(3)) {
      case 0:
        return PartialDate.of(year);
      case 1:
        return PartialDate.of(year, 1 + random.nextInt(12));
      default:
        int month = 1 + random.nextInt(12);
        return PartialDate.of(year, month, 1 + random.nextInt(java.time.YearMonth.of(year, month).lengthOfMonth()));
    }
  }

  PartialDateRange partialDateRange() {
    PartialDate a = random.nextInt(4) == 0 && !full ? null : partialDate();
    PartialDate b = random.nextInt(4) == 0 && !full ? null : partialDate();
    if (a != null && b != null && b.isBefore(a)) {
      PartialDate t = a;
      a = b;
      b = t;
    }
    return PartialDateRange.between(a, b);
  }

  BigDecimal decimal() {
    BigInteger unscaled = BigInteger.valueOf(random.nextLong() >> random.nextInt(60));
    return new BigDecimal(unscaled, random.nextInt(16) - 5);
  }

  BigDecimal score() {
    int scale = random.nextInt(17);
    BigInteger unscaled = new BigInteger(53, random).mod(BigInteger.TEN.pow(scale).add(BigInteger.ONE));
    return new BigDecimal(unscaled, scale);
  }

  Money money() {
    String[] currencies = {"USD", "EUR", "KRW", "UZS", "JPY"};
    return Money.of(decimal(), Money.currency(currencies[random.nextInt(currencies.length)]));
  }

  Quantity quantity() {
    return random.nextBoolean() ? Quantity.of(money()) : Quantity.of(decimal(), random.nextBoolean() ? "person" : "project-2");
  }

  QualifiedQuantity qualifiedQuantity() {
    return QualifiedQuantity.of(pick(Qualifier.class), quantity());
  }

  Place place() {
    return Place.of(localizedText(), country());
  }

  CooperationArea cooperationArea() {
    if (!full && random.nextBoolean()) {
      List<CooperationArea> builtIns = CooperationArea.builtIns();
      return builtIns.get(random.nextInt(builtIns.size()));
    }
    CooperationArea.Builder builder = CooperationArea.builder()
        .code("area-" + random.nextInt(1000) + (random.nextBoolean() ? "-x" : ""))
        .name(localizedText());
    int codes = count(3);
    for (int i = 0; i < codes; i++) {
      builder.addCrsPurposeCode(10000 + random.nextInt(90000));
    }
    return builder.build();
  }

  AgreementArea agreementArea() {
    return AgreementArea.of(cooperationArea(), pick(AreaPurpose.class));
  }

  /** A positive period (an agreement's term must be), of any mix of years, months and days. */
  Period period() {
    Period period = Period.of(random.nextInt(10), random.nextInt(24), random.nextInt(60));
    return period.isZero() ? Period.ofYears(1 + random.nextInt(10)) : period;
  }

  public IndexObservation observation() {
    SurveyIndex index = pick(SurveyIndex.class);
    int assessed = 1 + random.nextInt(200);
    IndexObservation.Builder builder = IndexObservation.builder()
        .index(index)
        .edition(IndexObservation.FIRST_EDITION + random.nextInt(30))
        .country(country())
        .numberAssessed(assessed);
    if (maybe()) {
      builder.rank(1 + random.nextInt(assessed));
    }
    if (maybe()) {
      builder.score(score());
    }
    if (maybe()) {
      builder.sourceIds(someOf(List.of("un-egov-survey", "unu-egov-datasets")));
    }
    return builder.build();
  }

  IndexObservation observation(List<String> sources) {
    return IndexObservation.builder().from(observation()).sourceIds(someOf(sources)).build();
  }

  private List<String> someOf(List<String> ids) {
    List<String> chosen = new ArrayList<>();
    if (ids.isEmpty()) {
      return chosen;
    }
    int n = count(2);
    for (int i = 0; i < n; i++) {
      chosen.add(ids.get(random.nextInt(ids.size())));
    }
    return chosen;
  }

  private String oneOf(List<String> ids) {
    return ids.get(random.nextInt(ids.size()));
  }

  // ---- standalone aggregates (valid on their own) ----

  Organization organization() {
    return organization("org-" + random.nextInt(100), List.of("parent-org"), List.of("src"));
  }

  private Organization organization(String id, List<String> parents, List<String> sources) {
    Organization.Builder b = Organization.builder().id(id).name(localizedText()).country(country())
        .kind(pick(OrganizationKind.class)).sourceIds(someOf(sources));
    List<String> others = parents.stream().filter(p -> !p.equals(id)).toList();
    if (!others.isEmpty() && maybe()) {
      b.parentId(oneOf(others));
    }
    // Distinct schemes: an organization holds at most one identifier per scheme.
    List<String> schemes = new ArrayList<>(List.of("GB-COH", "XM-DAC", "XI-WIKIDATA", "CA_BC-BRC_CBR"));
    for (int i = count(2); i > 0; i--) {
      b.addIdentifier(RegisteredIdentifier.of(schemes.remove(random.nextInt(schemes.size())),
          "id " + id + " " + random.nextInt(1000)));
    }
    return b.build();
  }

  RegisteredIdentifier registeredIdentifier() {
    return RegisteredIdentifier.of(random.nextBoolean() ? "GB-COH" : "XM-DAC", Integer.toString(random.nextInt(100_000)));
  }

  Person person() {
    return person(id("p"), List.of("src"));
  }

  private Person person(String id, List<String> sources) {
    Person.Builder b = Person.builder().id(id).sourceIds(someOf(sources));
    if (maybe()) {
      b.name(localizedText());
    }
    return b.build();
  }

  Appointment appointment() {
    return appointment(id("ap"), List.of(id("p")), List.of(id("o"), id("q")), List.of("src"), true);
  }

  private Appointment appointment(String id, List<String> persons, List<String> orgs, List<String> sources,
      boolean mayHavePeriod) {
    Appointment.Builder b = Appointment.builder().id(id).personId(oneOf(persons)).post(localizedText())
        .organizationId(oneOf(orgs)).sourceIds(someOf(sources));
    if (mayHavePeriod && maybe()) {
      b.period(partialDateRange());
    }
    if (maybe()) {
      b.rank(localizedText());
    }
    if (maybe()) {
      b.onBehalfOfId(oneOf(orgs));
    }
    return b.build();
  }

  Party party() {
    Party.Builder b = Party.builder().organizationId(id("o")).country(country());
    if (maybe()) {
      b.signatoryAppointmentId(id("ap"));
    }
    return b.build();
  }

  Participation participation() {
    return Participation.of(id("o"), pick(ParticipationRole.class));
  }

  AgreementRelation relation() {
    return AgreementRelation.of(pick(RelationKind.class), id("target"));
  }

  Agreement agreement() {
    return agreement("ag-self", List.of(id("o1"), id("o2")), List.of(id("sig")), List.of(id("prev")), List.of("src"),
        null);
  }

  /** An agreement between two distinct organisations of two countries, related only to {@code targets}. */
  private Agreement agreement(String id, List<String> orgs, List<String> signatories, List<String> targets,
      List<String> sources, PartialDate notBefore) {
    Agreement.Builder b = Agreement.builder().id(id).kind(pick(AgreementKind.class)).title(localizedText())
        .sourceIds(someOf(sources));
    if (maybe()) {
      b.legalNature(pick(LegalNature.class));
    }
    CountryCode first = country();
    CountryCode second = country();
    while (second.equals(first)) {
      second = country();
    }
    List<String> parties = new ArrayList<>(orgs);
    java.util.Collections.shuffle(parties, random);
    b.addParty(partyOf(parties.get(0), first, signatories));
    b.addParty(partyOf(parties.get(1), second, signatories));
    PartialDate signed = null;
    if (maybe()) {
      signed = partialDate();
      if (notBefore != null && signed.isBefore(notBefore)) {
        signed = notBefore;
      }
      b.signedOn(signed);
    }
    if (maybe()) {
      b.signedAt(place());
    }
    if (maybe()) {
      b.occasion(localizedText());
    }
    if (maybe()) {
      b.entryIntoForce(signed != null ? signed : partialDate());
    }
    if (maybe()) {
      b.term(period());
    }
    int areas = count(3);
    for (int i = 0; i < areas; i++) {
      b.addArea(agreementArea());
    }
    if (!targets.isEmpty()) {
      int relations = count(2);
      for (int i = 0; i < relations; i++) {
        b.addRelation(AgreementRelation.of(pick(RelationKind.class), oneOf(targets)));
      }
    }
    return b.build();
  }

  private Party partyOf(String org, CountryCode country, List<String> signatories) {
    Party.Builder b = Party.builder().organizationId(org).country(country);
    if (!signatories.isEmpty() && maybe()) {
      b.signatoryAppointmentId(oneOf(signatories));
    }
    return b.build();
  }

  Activity activity() {
    return activity(id("act"), List.of(id("o")), List.of(id("ap")), List.of(id("ag"), id("ag2")), List.of("src"));
  }

  private Activity activity(String id, List<String> orgs, List<String> appointments, List<String> agreements,
      List<String> sources) {
    Activity.Builder b = Activity.builder().id(id).kind(pick(ActivityKind.class)).title(localizedText())
        .sourceIds(someOf(sources));
    if (maybe()) {
      b.period(partialDateRange());
    }
    if (maybe()) {
      b.place(place());
    }
    int n = count(2);
    for (int i = 0; i < n; i++) {
      b.addParticipant(Participation.of(oneOf(orgs), pick(ParticipationRole.class)));
    }
    if (!appointments.isEmpty()) {
      b.appointmentIds(someOf(appointments));
    }
    if (!agreements.isEmpty()) {
      b.agreementIds(new java.util.LinkedHashSet<>(someOf(agreements)));
    }
    return b.build();
  }

  Figure figure() {
    return figure(id("fig"), List.of("src"));
  }

  private Figure figure(String id, List<String> sources) {
    FigureKind kind = pick(FigureKind.class);
    QualifiedQuantity quantity = qualifiedQuantity();
    if (kind != FigureKind.OTHER && quantity.quantity().value().signum() < 0) {
      // only a figure of kind other may be negative
      Quantity q = quantity.quantity();
      quantity = QualifiedQuantity.of(quantity.qualifier(), Quantity.of(q.value().negate(), q.unit()));
    }
    Figure.Builder b = Figure.builder().id(id).kind(kind).description(localizedText())
        .quantity(quantity).sourceIds(someOf(sources));
    if (maybe()) {
      b.asOf(partialDate());
    }
    if (maybe()) {
      b.period(partialDateRange());
    }
    if (maybe()) {
      b.fromCountry(country());
    }
    if (maybe()) {
      b.toCountry(country());
    }
    return b.build();
  }

  ContactPoint contactPoint() {
    return contactPoint(List.of(id("o")), List.of(id("p")));
  }

  private ContactPoint contactPoint(List<String> orgs, List<String> persons) {
    ContactPoint.Builder b = ContactPoint.builder().organizationId(oneOf(orgs));
    if (!persons.isEmpty() && maybe()) {
      b.personId(oneOf(persons));
    }
    if (maybe()) {
      b.phone("+82-2-" + random.nextInt(10000) + "-" + random.nextInt(10000));
    }
    if (maybe()) {
      b.email("someone" + random.nextInt(100) + "@example.org");
    }
    return b.build();
  }

  Source source() {
    return source(id("src"), List.of(id("o")), List.of(id("p")));
  }

  private Source source(String id, List<String> orgs, List<String> persons) {
    Source.Builder b = Source.builder().id(id).kind(pick(SourceKind.class)).title(localizedText());
    if (maybe()) {
      b.publisherId(oneOf(orgs));
    }
    if (maybe()) {
      b.publishedOn(partialDate());
    }
    if (maybe()) {
      b.url(URI.create("https://example.org/" + id.replace(":", "%3A") + "?q=" + random.nextInt(100)));
    }
    if (maybe()) {
      b.contact(contactPoint(orgs, persons));
    }
    return b.build();
  }

  Statement statement() {
    return statement(id("st"), List.of(id("p")), List.of(id("ap")), List.of("src"));
  }

  private Statement statement(String id, List<String> persons, List<String> appointments, List<String> sources) {
    Statement.Builder b = Statement.builder().id(id).speakerId(oneOf(persons)).text(localizedText())
        .sourceIds(someOf(sources));
    if (!appointments.isEmpty() && maybe()) {
      b.capacityAppointmentId(oneOf(appointments));
    }
    if (maybe()) {
      b.date(partialDate());
    }
    return b.build();
  }

  /** @return a valid portfolio: unique ids, resolvable references, an acyclic lineage, signatories in office */
  public Portfolio portfolio() {
    List<String> sourceIds = ids("src", count(3));
    List<String> orgIds = ids("org", 2 + random.nextInt(3));
    List<String> personIds = ids("person", 1 + random.nextInt(3));
    List<String> appointmentIds = ids("appt", count(3));
    List<String> agreementIds = ids("agr", count(3));

    Portfolio.Builder b = Portfolio.builder().id(id("portfolio")).title(localizedText());
    int countries = count(3);
    for (int i = 0; i < countries; i++) {
      b.addCountry(country());
    }
    for (int i = 0; i < orgIds.size(); i++) {
      b.addOrganization(organization(orgIds.get(i), orgIds.subList(0, i), sourceIds));
    }
    personIds.forEach(id -> b.addPerson(person(id, sourceIds)));
    List<String> signatories = new ArrayList<>();
    for (int i = 0; i < appointmentIds.size(); i++) {
      boolean signatory = i % 2 == 0;
      b.addAppointment(appointment(appointmentIds.get(i), personIds, orgIds, sourceIds, !signatory));
      if (signatory) {
        signatories.add(appointmentIds.get(i));
      }
    }
    PartialDate latest = null;
    for (int i = 0; i < agreementIds.size(); i++) {
      Agreement agreement = agreement(agreementIds.get(i), orgIds.subList(0, 2), signatories,
          agreementIds.subList(0, i), sourceIds, latest);
      if (agreement.getSignedOn().isPresent()) {
        PartialDate signed = agreement.getSignedOn().get();
        latest = latest == null || signed.compareTo(latest) > 0 ? signed : latest;
      }
      b.addAgreement(agreement);
    }
    List<String> activityIds = ids("act", count(2));
    activityIds.forEach(id -> b.addActivity(activity(id, orgIds, appointmentIds, agreementIds, sourceIds)));
    ids("fig", count(2)).forEach(id -> b.addFigure(figure(id, sourceIds)));
    int observations = count(4);
    for (int i = 0; i < observations; i++) {
      b.addObservation(observation(sourceIds));
    }
    ids("stmt", count(2)).forEach(id -> b.addStatement(statement(id, personIds, appointmentIds, sourceIds)));
    sourceIds.forEach(id -> b.addSource(source(id, orgIds, personIds)));
    return b.build();
  }

  private List<String> ids(String prefix, int n) {
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      ids.add(prefix + "-" + i + "-" + id("x"));
    }
    return ids;
  }

  /** A sample of each codec type, by type. */
  Object sampleOf(Class<?> type) {
    if (type == PartialDate.class) {
      return partialDate();
    } else if (type == PartialDateRange.class) {
      return partialDateRange();
    } else if (type == CountryCode.class) {
      return country();
    } else if (type == LocalizedText.class) {
      return localizedText();
    } else if (type == Money.class) {
      return money();
    } else if (type == Quantity.class) {
      return quantity();
    } else if (type == QualifiedQuantity.class) {
      return qualifiedQuantity();
    } else if (type == Figure.class) {
      return figure();
    } else if (type == RegisteredIdentifier.class) {
      return registeredIdentifier();
    } else if (type == Organization.class) {
      return organization();
    } else if (type == Person.class) {
      return person();
    } else if (type == Appointment.class) {
      return appointment();
    } else if (type == Place.class) {
      return place();
    } else if (type == CooperationArea.class) {
      return cooperationArea();
    } else if (type == AgreementArea.class) {
      return agreementArea();
    } else if (type == AgreementRelation.class) {
      return relation();
    } else if (type == Party.class) {
      return party();
    } else if (type == Agreement.class) {
      return agreement();
    } else if (type == Participation.class) {
      return participation();
    } else if (type == Activity.class) {
      return activity();
    } else if (type == ContactPoint.class) {
      return contactPoint();
    } else if (type == Source.class) {
      return source();
    } else if (type == Statement.class) {
      return statement();
    } else if (type == IndexObservation.class) {
      return observation();
    } else if (type == Portfolio.class) {
      return portfolio();
    }
    throw new IllegalArgumentException("No random values of " + type.getName() + ": add them to RandomModel");
  }

}

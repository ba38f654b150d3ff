package org.egovcoop.portfolio;

import jakarta.validation.Valid;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.egovcoop.activity.Activity;
import org.egovcoop.actor.Appointment;
import org.egovcoop.actor.Organization;
import org.egovcoop.actor.Person;
import org.egovcoop.agreement.Agreement;
import org.egovcoop.agreement.AgreementRelation;
import org.egovcoop.agreement.Party;
import org.egovcoop.agreement.RelationKind;
import org.egovcoop.geo.CountryCode;
import org.egovcoop.internal.Checks;
import org.egovcoop.metric.Figure;
import org.egovcoop.source.Source;
import org.egovcoop.source.Statement;
import org.egovcoop.survey.IndexObservation;
import org.egovcoop.survey.IndexSeries;
import org.egovcoop.survey.SurveyIndex;
import org.egovcoop.text.LocalizedText;
import org.egovcoop.time.PartialDate;
import org.egovcoop.validation.AcyclicLineage;
import org.egovcoop.validation.ResolvableReferences;
import org.egovcoop.validation.SignatoriesInOffice;
import org.egovcoop.validation.SuccessorNotBeforePredecessor;
import org.egovcoop.validation.UniqueIds;
import org.egovcoop.validation.UniqueRegisteredIdentifiers;
import org.immutables.value.Value;

/**
 * The record of cooperation between countries: every organisation, person, post, agreement,
 * activity, figure, survey observation, statement and source, in one value that can be validated
 * as a whole and exchanged as one document.
 *
 * <p>Facts refer to each other by id (a party names its organisation, an activity its
 * agreements). Validation checks the whole: ids are unique per kind ({@link UniqueIds}), every
 * reference resolves ({@link ResolvableReferences}), the lineage of agreements has no cycle
 * ({@link AcyclicLineage}), a successor is not signed before its predecessor
 * ({@link SuccessorNotBeforePredecessor}), and a signatory may have held their post on the signing
 * date ({@link SignatoriesInOffice}). Each contained fact is validated too.
 *
 * <p>Look-ups by id: {@link #findAgreement(String)}, {@link #findOrganization(String)},
 * {@link #findPerson(String)}, {@link #findAppointment(String)}, and a party's
 * {@link #signatoryOf(Party) signatory}. Queries, each in O(n log n) or better for n facts:
 * {@link #agreementsInLineageOrder()}, {@link #lineageOf(String)},
 * {@link #timeline()}, {@link #observations(SurveyIndex, CountryCode)},
 * {@link #indexSeries(SurveyIndex, CountryCode)},
 * {@link #activitiesUnder(String)}, {@link #agreementsInForceOn(PartialDate)}.
 */
@Value.Immutable
@UniqueIds
@UniqueRegisteredIdentifiers
@ResolvableReferences
@AcyclicLineage
@SuccessorNotBeforePredecessor
@SignatoriesInOffice
public abstract class Portfolio {

  Portfolio() {}

  /** {@return a builder; {@code id} and {@code title} are required} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return the portfolio's id} */
  public abstract String getId();

  /** {@return a title: "Korea–Uzbekistan e-government cooperation"} */
  public abstract LocalizedText getTitle();

  /** {@return the countries whose cooperation it records} */
  public abstract Set<CountryCode> getCountries();

  /** {@return the organisations} */
  public abstract List<@Valid Organization> getOrganizations();

  /** {@return the people} */
  public abstract List<@Valid Person> getPersons();

  /** {@return the posts people held} */
  public abstract List<@Valid Appointment> getAppointments();

  /** {@return the agreements} */
  public abstract List<@Valid Agreement> getAgreements();

  /** {@return the activities carried out under agreements} */
  public abstract List<@Valid Activity> getActivities();

  /** {@return reported figures, such as export totals} */
  public abstract List<@Valid Figure> getFigures();

  /** {@return UN E-Government Survey observations} */
  public abstract List<@Valid IndexObservation> getObservations();

  /** {@return statements (quotes)} */
  public abstract List<@Valid Statement> getStatements();

  /** {@return the sources that facts cite} */
  public abstract List<@Valid Source> getSources();

  @Value.Check
  void check() {
    Checks.id("Portfolio", "id", getId());
  }

  @Value.Lazy
  Map<String, Agreement> agreementIndex() {
    return index(getAgreements(), Agreement::getId);
  }

  static <T> Map<String, T> index(List<T> items, Function<T, String> id) {
    // Sized once: growing a map of a hundred thousand entries rehashes it many times.
    Map<String, T> byId = new HashMap<>(Math.max(16, (int) (items.size() / 0.75f) + 1));
    for (T item : items) {
      byId.putIfAbsent(id.apply(item), item);
    }
    return byId;
  }

  /**
   * {@return the agreement, if the portfolio holds one with that id}
   *
   * @param id an agreement's id
   */
  public Optional<Agreement> findAgreement(String id) {
    return Optional.ofNullable(agreementIndex().get(id));
  }

  @Value.Lazy
  Map<String, Organization> organizationIndex() {
    return index(getOrganizations(), Organization::getId);
  }

  @Value.Lazy
  Map<String, Person> personIndex() {
    return index(getPersons(), Person::getId);
  }

  @Value.Lazy
  Map<String, Appointment> appointmentIndex() {
    return index(getAppointments(), Appointment::getId);
  }

  /**
   * Looks up an organisation by id.
   *
   * @param id an organisation's id
   * @return the organisation, if the portfolio holds one with that id (the first, if several do)
   */
  public Optional<Organization> findOrganization(String id) {
    return Optional.ofNullable(organizationIndex().get(id));
  }

  /**
   * Looks up a person by id.
   *
   * @param id a person's id
   * @return the person, if the portfolio holds one with that id (the first, if several do)
   */
  public Optional<Person> findPerson(String id) {
    return Optional.ofNullable(personIndex().get(id));
  }

  /**
   * Looks up an appointment by id.
   *
   * @param id an appointment's id
   * @return the appointment (a post held over a period), if the portfolio holds one with that id
   *     (the first, if several do)
   */
  public Optional<Appointment> findAppointment(String id) {
    return Optional.ofNullable(appointmentIndex().get(id));
  }

  /**
   * Who signed an agreement for one of its parties: the person, and the post they held, as the
   * party's {@link Party#getSignatoryAppointmentId() signatory appointment} names it. For the 2017
   * MOU's Korean party: Kim Boo-kyum, Minister of the Interior and Safety.
   *
   * @param party a party of an agreement of this portfolio
   * @return the signatory, if the party names an appointment and the portfolio holds it and its person
   */
  public Optional<Signatory> signatoryOf(Party party) {
    Objects.requireNonNull(party, "party");
    return party.getSignatoryAppointmentId()
        .map(appointmentIndex()::get)
        .flatMap(appointment -> findPerson(appointment.getPersonId()).map(person -> new Signatory(person, appointment)));
  }

  /**
   * The agreements with every predecessor before its successors (a topological order of the
   * lineage); agreements not ordered by lineage keep the order of their signing dates, then ids.
   * On a lineage with a cycle (which validation reports), the agreements on the cycle come last.
   *
   * @return the agreements in lineage order
   */
  public List<Agreement> agreementsInLineageOrder() {
    return lineageOrder();
  }

  /**
   * Kahn's algorithm over the lineage, always taking the ready agreement that comes first in
   * signing order: O(n log n + r log n) for n agreements and r relations. The graph is held in
   * arrays of ints (no list or set per agreement, no boxed node), so that a registry of a hundred
   * thousand agreements is ordered by reading each agreement's relations once.
   */
  @Value.Lazy
  List<Agreement> lineageOrder() {
    List<Agreement> agreements = getAgreements();
    int n = agreements.size();
    Ranked[] ranked = new Ranked[n];
    for (int i = 0; i < n; i++) {
      ranked[i] = new Ranked(agreements.get(i), i);
    }
    Arrays.sort(ranked, BY_SIGNING);
    // node: an agreement's place in signing order; an id's node is that of the first agreement
    // with the id in portfolio order, as agreementIndex() resolves it.
    int[] nodeOf = new int[n];
    Agreement[] sorted = new Agreement[n];
    for (int node = 0; node < n; node++) {
      nodeOf[ranked[node].index] = node;
      sorted[node] = ranked[node].agreement;
    }
    Map<String, Integer> nodeOfId = new HashMap<>(Math.max(16, (int) (n / 0.75f) + 1));
    for (int i = 0; i < n; i++) {
      nodeOfId.putIfAbsent(agreements.get(i).getId(), nodeOf[i]);
    }
    // Edges predecessor -> successor, each once, then gathered by predecessor (compressed rows).
    int relations = 0;
    for (Agreement agreement : agreements) {
      relations += agreement.getRelations().size();
    }
    int[] from = new int[relations];
    int[] to = new int[relations];
    int edges = 0;
    int[] waitingFor = new int[n];
    for (int node = 0; node < n; node++) {
      Agreement agreement = sorted[node];
      int first = edges;
      for (AgreementRelation relation : agreement.getRelations()) {
        Integer found = relation.getTargetId().equals(agreement.getId()) ? null : nodeOfId.get(relation.getTargetId());
        if (found == null || found == node || contains(from, first, edges, found)) {
          continue;
        }
        from[edges] = found;
        to[edges] = node;
        edges++;
        waitingFor[node]++;
      }
    }
    int[] start = new int[n + 1];
    for (int e = 0; e < edges; e++) {
      start[from[e] + 1]++;
    }
    for (int node = 0; node < n; node++) {
      start[node + 1] += start[node];
    }
    int[] successors = new int[edges];
    int[] filled = Arrays.copyOf(start, n);
    for (int e = 0; e < edges; e++) {
      successors[filled[from[e]]++] = to[e];
    }
    // The ready agreements, smallest node (earliest in signing order) first: a binary heap.
    int[] ready = new int[n];
    int size = 0;
    for (int node = 0; node < n; node++) {
      if (waitingFor[node] == 0) {
        ready[size++] = node; // ascending: already a heap
      }
    }
    List<Agreement> result = new ArrayList<>(n);
    boolean[] placed = new boolean[n];
    while (size > 0) {
      int next = ready[0];
      ready[0] = ready[--size];
      siftDown(ready, size);
      placed[next] = true;
      result.add(sorted[next]);
      for (int e = start[next]; e < start[next + 1]; e++) {
        int successor = successors[e];
        if (--waitingFor[successor] == 0) {
          ready[size] = successor;
          siftUp(ready, size++);
        }
      }
    }
    for (int node = 0; node < n; node++) {
      if (!placed[node]) {
        result.add(sorted[node]); // on or behind a cycle: last, in signing order
      }
    }
    return List.copyOf(result);
  }

  /** An agreement and its place in the portfolio, sorted by signing date then id, ties in portfolio order. */
  private record Ranked(Agreement agreement, int index) {}

  private static final Comparator<Ranked> BY_SIGNING = Comparator.comparing(Ranked::agreement,
      Comparator.comparing((Agreement a) -> a.getSignedOn().orElse(null), Comparator.nullsLast(Comparator.naturalOrder()))
          .thenComparing(Agreement::getId));

  private static boolean contains(int[] values, int from, int to, int value) {
    for (int i = from; i < to; i++) {
      if (values[i] == value) {
        return true;
      }
    }
    return false;
  }

  private static void siftUp(int[] heap, int at) {
    int value = heap[at];
    while (at > 0) {
      int parent = (at - 1) >>> 1;
      if (heap[parent] <= value) {
        break;
      }
      heap[at] = heap[parent];
      at = parent;
    }
    heap[at] = value;
  }

  private static void siftDown(int[] heap, int size) {
    if (size == 0) {
      return;
    }
    int value = heap[0];
    int at = 0;
    int half = size >>> 1;
    while (at < half) {
      int child = 2 * at + 1;
      if (child + 1 < size && heap[child + 1] < heap[child]) {
        child++;
      }
      if (value <= heap[child]) {
        break;
      }
      heap[at] = heap[child];
      at = child;
    }
    heap[at] = value;
  }

  /**
   * The chain of predecessors of an agreement, oldest first, ending with the agreement itself:
   * for the 2017 MOU, the 2013 MOU then the 2017 MOU. Where an agreement relates to several
   * predecessors, the chain follows the first relation that resolves.
   *
   * @param agreementId the id of the agreement
   * @return the chain, empty if the portfolio holds no such agreement
   */
  public List<Agreement> lineageOf(String agreementId) {
    ArrayDeque<Agreement> chain = new ArrayDeque<>();
    Set<Agreement> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    Agreement current = agreementIndex().get(agreementId);
    while (current != null && seen.add(current)) {
      chain.addFirst(current);
      current = current.getRelations().stream()
          .map(r -> agreementIndex().get(r.getTargetId()))
          .filter(a -> a != null)
          .findFirst()
          .orElse(null);
    }
    return List.copyOf(chain);
  }

  private List<Agreement> superseders(Agreement agreement) {
    return supersedersById().getOrDefault(agreement.getId(), List.of());
  }

  /** The agreements that supersede each agreement, by the superseded agreement's id. */
  @Value.Lazy
  Map<String, List<Agreement>> supersedersById() {
    Map<String, List<Agreement>> byTarget = new HashMap<>();
    for (Agreement agreement : getAgreements()) {
      for (AgreementRelation relation : agreement.getRelations()) {
        if (relation.getKind() == RelationKind.SUPERSEDES) {
          byTarget.computeIfAbsent(relation.getTargetId(), id -> new ArrayList<>(1)).add(agreement);
        }
      }
    }
    return Collections.unmodifiableMap(byTarget);
  }

  /**
   * {@return the activities carried out under it, in portfolio order}
   *
   * @param agreementId the id of an agreement
   */
  public List<Activity> activitiesUnder(String agreementId) {
    return getActivities().stream().filter(a -> a.getAgreementIds().contains(agreementId)).toList();
  }

  /**
   * The agreements certainly in force on a date. An agreement starts on its entry into force or,
   * where none is given, its signing; it runs for its term if it has one, otherwise without end;
   * it stops applying when an agreement that {@link org.egovcoop.agreement.RelationKind#SUPERSEDES
   * supersedes} it starts. "Certainly" means on every day the date may be: for the 2013-12 MOU,
   * {@code 2014} qualifies but {@code 2013-12-10} does not, since the MOU may have been signed later
   * that month. An agreement with no known start is never certainly in force;
   * {@link #agreementsPossiblyInForceOn(PartialDate)} includes it.
   *
   * @param date the date
   * @return the agreements, in lineage order
   */
  public List<Agreement> agreementsInForceOn(PartialDate date) {
    return agreementsInLineageOrder().stream().filter(a -> InForce.certainly(a, date, superseders(a))).toList();
  }

  /**
   * The agreements that may be in force on at least one day the date may be, as far as the dates
   * known tell; a superset of {@link #agreementsInForceOn(PartialDate)}.
   *
   * @param date the date
   * @return the agreements, in lineage order
   */
  public List<Agreement> agreementsPossiblyInForceOn(PartialDate date) {
    return agreementsInLineageOrder().stream().filter(a -> InForce.possibly(a, date, superseders(a))).toList();
  }

  /**
   * {@return its observations, by edition}
   *
   * @param index the survey index
   * @param country the country
   */
  public List<IndexObservation> observations(SurveyIndex index, CountryCode country) {
    return getObservations().stream()
        .filter(o -> o.getIndex() == index && o.getCountry().equals(country))
        .sorted(Comparator.comparingInt(IndexObservation::getEdition))
        .toList();
  }

  /**
   * One index for one country across the editions the portfolio records: for the press release,
   * Uzbekistan's EGDI in 2014 and 2016, whose {@code rankChange(2014, 2016)} is
   * {@code 100 → 80 (+20)}.
   *
   * @param index the survey index
   * @param country the country
   * @return the series, empty if the portfolio holds no such observation
   * @throws IllegalArgumentException if the portfolio holds two observations of the index for the
   *     country in the same edition
   */
  public IndexSeries indexSeries(SurveyIndex index, CountryCode country) {
    return IndexSeries.of(index, country, getObservations());
  }

  /**
   * Every dated fact, in chronological order; see {@link Timeline}.
   *
   * @return the timeline
   */
  public Timeline timeline() {
    return Timeline.of(this);
  }

  /** Builds a {@link Portfolio}. */
  public static final class Builder extends ImmutablePortfolio.Builder {
    Builder() {}
  }
}

package org.egovcoop.portfolio;

import jakarta.validation.Valid;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiPredicate;
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
  IdPositions agreementPositions() {
    return IdPositions.of(getAgreements(), Agreement::getId);
  }

  /**
   * {@return the agreement, if the portfolio holds one with that id (the first, if several do)}
   *
   * @param id an agreement's id
   */
  public Optional<Agreement> findAgreement(String id) {
    return found(getAgreements(), agreementPositions(), id);
  }

  private static <T> Optional<T> found(List<T> items, IdPositions positions, String id) {
    int position = positions.positionOf(id);
    return position < 0 ? Optional.empty() : Optional.of(items.get(position));
  }

  @Value.Lazy
  IdPositions organizationPositions() {
    return IdPositions.of(getOrganizations(), Organization::getId);
  }

  @Value.Lazy
  IdPositions personPositions() {
    return IdPositions.of(getPersons(), Person::getId);
  }

  @Value.Lazy
  IdPositions appointmentPositions() {
    return IdPositions.of(getAppointments(), Appointment::getId);
  }

  /**
   * Looks up an organisation by id.
   *
   * @param id an organisation's id
   * @return the organisation, if the portfolio holds one with that id (the first, if several do)
   */
  public Optional<Organization> findOrganization(String id) {
    return found(getOrganizations(), organizationPositions(), id);
  }

  /**
   * Looks up a person by id.
   *
   * @param id a person's id
   * @return the person, if the portfolio holds one with that id (the first, if several do)
   */
  public Optional<Person> findPerson(String id) {
    return found(getPersons(), personPositions(), id);
  }

  /**
   * Looks up an appointment by id.
   *
   * @param id an appointment's id
   * @return the appointment (a post held over a period), if the portfolio holds one with that id
   *     (the first, if several do)
   */
  public Optional<Appointment> findAppointment(String id) {
    return found(getAppointments(), appointmentPositions(), id);
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
        .flatMap(this::findAppointment)
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
    return lineage().agreements();
  }

  /** The agreements in lineage order, and where each is in the portfolio. */
  record Lineage(List<Agreement> agreements, int[] positions) {}

  /**
   * Kahn's algorithm over the lineage, always taking the ready agreement that comes first in
   * signing order: O(n log n + r log n) for n agreements and r relations. Signing order is a sort
   * of one long per agreement (its signing date's place in {@link PartialDate#compareTo} order and
   * its position), ids compared only between agreements signed on the same partial date; the graph
   * is held in arrays of ints (no list or set per agreement, no boxed node). So a registry of a
   * hundred thousand agreements is ordered by reading each agreement's date, id and relations once,
   * rather than once for each comparison of a sort.
   */
  @Value.Lazy
  Lineage lineage() {
    List<Agreement> agreements = getAgreements();
    int n = agreements.size();
    // node: an agreement's place in signing order; an id's node is that of the first agreement
    // with the id in portfolio order, as findAgreement resolves it.
    int[] positionOfNode = signingOrder(agreements);
    int[] nodeOf = new int[n];
    for (int node = 0; node < n; node++) {
      nodeOf[positionOfNode[node]] = node;
    }
    IdPositions ids = agreementPositions();
    // Edges predecessor -> successor, each once, then gathered by predecessor.
    int relations = relationCount(agreements);
    int[] from = new int[relations];
    int[] to = new int[relations];
    int edges = 0;
    int[] waitingFor = new int[n];
    for (int node = 0; node < n; node++) {
      Agreement agreement = agreements.get(positionOfNode[node]);
      int first = edges;
      for (AgreementRelation relation : agreement.getRelations()) {
        if (relation.getTargetId().equals(agreement.getId())) {
          continue;
        }
        int target = ids.positionOf(relation.getTargetId());
        if (target < 0 || nodeOf[target] == node || contains(from, first, edges, nodeOf[target])) {
          continue;
        }
        from[edges] = nodeOf[target];
        to[edges] = node;
        edges++;
        waitingFor[node]++;
      }
    }
    PositionRows successors = PositionRows.of(n, from, to, edges);
    // The ready agreements, smallest node (earliest in signing order) first: a binary heap.
    int[] ready = new int[n];
    int size = 0;
    for (int node = 0; node < n; node++) {
      if (waitingFor[node] == 0) {
        ready[size++] = node; // ascending: already a heap
      }
    }
    int[] positions = new int[n];
    int done = 0;
    boolean[] placed = new boolean[n];
    while (size > 0) {
      int next = ready[0];
      ready[0] = ready[--size];
      siftDown(ready, size);
      placed[next] = true;
      positions[done++] = positionOfNode[next];
      for (int e = successors.from(next); e < successors.to(next); e++) {
        int successor = successors.item(e);
        if (--waitingFor[successor] == 0) {
          ready[size] = successor;
          siftUp(ready, size++);
        }
      }
    }
    for (int node = 0; node < n; node++) {
      if (!placed[node]) {
        positions[done++] = positionOfNode[node]; // on or behind a cycle: last, in signing order
      }
    }
    Agreement[] ordered = new Agreement[n];
    for (int k = 0; k < n; k++) {
      ordered[k] = agreements.get(positions[k]);
    }
    return new Lineage(List.of(ordered), positions);
  }

  /**
   * The agreements' positions sorted by signing date ({@link PartialDate#compareTo}, undated
   * last), then id, then position.
   */
  private static int[] signingOrder(List<Agreement> agreements) {
    int n = agreements.size();
    long[] keys = new long[n];
    for (int position = 0; position < n; position++) {
      keys[position] = (long) signingKey(agreements.get(position)) << 32 | position;
    }
    Arrays.sort(keys);
    int[] order = new int[n];
    for (int node = 0; node < n; node++) {
      order[node] = (int) keys[node];
    }
    int runStart = 0;
    for (int node = 1; node <= n; node++) {
      if (node == n || keys[node] >>> 32 != keys[runStart] >>> 32) {
        if (node - runStart > 1) {
          sortById(order, runStart, node, agreements);
        }
        runStart = node;
      }
    }
    return order;
  }

  /** Undated agreements sort after every date. */
  private static final int UNDATED = Integer.MAX_VALUE;

  /**
   * A signing date's place in {@link PartialDate#compareTo} order (first day, then the coarser
   * precision first) as a non-negative int: a year is a short, so its epoch days times three,
   * offset by 2^30, fit below {@link #UNDATED}.
   */
  private static int signingKey(Agreement agreement) {
    PartialDate signed = agreement.getSignedOn().orElse(null);
    if (signed == null) {
      return UNDATED;
    }
    return (int) (signed.firstDay().toEpochDay() * 3 + signed.precision().ordinal()) + (1 << 30);
  }

  /**
   * Sorts a run of positions signed on the same partial date by id; the sort is stable, so equal
   * ids keep their position order.
   */
  private static void sortById(int[] order, int from, int to, List<Agreement> agreements) {
    Integer[] run = new Integer[to - from];
    for (int k = 0; k < run.length; k++) {
      run[k] = order[from + k];
    }
    Arrays.sort(run, Comparator.comparing((Integer position) -> agreements.get(position).getId()));
    for (int k = 0; k < run.length; k++) {
      order[from + k] = run[k];
    }
  }

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
    Agreement current = findAgreement(agreementId).orElse(null);
    while (current != null && seen.add(current)) {
      chain.addFirst(current);
      current = current.getRelations().stream()
          .flatMap(r -> findAgreement(r.getTargetId()).stream())
          .findFirst()
          .orElse(null);
    }
    return List.copyOf(chain);
  }

  /**
   * For each agreement's position, the positions of the agreements with a
   * {@link RelationKind#SUPERSEDES} relation to its id (the row of the first agreement with each id).
   */
  @Value.Lazy
  PositionRows supersederRows() {
    List<Agreement> agreements = getAgreements();
    IdPositions ids = agreementPositions();
    int count = relationCount(agreements);
    int[] superseded = new int[count];
    int[] superseding = new int[count];
    int pairs = 0;
    for (int position = 0; position < agreements.size(); position++) {
      for (AgreementRelation relation : agreements.get(position).getRelations()) {
        int target = relation.getKind() == RelationKind.SUPERSEDES ? ids.positionOf(relation.getTargetId()) : -1;
        if (target >= 0) {
          superseded[pairs] = target;
          superseding[pairs] = position;
          pairs++;
        }
      }
    }
    return PositionRows.of(agreements.size(), superseded, superseding, pairs);
  }

  /** {@return the number of relations of all the agreements: the most pairs of positions they can give} */
  private static int relationCount(List<Agreement> agreements) {
    int count = 0;
    for (Agreement agreement : agreements) {
      count += agreement.getRelations().size();
    }
    return count;
  }

  /** {@return the agreements that supersede the one at a position, in portfolio order} */
  private List<Agreement> superseders(int position, PositionRows rows, IdPositions ids) {
    int row = ids.firstWithSameId(position);
    int from = rows.from(row);
    int to = rows.to(row);
    if (from == to) {
      return List.of();
    }
    List<Agreement> superseders = new ArrayList<>(to - from);
    for (int e = from; e < to; e++) {
      superseders.add(getAgreements().get(rows.item(e)));
    }
    return superseders;
  }

  /** {@return the agreements, in lineage order, that pass a test given each and its superseders} */
  private List<Agreement> inLineageOrderWhere(BiPredicate<Agreement, List<Agreement>> test) {
    Lineage lineage = lineage();
    PositionRows rows = supersederRows();
    IdPositions ids = agreementPositions();
    List<Agreement> result = new ArrayList<>();
    for (int k = 0; k < lineage.positions().length; k++) {
      Agreement agreement = lineage.agreements().get(k);
      if (test.test(agreement, superseders(lineage.positions()[k], rows, ids))) {
        result.add(agreement);
      }
    }
    return Collections.unmodifiableList(result);
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
    Objects.requireNonNull(date, "date");
    return inLineageOrderWhere((agreement, superseders) -> InForce.certainly(agreement, date, superseders));
  }

  /**
   * The agreements that may be in force on at least one day the date may be, as far as the dates
   * known tell; a superset of {@link #agreementsInForceOn(PartialDate)}.
   *
   * @param date the date
   * @return the agreements, in lineage order
   */
  public List<Agreement> agreementsPossiblyInForceOn(PartialDate date) {
    Objects.requireNonNull(date, "date");
    return inLineageOrderWhere((agreement, superseders) -> InForce.possibly(agreement, date, superseders));
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

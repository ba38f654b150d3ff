package org.egovcoop.benchmarks.peer;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The peer's portfolio: the records a user writes instead of egovcoop's portfolio, with the same
 * rules as Jakarta constraints for Hibernate Validator. Each rule that egovcoop enforces, as an
 * invariant of a builder or as a validation constraint, is here a constraint, because records have
 * no invariants: ids and codes as patterns, required values as {@code @NotNull}, at least two
 * parties, and the rules across attributes and records as {@code @AssertTrue} methods (distinct
 * party organisations, two countries in a bilateral agreement, no relation to itself, entry into
 * force not before signing, unique ids, references that resolve, a lineage without cycles, no
 * successor signed before its predecessor).
 *
 * <p>Dates stay strings of their ISO 8601 precision ({@code 2013}, {@code 2013-12},
 * {@code 2013-12-10}) and compare as text, a shortcut a user would take and that is right for the
 * data of the benchmark.
 *
 * @param id the portfolio's id
 * @param title the title, by language tag
 * @param countries the countries' alpha-3 codes
 * @param organizations the organisations
 * @param agreements the agreements
 * @param activities the activities
 */
public record PeerPortfolio(
    @NotNull @Pattern(regexp = ID) String id,
    @NotEmpty Map<@Pattern(regexp = LANGUAGE) String, @NotBlank String> title,
    @NotNull Set<@Pattern(regexp = COUNTRY) String> countries,
    @NotNull List<@NotNull @Valid Organization> organizations,
    @NotNull List<@NotNull @Valid Agreement> agreements,
    @NotNull List<@NotNull @Valid Activity> activities) {

  /** An id: 1 to 128 letters, digits or {@code . _ : ~ -}, starting with a letter or digit. */
  public static final String ID = "[A-Za-z0-9][A-Za-z0-9._:~-]{0,127}";
  /** An ISO 3166-1 alpha-3 code's form. */
  public static final String COUNTRY = "[A-Z]{3}";
  /** A BCP 47 language tag's usual forms ({@code en}, {@code uz-Latn}, {@code pt-BR}). */
  public static final String LANGUAGE = "[a-z]{2,3}(-[A-Z][a-z]{3})?(-[A-Z]{2})?";
  /** A date of year, month or day precision. */
  public static final String DATE = "[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?";
  /** A lower-case code of an enumeration or catalogue. */
  public static final String CODE = "[a-z][a-z0-9]*(-[a-z0-9]+)*";

  /** @return whether ids are unique per kind of record */
  @AssertTrue(message = "ids must be unique")
  public boolean isIdsUnique() {
    return unique(organizations.stream().map(Organization::id).toList())
        && unique(agreements.stream().map(Agreement::id).toList())
        && unique(activities.stream().map(Activity::id).toList());
  }

  /** @return whether every reference to an organisation or agreement resolves */
  @AssertTrue(message = "references must resolve")
  public boolean isReferencesResolvable() {
    Set<String> organizationIds = new HashSet<>();
    organizations.forEach(o -> organizationIds.add(o.id()));
    Set<String> agreementIds = new HashSet<>();
    agreements.forEach(a -> agreementIds.add(a.id()));
    for (Organization organization : organizations) {
      if (organization.parentId() != null && !organizationIds.contains(organization.parentId())) {
        return false;
      }
    }
    for (Agreement agreement : agreements) {
      for (Party party : agreement.parties()) {
        if (!organizationIds.contains(party.organizationId())) {
          return false;
        }
      }
      for (Relation relation : agreement.relations()) {
        if (!agreementIds.contains(relation.targetId())) {
          return false;
        }
      }
    }
    for (Activity activity : activities) {
      for (Participant participant : activity.participants()) {
        if (!organizationIds.contains(participant.organizationId())) {
          return false;
        }
      }
      if (!agreementIds.containsAll(activity.agreementIds())) {
        return false;
      }
    }
    return true;
  }

  /** @return whether the lineage of agreements has no cycle */
  @AssertTrue(message = "the lineage must not have a cycle")
  public boolean isLineageAcyclic() {
    Map<String, Agreement> byId = new HashMap<>();
    agreements.forEach(a -> byId.putIfAbsent(a.id(), a));
    Map<String, Boolean> finished = new HashMap<>(); // false while on the current path
    for (Agreement start : agreements) {
      if (finished.containsKey(start.id())) {
        continue;
      }
      Deque<Agreement> path = new ArrayDeque<>();
      Deque<Integer> next = new ArrayDeque<>();
      path.push(start);
      next.push(0);
      finished.put(start.id(), false);
      while (!path.isEmpty()) {
        Agreement current = path.peek();
        int r = next.pop();
        if (r == current.relations().size()) {
          finished.put(current.id(), true);
          path.pop();
          continue;
        }
        next.push(r + 1);
        Agreement target = byId.get(current.relations().get(r).targetId());
        if (target == null || target == current) {
          continue;
        }
        Boolean state = finished.get(target.id());
        if (Boolean.FALSE.equals(state)) {
          return false;
        }
        if (state == null) {
          finished.put(target.id(), false);
          path.push(target);
          next.push(0);
        }
      }
    }
    return true;
  }

  /** @return whether no agreement was signed before an agreement it relates to */
  @AssertTrue(message = "a successor must not be signed before its predecessor")
  public boolean isSuccessorsNotBeforePredecessors() {
    Map<String, String> signedOn = new HashMap<>();
    agreements.forEach(a -> {
      if (a.signedOn() != null) {
        signedOn.putIfAbsent(a.id(), a.signedOn());
      }
    });
    for (Agreement agreement : agreements) {
      for (Relation relation : agreement.relations()) {
        String predecessor = signedOn.get(relation.targetId());
        if (agreement.signedOn() != null && predecessor != null && certainlyBefore(agreement.signedOn(), predecessor)) {
          return false;
        }
      }
    }
    return true;
  }

  /** A date of coarser precision covers every finer date it starts: 2013 is not before 2013-12. */
  static boolean certainlyBefore(String date, String other) {
    int common = Math.min(date.length(), other.length());
    return date.substring(0, common).compareTo(other.substring(0, common)) < 0;
  }

  private static boolean unique(List<String> ids) {
    return new HashSet<>(ids).size() == ids.size();
  }

  /**
   * @param id the organisation's id
   * @param name the name, by language tag
   * @param country the country's alpha-3 code
   * @param kind the kind of body
   * @param parentId the id of the organisation it is part of, or null
   */
  public record Organization(
      @NotNull @Pattern(regexp = ID) String id,
      @NotEmpty Map<@Pattern(regexp = LANGUAGE) String, @NotBlank String> name,
      @NotNull @Pattern(regexp = COUNTRY) String country,
      @NotNull @Pattern(regexp = CODE) String kind,
      @Pattern(regexp = ID) String parentId) {

    /** @return whether the organisation is not its own parent */
    @AssertTrue(message = "an organisation cannot be its own parent")
    public boolean isNotOwnParent() {
      return parentId == null || !parentId.equals(id);
    }
  }

  /**
   * @param id the agreement's id
   * @param kind the form of the instrument
   * @param title the title, by language tag
   * @param parties the parties, two or more
   * @param signedOn the signing date, or null
   * @param entryIntoForce the date of entry into force, or null
   * @param term how long it runs, as an ISO 8601 period, or null
   * @param areas the cooperation areas by purpose
   * @param relations the links to earlier agreements
   */
  public record Agreement(
      @NotNull @Pattern(regexp = ID) String id,
      @NotNull @Pattern(regexp = CODE) String kind,
      @NotEmpty Map<@Pattern(regexp = LANGUAGE) String, @NotBlank String> title,
      @NotNull @Size(min = 2) List<@NotNull @Valid Party> parties,
      @Pattern(regexp = DATE) String signedOn,
      @Pattern(regexp = DATE) String entryIntoForce,
      @Pattern(regexp = "P([0-9]+Y)?([0-9]+M)?([0-9]+D)?") String term,
      @NotNull List<@NotNull @Valid Area> areas,
      @NotNull List<@NotNull @Valid Relation> relations) {

    /** @return whether the parties are distinct organisations */
    @AssertTrue(message = "parties must be distinct organisations")
    public boolean isPartiesDistinct() {
      return parties == null || parties.stream().map(Party::organizationId).distinct().count() == parties.size();
    }

    /** @return whether a two-party agreement is between two countries */
    @AssertTrue(message = "a bilateral agreement must be between two countries")
    public boolean isBilateralBetweenCountries() {
      return parties == null || parties.size() != 2 || !parties.get(0).country().equals(parties.get(1).country());
    }

    /** @return whether the agreement never relates to itself */
    @AssertTrue(message = "an agreement cannot relate to itself")
    public boolean isNoSelfRelation() {
      return relations == null || relations.stream().noneMatch(r -> r.targetId().equals(id));
    }

    /** @return whether it did not enter into force before it was signed */
    @AssertTrue(message = "entry into force must not be before signing")
    public boolean isEntryIntoForceNotBeforeSigning() {
      return signedOn == null || entryIntoForce == null || !certainlyBefore(entryIntoForce, signedOn);
    }
  }

  /**
   * @param organizationId the organisation that is party
   * @param country the country it acts for
   * @param signatoryAppointmentId the signatory's appointment, or null
   */
  public record Party(
      @NotNull @Pattern(regexp = ID) String organizationId,
      @NotNull @Pattern(regexp = COUNTRY) String country,
      @Pattern(regexp = ID) String signatoryAppointmentId) {}

  /**
   * @param area the cooperation area's code
   * @param purpose cooperation or benchmarking
   */
  public record Area(
      @NotNull @Pattern(regexp = CODE) String area,
      @NotNull @Pattern(regexp = "cooperation|benchmarking") String purpose) {}

  /**
   * @param kind how the agreement relates to the target
   * @param targetId the earlier agreement's id
   */
  public record Relation(
      @NotNull @Pattern(regexp = "follows|renews|amends|supersedes|implements") String kind,
      @NotNull @Pattern(regexp = ID) String targetId) {}

  /**
   * @param id the activity's id
   * @param kind what kind of work it is
   * @param title the title, by language tag
   * @param period when it ran, as an ISO 8601 interval with {@code ..} for an open end, or null
   * @param participants the organisations taking part
   * @param agreementIds the agreements it was carried out under
   */
  public record Activity(
      @NotNull @Pattern(regexp = ID) String id,
      @NotNull @Pattern(regexp = CODE) String kind,
      @NotEmpty Map<@Pattern(regexp = LANGUAGE) String, @NotBlank String> title,
      @Pattern(regexp = "(" + DATE + "|\\.\\.)/(" + DATE + "|\\.\\.)") String period,
      @NotNull List<@NotNull @Valid Participant> participants,
      @NotNull Set<@NotNull @Pattern(regexp = ID) String> agreementIds) {}

  /**
   * @param organizationId the organisation taking part
   * @param role its role
   */
  public record Participant(
      @NotNull @Pattern(regexp = ID) String organizationId,
      @NotNull @Pattern(regexp = "funding|accountable|implementing|beneficiary|host") String role) {}
}

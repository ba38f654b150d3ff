package org.egovcoop.agreement;

import jakarta.validation.constraints.Size;
import java.time.Period;
import java.util.List;
import java.util.Optional;
import org.egovcoop.area.CooperationArea;
import org.egovcoop.geo.Place;
import org.egovcoop.internal.Checks;
import org.egovcoop.internal.Texts;
import org.egovcoop.text.LocalizedText;
import org.egovcoop.time.PartialDate;
import org.egovcoop.validation.BilateralBetweenCountries;
import org.egovcoop.validation.DistinctPartyOrganizations;
import org.egovcoop.validation.EntryIntoForceNotBeforeSigning;
import org.egovcoop.validation.NoSelfRelation;
import org.immutables.value.Value;
import org.egovcoop.validation.InvalidAttributeException;

/**
 * An instrument of cooperation between governments: who agreed (the {@link Party parties} and
 * their signatories), what (the areas, by purpose), when and where it was signed, on what
 * occasion, and how it relates to earlier agreements.
 *
 * <p>The founding example: on 2017-11-22, at the Government Complex Seoul, Korea's Ministry of the
 * Interior and Safety and Uzbekistan's Ministry for the Development of Information Technologies
 * and Communications signed an MOU on e-government cooperation during President Mirziyoyev's state
 * visit; it {@link RelationKind#FOLLOWS follows} the MOU of December 2013.
 *
 * <p>Invariants, enforced by {@code build()}: ids are well-formed; a term is a positive period.
 * Rules reported by validation:
 * at least two parties ({@link Size}), from distinct organisations
 * ({@link DistinctPartyOrganizations}); a bilateral agreement is between two countries
 * ({@link BilateralBetweenCountries}); the agreement never relates to itself
 * ({@link NoSelfRelation}); it does not enter into force before it is signed
 * ({@link EntryIntoForceNotBeforeSigning}). Rules that need other records (references resolve,
 * lineage has no cycle, a successor is not signed before its predecessor) are checked on the
 * {@link org.egovcoop.portfolio.Portfolio}.
 */
@Value.Immutable
@DistinctPartyOrganizations
@BilateralBetweenCountries
@NoSelfRelation
@EntryIntoForceNotBeforeSigning
public abstract class Agreement {

  Agreement() {}

  /** {@return a builder; {@code id}, {@code kind} and {@code title} are required} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return the agreement's id, unique within its portfolio: {@code kor-uzb-egov-mou-2017}} */
  public abstract String getId();

  /** {@return the form of the instrument: an MOU} */
  public abstract AgreementKind getKind();

  /** {@return whether it binds the parties in law; {@link LegalNature#UNSPECIFIED} unless given} */
  @Value.Default
  public LegalNature getLegalNature() {
    return LegalNature.UNSPECIFIED;
  }

  /** {@return the title in one or more languages} */
  public abstract LocalizedText getTitle();

  /** {@return the parties, in the order the instrument names them; two or more} */
  @Size(min = 2, message = "{org.egovcoop.validation.Agreement.parties.Size.message}")
  public abstract List<Party> getParties();

  /** {@return the signing date, to the precision known: {@code 2017-11-22}, {@code 2013-12}} */
  public abstract Optional<PartialDate> getSignedOn();

  /** {@return where it was signed: the Government Complex Seoul} */
  public abstract Optional<Place> getSignedAt();

  /** {@return the occasion of signing: a state visit} */
  public abstract Optional<LocalizedText> getOccasion();

  /** {@return when it entered into force, if known} */
  public abstract Optional<PartialDate> getEntryIntoForce();

  /** {@return how long it runs from entry into force, if the instrument says: {@code P3Y}} */
  public abstract Optional<Period> getTerm();

  /** {@return the cooperation areas it names, each with its purpose, in the instrument's order} */
  public abstract List<AgreementArea> getAreas();

  /** {@return its links to earlier agreements: follows, renews, amends, supersedes, implements} */
  public abstract List<AgreementRelation> getRelations();

  /** {@return ids of the sources that report it} */
  public abstract List<String> getSourceIds();

  /** {@return whether it has exactly two parties} */
  public boolean isBilateral() {
    return getParties().size() == 2;
  }

  /**
   * {@return the areas named for that purpose, in order}
   *
   * @param purpose cooperation or benchmarking
   */
  public List<CooperationArea> areasFor(AreaPurpose purpose) {
    return getAreas().stream().filter(a -> a.getPurpose() == purpose).map(AgreementArea::getArea).toList();
  }

  @Value.Check
  void check() {
    Checks.id("Agreement", "id", getId());
    getTerm().ifPresent(term -> {
      if (term.isZero() || term.isNegative()) {
        throw new InvalidAttributeException("Agreement", "term", term,
          term + " of agreement " + Texts.quoted(getId()) + " is not a positive period");
      }
    });
    Checks.ids("Agreement", "sourceIds", getSourceIds());
  }

  /** Builds an {@link Agreement}. */
  public static final class Builder extends ImmutableAgreement.Builder {
    Builder() {}
  }
}

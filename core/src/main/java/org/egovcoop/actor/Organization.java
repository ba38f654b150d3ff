package org.egovcoop.actor;

import java.util.List;
import java.util.Optional;
import org.egovcoop.geo.CountryCode;
import org.egovcoop.internal.Checks;
import org.egovcoop.text.LocalizedText;
import org.egovcoop.validation.NotOwnParent;
import org.egovcoop.validation.OneIdentifierPerScheme;
import org.immutables.value.Value;

/**
 * A body of a country that signs agreements, takes part in activities or publishes sources:
 * a ministry, a division, an agency, a university, a company.
 *
 * <p>An organisation may carry the identifiers registers assigned it ({@link RegisteredIdentifier}:
 * scheme and identifier, as org-id.guide lists registers), by which open-data standards such as
 * IATI name it.
 *
 * <p>Invariants: the ids are well-formed. Validation reports an organisation that is its own
 * parent ({@link NotOwnParent}) or that holds two identifiers in one scheme
 * ({@link OneIdentifierPerScheme}), and validation of a {@link org.egovcoop.portfolio.Portfolio}
 * checks that the parent exists and that no two organisations hold the same identifier.
 */
@Value.Immutable
@NotOwnParent
@OneIdentifierPerScheme
public abstract class Organization {

  Organization() {}

  /** {@return a builder; {@code id}, {@code name}, {@code country} and {@code kind} are required} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return the organisation's id, unique within its portfolio: {@code kor-mois}} */
  public abstract String getId();

  /** {@return the name in one or more languages: "행정안전부" / "Ministry of the Interior and Safety"} */
  public abstract LocalizedText getName();

  /** {@return the country the organisation belongs to} */
  public abstract CountryCode getCountry();

  /** {@return what kind of body it is} */
  public abstract OrganizationKind getKind();

  /** {@return the id of the organisation it is part of, such as a division's ministry} */
  public abstract Optional<String> getParentId();

  /**
   * {@return the identifiers registers assigned it, at most one per scheme, in the order given
   * (the first is the preferred one)}
   */
  public abstract List<RegisteredIdentifier> getIdentifiers();

  /**
   * {@return the organisation's identifier in that scheme, if it holds one}
   *
   * @param scheme an org-id.guide scheme code, such as {@code GB-COH}
   */
  public Optional<RegisteredIdentifier> identifierIn(String scheme) {
    return getIdentifiers().stream().filter(i -> i.getScheme().equals(scheme)).findFirst();
  }

  /** {@return ids of the sources that name the organisation} */
  public abstract List<String> getSourceIds();

  @Value.Check
  void check() {
    Checks.id("Organization", "id", getId());
    getParentId().ifPresent(parent -> Checks.id("Organization", "parentId", parent));
    Checks.ids("Organization", "sourceIds", getSourceIds());
  }

  /** Builds an {@link Organization}. */
  public static final class Builder extends ImmutableOrganization.Builder {
    Builder() {}
  }
}

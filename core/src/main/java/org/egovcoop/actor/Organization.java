package org.egovcoop.actor;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.egovcoop.geo.CountryCode;
import org.egovcoop.internal.Checks;
import org.egovcoop.text.LocalizedText;
import org.immutables.value.Value;

/**
 * A body of a country that signs agreements, takes part in activities or publishes sources:
 * a ministry, a division, an agency, a university, a company.
 *
 * <p>An organisation may carry the identifiers registers assigned it ({@link RegisteredIdentifier}:
 * scheme and identifier, as org-id.guide lists registers), by which open-data standards such as
 * IATI name it.
 *
 * <p>Invariants: the id is well-formed, the organisation is not its own parent, and it holds at
 * most one identifier per scheme. Validation of a {@link org.egovcoop.portfolio.Portfolio} checks
 * that the parent exists.
 */
@Value.Immutable
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
    getParentId().ifPresent(parent -> {
      Checks.id("Organization", "parentId", parent);
      if (parent.equals(getId())) {
        throw new IllegalArgumentException("Organization '" + getId() + "' cannot be its own parent");
      }
    });
    Set<String> schemes = new HashSet<>();
    for (RegisteredIdentifier identifier : getIdentifiers()) {
      if (!schemes.add(identifier.getScheme())) {
        throw new IllegalArgumentException(
            "Organization.identifiers of organization '" + getId() + "' holds scheme " + identifier.getScheme()
                + " twice: expected at most one identifier per scheme");
      }
    }
  }

  /** Builds an {@link Organization}. */
  public static final class Builder extends ImmutableOrganization.Builder {
    Builder() {}
  }
}

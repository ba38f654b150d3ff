package org.egovcoop.validation.internal;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.egovcoop.actor.Organization;
import org.egovcoop.actor.RegisteredIdentifier;
import org.egovcoop.portfolio.Portfolio;
import org.egovcoop.validation.UniqueRegisteredIdentifiers;

/** Checks {@link UniqueRegisteredIdentifiers}: one violation per repeated identifier, at the repeat. */
public final class UniqueRegisteredIdentifiersValidator
    implements ConstraintValidator<UniqueRegisteredIdentifiers, Portfolio> {

  @Override
  public boolean isValid(Portfolio portfolio, ConstraintValidatorContext context) {
    if (portfolio == null) {
      return true;
    }
    boolean valid = true;
    Map<RegisteredIdentifier, String> holders = new HashMap<>();
    List<Organization> organizations = portfolio.getOrganizations();
    for (int i = 0; i < organizations.size(); i++) {
      Organization organization = organizations.get(i);
      for (int j = 0; j < organization.getIdentifiers().size(); j++) {
        RegisteredIdentifier identifier = organization.getIdentifiers().get(j);
        String holder = holders.putIfAbsent(identifier, organization.getId());
        if (holder != null) {
          Violations.report(context, new Object[] {"reference", identifier.reference(), "id", holder},
              "organizations", i, "identifiers", j);
          valid = false;
        }
      }
    }
    return valid;
  }
}

package org.egovcoop.validation.internal;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.egovcoop.actor.Organization;
import org.egovcoop.actor.RegisteredIdentifier;
import org.egovcoop.validation.OneIdentifierPerScheme;

/** Checks {@link OneIdentifierPerScheme}: one violation per repeated scheme, at the repeat. */
public final class OneIdentifierPerSchemeValidator implements ConstraintValidator<OneIdentifierPerScheme, Organization> {

  @Override
  public boolean isValid(Organization organization, ConstraintValidatorContext context) {
    if (organization == null) {
      return true;
    }
    boolean valid = true;
    Set<String> schemes = new HashSet<>();
    List<RegisteredIdentifier> identifiers = organization.getIdentifiers();
    for (int i = 0; i < identifiers.size(); i++) {
      String scheme = identifiers.get(i).getScheme();
      if (!schemes.add(scheme)) {
        Violations.report(context, new Object[] {"id", organization.getId(), "scheme", scheme},
            "identifiers", i, "scheme");
        valid = false;
      }
    }
    return valid;
  }
}

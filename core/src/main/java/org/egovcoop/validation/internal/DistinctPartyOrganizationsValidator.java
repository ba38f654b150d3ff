package org.egovcoop.validation.internal;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.egovcoop.agreement.Agreement;
import org.egovcoop.agreement.Party;
import org.egovcoop.validation.DistinctPartyOrganizations;

/** Checks {@link DistinctPartyOrganizations}. */
public final class DistinctPartyOrganizationsValidator
    implements ConstraintValidator<DistinctPartyOrganizations, Agreement> {

  @Override
  public boolean isValid(Agreement agreement, ConstraintValidatorContext context) {
    if (agreement == null) {
      return true;
    }
    boolean valid = true;
    Set<String> seen = new HashSet<>();
    List<Party> parties = agreement.getParties();
    for (int i = 0; i < parties.size(); i++) {
      String organization = parties.get(i).getOrganizationId();
      if (!seen.add(organization)) {
        Violations.report(context, new Object[] {"id", organization}, "parties", i, "organizationId");
        valid = false;
      }
    }
    return valid;
  }
}

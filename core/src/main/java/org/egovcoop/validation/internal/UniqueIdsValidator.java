package org.egovcoop.validation.internal;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.egovcoop.portfolio.Portfolio;
import org.egovcoop.validation.UniqueIds;

/** Checks {@link UniqueIds}: one violation per repeated id, at the repeat. */
public final class UniqueIdsValidator implements ConstraintValidator<UniqueIds, Portfolio> {

  @Override
  public boolean isValid(Portfolio portfolio, ConstraintValidatorContext context) {
    if (portfolio == null) {
      return true;
    }
    boolean valid = unique(context, "organizations", portfolio.getOrganizations(), o -> o.getId());
    valid &= unique(context, "persons", portfolio.getPersons(), p -> p.getId());
    valid &= unique(context, "appointments", portfolio.getAppointments(), a -> a.getId());
    valid &= unique(context, "agreements", portfolio.getAgreements(), a -> a.getId());
    valid &= unique(context, "activities", portfolio.getActivities(), a -> a.getId());
    valid &= unique(context, "figures", portfolio.getFigures(), f -> f.getId());
    valid &= unique(context, "statements", portfolio.getStatements(), s -> s.getId());
    valid &= unique(context, "sources", portfolio.getSources(), s -> s.getId());
    return valid;
  }

  private static <T> boolean unique(ConstraintValidatorContext context, String collection, List<T> items,
      Function<T, String> id) {
    boolean valid = true;
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < items.size(); i++) {
      String value = id.apply(items.get(i));
      if (!seen.add(value)) {
        Violations.report(context, new Object[] {"id", value}, collection, i, "id");
        valid = false;
      }
    }
    return valid;
  }
}

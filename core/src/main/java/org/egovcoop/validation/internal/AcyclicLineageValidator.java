package org.egovcoop.validation.internal;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.egovcoop.agreement.Agreement;
import org.egovcoop.portfolio.Portfolio;
import org.egovcoop.validation.AcyclicLineage;

/**
 * Checks {@link AcyclicLineage} by depth-first search over the relations, reporting each relation
 * that closes a cycle (a back edge). Self-relations are {@code NoSelfRelation}'s to report.
 */
public final class AcyclicLineageValidator implements ConstraintValidator<AcyclicLineage, Portfolio> {

  private static final int UNVISITED = 0;
  private static final int ON_PATH = 1;
  private static final int DONE = 2;

  @Override
  public boolean isValid(Portfolio portfolio, ConstraintValidatorContext context) {
    if (portfolio == null) {
      return true;
    }
    List<Agreement> agreements = portfolio.getAgreements();
    Map<String, Integer> indexById = new HashMap<>();
    for (int i = 0; i < agreements.size(); i++) {
      indexById.putIfAbsent(agreements.get(i).getId(), i);
    }
    int[] state = new int[agreements.size()];
    boolean valid = true;
    for (int i = 0; i < agreements.size(); i++) {
      if (state[i] == UNVISITED) {
        valid &= visit(i, agreements, indexById, state, context);
      }
    }
    return valid;
  }

  private static boolean visit(int i, List<Agreement> agreements, Map<String, Integer> indexById, int[] state,
      ConstraintValidatorContext context) {
    state[i] = ON_PATH;
    boolean valid = true;
    Agreement agreement = agreements.get(i);
    for (int r = 0; r < agreement.getRelations().size(); r++) {
      String target = agreement.getRelations().get(r).getTargetId();
      Integer j = indexById.get(target);
      if (j == null || j == i) {
        continue;
      }
      if (state[j] == ON_PATH) {
        Violations.report(context, new Object[] {"id", agreement.getId(), "target", target},
            "agreements", i, "relations", r, "targetId");
        valid = false;
      } else if (state[j] == UNVISITED) {
        valid &= visit(j, agreements, indexById, state, context);
      }
    }
    state[i] = DONE;
    return valid;
  }
}

package org.egovcoop.validation.internal;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.egovcoop.agreement.Agreement;
import org.egovcoop.agreement.AgreementRelation;
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
    // Iterative depth-first search: a lineage of 100,000 agreements must not overflow the stack.
    int[] stack = new int[agreements.size()];
    int[] nextRelation = new int[agreements.size()];
    boolean valid = true;
    for (int root = 0; root < agreements.size(); root++) {
      if (state[root] != UNVISITED) {
        continue;
      }
      int depth = 0;
      stack[depth++] = root;
      state[root] = ON_PATH;
      while (depth > 0) {
        int i = stack[depth - 1];
        List<AgreementRelation> relations = agreements.get(i).getRelations();
        if (nextRelation[i] == relations.size()) {
          state[i] = DONE;
          depth--;
          continue;
        }
        int r = nextRelation[i]++;
        String target = relations.get(r).getTargetId();
        Integer j = indexById.get(target);
        if (j == null || j == i) {
          continue;
        }
        if (state[j] == ON_PATH) {
          Violations.report(context, new Object[] {"id", agreements.get(i).getId(), "target", target},
              "agreements", i, "relations", r, "targetId");
          valid = false;
        } else if (state[j] == UNVISITED) {
          state[j] = ON_PATH;
          stack[depth++] = j;
        }
      }
    }
    return valid;
  }
}

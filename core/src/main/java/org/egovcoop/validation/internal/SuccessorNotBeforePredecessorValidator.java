package org.egovcoop.validation.internal;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.List;
import java.util.Optional;
import org.egovcoop.agreement.Agreement;
import org.egovcoop.agreement.AgreementRelation;
import org.egovcoop.portfolio.Portfolio;
import org.egovcoop.time.PartialDate;
import org.egovcoop.validation.SuccessorNotBeforePredecessor;

/** Checks {@link SuccessorNotBeforePredecessor}: only a certain order counts as a violation. */
public final class SuccessorNotBeforePredecessorValidator
    implements ConstraintValidator<SuccessorNotBeforePredecessor, Portfolio> {

  @Override
  public boolean isValid(Portfolio portfolio, ConstraintValidatorContext context) {
    if (portfolio == null) {
      return true;
    }
    boolean valid = true;
    List<Agreement> agreements = portfolio.getAgreements();
    for (int i = 0; i < agreements.size(); i++) {
      Agreement successor = agreements.get(i);
      if (successor.getSignedOn().isEmpty()) {
        continue;
      }
      PartialDate signed = successor.getSignedOn().get();
      for (AgreementRelation relation : successor.getRelations()) {
        Optional<PartialDate> predecessorSigned =
            portfolio.findAgreement(relation.getTargetId()).flatMap(Agreement::getSignedOn);
        if (predecessorSigned.isPresent() && signed.isBefore(predecessorSigned.get())) {
          Violations.report(context,
              new Object[] {
                "signedOn", signed.toString(),
                "target", relation.getTargetId(),
                "targetSignedOn", predecessorSigned.get().toString()
              },
              "agreements", i, "signedOn");
          valid = false;
        }
      }
    }
    return valid;
  }
}

package org.egovcoop.validation.internal;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.egovcoop.actor.Organization;
import org.egovcoop.validation.NotOwnParent;

/** Checks {@link NotOwnParent}. */
public final class NotOwnParentValidator implements ConstraintValidator<NotOwnParent, Organization> {

  @Override
  public boolean isValid(Organization organization, ConstraintValidatorContext context) {
    if (organization == null || !organization.getParentId().filter(organization.getId()::equals).isPresent()) {
      return true;
    }
    Violations.report(context, new Object[] {"id", organization.getId()}, "parentId");
    return false;
  }
}

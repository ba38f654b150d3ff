package org.egovcoop.validation.internal;

import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder.LeafNodeBuilderCustomizableContext;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder.NodeBuilderCustomizableContext;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder.NodeBuilderDefinedContext;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;

/**
 * Reports a class-level constraint's violation on the exact property it concerns, so that callers
 * see {@code agreements[0].parties[1].organizationId} rather than an empty path.
 */
final class Violations {

  private Violations() {}

  /**
   * Adds a violation with the constraint's own message template, at a path given as property
   * names, each optionally followed by the index of the element it is in:
   * {@code "agreements", 0, "parties", 1, "organizationId"} is
   * {@code agreements[0].parties[1].organizationId}, and {@code "sourceIds", 2} is
   * {@code sourceIds[2]}.
   *
   * @param context the validator's context; its default violation is disabled
   * @param parameters message parameters as name, value pairs, such as {@code "id", "kor-mois"}
   * @param path the property path
   */
  static void report(ConstraintValidatorContext context, Object[] parameters, Object... path) {
    context.disableDefaultConstraintViolation();
    HibernateConstraintValidatorContext hibernate = context.unwrap(HibernateConstraintValidatorContext.class);
    for (int i = 0; i < parameters.length; i += 2) {
      hibernate.addMessageParameter((String) parameters[i], parameters[i + 1]);
    }
    ConstraintViolationBuilder builder =
        hibernate.buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate());
    Object node = builder;
    Integer pendingIndex = null;
    for (Object segment : path) {
      if (segment instanceof Integer) {
        pendingIndex = (Integer) segment;
        continue;
      }
      node = property(node, (String) segment, pendingIndex);
      pendingIndex = null;
    }
    if (pendingIndex != null) {
      LeafNodeBuilderCustomizableContext leaf = node instanceof NodeBuilderCustomizableContext
          ? ((NodeBuilderCustomizableContext) node).addBeanNode()
          : ((NodeBuilderDefinedContext) node).addBeanNode();
      leaf.inIterable().atIndex(pendingIndex).addConstraintViolation();
      return;
    }
    if (node instanceof NodeBuilderCustomizableContext) {
      ((NodeBuilderCustomizableContext) node).addConstraintViolation();
    } else if (node instanceof NodeBuilderDefinedContext) {
      ((NodeBuilderDefinedContext) node).addConstraintViolation();
    } else {
      builder.addConstraintViolation();
    }
  }

  private static Object property(Object node, String name, Integer index) {
    NodeBuilderCustomizableContext added;
    if (node instanceof ConstraintViolationBuilder) {
      added = ((ConstraintViolationBuilder) node).addPropertyNode(name);
    } else if (node instanceof NodeBuilderCustomizableContext) {
      added = ((NodeBuilderCustomizableContext) node).addPropertyNode(name);
    } else {
      added = ((NodeBuilderDefinedContext) node).addPropertyNode(name);
    }
    return index == null ? added : added.inIterable().atIndex(index);
  }
}

package org.egovcoop.agreement;

/** Whether an {@link Agreement} binds its parties in law. Most MOUs do not. */
public enum LegalNature {
  /** Creates obligations under international or domestic law. */
  BINDING,
  /** A political commitment without legal obligations, as most MOUs are. */
  NON_BINDING,
  /** The source does not say. */
  UNSPECIFIED
}

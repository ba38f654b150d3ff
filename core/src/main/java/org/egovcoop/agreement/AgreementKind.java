package org.egovcoop.agreement;

/** The form of an {@link Agreement}, as treaty records classify instruments. */
public enum AgreementKind {
  /** A memorandum of understanding (양해각서). */
  MOU,
  /** An agreement in the general sense. */
  AGREEMENT,
  /** A treaty between states. */
  TREATY,
  /** An arrangement or implementing arrangement. */
  ARRANGEMENT,
  /** A letter of intent. */
  LETTER_OF_INTENT,
  /** A joint declaration or statement. */
  JOINT_DECLARATION,
  /** A contract, such as for the export of a system. */
  CONTRACT,
  /** Any other instrument. */
  OTHER
}

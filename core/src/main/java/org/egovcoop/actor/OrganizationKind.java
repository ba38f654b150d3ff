package org.egovcoop.actor;

/** What kind of body an {@link Organization} is. */
public enum OrganizationKind {
  /** A national government as a whole. */
  GOVERNMENT,
  /** A ministry: Korea's Ministry of the Interior and Safety. */
  MINISTRY,
  /** A unit within a ministry or agency: the Global E-Government Division. */
  DIVISION,
  /** A government agency, committee or commission. */
  AGENCY,
  /** A university or research institute. */
  UNIVERSITY,
  /** A company, such as a contractor that exports systems. */
  COMPANY,
  /** An international organisation, such as the UN. */
  INTERNATIONAL_ORGANIZATION,
  /** Anything else. */
  OTHER
}

package org.egovcoop.agreement;

/**
 * Why an area is named in an agreement. The 2017 MOU lists e-government, smart governance, safe
 * city and cybersecurity as areas of cooperation, and open data, big data, cloud and mobile as
 * areas in which Uzbekistan benchmarks Korea's leading cases.
 */
public enum AreaPurpose {
  /** Joint work in the area. */
  COOPERATION,
  /** Learning from the other party's leading cases in the area. */
  BENCHMARKING
}

/**
 * An example Spring Boot 4 application on egovcoop: {@link org.egovcoop.examples.boot.CooperationApplication}
 * and its controller for portfolios and agreements, with the problem responses the
 * {@code egovcoop-spring-boot} starter gives a client whose document is broken. Not published:
 * copy it.
 */
package org.egovcoop.examples.boot;

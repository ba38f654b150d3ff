package org.egovcoop.spring.boot;

import org.egovcoop.json.LimitSettings;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.NestedConfigurationProperty;

/**
 * The {@code egovcoop.json.*} properties of a Spring Boot application.
 */
@ConfigurationProperties("egovcoop.json")
public class EgovcoopProperties {

  /**
   * Whether documents are written without personal data (names of people, phone numbers, e-mail
   * addresses): the egovcoop module registered with Boot's JsonMapper, and the EgovJson bean, leave
   * out every attribute marked personal data.
   */
  private boolean withoutPersonalData;

  private final ProblemDetails problemDetails = new ProblemDetails();

  /**
   * The limits with which the EgovJson bean reads documents (and so portfolio and observation
   * request bodies); each one unset keeps its default.
   */
  @NestedConfigurationProperty
  private final LimitSettings limits = new LimitSettings();

  /** {@return whether documents are written without personal data} */
  public boolean isWithoutPersonalData() {
    return withoutPersonalData;
  }

  /**
   * Sets whether documents are written without personal data.
   *
   * @param withoutPersonalData whether to leave personal data out
   */
  public void setWithoutPersonalData(boolean withoutPersonalData) {
    this.withoutPersonalData = withoutPersonalData;
  }

  /** {@return the settings of the problem responses} */
  public ProblemDetails getProblemDetails() {
    return problemDetails;
  }

  /** {@return the limits for reading documents, {@code egovcoop.json.limits.*}} */
  public LimitSettings getLimits() {
    return limits;
  }

  /** The settings of the problem responses to documents egovcoop could not read. */
  public static class ProblemDetails {

    /**
     * Whether a request body egovcoop could not read is answered with an RFC 9457
     * application/problem+json response listing every problem.
     */
    private boolean enabled = true;

    /** {@return whether the problem responses are enabled} */
    public boolean isEnabled() {
      return enabled;
    }

    /**
     * Sets whether the problem responses are enabled.
     *
     * @param enabled whether to answer with problem responses
     */
    public void setEnabled(boolean enabled) {
      this.enabled = enabled;
    }
  }
}

package org.egovcoop.examples.boot;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * A Spring Boot 4 application that takes egovcoop documents as request bodies: copy it, with
 * {@link CooperationController} and {@code application.properties}, to start your own.
 *
 * <p>All it needs is the {@code egovcoop-spring-boot} starter beside Boot's web starter; there is
 * no egovcoop configuration class, no message converter and no exception handler here, because
 * the starter's auto-configuration brings them: Boot's {@code JsonMapper} reads and writes
 * egovcoop types in the egovcoop JSON format, and a body egovcoop cannot read is answered with
 * an RFC 9457 {@code application/problem+json} response that names every problem.
 *
 * <p>Run it with {@code java -jar examples-spring-boot/target/egovcoop-examples-spring-boot.jar}
 * (README.md says how to build the jar), then, for instance,
 * {@code curl -H 'Content-Type: application/json' --data-binary @portfolio.json localhost:8080/portfolios}.
 */
@SpringBootApplication
public class CooperationApplication {

  /** Created by Spring. */
  public CooperationApplication() {}

  /**
   * Starts the application.
   *
   * @param args Spring Boot's command-line arguments, such as {@code --server.port=9090}
   */
  public static void main(String[] args) {
    SpringApplication.run(CooperationApplication.class, args);
  }
}

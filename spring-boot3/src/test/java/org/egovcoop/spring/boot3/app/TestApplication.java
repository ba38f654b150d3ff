package org.egovcoop.spring.boot3.app;

import jakarta.validation.Valid;
import java.util.List;
import java.util.Locale;
import org.egovcoop.agreement.Agreement;
import org.egovcoop.json.EgovJson;
import org.egovcoop.portfolio.Portfolio;
import org.egovcoop.survey.IndexObservation;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * A Boot 3 application as a user writes one: no advice, no converter, egovcoop types as bodies. Its
 * package is not the library's, so that component scanning does not find the library's classes.
 */
@SpringBootApplication
public class TestApplication {

  /** The controller: each endpoint answers with the body it read. */
  @RestController
  static class Documents {
    private final EgovJson json;

    Documents(EgovJson json) {
      this.json = json;
    }

    @PostMapping("/portfolios")
    Portfolio portfolio(@RequestBody Portfolio portfolio) {
      return portfolio;
    }

    @PostMapping("/valid/portfolios")
    Portfolio validPortfolio(@Valid @RequestBody Portfolio portfolio) {
      return portfolio;
    }

    @PostMapping("/observations")
    IndexObservation observation(@RequestBody IndexObservation observation) {
      return observation;
    }

    @PostMapping("/agreements")
    List<Agreement> agreements(@RequestBody List<Agreement> agreements) {
      return agreements;
    }

    /** Reads the body with EgovJson itself, in the request's locale. */
    @PostMapping(path = "/egovjson/portfolios", produces = MediaType.APPLICATION_JSON_VALUE)
    byte[] egovJsonPortfolio(@RequestBody(required = false) byte[] body, Locale locale) {
      EgovJson reader = json.withLocale(locale);
      return reader.writePortfolio(reader.readPortfolio(body == null ? new byte[0] : body));
    }

    /** Reads the body with EgovJson itself, in the request's locale. */
    @PostMapping(path = "/egovjson/observations", produces = MediaType.APPLICATION_JSON_VALUE)
    byte[] egovJsonObservation(@RequestBody(required = false) byte[] body, Locale locale) {
      EgovJson reader = json.withLocale(locale);
      return reader.writeObservation(reader.readObservation(body == null ? new byte[0] : body));
    }
  }
}

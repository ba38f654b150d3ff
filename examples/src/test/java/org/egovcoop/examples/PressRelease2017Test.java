package org.egovcoop.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.egovcoop.portfolio.Portfolio;
import org.egovcoop.validation.ModelValidator;
import org.junit.jupiter.api.Test;

class PressRelease2017Test {

  @Test
  void theWholePressReleaseIsValid() {
    Portfolio portfolio = PressRelease2017.portfolio();
    assertThat(ModelValidator.create().withLocale(Locale.ENGLISH).validate(portfolio)).isEmpty();
    System.out.println(portfolio.timeline());
  }
}

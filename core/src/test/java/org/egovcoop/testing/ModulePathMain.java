package org.egovcoop.testing;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.TreeSet;
import org.egovcoop.geo.CountryCode;
import org.egovcoop.survey.IndexObservation;
import org.egovcoop.survey.SurveyIndex;
import org.egovcoop.validation.ModelValidator;
import org.egovcoop.validation.Violation;

/**
 * Run by {@link ModulePathTest} in a JVM of its own, from the class path, with core on the module
 * path: prints the modules of the boot layer and the violations of an observation in English and
 * Korean.
 */
public final class ModulePathMain {

  private ModulePathMain() {}

  /**
   * @param args none
   */
  public static void main(String[] args) {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    out.println("core module: " + ModelValidator.class.getModule().getName());
    TreeSet<String> modules = new TreeSet<>();
    ModuleLayer.boot().modules().forEach(m -> modules.add(m.getName()));
    out.println("boot layer: " + modules);
    IndexObservation tooHigh = IndexObservation.builder()
        .index(SurveyIndex.EGDI).edition(2016).country(CountryCode.UZB).rank(194).numberAssessed(193).build();
    for (Locale locale : new Locale[] {Locale.ENGLISH, Locale.KOREAN}) {
      for (Violation violation : ModelValidator.create().withLocale(locale).validate(tooHigh)) {
        out.println(locale + ": " + violation);
      }
    }
  }
}

package org.egovcoop.probe;

import org.egovcoop.json.EgovJson;
import org.egovcoop.json.databind.EgovcoopModule;
import org.egovcoop.portfolio.Portfolio;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.json.JsonMapper;

/**
 * An application on the class path using egovcoop on the module path, started by
 * {@code ModuleDiscoveryTest} (in a package of no module, which a class on the class path needs).
 */
public final class ModulePathProbe {
  private ModulePathProbe() {}

  /**
   * Prints what the mapper found, and exits with 1 if it is not egovcoop's module working.
   *
   * @param args none
   */
  public static void main(String[] args) {
    JsonMapper mapper = JsonMapper.builder().findAndAddModules().build();
    long egovcoop = mapper.registeredModules().stream().map(JacksonModule::getModuleName).filter("egovcoop"::equals)
        .count();
    Portfolio portfolio = EgovJson.create().readPortfolio("{\"formatVersion\": \"1.0\", \"id\": \"p\","
        + " \"title\": {\"en\": \"T\", \"ko\": \"협력\"}, \"countries\": [\"KOR\", \"UZB\"]}");
    byte[] bytes = mapper.writeValueAsBytes(portfolio);
    boolean works = java.util.Arrays.equals(bytes, EgovJson.create().writePortfolio(portfolio))
        && mapper.readValue(bytes, Portfolio.class).equals(portfolio);
    Module module = EgovcoopModule.class.getModule();
    Module serialization = EgovJson.class.getModule();
    System.out.println("egovcoop modules registered: " + egovcoop + "; round trip: " + works + "; "
        + module.getName() + " provides " + module.getDescriptor().provides().iterator().next().service() + "; "
        + serialization.getName() + " requires databind: " + serialization.getDescriptor().requires().stream()
            .anyMatch(r -> r.name().equals("tools.jackson.databind")));
    if (egovcoop != 1 || !works) {
      System.exit(1);
    }
  }
}

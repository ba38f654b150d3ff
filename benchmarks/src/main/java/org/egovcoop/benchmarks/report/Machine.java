package org.egovcoop.benchmarks.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** What the report says about the machine: cores, CPU model and memory, from Linux's /proc. */
final class Machine {

  private Machine() {}

  /** @return facts about this machine, by name */
  static Map<String, String> describe() {
    Map<String, String> facts = new LinkedHashMap<>();
    facts.put("Cores available to the JVM", String.valueOf(Runtime.getRuntime().availableProcessors()));
    facts.put("CPU", field(Path.of("/proc/cpuinfo"), "model name").orElse("unknown (no /proc/cpuinfo)"));
    facts.put("Memory", field(Path.of("/proc/meminfo"), "MemTotal").orElse("unknown (no /proc/meminfo)"));
    facts.put("OS", System.getProperty("os.name") + " " + System.getProperty("os.version") + " "
        + System.getProperty("os.arch"));
    return facts;
  }

  /** The value of the first {@code name : value} line of a /proc file. */
  static Optional<String> field(Path file, String name) {
    List<String> lines;
    try {
      lines = Files.readAllLines(file);
    } catch (IOException e) {
      return Optional.empty();
    }
    for (String line : lines) {
      int colon = line.indexOf(':');
      if (colon > 0 && line.substring(0, colon).trim().equals(name)) {
        return Optional.of(line.substring(colon + 1).trim());
      }
    }
    return Optional.empty();
  }
}

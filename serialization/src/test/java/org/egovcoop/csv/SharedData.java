package org.egovcoop.csv;

import java.nio.file.Files;
import java.nio.file.Path;

/** The real UN tables beside the project; their absence fails the test, it never skips it. */
final class SharedData {
  private SharedData() {}

  static Path egdiTable(int edition) {
    String shared = System.getProperty("egovcoop.shared.dir");
    if (shared == null) {
      throw new IllegalStateException(
          "System property egovcoop.shared.dir is not set: run the tests through Maven, whose surefire sets it");
    }
    Path file = Path.of(shared, "data", "egdi", "egdi-" + edition + ".csv");
    if (!Files.isRegularFile(file)) {
      throw new IllegalStateException("Missing UN survey table " + file.toAbsolutePath()
          + ": the tests read the real data from ../shared/data/egdi");
    }
    return file;
  }
}

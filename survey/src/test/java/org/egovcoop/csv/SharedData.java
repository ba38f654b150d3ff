package org.egovcoop.csv;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The real UN tables beside the project, for the tests tagged {@value #TAG}: the build runs them
 * when it is given the data directory ({@code ./mvnw verify -Degovcoop.shared.dir=../shared}), and
 * their absence then fails the test, it never skips it.
 */
final class SharedData {
  private SharedData() {}

  /** The tag of the tests that read the real data. */
  static final String TAG = "shared-data";

  static Path egdiTable(int edition) {
    String shared = System.getProperty("egovcoop.shared.dir");
    if (shared == null || shared.isBlank()) {
      throw new IllegalStateException("System property egovcoop.shared.dir is not set: run the tests tagged " + TAG
          + " through Maven with -Degovcoop.shared.dir=../shared");
    }
    Path directory = Path.of(shared);
    if (!directory.isAbsolute()) {
      directory = Path.of(System.getProperty("egovcoop.project.dir", ".")).resolve(directory);
    }
    Path file = directory.resolve(Path.of("data", "egdi", "egdi-" + edition + ".csv"));
    if (!Files.isRegularFile(file)) {
      throw new IllegalStateException("Missing UN survey table " + file.toAbsolutePath().normalize()
          + ": -Degovcoop.shared.dir must name the directory that holds data/egdi");
    }
    return file;
  }
}

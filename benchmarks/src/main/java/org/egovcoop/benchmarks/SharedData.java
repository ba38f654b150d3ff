package org.egovcoop.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The real UN E-Government Survey files, read from the project's read-only shared directory,
 * which the system property {@code egovcoop.shared.dir} names (run.sh and the tests set it). A
 * missing directory or file is an error, never a reason to skip.
 */
public final class SharedData {

  /** The system property naming the shared directory. */
  public static final String PROPERTY = "egovcoop.shared.dir";

  /** The editions of the survey files, {@code data/egdi/egdi-<edition>.csv}. */
  public static final List<Integer> SURVEY_EDITIONS = List.of(2010, 2012, 2014, 2016, 2018);

  private SharedData() {}

  /**
   * @param edition one of {@link #SURVEY_EDITIONS}
   * @return the file's bytes
   * @throws IllegalStateException if the property is not set or the file is missing
   */
  public static byte[] surveyFile(int edition) {
    Path file = directory().resolve("data/egdi/egdi-" + edition + ".csv");
    if (!Files.isRegularFile(file)) {
      throw new IllegalStateException("Missing UN survey file " + file + " (from -D" + PROPERTY + ")");
    }
    try {
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + file, e);
    }
  }

  private static Path directory() {
    String dir = System.getProperty(PROPERTY);
    if (dir == null || dir.isBlank()) {
      throw new IllegalStateException("System property " + PROPERTY + " is not set: pass -D" + PROPERTY
          + "=<the shared directory that holds data/egdi> to the benchmark JVM (benchmarks/run.sh does)");
    }
    Path directory = Path.of(dir);
    // Relative to the project's root, where the build runs the tests from a module's directory.
    String root = System.getProperty("egovcoop.project.dir");
    return directory.isAbsolute() || root == null ? directory : Path.of(root).resolve(directory);
  }
}

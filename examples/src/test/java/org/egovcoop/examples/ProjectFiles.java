package org.egovcoop.examples;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Files of the project that the examples' tests check against, found from the project's root. */
public final class ProjectFiles {

  /** The golden file of the JSON format: the press-release portfolio as EgovJson writes it, indented. */
  public static final String GOLDEN = "serialization/src/test/resources/golden/press-release-2017.json";

  private ProjectFiles() {}

  /**
   * @param relative a path from the project's root
   * @return the file, which exists
   * @throws IllegalStateException if it does not
   */
  public static Path file(String relative) {
    // Surefire sets the property to the root; run from the examples directory, the root is its parent.
    Path file = Path.of(System.getProperty("egovcoop.project.dir", "..")).resolve(relative);
    if (!Files.isRegularFile(file)) {
      throw new IllegalStateException("Missing project file " + file.toAbsolutePath());
    }
    return file;
  }

  /** @return the bytes of the golden file */
  public static byte[] golden() {
    try {
      return Files.readAllBytes(file(GOLDEN));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

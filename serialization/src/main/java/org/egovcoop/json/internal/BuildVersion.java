package org.egovcoop.json.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * The version of an egovcoop artifact, written by its build into {@code version.properties}
 * beside a class of it (resource filtering), as Jackson's own modules generate theirs: what the
 * Jackson 3 and Jackson 2 modules report to their mappers.
 *
 * @param groupId the artifact's group
 * @param artifactId the artifact
 * @param version its version
 */
public record BuildVersion(String groupId, String artifactId, String version) {

  /**
   * {@return the version written in a module's {@code version.properties}}
   *
   * @param in the file, which the module opens itself ({@code getResourceAsStream} from one of its
   *     classes: on the module path a module's resources are its own), or null if it is missing
   * @param artifact the artifact's name, for the message if the file is missing
   * @throws IllegalStateException if there is no such file
   */
  public static BuildVersion of(InputStream in, String artifact) {
    if (in == null) {
      throw new IllegalStateException("version.properties is missing from " + artifact);
    }
    Properties build = new Properties();
    try (in) {
      build.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the version of " + artifact, e);
    }
    return new BuildVersion(build.getProperty("groupId"), build.getProperty("artifactId"), build.getProperty("version"));
  }
}

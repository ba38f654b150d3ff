package org.egovcoop.examples.cli;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * An input the command cannot use, such as an unreadable file: reported as one line on standard
 * error with exit code 2, never as a stack trace.
 */
final class CommandFailure extends RuntimeException {

  private static final long serialVersionUID = 1L;

  CommandFailure(String message) {
    super(message);
  }

  /**
   * {@return the failure in words a user knows ("no such file"), not an exception's class name}
   *
   * @param action what the command tried, such as {@code read} or {@code write}
   * @param file the file
   * @param e why it failed
   */
  static CommandFailure cannot(String action, Path file, IOException e) {
    String reason;
    if (e instanceof NoSuchFileException) {
      reason = "no such file or directory";
    } else if (e instanceof AccessDeniedException) {
      reason = "permission denied";
    } else if (e instanceof FileSystemException && ((FileSystemException) e).getReason() != null) {
      // The message would repeat the file name; the reason is the system's words ("Is a directory").
      String system = ((FileSystemException) e).getReason();
      reason = Character.toLowerCase(system.charAt(0)) + system.substring(1);
    } else {
      reason = String.valueOf(e.getMessage());
    }
    return new CommandFailure("cannot " + action + " " + file + ": " + reason);
  }
}

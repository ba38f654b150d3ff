package org.egovcoop.examples.cli;

/**
 * An input the command cannot use, such as an unreadable file: reported as one line on standard
 * error with exit code 2, never as a stack trace.
 */
final class CommandFailure extends RuntimeException {

  private static final long serialVersionUID = 1L;

  CommandFailure(String message) {
    super(message);
  }
}

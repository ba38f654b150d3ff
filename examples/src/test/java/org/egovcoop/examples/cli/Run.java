package org.egovcoop.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import picocli.CommandLine;

/** One in-process run of the egovcoop command, with its exit code and captured output. */
final class Run {
  final int exitCode;
  final String out;
  final String err;

  private Run(int exitCode, String out, String err) {
    this.exitCode = exitCode;
    this.out = out;
    this.err = err;
  }

  static Run of(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine commandLine = EgovcoopCommand.commandLine()
        .setOut(new PrintWriter(out, true))
        .setErr(new PrintWriter(err, true));
    int exitCode = commandLine.execute(args);
    return new Run(exitCode, out.toString(), err.toString());
  }

  List<String> outLines() {
    return out.lines().toList();
  }

  List<String> errLines() {
    return err.lines().toList();
  }

  /** Runs {@code egovcoop COMMAND --help}, asserts that it succeeded quietly, and returns the help text. */
  static String helpOf(String command) {
    Run run = of(command, "--help");
    assertThat(run.exitCode).as("%s", run).isZero();
    assertThat(run.err).as("%s", run).isEmpty();
    return run.out;
  }

  /** Asserts that the run failed on bad arguments or an unreadable file: exit code 2, no output, one line on stderr. */
  void assertUsageError(String line) {
    assertThat(exitCode).as("%s", this).isEqualTo(2);
    assertThat(out).as("%s", this).isEmpty();
    assertThat(errLines()).as("%s", this).containsExactly(line);
  }

  @Override
  public String toString() {
    return "exit " + exitCode + "\n--- out\n" + out + "--- err\n" + err;
  }
}

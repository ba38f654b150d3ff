package org.egovcoop.examples.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.logging.Level;
import java.util.logging.Logger;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The {@code egovcoop} command: {@code demo} shows the library on the founding press release,
 * {@code egdi} reads UN E-Government Survey tables, {@code validate} checks egovcoop JSON files and
 * {@code schema} prints their JSON Schema and {@code iati} exports activities as IATI 2.03 XML. Run {@code egovcoop --help} for the list, and
 * {@code egovcoop <command> --help} for each.
 *
 * <p>Exit codes, for every command: 0 done; 1 the input was read but is not valid (each problem
 * is listed on standard error); 2 bad arguments or an unreadable file (one line on standard
 * error).
 */
@Command(
    name = "egovcoop",
    mixinStandardHelpOptions = true,
    versionProvider = EgovcoopCommand.Version.class,
    description = "Typed, validated records of e-government cooperation between governments.",
    subcommands = {DemoCommand.class, EgdiCommand.class, ValidateCommand.class, SchemaCommand.class,
      IatiCommand.class, CommandLine.HelpCommand.class},
    footerHeading = "%nExit codes:%n",
    footer = {
      "  0  done",
      "  1  the input was read but is not valid (every problem is listed on stderr)",
      "  2  bad arguments or an unreadable file (one line on stderr)"
    })
public final class EgovcoopCommand implements Runnable {

  /** Exit code when the input was read but is not valid. */
  public static final int INVALID_INPUT = 1;
  /** Exit code for bad arguments and unreadable files. */
  public static final int USAGE = CommandLine.ExitCode.USAGE;

  /** Held so that the level set in {@link #main} is not lost when the logger is collected. */
  private static final Logger HIBERNATE_VALIDATOR_LOG = Logger.getLogger("org.hibernate.validator");

  @Spec
  CommandSpec spec;

  /**
   * Runs the command line and exits with its exit code.
   *
   * @param args the arguments
   */
  public static void main(String[] args) {
    // Hibernate Validator announces its version at INFO level; a command's output is no place for it.
    HIBERNATE_VALIDATOR_LOG.setLevel(Level.WARNING);
    // UTF-8 whatever the platform's default: the output has arrows (100 → 80) and Korean names.
    CommandLine commandLine = commandLine()
        .setOut(new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true))
        .setErr(new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true));
    System.exit(commandLine.execute(args));
  }

  /**
   * The command line, configured so that bad arguments and unreadable files give one line on
   * standard error and exit code 2; set its out and err writers to capture the output.
   *
   * @return a new command line
   */
  public static CommandLine commandLine() {
    CommandLine commandLine = new CommandLine(new EgovcoopCommand());
    commandLine.setCaseInsensitiveEnumValuesAllowed(true);
    commandLine.setParameterExceptionHandler((e, args) -> {
      CommandLine failed = e.getCommandLine();
      String name = failed.getCommandSpec().qualifiedName();
      failed.getErr().println(name + ": " + firstLine(e.getMessage()) + " (see '" + name + " --help')");
      return USAGE;
    });
    commandLine.setExecutionExceptionHandler((e, failed, parseResult) -> {
      if (e instanceof CommandFailure) {
        failed.getErr().println(failed.getCommandSpec().qualifiedName() + ": " + firstLine(e.getMessage()));
        return USAGE;
      }
      throw e; // a bug, not bad input: keep its stack trace
    });
    return commandLine;
  }

  private static String firstLine(String message) {
    String text = String.valueOf(message).strip();
    int end = text.indexOf('\n');
    return end < 0 ? text : text.substring(0, end).strip();
  }

  @Override
  public void run() {
    throw new ParameterException(spec.commandLine(), "Missing command: choose demo, egdi, validate, schema or iati");
  }

  /** The version from the build, as filtered into {@code version.properties}. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() throws IOException {
      Properties properties = new Properties();
      try (InputStream in = EgovcoopCommand.class.getResourceAsStream("version.properties")) {
        if (in == null) {
          throw new IOException("version.properties is missing from the egovcoop jar");
        }
        properties.load(in);
      }
      return new String[] {"egovcoop " + properties.getProperty("version")};
    }
  }
}

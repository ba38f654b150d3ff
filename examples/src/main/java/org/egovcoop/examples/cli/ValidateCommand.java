package org.egovcoop.examples.cli;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.egovcoop.json.EgovJson;
import org.egovcoop.json.EgovJsonException;
import org.egovcoop.json.JsonLinesReader;
import org.egovcoop.json.JsonProblem;
import org.egovcoop.portfolio.Portfolio;
import org.egovcoop.survey.IndexObservation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code egovcoop validate FILE...}: reads egovcoop JSON files as strictly as
 * {@link EgovJson#readPortfolio(InputStream)} does and lists every problem, one line each, as
 * {@code FILE:LINE:COLUMN: POINTER: MESSAGE}.
 *
 * <p>What a file holds is told by its name, then by its first character: {@code .ndjson} and
 * {@code .jsonl} files are streams of index observations, one per line, read in constant memory;
 * a file that starts with {@code [} is an array of index observations (what
 * {@code egovcoop egdi --format json} prints); any other file is a portfolio document.
 */
@Command(
    name = "validate",
    mixinStandardHelpOptions = true,
    description = {
      "Reads egovcoop JSON files strictly and lists every problem.",
      "Each problem is one line on stderr, FILE:LINE:COLUMN: POINTER: MESSAGE, such as"
          + " 'mou.json:7:89: /agreements/0/parties: an agreement needs at least 2 parties';"
          + " each valid file is one line on stdout, 'FILE: valid, ...'. The format is docs/json-format.md.",
      "",
      "What a file holds:",
      "  *.ndjson, *.jsonl        index observations, one per line (NDJSON)",
      "  a file starting with [   an array of index observations (egdi --format json)",
      "  any other file           a portfolio document (demo --output FILE)",
      "",
      "Example: egovcoop validate press-release-2017.json"
    },
    footerHeading = "%nExit codes:%n",
    footer = {
      "  0  every file is valid",
      "  1  a file has problems: each is listed on stderr",
      "  2  bad arguments or an unreadable file"
    })
final class ValidateCommand implements Callable<Integer> {

  private static final EgovJson JSON = EgovJson.create();
  /** How far to look for the first character; a longer run of leading whitespace is read as a portfolio. */
  private static final int PEEK = 4096;

  @Spec
  CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "FILE",
      description = "egovcoop JSON files: portfolio documents or index observations.")
  List<Path> files;

  @Override
  public Integer call() {
    // Every file is opened once before any is read, so that a typo in the last name fails
    // before the first file's report rather than after it.
    files.forEach(ValidateCommand::checkReadable);
    boolean allValid = true;
    for (Path file : files) {
      allValid &= validate(file);
    }
    spec.commandLine().getOut().flush();
    return allValid ? 0 : EgovcoopCommand.INVALID_INPUT;
  }

  private boolean validate(Path file) {
    try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
      String name = String.valueOf(file.getFileName()).toLowerCase(Locale.ROOT);
      if (name.endsWith(".ndjson") || name.endsWith(".jsonl")) {
        return validateLines(file, in);
      }
      String valid = startsWithArray(in)
          ? observations(JSON.readObservations(in).size())
          : "portfolio '" + JSON.readPortfolio(in).getId() + "'";
      spec.commandLine().getOut().println(file + ": valid, " + valid);
      return true;
    } catch (EgovJsonException e) {
      report(file, e);
      return false;
    } catch (IOException e) {
      throw CommandFailure.cannot("read", file, e);
    } catch (UncheckedIOException e) {
      throw CommandFailure.cannot("read", file, e.getCause());
    }
  }

  /** Reads line by line, reporting each bad line and going on, in memory that does not grow with the file. */
  private boolean validateLines(Path file, InputStream in) {
    long valid = 0;
    boolean allValid = true;
    try (JsonLinesReader<IndexObservation> lines = JSON.observationLines(in)) {
      while (lines.hasNext()) {
        try {
          lines.next();
          valid++;
        } catch (EgovJsonException e) {
          report(file, e);
          allValid = false;
        }
      }
    }
    if (allValid) {
      spec.commandLine().getOut().println(file + ": valid, " + observations(valid) + ", one per line");
    }
    return allValid;
  }

  private static String observations(long count) {
    return count + (count == 1 ? " index observation" : " index observations");
  }

  private void report(Path file, EgovJsonException e) {
    report(spec.commandLine().getErr(), file, e);
  }

  /** Lists the problems of a file, one line each: {@code FILE:LINE:COLUMN: POINTER: MESSAGE}. */
  static void report(PrintWriter err, Path file, EgovJsonException e) {
    for (JsonProblem problem : e.problems()) {
      // The layout of compilers' messages, which editors and CI logs turn into links. The pointer
      // is printed escaped, as the message is: a property name cannot forge a line or move the cursor.
      err.println(file + ":" + problem.line() + ":" + problem.column() + ": "
          + (problem.pointer().isEmpty() ? "" : problem.printablePointer() + ": ") + problem.message());
    }
  }

  private static boolean startsWithArray(InputStream in) throws IOException {
    in.mark(PEEK);
    try {
      for (int i = 0; i < PEEK; i++) {
        int c = in.read();
        if (i == 0 && c == 0xEF && in.read() == 0xBB && in.read() == 0xBF) {
          continue; // a UTF-8 byte order mark, which the reader ignores
        }
        if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
          return c == '[';
        }
      }
      return false;
    } finally {
      in.reset();
    }
  }

  private static void checkReadable(Path file) {
    if (Files.isDirectory(file)) {
      throw new CommandFailure("cannot read " + file + ": is a directory");
    }
    try {
      Files.newInputStream(file).close();
    } catch (IOException e) {
      throw CommandFailure.cannot("read", file, e);
    }
  }
}

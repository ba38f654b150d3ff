package org.egovcoop.examples.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.egovcoop.iati.IatiExport;
import org.egovcoop.iati.IatiExportException;
import org.egovcoop.json.EgovJson;
import org.egovcoop.json.EgovJsonException;
import org.egovcoop.portfolio.Portfolio;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code egovcoop iati FILE.json}: exports the activities of a portfolio as an IATI Activity
 * Standard 2.03 {@code iati-activities} document, and lists what IATI could not hold. The mapping
 * is docs/iati.md.
 */
@Command(
    name = "iati",
    mixinStandardHelpOptions = true,
    description = {
      "Exports the activities of an egovcoop portfolio (a JSON document) as IATI 2.03 XML, which IATI's"
          + " schema accepts, and lists what IATI could not hold: every partial date and how it was written,"
          + " and every fact not carried (lineage, benchmarking areas, figures, people).",
      "Every organisation the document names needs a registered identifier ('identifiers' in the JSON, or"
          + " --identifier); an export without one is refused, listing every organisation that needs one.",
      "Without --output the XML goes to stdout and the report to stderr; with it, the report goes to stdout.",
      "",
      "Example: egovcoop iati press-release-2017.json --reporting-org kor-mois --output press-release-2017.xml"
    },
    footerHeading = "%nExit codes:%n",
    footer = {
      "  0  the document was written",
      "  1  the file is not valid, or IATI cannot hold the export: every problem is listed on stderr",
      "  2  bad arguments or an unreadable file"
    })
final class IatiCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Parameters(index = "0", paramLabel = "FILE.json", description = "An egovcoop portfolio document.")
  Path file;

  @Option(names = "--output", paramLabel = "OUT.xml",
      description = "Write the IATI document to OUT.xml, replacing it if it exists. Default: stdout.")
  Path output;

  @Mixin
  IatiOptions options;

  @Override
  public Integer call() {
    Portfolio portfolio;
    try (InputStream in = Files.newInputStream(file)) {
      portfolio = EgovJson.create().readPortfolio(in);
    } catch (EgovJsonException e) {
      ValidateCommand.report(spec.commandLine().getErr(), file, e);
      return EgovcoopCommand.INVALID_INPUT;
    } catch (IOException e) {
      throw CommandFailure.cannot("read", file, e);
    }
    return write(spec, options, options.withIdentifiers(spec, portfolio), output, spec.commandLine().getErr());
  }

  /**
   * Exports and writes the document to {@code output}, or to stdout when it is null; the report
   * goes to stdout after a file, and to {@code reportAfterStdout} after the document on stdout.
   *
   * @return the exit code
   */
  static int write(CommandSpec spec, IatiOptions options, Portfolio portfolio, Path output,
      PrintWriter reportAfterStdout) {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    IatiExport export;
    try {
      export = options.export(spec, portfolio);
    } catch (IatiExportException e) {
      err.println("iati: cannot export portfolio '" + portfolio.getId() + "' to IATI 2.03:");
      e.problems().forEach(p -> err.println("  " + p));
      err.println("Give an organisation an identifier in the file (\"identifiers\": [{\"scheme\": ..., \"identifier\":"
          + " ...}]) or with --identifier ORG=SCHEME-IDENTIFIER; schemes are those org-id.guide lists.");
      err.flush();
      return EgovcoopCommand.INVALID_INPUT;
    }
    if (output == null) {
      out.print(new String(export.xml(), StandardCharsets.UTF_8));
      out.flush();
    } else {
      try {
        Files.write(output, export.xml());
      } catch (IOException e) {
        throw CommandFailure.cannot("write", output, e);
      }
      out.println("IATI: wrote " + output + " (IATI 2.03, " + export.activityIdentifiers().size()
          + (export.activityIdentifiers().size() == 1 ? " activity): " : " activities): ")
          + String.join(", ", export.activityIdentifiers()));
    }
    PrintWriter report = output == null ? reportAfterStdout : out;
    report.println("Report: what IATI could not hold as the portfolio does (" + export.report().entries().size()
        + " entries):");
    export.report().entries().forEach(entry -> report.println("  " + entry));
    report.flush();
    return 0;
  }
}

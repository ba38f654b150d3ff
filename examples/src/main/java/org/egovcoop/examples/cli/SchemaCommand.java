package org.egovcoop.examples.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.egovcoop.json.EgovJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code egovcoop schema}: prints the JSON Schema (draft 2020-12) that ships in the
 * serialization jar, for tools in other languages that check egovcoop documents.
 */
@Command(
    name = "schema",
    mixinStandardHelpOptions = true,
    description = {
      "Prints the JSON Schema of egovcoop portfolio documents or index observations.",
      "The schema (draft 2020-12) of a portfolio document, or with --observation that of one index observation"
          + " (one line of an NDJSON stream). Readers check more than a schema can say (assigned codes,"
          + " references, the model's rules): 'egovcoop validate' checks it all.",
      "",
      "Example: egovcoop schema > egovcoop-portfolio-1.0.schema.json"
    })
final class SchemaCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Option(names = "--observation", description = "The schema of one index observation instead of a portfolio document.")
  boolean observation;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    out.print(observation ? EgovJson.observationSchema() : EgovJson.portfolioSchema());
    out.flush();
    return 0;
  }
}

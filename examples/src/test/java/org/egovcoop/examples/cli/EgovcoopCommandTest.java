package org.egovcoop.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EgovcoopCommandTest {

  @Test
  void helpListsTheCommandsAndExitCodes() {
    Run run = Run.of("--help");
    assertThat(run.exitCode).isZero();
    assertThat(run.out).startsWith("Usage: egovcoop [-hV] [COMMAND]")
        .contains("  demo  ").contains("  egdi  ").contains("  validate  ").contains("  schema  ").contains("  iati  ").contains("Exit codes:")
        .contains("2  bad arguments or an unreadable file");
    assertThat(Run.of("help", "egdi").out).startsWith("Usage: egovcoop egdi");
  }

  @Test
  void versionComesFromTheBuild() {
    Run run = Run.of("--version");
    assertThat(run.exitCode).isZero();
    assertThat(run.out.strip()).matches("egovcoop \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?");
  }

  @Test
  void noCommandOrAnUnknownOneIsOneLineAndExitCode2() {
    Run.of().assertUsageError("egovcoop: Missing command: choose demo, egdi, validate, schema or iati (see 'egovcoop --help')");
    Run unknown = Run.of("frob");
    assertThat(unknown.exitCode).isEqualTo(2);
    assertThat(unknown.errLines()).hasSize(1).first().asString().contains("'frob'");
  }
}

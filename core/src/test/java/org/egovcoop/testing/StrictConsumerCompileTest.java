package org.egovcoop.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A consumer's strict compiler: {@code javac -Xlint:all -Werror} against core's classes and only
 * core's run-time dependencies (no Immutables), as an application that depends on
 * {@code egovcoop-core} compiles. Any warning fails such a build, and so this test: the class
 * files must carry no annotation whose class the consumer lacks (Immutables' {@code Generated}
 * did, until {@code EgovStyle} allowed none).
 *
 * <p>The consumer is the README's quick start ({@code examples/.../QuickStart.java}) and a class
 * that calls {@code builder()} and {@code build()} of every aggregate, so that javac reads every
 * generated class. It is compiled on the class path and, as a named module requiring
 * {@code org.egovcoop.core}, on the module path. The JDK's own {@code javac} runs in a process of
 * its own, as a build would run it.
 */
class StrictConsumerCompileTest {

  private static final String QUICK_START = "examples/src/main/java/org/egovcoop/examples/QuickStart.java";

  @TempDir
  Path work;

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"-classpath", "--module-path"})
  void compilesWithoutAWarning(String pathOption) throws Exception {
    Path sources = consumerSources(pathOption.equals("--module-path"));
    Compilation result = javac(sources, pathOption, runtimePath());
    assertThat(result.exitValue).as(result.output).isZero();
    assertThat(result.output).as("javac's diagnostics").isEmpty();
  }

  /** The control: the same compiler line fails on a single warning, so the tests above can fail. */
  @Test
  void aSingleWarningFailsTheSameCompilation() throws Exception {
    Path sources = consumerSources(false);
    write(sources.resolve("org/example/consumer/RawList.java"), """
        package org.example.consumer;

        final class RawList {
          private RawList() {}

          static java.util.List raw() {
            return new java.util.ArrayList();
          }
        }
        """);
    Compilation result = javac(sources, "-classpath", runtimePath());
    assertThat(result.exitValue).as(result.output).isNotZero();
    assertThat(result.output).contains("warning: [rawtypes]", "error: warnings found and -Werror specified");
  }

  private Path consumerSources(boolean asModule) throws IOException {
    Path sources = work.resolve("src");
    Path quickStart = Path.of(System.getProperty("egovcoop.project.dir", "..")).resolve(QUICK_START);
    assertThat(quickStart).as("the README's quick start").isRegularFile();
    Files.createDirectories(sources.resolve("org/egovcoop/examples"));
    Files.copy(quickStart, sources.resolve("org/egovcoop/examples/QuickStart.java"));

    StringBuilder builders = new StringBuilder();
    for (String aggregate : PublicApiTest.AGGREGATES) {
      builders.append("    built.add(org.egovcoop.").append(aggregate).append(".builder().build());\n");
    }
    write(sources.resolve("org/example/consumer/EveryBuilder.java"), """
        package org.example.consumer;

        import java.util.ArrayList;
        import java.util.List;

        /** Calls every aggregate's builder, so that javac reads every generated class. */
        public final class EveryBuilder {
          private EveryBuilder() {}

          /**
           * Builds every aggregate empty, which fails at run time; this class is only compiled.
           *
           * @return never
           */
          public static List<Object> buildAll() {
            List<Object> built = new ArrayList<>();
        %s    return built;
          }
        }
        """.formatted(builders));
    if (asModule) {
      write(sources.resolve("module-info.java"), """
          /** A consumer of egovcoop core. */
          module org.example.consumer {
            requires org.egovcoop.core;
            exports org.example.consumer;
            exports org.egovcoop.examples;
          }
          """);
    }
    return sources;
  }

  private Compilation javac(Path sources, String pathOption, String path) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "javac").toString(),
        "-Xlint:all", "-Werror", "--release", "17", "-encoding", "UTF-8", "-proc:none",
        "-d", work.resolve("classes").toString(),
        pathOption, path));
    try (var files = Files.walk(sources)) {
      files.filter(f -> f.toString().endsWith(".java")).sorted().forEach(f -> command.add(f.toString()));
    }
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    process.getOutputStream().close();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(2, TimeUnit.MINUTES)).as("javac finished").isTrue();
    return new Compilation(process.exitValue(), output);
  }

  /** Core's classes and its run-time dependencies, without the compile-only Immutables. */
  private static String runtimePath() throws Exception {
    List<Path> entries = ModulePathTest.runtimeModulePath();
    assertThat(entries).as("no Immutables jar").noneMatch(p -> p.toString().contains("immutables"));
    return entries.stream().map(Path::toString).collect(Collectors.joining(File.pathSeparator));
  }

  private static void write(Path file, String text) throws IOException {
    Files.createDirectories(file.getParent());
    Files.writeString(file, text, StandardCharsets.UTF_8);
  }

  private record Compilation(int exitValue, String output) {}
}

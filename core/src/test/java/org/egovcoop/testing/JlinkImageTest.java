package org.egovcoop.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReference;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A consumer application that validates, linked with {@code jlink} into a runtime image of its
 * own and run from it: core and its run-time modules only, without Expression Language (jlink
 * refuses Expressly, an automatic module), and the messages still fully interpolated in English
 * and Korean. Also shows that jlink refuses Expressly, so that the image is known to be made
 * without it.
 */
class JlinkImageTest {

  private static final Set<String> EXPRESSION_LANGUAGE = Set.of("jakarta.el", "org.glassfish.expressly");

  @TempDir
  Path work;

  @Test
  void aLinkedImageOfAValidatingConsumerRunsWithoutExpressionLanguage() throws Exception {
    Path jmods = Path.of(System.getProperty("java.home"), "jmods");
    assertThat(jmods).as("the JDK's jmods, which jlink links from (Debian: package openjdk-17-jmods)").isDirectory();
    List<Path> modules = runtimeModulesWithoutExpressionLanguage();
    Path consumer = compileConsumer(modules);

    Path image = work.resolve("image");
    String modulePath = jmods + File.pathSeparator + consumer + File.pathSeparator
        + modules.stream().map(Path::toString).collect(Collectors.joining(File.pathSeparator));
    Run link = run(tool("jlink"), "--module-path", modulePath, "--add-modules", "org.example.validating",
        "--output", image.toString(), "--strip-debug", "--no-header-files", "--no-man-pages");
    assertThat(link.exit).as(link.output).isZero();

    Run app = run(image.resolve("bin").resolve("java").toString(), "-Duser.language=en",
        "-m", "org.example.validating/org.example.validating.Main");
    assertThat(app.exit).as(app.output).isZero();
    List<String> lines = app.output.lines().filter(l -> !l.startsWith("INFO:") && !l.contains("internal.util.Version"))
        .collect(Collectors.toList());
    assertThat(lines).as(app.output).containsExactly(
        // every module but the JDK's: no jakarta.el, no Expressly
        "image modules: " + List.of("com.fasterxml.classmate", "jakarta.validation", "org.egovcoop.core",
            "org.example.validating", "org.hibernate.validator", "org.jboss.logging"),
        "en: rank: rank 194 exceeds the 193 countries assessed [org.egovcoop.validation.RankWithinAssessed.message]",
        "ko: rank: 순위 194위가 평가 대상 193개국을 초과합니다 [org.egovcoop.validation.RankWithinAssessed.message]");
  }

  @Test
  void jlinkRefusesExpressly() throws Exception {
    Path expressly = ModulePathTest.runtimeModulePath().stream()
        .filter(path -> moduleNames(path).contains("org.glassfish.expressly")).findFirst().orElseThrow();
    Path jmods = Path.of(System.getProperty("java.home"), "jmods");
    Run link = run(tool("jlink"), "--module-path", jmods + File.pathSeparator + expressly,
        "--add-modules", "org.glassfish.expressly", "--output", work.resolve("refused").toString());
    assertThat(link.exit).isNotZero();
    assertThat(link.output).contains("automatic module cannot be used with jlink: org.glassfish.expressly");
  }

  /** Core's run-time modules as an application would have them, without any EL module. */
  private static List<Path> runtimeModulesWithoutExpressionLanguage() throws Exception {
    List<Path> modules = new ArrayList<>();
    for (Path entry : ModulePathTest.runtimeModulePath()) {
      Set<String> names = moduleNames(entry);
      if (names.stream().noneMatch(EXPRESSION_LANGUAGE::contains)) {
        modules.add(entry);
      }
    }
    assertThat(modules.stream().flatMap(path -> moduleNames(path).stream()))
        .contains("org.egovcoop.core", "org.hibernate.validator", "jakarta.validation")
        .doesNotContainAnyElementsOf(EXPRESSION_LANGUAGE);
    return modules;
  }

  private static Set<String> moduleNames(Path entry) {
    return ModuleFinder.of(entry).findAll().stream().map(ModuleReference::descriptor)
        .map(descriptor -> descriptor.name()).collect(Collectors.toSet());
  }

  private Path compileConsumer(List<Path> modules) throws IOException, InterruptedException {
    Path sources = work.resolve("src");
    write(sources.resolve("module-info.java"), """
        module org.example.validating {
          requires org.egovcoop.core;
        }
        """);
    write(sources.resolve("org/example/validating/Main.java"), """
        package org.example.validating;

        import java.io.PrintStream;
        import java.nio.charset.StandardCharsets;
        import java.util.Locale;
        import java.util.TreeSet;
        import org.egovcoop.geo.CountryCode;
        import org.egovcoop.survey.IndexObservation;
        import org.egovcoop.survey.SurveyIndex;
        import org.egovcoop.validation.ModelValidator;

        public final class Main {
          private Main() {}

          public static void main(String[] args) {
            PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
            TreeSet<String> image = new TreeSet<>();
            ModuleLayer.boot().modules().stream().map(Module::getName)
                .filter(name -> !name.startsWith("java.") && !name.startsWith("jdk.")).forEach(image::add);
            out.println("image modules: " + image);
            IndexObservation tooHigh = IndexObservation.builder().index(SurveyIndex.EGDI).edition(2016)
                .country(CountryCode.UZB).rank(194).numberAssessed(193).build();
            for (Locale locale : new Locale[] {Locale.ENGLISH, Locale.KOREAN}) {
              ModelValidator.create().withLocale(locale).validate(tooHigh)
                  .forEach(violation -> out.println(locale + ": " + violation));
            }
          }
        }
        """);
    Path classes = work.resolve("consumer");
    List<String> command = new ArrayList<>(List.of(tool("javac"), "--release", "17", "-encoding", "UTF-8",
        "-d", classes.toString(),
        "--module-path", modules.stream().map(Path::toString).collect(Collectors.joining(File.pathSeparator))));
    command.add(sources.resolve("module-info.java").toString());
    command.add(sources.resolve("org/example/validating/Main.java").toString());
    Run javac = run(command.toArray(String[]::new));
    assertThat(javac.exit).as(javac.output).isZero();
    return classes;
  }

  private static String tool(String name) {
    return Path.of(System.getProperty("java.home"), "bin", name).toString();
  }

  private static void write(Path file, String text) throws IOException {
    Files.createDirectories(file.getParent());
    Files.writeString(file, text, StandardCharsets.UTF_8);
  }

  private static Run run(String... command) throws IOException, InterruptedException {
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    process.getOutputStream().close();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(5, TimeUnit.MINUTES)).as("%s finished", command[0]).isTrue();
    return new Run(process.exitValue(), output);
  }

  private record Run(int exit, String output) {}
}

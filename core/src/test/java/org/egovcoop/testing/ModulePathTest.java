package org.egovcoop.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.lang.module.ModuleFinder;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.egovcoop.validation.ModelValidator;
import org.junit.jupiter.api.Test;

/**
 * Core's tests run on the module path (Surefire patches them into {@code org.egovcoop.core}), but
 * Surefire resolves every module-path jar into the boot layer and leaves the rest on the class
 * path, so a {@code requires} missing from the shipped descriptor goes unnoticed there. This test
 * starts a JVM the way an application does, with core's jars on the module path and only
 * {@code org.egovcoop.core} asked for, and validates in it.
 */
class ModulePathTest {

  private static final String CORE = "org.egovcoop.core";

  @Test
  void testsRunInsideTheNamedCoreModule() {
    assertThat(ModulePathTest.class.getModule().getName()).isEqualTo(CORE);
    assertThat(ModelValidator.class.getModule()).isSameAs(ModulePathTest.class.getModule());
  }

  @Test
  void validationWorksWithOnlyCoreResolvedFromItsDescriptor() throws Exception {
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Path testClasses = Path.of(ModulePathMain.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    List<String> command = List.of(java.toString(),
        "--module-path", runtimeModulePath().stream().map(Path::toString).collect(Collectors.joining(File.pathSeparator)),
        "--add-modules", CORE,
        "--class-path", testClasses.toString(),
        "-Duser.language=en",
        ModulePathMain.class.getName());
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    process.getOutputStream().close();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(2, TimeUnit.MINUTES)).as("child JVM finished").isTrue();
    assertThat(process.exitValue()).as("exit value; output:%n%s", output).isZero();

    List<String> lines = output.lines().filter(l -> !l.startsWith("INFO:") && !l.contains("org.hibernate.validator.internal.util.Version"))
        .collect(Collectors.toList());
    assertThat(lines).as(output).contains(
        "core module: " + CORE,
        "en: rank: rank 194 exceeds the 193 countries assessed [org.egovcoop.validation.RankWithinAssessed.message]",
        "ko: rank: 순위 194위가 평가 대상 193개국을 초과합니다 [org.egovcoop.validation.RankWithinAssessed.message]");
    String bootLayer = lines.stream().filter(l -> l.startsWith("boot layer: ")).findFirst().orElseThrow();
    // Expressly is on the module path, as an application may have it, but nothing requires EL
    assertThat(bootLayer).contains(CORE, "jakarta.validation", "org.hibernate.validator")
        .doesNotContain("org.immutables.value", "jakarta.el", "org.glassfish.expressly");
  }

  /**
   * Core's main classes and the jars of its run-time dependencies: Surefire's module path without
   * the compile-only Immutables, plus Expressly, which Surefire leaves on the class path because
   * no descriptor requires it.
   */
  static List<Path> runtimeModulePath() throws ClassNotFoundException, URISyntaxException, IOException {
    String modulePath = System.getProperty("jdk.module.path");
    assertThat(modulePath).as("Surefire's module path").isNotBlank();
    List<Path> entries = new ArrayList<>();
    for (String entry : modulePath.split(File.pathSeparator)) {
      boolean compileOnly = ModuleFinder.of(Path.of(entry)).findAll().stream()
          .anyMatch(m -> m.descriptor().name().equals("org.immutables.value"));
      if (!compileOnly) {
        entries.add(Path.of(entry));
      }
    }
    Class<?> expressly = Class.forName("org.glassfish.expressly.ExpressionFactoryImpl");
    Path expresslyJar = Path.of(expressly.getProtectionDomain().getCodeSource().getLocation().toURI());
    if (!entries.contains(expresslyJar)) {
      entries.add(expresslyJar);
    }
    for (Path entry : entries) {
      assertThat(Files.exists(entry)).as("%s exists", entry).isTrue();
    }
    return entries;
  }
}

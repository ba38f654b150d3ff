package org.egovcoop.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The jars as they would be published: the classes, sources and Javadoc jar of core,
 * serialization and examples, as this build has just made them in each module's {@code target}.
 * Run by the surefire execution {@code published-jars} in the verify phase of this module, which
 * the reactor builds after the other two; alone ({@code -pl examples}) it needs their jars built.
 */
class PublishedJarsTest {

  /** SHA-256 of the Apache License 2.0 as the ASF publishes it (LICENSE-2.0.txt). */
  private static final String APACHE_2_SHA256 = "cfc7749b96f63bd31c3c42b5c471bf756814053e847c10f3eb003417bc523d30";

  private static final String FORMAT_DOCUMENT = "META-INF/egovcoop/json-format.md";

  private static final Pattern HREF = Pattern.compile("href=\"([^\"#]+)\"");

  static Stream<Arguments> jars() {
    return jars(List.of("core", "serialization", "examples"), List.of("", "-sources", "-javadoc"));
  }

  static Stream<Arguments> javadocJars() {
    return jars(List.of("core", "serialization", "examples"), List.of("-javadoc"));
  }

  static Stream<Arguments> serializationJars() {
    return jars(List.of("serialization"), List.of("", "-sources", "-javadoc"));
  }

  private static Stream<Arguments> jars(List<String> modules, List<String> classifiers) {
    String version = System.getProperty("egovcoop.version");
    assertThat(version).as("system property egovcoop.version").isNotBlank();
    List<Arguments> jars = new ArrayList<>();
    for (String module : modules) {
      for (String classifier : classifiers) {
        jars.add(Arguments.of(module + "/target/egovcoop-" + module + "-" + version + classifier + ".jar"));
      }
    }
    return jars.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("jars")
  void carriesTheLicenceAndTheNotice(String jarPath) throws IOException {
    try (JarFile jar = new JarFile(ProjectFiles.file(jarPath).toFile())) {
      assertThat(entry(jar, "META-INF/LICENSE")).isEqualTo(Files.readAllBytes(ProjectFiles.file("LICENSE")));
      assertThat(entry(jar, "META-INF/NOTICE")).isEqualTo(Files.readAllBytes(ProjectFiles.file("NOTICE")));
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("serializationJars")
  void serializationShipsTheFormatDocument(String jarPath) throws IOException {
    try (JarFile jar = new JarFile(ProjectFiles.file(jarPath).toFile())) {
      assertThat(entry(jar, FORMAT_DOCUMENT)).isEqualTo(Files.readAllBytes(ProjectFiles.file("docs/json-format.md")));
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("javadocJars")
  void javadocDocumentsNoInternalPackageAndNamesTheLicence(String jarPath) throws IOException {
    try (JarFile jar = new JarFile(ProjectFiles.file(jarPath).toFile())) {
      List<String> pages = jar.stream().map(JarEntry::getName).filter(n -> n.endsWith(".html")).toList();
      assertThat(pages).as("pages").isNotEmpty().noneMatch(n -> n.contains("/internal/"));
      int footers = 0;
      int redirects = 0;
      for (String page : pages) {
        String html = new String(entry(jar, page), StandardCharsets.UTF_8);
        assertThat(html).as(page).doesNotContainIgnoringCase("all rights reserved");
        if (html.contains("class=\"legal-copy\"")) {
          assertThat(html).as(page).contains(">Apache License 2.0</a>");
          footers++;
        } else if (html.contains("class=\"index-redirect-page\"")) {
          redirects++;
        }
        // A link to the format document resolves inside the Javadoc jar.
        Matcher href = HREF.matcher(html);
        while (href.find()) {
          if (href.group(1).endsWith("json-format.md")) {
            String target = URI.create(page).resolve(href.group(1)).getPath();
            assertThat(jar.getEntry(target)).as("%s links to %s", page, target).isNotNull();
          }
        }
      }
      // Every page has the footer, except the root index.html, which only redirects to the module's page.
      assertThat(redirects).as("redirect pages").isOne();
      assertThat(footers).as("pages with the footer").isEqualTo(pages.size() - redirects);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("jars")
  void theLicenceIsTheStandardApacheLicenceText(String jarPath) throws IOException, NoSuchAlgorithmException {
    try (JarFile jar = new JarFile(ProjectFiles.file(jarPath).toFile())) {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(entry(jar, "META-INF/LICENSE"));
      assertThat(HexFormat.of().formatHex(digest)).isEqualTo(APACHE_2_SHA256);
    }
  }

  private static byte[] entry(JarFile jar, String name) throws IOException {
    JarEntry entry = jar.getJarEntry(name);
    assertThat(entry).as("%s in %s", name, jar.getName()).isNotNull();
    try (InputStream in = jar.getInputStream(entry)) {
      return in.readAllBytes();
    }
  }
}

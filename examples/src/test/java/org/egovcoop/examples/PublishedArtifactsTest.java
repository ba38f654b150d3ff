package org.egovcoop.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The artifacts as they would be published: the classes, sources and Javadoc jar of every shipped
 * module (core, serialization, jackson3, jackson2, test-support, survey, iati, spring-boot,
 * spring-boot3, examples), and the BOM's POM, as this build has just made them in each
 * module's {@code target}.
 * Run by the surefire execution {@code published-jars} in the verify phase of this module, which
 * the reactor builds after the other two; alone ({@code -pl examples}) it needs their jars built.
 */
class PublishedArtifactsTest {

  /** SHA-256 of the Apache License 2.0 as the ASF publishes it (LICENSE-2.0.txt). */
  private static final String APACHE_2_SHA256 = "cfc7749b96f63bd31c3c42b5c471bf756814053e847c10f3eb003417bc523d30";

  private static final String FORMAT_DOCUMENT = "META-INF/egovcoop/json-format.md";

  private static final Pattern HREF = Pattern.compile("href=\"([^\"#]+)\"");

  static Stream<Arguments> jars() {
    return jars(List.of("core", "serialization", "jackson3", "jackson2", "test-support", "survey", "iati", "spring-boot", "spring-boot3", "examples"),
        List.of("", "-sources", "-javadoc"));
  }

  static Stream<Arguments> javadocJars() {
    return jars(List.of("core", "serialization", "jackson3", "jackson2", "test-support", "survey", "iati", "spring-boot", "spring-boot3", "examples"), List.of("-javadoc"));
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
        jars.add(Arguments.of(module + "/target/" + artifactIdOf(module) + "-" + version + classifier + ".jar"));
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

  /**
   * Every builder's page documents every method of the builder itself, with the generated
   * comments, instead of listing them as inherited from the package-private generated builder.
   */
  @Test
  void everyBuilderPageDocumentsItsMethods() throws IOException {
    String jarPath = "core/target/egovcoop-core-" + System.getProperty("egovcoop.version") + "-javadoc.jar";
    try (JarFile jar = new JarFile(ProjectFiles.file(jarPath).toFile())) {
      // The 18 generated builders; LocalizedText.Builder is written by hand and documented so.
      List<String> builders = jar.stream().map(JarEntry::getName)
          .filter(n -> n.endsWith(".Builder.html") && !n.contains("/class-use/") && !n.endsWith("/LocalizedText.Builder.html"))
          .toList();
      assertThat(builders).as("builder pages").hasSize(18);
      for (String page : builders) {
        String html = new String(entry(jar, page), StandardCharsets.UTF_8);
        assertThat(html).as(page)
            .doesNotContain("methods-inherited-from-class-org.egovcoop")
            .doesNotContain("Immutable")
            .contains("member-name-link\">build</a>");
        String summary = html.substring(html.indexOf("id=\"method-summary\""));
        assertThat(summary).as(page).contains("<div class=\"block\">Builds a new ");
      }
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

  /**
   * The BOM as installed and deployed (flattened): no parent and no properties, so that importing
   * it pins nothing but egovcoop's own artifacts, at this version; and the metadata Central needs.
   */
  @Test
  void theBomManagesOnlyEgovcoopsArtifactsAtThisVersion() throws IOException {
    String pom = Files.readString(ProjectFiles.file("bom/target/egovcoop-bom.pom"), StandardCharsets.UTF_8);
    assertThat(pom).doesNotContain("<parent>", "<properties>")
        .contains("<groupId>org.egovcoop</groupId>", "<artifactId>egovcoop-bom</artifactId>",
            "<version>" + System.getProperty("egovcoop.version") + "</version>", "<packaging>pom</packaging>",
            "<url>https://github.com/egovcoop/egovcoop</url>", "<licenses>", "<developers>", "<scm");
    String managed = pom.substring(pom.indexOf("<dependencyManagement>"), pom.indexOf("</dependencyManagement>"));
    assertThat(all(managed, "<groupId>([^<]+)</groupId>")).containsExactly("org.egovcoop");
    assertThat(all(managed, "<version>([^<]+)</version>")).containsExactly("${project.version}");
    assertThat(all(managed, "<artifactId>([^<]+)</artifactId>")).isEqualTo(publishedJarModules());
  }

  /**
   * The jar modules of the reactor that the release profile publishes (all but those it excludes
   * from the Central bundle): the BOM must manage exactly these.
   */
  private static Set<String> publishedJarModules() throws IOException {
    String parent = Files.readString(ProjectFiles.file("pom.xml"), StandardCharsets.UTF_8);
    Set<String> excluded = all(parent, "<artifact>([^<]+)</artifact>");
    assertThat(excluded).as("excludeArtifacts of the release profile").contains("egovcoop-examples");
    Set<String> published = new TreeSet<>();
    for (String module : all(parent, "<module>([^<]+)</module>")) {
      boolean jar = !coordinates(module).contains("<packaging>");
      String id = artifactIdOf(module);
      if (jar && !excluded.contains(id)) {
        published.add(id);
      }
    }
    assertThat(published).as("published jar modules").isNotEmpty();
    return published;
  }

  /** {@return the module's artifactId, as its POM names it after the parent: egovcoop-test for test-support} */
  private static String artifactIdOf(String module) {
    Set<String> artifactId = all(coordinates(module), "<artifactId>([^<]+)</artifactId>");
    assertThat(artifactId).as("artifactId of %s", module).hasSize(1);
    return artifactId.iterator().next();
  }

  /** {@return the part of the module's POM between its parent and its name: artifactId and packaging} */
  private static String coordinates(String module) {
    String pom;
    try {
      pom = Files.readString(ProjectFiles.file(module + "/pom.xml"), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    String withoutParent = pom.substring(pom.indexOf("</parent>"));
    return withoutParent.substring(0, withoutParent.indexOf("<name>"));
  }

  private static Set<String> all(String text, String regex) {
    Set<String> found = new TreeSet<>();
    Matcher matcher = Pattern.compile(regex).matcher(text);
    while (matcher.find()) {
      found.add(matcher.group(1));
    }
    return found;
  }

  private static byte[] entry(JarFile jar, String name) throws IOException {
    JarEntry entry = jar.getJarEntry(name);
    assertThat(entry).as("%s in %s", name, jar.getName()).isNotNull();
    try (InputStream in = jar.getInputStream(entry)) {
      return in.readAllBytes();
    }
  }
}

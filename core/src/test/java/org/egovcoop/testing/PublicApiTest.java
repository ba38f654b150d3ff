package org.egovcoop.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.module.ModuleDescriptor;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.egovcoop.agreement.Agreement;
import org.egovcoop.agreement.AgreementKind;
import org.egovcoop.text.LocalizedText;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The public face of core, checked from a package of its own: users see {@code Agreement} and
 * {@code Agreement.Builder}, never the generated {@code ImmutableAgreement}, and the module exports
 * no internal package.
 */
class PublicApiTest {

  static final List<String> AGGREGATES = List.of(
      "geo.Place", "metric.Figure", "survey.IndexObservation", "actor.Organization", "actor.RegisteredIdentifier",
      "actor.Person",
      "actor.Appointment", "area.CooperationArea", "agreement.AgreementArea", "agreement.AgreementRelation",
      "agreement.Party", "agreement.Agreement", "activity.Participation", "activity.Activity",
      "source.ContactPoint", "source.Source", "source.Statement", "portfolio.Portfolio");

  private static final Set<String> EXPORTED = Set.of(
      "org.egovcoop.activity", "org.egovcoop.actor", "org.egovcoop.agreement", "org.egovcoop.area",
      "org.egovcoop.geo", "org.egovcoop.metric", "org.egovcoop.portfolio", "org.egovcoop.privacy",
      "org.egovcoop.source", "org.egovcoop.survey", "org.egovcoop.text", "org.egovcoop.time",
      "org.egovcoop.validation");

  @Test
  void builderChainsAreTypedByThePublicBuilder() throws NoSuchMethodException {
    // Compiles only because every chained call returns Agreement.Builder.
    Agreement.Builder chained = Agreement.builder().id("mou").kind(AgreementKind.MOU).title(LocalizedText.of("en", "MOU"));
    assertThat(chained).isInstanceOf(Agreement.Builder.class);
    assertThat(Agreement.Builder.class.getMethod("id", String.class).getReturnType()).isEqualTo(Agreement.Builder.class);
    assertThat(Agreement.Builder.class.getMethod("build").getReturnType()).isEqualTo(Agreement.class);
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "geo.Place", "metric.Figure", "survey.IndexObservation", "actor.Organization", "actor.RegisteredIdentifier", "actor.Person",
    "actor.Appointment", "area.CooperationArea", "agreement.AgreementArea", "agreement.AgreementRelation",
    "agreement.Party", "agreement.Agreement", "activity.Participation", "activity.Activity",
    "source.ContactPoint", "source.Source", "source.Statement", "portfolio.Portfolio"})
  void theGeneratedClassIsHiddenBehindTheAbstractTypeAndItsBuilder(String name) throws Exception {
    Class<?> type = Class.forName("org.egovcoop." + name);
    Class<?> generated = Class.forName(type.getPackageName() + ".Immutable" + type.getSimpleName());
    Class<?> builder = Class.forName(type.getName() + "$Builder");

    assertThat(Modifier.isPublic(generated.getModifiers())).as("%s is public", generated).isFalse();
    assertThat(Modifier.isPublic(type.getModifiers()) && Modifier.isAbstract(type.getModifiers())).isTrue();
    assertThat(type.getConstructors()).as("public constructors of %s", type).isEmpty();
    assertThat(Modifier.isPublic(builder.getModifiers()) && Modifier.isFinal(builder.getModifiers())).isTrue();
    assertThat(builder.getConstructors()).as("public constructors of %s", builder).isEmpty();
    assertThat(type.getMethod("builder").getReturnType()).isEqualTo(builder);

    for (Method method : builder.getMethods()) {
      if (method.getDeclaringClass() == Object.class) {
        continue;
      }
      assertThat(method.getGenericReturnType().getTypeName())
          .as("%s.%s returns", builder.getSimpleName(), method.getName())
          .isIn(builder.getTypeName(), type.getTypeName());
    }
  }

  @Test
  void noPublicSignatureOfAnExportedPackageMentionsAGeneratedType() throws Exception {
    // The detector itself: the one place a generated type may appear is as a public builder's
    // superclass, which javadoc and the compiler hide behind the public builder.
    assertThat(mentionsGenerated(Agreement.Builder.class.getGenericSuperclass().getTypeName())).isTrue();
    List<String> leaks = new ArrayList<>();
    List<Class<?>> publicTypes = publicTypesOfExportedPackages();
    assertThat(publicTypes).hasSizeGreaterThan(AGGREGATES.size() * 2);
    for (Class<?> type : publicTypes) {
      assertThat(type.getSimpleName()).as("public type %s", type.getName()).doesNotStartWith("Immutable");
      if (type.getGenericSuperclass() != null && mentionsGenerated(type.getGenericSuperclass().getTypeName())
          && !type.getSimpleName().equals("Builder")) {
        leaks.add(type.getName() + " extends " + type.getGenericSuperclass().getTypeName());
      }
      for (Method method : type.getDeclaredMethods()) {
        if (isVisible(method.getModifiers()) && mentionsGenerated(method.toGenericString())) {
          leaks.add(method.toGenericString());
        }
      }
      for (Constructor<?> constructor : type.getDeclaredConstructors()) {
        if (isVisible(constructor.getModifiers()) && mentionsGenerated(constructor.toGenericString())) {
          leaks.add(constructor.toGenericString());
        }
      }
      for (Field field : type.getDeclaredFields()) {
        if (isVisible(field.getModifiers()) && mentionsGenerated(field.toGenericString())) {
          leaks.add(field.toGenericString());
        }
      }
    }
    assertThat(leaks).isEmpty();
  }

  @Test
  void theModuleExportsTheModelAndOpensItOnlyToHibernateValidator() {
    Module core = Agreement.class.getModule();
    assertThat(core.isNamed()).as("core runs as a named module").isTrue();
    ModuleDescriptor descriptor = core.getDescriptor();
    assertThat(descriptor.name()).isEqualTo("org.egovcoop.core");
    assertThat(descriptor.exports().stream().filter(e -> !e.isQualified()).map(ModuleDescriptor.Exports::source)
        .collect(Collectors.toSet())).isEqualTo(EXPORTED);
    // The one qualified export, to the JSON and CSV readers only: the model's own field checks and
    // the code lookups they share. The rules the readers apply are public methods of the model
    // (IndexObservation.rankIsWithinAssessed).
    assertThat(descriptor.exports().stream().filter(ModuleDescriptor.Exports::isQualified)).singleElement()
        .satisfies(export -> {
          assertThat(export.source()).isEqualTo("org.egovcoop.internal");
          assertThat(export.targets()).containsExactlyInAnyOrder("org.egovcoop.serialization", "org.egovcoop.csv");
        });
    assertThat(descriptor.opens()).isNotEmpty().allSatisfy(open -> {
      assertThat(open.targets()).containsExactly("org.hibernate.validator");
      assertThat(open.source()).isNotIn("org.egovcoop.internal");
    });
    assertThat(descriptor.packages()).contains("org.egovcoop.internal", "org.egovcoop.validation.internal");
  }

  private static boolean isVisible(int modifiers) {
    return Modifier.isPublic(modifiers) || Modifier.isProtected(modifiers);
  }

  private static boolean mentionsGenerated(String signature) {
    return signature.matches(".*\\bImmutable[A-Z].*");
  }

  private static List<Class<?>> publicTypesOfExportedPackages() throws IOException, URISyntaxException {
    Path classes = Path.of(Agreement.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    assertThat(classes).isDirectory();
    List<Class<?>> types = new ArrayList<>();
    try (Stream<Path> files = Files.walk(classes)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".class")).collect(Collectors.toList())) {
        String name = classes.relativize(file).toString().replace(file.getFileSystem().getSeparator(), ".")
            .replaceFirst("\\.class$", "");
        if (name.equals("module-info") || name.endsWith("package-info")) {
          continue;
        }
        Class<?> type = loadQuietly(name);
        if (EXPORTED.contains(type.getPackageName()) && isPubliclyReachable(type)) {
          types.add(type);
        }
      }
    }
    return types;
  }

  private static boolean isPubliclyReachable(Class<?> type) {
    for (Class<?> t = type; t != null; t = t.getEnclosingClass()) {
      if (!Modifier.isPublic(t.getModifiers())) {
        return false;
      }
    }
    return true;
  }

  private static Class<?> loadQuietly(String name) {
    try {
      return Class.forName(name, false, PublicApiTest.class.getClassLoader());
    } catch (ClassNotFoundException e) {
      throw new AssertionError("cannot load " + name, e);
    }
  }
}

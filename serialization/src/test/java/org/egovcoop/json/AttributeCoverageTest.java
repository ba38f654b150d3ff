package org.egovcoop.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.egovcoop.json.internal.Codec;
import org.egovcoop.json.internal.Codecs;
import org.egovcoop.privacy.PersonalData;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Guards against an attribute added to core but forgotten by its codec, and against a new
 * {@link PersonalData} attribute that the redacting writer does not leave out. The attributes are
 * derived from the model by reflection: each field of the generated implementation that backs a
 * public {@code get}/{@code is} accessor of the model type.
 */
class AttributeCoverageTest {

  /** Only to read what the codecs write as trees. */
  private static final JsonMapper TREES = JsonMapper.builder().build();

  /** The attributes of a model aggregate, by the fields of its generated implementation. */
  static Set<String> attributes(Object value) {
    Set<String> accessors = new TreeSet<>();
    Class<?> model = modelType(value);
    for (Method method : model.getMethods()) {
      String name = method.getName();
      if (method.getParameterCount() == 0 && method.getDeclaringClass() == model) {
        if (name.startsWith("get") && name.length() > 3) {
          accessors.add(decapitalize(name.substring(3)));
        } else if (name.startsWith("is") && name.length() > 2) {
          accessors.add(decapitalize(name.substring(2)));
        }
      }
    }
    Set<String> attributes = new TreeSet<>();
    for (Field field : value.getClass().getDeclaredFields()) {
      if (!Modifier.isStatic(field.getModifiers()) && accessors.contains(field.getName())) {
        attributes.add(field.getName());
      }
    }
    return attributes;
  }

  static String decapitalize(String name) {
    return Character.toLowerCase(name.charAt(0)) + name.substring(1);
  }

  static Class<?> modelType(Object value) {
    Class<?> type = value.getClass();
    return type.getSimpleName().startsWith("Immutable") ? type.getSuperclass() : type;
  }

  static List<Object> fullSamples() {
    List<Object> samples = new ArrayList<>();
    RandomModel model = new RandomModel(new Random(20171122), true);
    for (Codec<?> codec : Codecs.all()) {
      Object sample = model.sampleOf(codec.type());
      if (sample.getClass().getSimpleName().startsWith("Immutable")) {
        samples.add(sample);
      }
    }
    return samples;
  }

  @Test
  void everyAttributeOfEveryAggregateIsWritten() {
    List<Object> samples = fullSamples();
    assertThat(samples).extracting(s -> modelType(s).getSimpleName())
        .contains("Portfolio", "Agreement", "Party", "IndexObservation", "Source", "ContactPoint", "Person");
    for (Object sample : samples) {
      JsonNode tree = TREES.readTree(CodecBytes.of(sample, false));
      Set<String> attributes = attributes(sample);

      assertThat(attributes).as("attributes of %s", modelType(sample).getSimpleName()).isNotEmpty();
      for (String attribute : attributes) {
        assertThat(tree.has(attribute)).as("%s.%s is written in %s", modelType(sample).getSimpleName(), attribute, tree)
            .isTrue();
      }
    }
  }

  @Test
  void everyPersonalDataAttributeIsLeftOutByTheRedactingWriterAndOnlyThose() {
    Set<String> personal = new TreeSet<>();
    for (Object sample : fullSamples()) {
      Class<?> model = modelType(sample);
      Set<String> marked = new TreeSet<>();
      for (Method method : model.getMethods()) {
        if (method.isAnnotationPresent(PersonalData.class)) {
          marked.add(decapitalize(method.getName().replaceFirst("^(get|is)", "")));
        }
      }
      JsonNode plain = TREES.readTree(CodecBytes.of(sample, false));
      JsonNode redacted = TREES.readTree(CodecBytes.of(sample, true));
      for (String attribute : attributes(sample)) {
        boolean isPersonal = marked.contains(attribute);
        assertThat(plain.has(attribute)).as("%s.%s written in full", model.getSimpleName(), attribute).isTrue();
        assertThat(redacted.has(attribute)).as("%s.%s written without personal data", model.getSimpleName(), attribute)
            .isEqualTo(!isPersonal);
        if (isPersonal) {
          personal.add(model.getSimpleName() + "." + attribute);
        }
      }
      assertThat(attributes(sample)).as("every @PersonalData accessor of %s is an attribute", model.getSimpleName())
          .containsAll(marked);
    }
    // The derivation must have found what core marks today; more is fine, it is tested above.
    assertThat(personal).contains("Person.name", "ContactPoint.phone", "ContactPoint.email");
  }
}

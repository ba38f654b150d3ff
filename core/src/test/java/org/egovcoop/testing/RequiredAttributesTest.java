package org.egovcoop.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.egovcoop.testing.Fixtures.text;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.egovcoop.activity.Activity;
import org.egovcoop.activity.ActivityKind;
import org.egovcoop.activity.Participation;
import org.egovcoop.activity.ParticipationRole;
import org.egovcoop.actor.Appointment;
import org.egovcoop.actor.Organization;
import org.egovcoop.actor.OrganizationKind;
import org.egovcoop.actor.Person;
import org.egovcoop.actor.RegisteredIdentifier;
import org.egovcoop.agreement.Agreement;
import org.egovcoop.agreement.AgreementArea;
import org.egovcoop.agreement.AgreementKind;
import org.egovcoop.agreement.AgreementRelation;
import org.egovcoop.agreement.AreaPurpose;
import org.egovcoop.agreement.Party;
import org.egovcoop.agreement.RelationKind;
import org.egovcoop.area.CooperationArea;
import org.egovcoop.geo.CountryCode;
import org.egovcoop.geo.Place;
import org.egovcoop.metric.Figure;
import org.egovcoop.metric.FigureKind;
import org.egovcoop.metric.Money;
import org.egovcoop.metric.QualifiedQuantity;
import org.egovcoop.portfolio.Portfolio;
import org.egovcoop.source.ContactPoint;
import org.egovcoop.source.Source;
import org.egovcoop.source.SourceKind;
import org.egovcoop.source.Statement;
import org.egovcoop.survey.IndexObservation;
import org.egovcoop.survey.SurveyIndex;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every builder refuses to build while a required attribute is missing, and names each missing
 * one: all of them for an empty builder, exactly the one left out otherwise.
 */
class RequiredAttributesTest {

  /** A type's builder and, in declaration order, a setter for each required attribute. */
  static final class Spec<B> {
    final String type;
    final Supplier<B> builder;
    final Function<B, Object> build;
    final Map<String, Consumer<B>> required = new LinkedHashMap<>();

    Spec(String type, Supplier<B> builder, Function<B, Object> build) {
      this.type = type;
      this.builder = builder;
      this.build = build;
    }

    Spec<B> requires(String attribute, Consumer<B> setter) {
      required.put(attribute, setter);
      return this;
    }

    Object buildWithout(List<String> missing) {
      B b = builder.get();
      required.forEach((attribute, setter) -> {
        if (!missing.contains(attribute)) {
          setter.accept(b);
        }
      });
      return build.apply(b);
    }

    String message(List<String> missing) {
      return "Cannot build " + type + ", some of required attributes are not set " + missing;
    }

    @Override
    public String toString() {
      return type;
    }
  }

  static Stream<Spec<?>> specs() {
    return Stream.of(
        new Spec<Place.Builder>("Place", Place::builder, Place.Builder::build)
            .requires("name", b -> b.name(text("Tashkent")))
            .requires("country", b -> b.country(CountryCode.UZB)),
        new Spec<Figure.Builder>("Figure", Figure::builder, Figure.Builder::build)
            .requires("id", b -> b.id("exports"))
            .requires("kind", b -> b.kind(FigureKind.EXPORTS))
            .requires("description", b -> b.description(text("exports")))
            .requires("quantity", b -> b.quantity(QualifiedQuantity.moreThan(Money.of("180000000", "USD")))),
        new Spec<IndexObservation.Builder>("IndexObservation", IndexObservation::builder, IndexObservation.Builder::build)
            .requires("index", b -> b.index(SurveyIndex.EGDI))
            .requires("edition", b -> b.edition(2016))
            .requires("country", b -> b.country(CountryCode.UZB))
            .requires("numberAssessed", b -> b.numberAssessed(193)),
        new Spec<Organization.Builder>("Organization", Organization::builder, Organization.Builder::build)
            .requires("id", b -> b.id("kor-mois"))
            .requires("name", b -> b.name(text("Ministry")))
            .requires("country", b -> b.country(CountryCode.KOR))
            .requires("kind", b -> b.kind(OrganizationKind.MINISTRY)),
        new Spec<RegisteredIdentifier.Builder>("RegisteredIdentifier", RegisteredIdentifier::builder,
                RegisteredIdentifier.Builder::build)
            .requires("scheme", b -> b.scheme("GB-COH"))
            .requires("identifier", b -> b.identifier("01234567")),
        new Spec<Person.Builder>("Person", Person::builder, Person.Builder::build)
            .requires("id", b -> b.id("kim")),
        new Spec<Appointment.Builder>("Appointment", Appointment::builder, Appointment.Builder::build)
            .requires("id", b -> b.id("kim-minister"))
            .requires("personId", b -> b.personId("kim"))
            .requires("post", b -> b.post(text("Minister")))
            .requires("organizationId", b -> b.organizationId("kor-mois")),
        new Spec<CooperationArea.Builder>("CooperationArea", CooperationArea::builder, CooperationArea.Builder::build)
            .requires("code", b -> b.code("digital-id"))
            .requires("name", b -> b.name(text("Digital identity"))),
        new Spec<AgreementArea.Builder>("AgreementArea", AgreementArea::builder, AgreementArea.Builder::build)
            .requires("area", b -> b.area(CooperationArea.CLOUD))
            .requires("purpose", b -> b.purpose(AreaPurpose.BENCHMARKING)),
        new Spec<AgreementRelation.Builder>("AgreementRelation", AgreementRelation::builder, AgreementRelation.Builder::build)
            .requires("kind", b -> b.kind(RelationKind.FOLLOWS))
            .requires("targetId", b -> b.targetId("mou-2013")),
        new Spec<Party.Builder>("Party", Party::builder, Party.Builder::build)
            .requires("organizationId", b -> b.organizationId("kor-mois"))
            .requires("country", b -> b.country(CountryCode.KOR)),
        new Spec<Agreement.Builder>("Agreement", Agreement::builder, Agreement.Builder::build)
            .requires("id", b -> b.id("mou-2017"))
            .requires("kind", b -> b.kind(AgreementKind.MOU))
            .requires("title", b -> b.title(text("MOU"))),
        new Spec<Participation.Builder>("Participation", Participation::builder, Participation.Builder::build)
            .requires("organizationId", b -> b.organizationId("kor-mois"))
            .requires("role", b -> b.role(ParticipationRole.FUNDING)),
        new Spec<Activity.Builder>("Activity", Activity::builder, Activity.Builder::build)
            .requires("id", b -> b.id("centre"))
            .requires("kind", b -> b.kind(ActivityKind.CENTRE))
            .requires("title", b -> b.title(text("Centre"))),
        new Spec<ContactPoint.Builder>("ContactPoint", ContactPoint::builder, ContactPoint.Builder::build)
            .requires("organizationId", b -> b.organizationId("kor-division")),
        new Spec<Source.Builder>("Source", Source::builder, Source.Builder::build)
            .requires("id", b -> b.id("press-release"))
            .requires("kind", b -> b.kind(SourceKind.PRESS_RELEASE))
            .requires("title", b -> b.title(text("Press release"))),
        new Spec<Statement.Builder>("Statement", Statement::builder, Statement.Builder::build)
            .requires("id", b -> b.id("quote"))
            .requires("speakerId", b -> b.speakerId("kim"))
            .requires("text", b -> b.text(text("A model case"))),
        new Spec<Portfolio.Builder>("Portfolio", Portfolio::builder, Portfolio.Builder::build)
            .requires("id", b -> b.id("kor-uzb"))
            .requires("title", b -> b.title(text("Korea–Uzbekistan"))));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("specs")
  void anEmptyBuilderNamesEveryRequiredAttribute(Spec<?> spec) {
    List<String> all = new ArrayList<>(spec.required.keySet());
    assertThatThrownBy(() -> spec.buildWithout(all))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage(spec.message(all));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("specs")
  void eachMissingAttributeIsNamedAlone(Spec<?> spec) {
    for (String attribute : spec.required.keySet()) {
      assertThatThrownBy(() -> spec.buildWithout(List.of(attribute)))
          .as("%s without %s", spec.type, attribute)
          .isInstanceOf(IllegalStateException.class)
          .hasMessage(spec.message(List.of(attribute)));
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("specs")
  void theRequiredAttributesAloneSuffice(Spec<?> spec) {
    Object built = spec.buildWithout(List.of());
    assertThat(built.getClass().getSimpleName()).isEqualTo("Immutable" + spec.type);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("specs")
  void nullIsRejectedForEveryRequiredAttribute(Spec<?> spec) throws Exception {
    for (String attribute : spec.required.keySet()) {
      Object builder = spec.builder.get();
      java.lang.reflect.Method setter = Stream.of(builder.getClass().getMethods())
          .filter(m -> m.getName().equals(attribute) && m.getParameterCount() == 1
              && !m.getParameterTypes()[0].isPrimitive())
          .findFirst()
          .orElse(null);
      if (setter == null) {
        continue; // a primitive attribute cannot be null
      }
      setter.setAccessible(true);
      assertThatThrownBy(() -> invoke(setter, builder))
          .as("%s.%s(null)", spec.type, attribute)
          .isInstanceOf(NullPointerException.class)
          .hasMessage(attribute);
    }
  }

  private static void invoke(java.lang.reflect.Method setter, Object builder) throws Throwable {
    try {
      setter.invoke(builder, new Object[] {null});
    } catch (java.lang.reflect.InvocationTargetException e) {
      throw e.getCause();
    }
  }

  @org.junit.jupiter.api.Test
  void primitiveRequiredAttributesHaveNoSilentDefault() {
    // IndexObservation's edition and numberAssessed are ints: a missing one must not become 0.
    assertThatThrownBy(() -> IndexObservation.builder().index(SurveyIndex.EGDI).country(CountryCode.UZB)
            .score(BigDecimal.ONE).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("Cannot build IndexObservation, some of required attributes are not set [edition, numberAssessed]");
  }

  @org.junit.jupiter.api.Test
  void theMissingAttributesAreDataNotOnlyASentence() {
    assertThatThrownBy(() -> org.egovcoop.agreement.Agreement.builder().id("a").build())
        .isInstanceOfSatisfying(org.egovcoop.validation.MissingAttributesException.class, e -> {
          assertThat(e.modelType()).isEqualTo("Agreement");
          assertThat(e.missingAttributes()).containsExactly("kind", "title");
        });
  }
}

/**
 * The egovcoop domain model: agreements between governments and their lineage, the parties and
 * officials who sign them, cooperation areas, activities, figures and UN E-Government Survey
 * observations, with Bean Validation constraints validated by Hibernate Validator.
 *
 * <p>Accessors follow one rule: aggregates, made with builders ({@code Agreement},
 * {@code Portfolio}), use {@code getX()}, so that Bean Validation and JavaBeans tools see every
 * property; scalar values, made with {@code of} and {@code parse} ({@code PartialDate},
 * {@code CountryCode}, {@code Money}), use {@code x()}, as java.time does.
 *
 * <p>Generated implementation classes are package-private; validators live in a package that is
 * opened to Hibernate Validator but not exported.
 */
// "module": the qualified export below names a module built after this one, which javac warns of.
@SuppressWarnings("module")
module org.egovcoop.core {
  requires transitive jakarta.validation;
  requires org.hibernate.validator;
  // Hibernate Validator logs through JBoss Logging, which needs java.logging but only `requires
  // static` it: without this line a jlink image of an application fails at bootstrap.
  requires java.logging;
  // No jakarta.el: egovcoop's messages need no Expression Language (see ModelValidator). An
  // application that wants EL on the module path requires jakarta.el itself, with an implementation.
  requires static org.immutables.value;

  exports org.egovcoop.activity;
  exports org.egovcoop.actor;
  exports org.egovcoop.agreement;
  exports org.egovcoop.area;
  exports org.egovcoop.geo;
  exports org.egovcoop.metric;
  exports org.egovcoop.portfolio;
  exports org.egovcoop.privacy;
  exports org.egovcoop.source;
  exports org.egovcoop.survey;
  exports org.egovcoop.text;
  exports org.egovcoop.time;
  exports org.egovcoop.validation;
  // The JSON codecs apply the model's own checks at the field they concern, and the bulk reader
  // calls the cheap observation rules without Bean Validation.
  exports org.egovcoop.internal to org.egovcoop.serialization, org.egovcoop.csv;

  // Hibernate Validator reads constraints and calls getters on the value types by reflection,
  // and instantiates the constraint validators.
  opens org.egovcoop.activity to org.hibernate.validator;
  opens org.egovcoop.actor to org.hibernate.validator;
  opens org.egovcoop.agreement to org.hibernate.validator;
  opens org.egovcoop.area to org.hibernate.validator;
  opens org.egovcoop.geo to org.hibernate.validator;
  opens org.egovcoop.metric to org.hibernate.validator;
  opens org.egovcoop.portfolio to org.hibernate.validator;
  opens org.egovcoop.source to org.hibernate.validator;
  opens org.egovcoop.survey to org.hibernate.validator;
  opens org.egovcoop.validation.internal to org.hibernate.validator;
}

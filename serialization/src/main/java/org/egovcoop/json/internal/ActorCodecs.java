package org.egovcoop.json.internal;

import org.egovcoop.actor.Appointment;
import org.egovcoop.actor.Organization;
import org.egovcoop.actor.Person;
import org.egovcoop.actor.RegisteredIdentifier;

/** Codecs of organisations, people and appointments. */
public final class ActorCodecs {
  private ActorCodecs() {}

  /** A registered identifier: scheme, identifier. */
  public static final Codec<RegisteredIdentifier> REGISTERED_IDENTIFIER =
      ObjectCodec.table(RegisteredIdentifier.class, "a registered identifier object", RegisteredIdentifier::builder,
              RegisteredIdentifier.Builder::build)
          .string("scheme", "an org-id.guide scheme code string such as \"GB-COH\"", RegisteredIdentifier::getScheme,
              RegisteredIdentifier.Builder::scheme)
          .string("identifier", "an identifier string", RegisteredIdentifier::getIdentifier,
              RegisteredIdentifier.Builder::identifier)
          .codec();

  /** An organisation: id, name, country, kind, parentId, identifiers, sourceIds. */
  public static final Codec<Organization> ORGANIZATION =
      ObjectCodec.table(Organization.class, "an organization object", Organization::builder,
              Organization.Builder::build)
          .id("id", Organization::getId, Organization.Builder::id)
          .required("name", Scalars.LOCALIZED_TEXT, Organization::getName, Organization.Builder::name)
          .required("country", Scalars.COUNTRY, Organization::getCountry, Organization.Builder::country)
          .code("kind", Enums.ORGANIZATION_KIND, Organization::getKind, Organization.Builder::kind)
          .optionalId("parentId", Organization::getParentId, Organization.Builder::parentId)
          .list("identifiers", REGISTERED_IDENTIFIER, "an array of registered identifier objects",
              Organization::getIdentifiers, Organization.Builder::identifiers)
          .ids("sourceIds", Organization::getSourceIds, Organization.Builder::sourceIds)
          .codec();

  /** A person: id, name (personal data), sourceIds. */
  public static final Codec<Person> PERSON =
      ObjectCodec.table(Person.class, "a person object", Person::builder, Person.Builder::build)
          .id("id", Person::getId, Person.Builder::id)
          .optional("name", Scalars.LOCALIZED_TEXT, Person::getName, Person.Builder::name)
          .ids("sourceIds", Person::getSourceIds, Person.Builder::sourceIds)
          .codec();

  /** An appointment: id, personId, post, organizationId, period, rank, onBehalfOfId, sourceIds. */
  public static final Codec<Appointment> APPOINTMENT =
      ObjectCodec.table(Appointment.class, "an appointment object", Appointment::builder, Appointment.Builder::build)
          .id("id", Appointment::getId, Appointment.Builder::id)
          .id("personId", Appointment::getPersonId, Appointment.Builder::personId)
          .required("post", Scalars.LOCALIZED_TEXT, Appointment::getPost, Appointment.Builder::post)
          .id("organizationId", Appointment::getOrganizationId, Appointment.Builder::organizationId)
          .optional("period", Scalars.PARTIAL_DATE_RANGE, Appointment::getPeriod, Appointment.Builder::period)
          .optional("rank", Scalars.LOCALIZED_TEXT, Appointment::getRank, Appointment.Builder::rank)
          .optionalId("onBehalfOfId", Appointment::getOnBehalfOfId, Appointment.Builder::onBehalfOfId)
          .ids("sourceIds", Appointment::getSourceIds, Appointment.Builder::sourceIds)
          .codec();
}

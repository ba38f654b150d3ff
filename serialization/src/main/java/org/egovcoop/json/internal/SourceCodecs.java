package org.egovcoop.json.internal;

import org.egovcoop.source.ContactPoint;
import org.egovcoop.source.Source;
import org.egovcoop.source.Statement;

/** Codecs of sources, contact points and statements. */
public final class SourceCodecs {
  private SourceCodecs() {}

  /** A contact point: organizationId, personId, phone and email (both personal data). */
  public static final Codec<ContactPoint> CONTACT_POINT =
      ObjectCodec.table(ContactPoint.class, "a contact point object", ContactPoint::builder,
              ContactPoint.Builder::build)
          .id("organizationId", ContactPoint::getOrganizationId, ContactPoint.Builder::organizationId)
          .optionalId("personId", ContactPoint::getPersonId, ContactPoint.Builder::personId)
          .optionalString("phone", "a phone number string in international form", ContactPoint::getPhone,
              ContactPoint.Builder::phone)
          .optionalString("email", "an e-mail address string", ContactPoint::getEmail, ContactPoint.Builder::email)
          .codec();

  /** A source. */
  public static final Codec<Source> SOURCE =
      ObjectCodec.table(Source.class, "a source object", Source::builder, Source.Builder::build)
          .id("id", Source::getId, Source.Builder::id)
          .code("kind", Enums.SOURCE_KIND, Source::getKind, Source.Builder::kind)
          .required("title", Scalars.LOCALIZED_TEXT, Source::getTitle, Source.Builder::title)
          .optionalId("publisherId", Source::getPublisherId, Source.Builder::publisherId)
          .optional("publishedOn", Scalars.PARTIAL_DATE, Source::getPublishedOn, Source.Builder::publishedOn)
          .optional("url", Scalars.URI_CODEC, Source::getUrl, Source.Builder::url)
          .optional("contact", CONTACT_POINT, Source::getContact, Source.Builder::contact)
          .codec();

  /** A statement. */
  public static final Codec<Statement> STATEMENT =
      ObjectCodec.table(Statement.class, "a statement object", Statement::builder, Statement.Builder::build)
          .id("id", Statement::getId, Statement.Builder::id)
          .id("speakerId", Statement::getSpeakerId, Statement.Builder::speakerId)
          .optionalId("capacityAppointmentId", Statement::getCapacityAppointmentId,
              Statement.Builder::capacityAppointmentId)
          .required("text", Scalars.LOCALIZED_TEXT, Statement::getText, Statement.Builder::text)
          .optional("date", Scalars.PARTIAL_DATE, Statement::getDate, Statement.Builder::date)
          .ids("sourceIds", Statement::getSourceIds, Statement.Builder::sourceIds)
          .codec();
}

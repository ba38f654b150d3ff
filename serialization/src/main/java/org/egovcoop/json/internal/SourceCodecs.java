package org.egovcoop.json.internal;

import java.net.URI;
import java.util.List;
import org.egovcoop.source.ContactPoint;
import org.egovcoop.source.Source;
import org.egovcoop.source.Statement;
import org.egovcoop.text.LocalizedText;
import org.egovcoop.time.PartialDate;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.io.SerializedString;

/** Codecs of sources, contact points and statements. */
public final class SourceCodecs {
  private SourceCodecs() {}

  /** A contact point: organizationId, personId, phone and email (both personal data). */
  public static final Codec<ContactPoint> CONTACT_POINT = new ContactPointCodec();
  /** A source. */
  public static final Codec<Source> SOURCE = new SourceCodec();
  /** A statement. */
  public static final Codec<Statement> STATEMENT = new StatementCodec();

  static final class ContactPointCodec extends Codec<ContactPoint> {
    private static final SerializedString PERSON_ID = new SerializedString("personId");
    private static final SerializedString PHONE = new SerializedString("phone");
    private static final SerializedString EMAIL = new SerializedString("email");
    private static final String[] REQUIRED = {"organizationId"};
    private static final String[] REQUIRED_EXPECTED = {Codes.ID};

    ContactPointCodec() {
      super(ContactPoint.class, "a contact point object");
    }

    @Override
    public ContactPoint read(JsonIn in) {
      if (!in.object(expected())) {
        return null;
      }
      int mark = in.mark();
      ContactPoint.Builder b = ContactPoint.builder();
      int seen = 0;
      for (String name = in.nextName(); name != null; name = in.nextName()) {
        switch (name) {
          case "organizationId": {
            if (in.repeated(seen, 1, "organizationId")) {
              break;
            }
            seen |= 1;
            String v = in.string(Codes.ID);
            if (v != null) {
              b.organizationId(v);
            }
            break;
          }
          case "personId": {
            if (in.repeated(seen, 2, "personId")) {
              break;
            }
            seen |= 2;
            String v = in.string(Codes.ID);
            if (v != null) {
              b.personId(v);
            }
            break;
          }
          case "phone": {
            if (in.repeated(seen, 4, "phone")) {
              break;
            }
            seen |= 4;
            String v = in.string("a phone number string in international form");
            if (v != null) {
              b.phone(v);
            }
            break;
          }
          case "email": {
            if (in.repeated(seen, 8, "email")) {
              break;
            }
            seen |= 8;
            String v = in.string("an e-mail address string");
            if (v != null) {
              b.email(v);
            }
            break;
          }
          default:
            in.unknown(name, "organizationId, personId, phone, email");
        }
      }
      in.required(seen, REQUIRED, REQUIRED_EXPECTED);
      return in.build(mark, b::build);
    }

    @Override
    public void write(JsonOut out, ContactPoint value) {
      JsonGenerator g = out.generator();
      g.writeStartObject();
      out.string(AgreementCodecs.ORGANIZATION_ID, value.getOrganizationId());
      out.optionalString(PERSON_ID, value.getPersonId());
      if (!out.redact()) { // @PersonalData
        out.optionalString(PHONE, value.getPhone());
        out.optionalString(EMAIL, value.getEmail());
      }
      g.writeEndObject();
    }
  }

  static final class SourceCodec extends Codec<Source> {
    private static final SerializedString PUBLISHER_ID = new SerializedString("publisherId");
    private static final SerializedString PUBLISHED_ON = new SerializedString("publishedOn");
    private static final SerializedString URL = new SerializedString("url");
    private static final SerializedString CONTACT = new SerializedString("contact");
    private static final String KNOWN = "id, kind, title, publisherId, publishedOn, url, contact";
    private static final String[] REQUIRED = {"id", "kind", "title"};
    private static final String[] REQUIRED_EXPECTED = {Codes.ID, Enums.SOURCE_KIND.expected(), Codes.TEXT};

    SourceCodec() {
      super(Source.class, "a source object");
    }

    @Override
    public Source read(JsonIn in) {
      if (!in.object(expected())) {
        return null;
      }
      int mark = in.mark();
      Source.Builder b = Source.builder();
      int seen = 0;
      for (String name = in.nextName(); name != null; name = in.nextName()) {
        switch (name) {
          case "id": {
            if (in.repeated(seen, 1, "id")) {
              break;
            }
            seen |= 1;
            String v = in.string(Codes.ID);
            if (v != null) {
              b.id(v);
            }
            break;
          }
          case "kind": {
            if (in.repeated(seen, 2, "kind")) {
              break;
            }
            seen |= 2;
            var v = in.code(Enums.SOURCE_KIND);
            if (v != null) {
              b.kind(v);
            }
            break;
          }
          case "title": {
            if (in.repeated(seen, 4, "title")) {
              break;
            }
            seen |= 4;
            LocalizedText v = Scalars.LOCALIZED_TEXT.read(in);
            if (v != null) {
              b.title(v);
            }
            break;
          }
          case "publisherId": {
            if (in.repeated(seen, 8, "publisherId")) {
              break;
            }
            seen |= 8;
            String v = in.string(Codes.ID);
            if (v != null) {
              b.publisherId(v);
            }
            break;
          }
          case "publishedOn": {
            if (in.repeated(seen, 16, "publishedOn")) {
              break;
            }
            seen |= 16;
            PartialDate v = Scalars.PARTIAL_DATE.read(in);
            if (v != null) {
              b.publishedOn(v);
            }
            break;
          }
          case "url": {
            if (in.repeated(seen, 32, "url")) {
              break;
            }
            seen |= 32;
            URI v = Scalars.URI_CODEC.read(in);
            if (v != null) {
              b.url(v);
            }
            break;
          }
          case "contact": {
            if (in.repeated(seen, 64, "contact")) {
              break;
            }
            seen |= 64;
            ContactPoint v = CONTACT_POINT.read(in);
            if (v != null) {
              b.contact(v);
            }
            break;
          }
          default:
            in.unknown(name, KNOWN);
        }
      }
      in.required(seen, REQUIRED, REQUIRED_EXPECTED);
      return in.build(mark, b::build);
    }

    @Override
    public void write(JsonOut out, Source value) {
      JsonGenerator g = out.generator();
      g.writeStartObject();
      out.string(ActorCodecs.ID, value.getId());
      out.code(ActorCodecs.KIND, Enums.SOURCE_KIND, value.getKind());
      out.value(AgreementCodecs.TITLE, Scalars.LOCALIZED_TEXT, value.getTitle());
      out.optionalString(PUBLISHER_ID, value.getPublisherId());
      out.optional(PUBLISHED_ON, Scalars.PARTIAL_DATE, value.getPublishedOn());
      out.optional(URL, Scalars.URI_CODEC, value.getUrl());
      out.optional(CONTACT, CONTACT_POINT, value.getContact());
      g.writeEndObject();
    }
  }

  static final class StatementCodec extends Codec<Statement> {
    private static final SerializedString SPEAKER_ID = new SerializedString("speakerId");
    private static final SerializedString CAPACITY = new SerializedString("capacityAppointmentId");
    private static final SerializedString TEXT = new SerializedString("text");
    private static final SerializedString DATE = new SerializedString("date");
    private static final String KNOWN = "id, speakerId, capacityAppointmentId, text, date, sourceIds";
    private static final String[] REQUIRED = {"id", "speakerId", "text"};
    private static final String[] REQUIRED_EXPECTED = {Codes.ID, Codes.ID, Codes.TEXT};

    StatementCodec() {
      super(Statement.class, "a statement object");
    }

    @Override
    public Statement read(JsonIn in) {
      if (!in.object(expected())) {
        return null;
      }
      int mark = in.mark();
      Statement.Builder b = Statement.builder();
      int seen = 0;
      for (String name = in.nextName(); name != null; name = in.nextName()) {
        switch (name) {
          case "id": {
            if (in.repeated(seen, 1, "id")) {
              break;
            }
            seen |= 1;
            String v = in.string(Codes.ID);
            if (v != null) {
              b.id(v);
            }
            break;
          }
          case "speakerId": {
            if (in.repeated(seen, 2, "speakerId")) {
              break;
            }
            seen |= 2;
            String v = in.string(Codes.ID);
            if (v != null) {
              b.speakerId(v);
            }
            break;
          }
          case "capacityAppointmentId": {
            if (in.repeated(seen, 8, "capacityAppointmentId")) {
              break;
            }
            seen |= 8;
            String v = in.string(Codes.ID);
            if (v != null) {
              b.capacityAppointmentId(v);
            }
            break;
          }
          case "text": {
            if (in.repeated(seen, 4, "text")) {
              break;
            }
            seen |= 4;
            LocalizedText v = Scalars.LOCALIZED_TEXT.read(in);
            if (v != null) {
              b.text(v);
            }
            break;
          }
          case "date": {
            if (in.repeated(seen, 16, "date")) {
              break;
            }
            seen |= 16;
            PartialDate v = Scalars.PARTIAL_DATE.read(in);
            if (v != null) {
              b.date(v);
            }
            break;
          }
          case "sourceIds": {
            if (in.repeated(seen, 32, "sourceIds")) {
              break;
            }
            seen |= 32;
            List<String> v = Scalars.ids(in);
            if (v != null) {
              b.sourceIds(v);
            }
            break;
          }
          default:
            in.unknown(name, KNOWN);
        }
      }
      in.required(seen, REQUIRED, REQUIRED_EXPECTED);
      return in.build(mark, b::build);
    }

    @Override
    public void write(JsonOut out, Statement value) {
      JsonGenerator g = out.generator();
      g.writeStartObject();
      out.string(ActorCodecs.ID, value.getId());
      out.string(SPEAKER_ID, value.getSpeakerId());
      out.optionalString(CAPACITY, value.getCapacityAppointmentId());
      out.value(TEXT, Scalars.LOCALIZED_TEXT, value.getText());
      out.optional(DATE, Scalars.PARTIAL_DATE, value.getDate());
      out.strings(ActorCodecs.SOURCE_IDS, value.getSourceIds());
      g.writeEndObject();
    }
  }
}

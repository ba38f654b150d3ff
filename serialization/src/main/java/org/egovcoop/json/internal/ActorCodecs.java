package org.egovcoop.json.internal;

import java.util.List;
import org.egovcoop.actor.Appointment;
import org.egovcoop.actor.Organization;
import org.egovcoop.actor.Person;
import org.egovcoop.geo.CountryCode;
import org.egovcoop.text.LocalizedText;
import org.egovcoop.time.PartialDateRange;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.io.SerializedString;

/** Codecs of organisations, people and appointments. */
public final class ActorCodecs {
  private ActorCodecs() {}

  static final SerializedString ID = new SerializedString("id");
  static final SerializedString NAME = new SerializedString("name");
  static final SerializedString COUNTRY = new SerializedString("country");
  static final SerializedString KIND = new SerializedString("kind");
  static final SerializedString SOURCE_IDS = new SerializedString("sourceIds");

  /** An organisation: id, name, country, kind, parentId, sourceIds. */
  public static final Codec<Organization> ORGANIZATION = new OrganizationCodec();
  /** A person: id, name (personal data), sourceIds. */
  public static final Codec<Person> PERSON = new PersonCodec();
  /** An appointment: id, personId, post, organizationId, period, rank, onBehalfOfId, sourceIds. */
  public static final Codec<Appointment> APPOINTMENT = new AppointmentCodec();

  static final class OrganizationCodec extends Codec<Organization> {
    private static final SerializedString PARENT_ID = new SerializedString("parentId");
    private static final String KNOWN = "id, name, country, kind, parentId, sourceIds";
    private static final String[] REQUIRED = {"id", "name", "country", "kind"};
    private static final String[] REQUIRED_EXPECTED = {Codes.ID, Codes.TEXT, Codes.COUNTRY, Enums.ORGANIZATION_KIND.expected()};

    OrganizationCodec() {
      super(Organization.class, "an organization object");
    }

    @Override
    public Organization read(JsonIn in) {
      if (!in.object(expected())) {
        return null;
      }
      int mark = in.mark();
      Organization.Builder b = Organization.builder();
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
          case "name": {
            if (in.repeated(seen, 2, "name")) {
              break;
            }
            seen |= 2;
            LocalizedText v = Scalars.LOCALIZED_TEXT.read(in);
            if (v != null) {
              b.name(v);
            }
            break;
          }
          case "country": {
            if (in.repeated(seen, 4, "country")) {
              break;
            }
            seen |= 4;
            CountryCode v = in.country();
            if (v != null) {
              b.country(v);
            }
            break;
          }
          case "kind": {
            if (in.repeated(seen, 8, "kind")) {
              break;
            }
            seen |= 8;
            var v = in.code(Enums.ORGANIZATION_KIND);
            if (v != null) {
              b.kind(v);
            }
            break;
          }
          case "parentId": {
            if (in.repeated(seen, 16, "parentId")) {
              break;
            }
            seen |= 16;
            String v = in.string(Codes.ID);
            if (v != null) {
              b.parentId(v);
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
    public void write(JsonOut out, Organization value) {
      JsonGenerator g = out.generator();
      g.writeStartObject();
      out.string(ID, value.getId());
      out.value(NAME, Scalars.LOCALIZED_TEXT, value.getName());
      out.value(COUNTRY, Scalars.COUNTRY, value.getCountry());
      out.code(KIND, Enums.ORGANIZATION_KIND, value.getKind());
      out.optionalString(PARENT_ID, value.getParentId());
      out.strings(SOURCE_IDS, value.getSourceIds());
      g.writeEndObject();
    }
  }

  static final class PersonCodec extends Codec<Person> {
    private static final String KNOWN = "id, name, sourceIds";
    private static final String[] REQUIRED = {"id"};
    private static final String[] REQUIRED_EXPECTED = {Codes.ID};

    PersonCodec() {
      super(Person.class, "a person object");
    }

    @Override
    public Person read(JsonIn in) {
      if (!in.object(expected())) {
        return null;
      }
      int mark = in.mark();
      Person.Builder b = Person.builder();
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
          case "name": {
            if (in.repeated(seen, 2, "name")) {
              break;
            }
            seen |= 2;
            LocalizedText v = Scalars.LOCALIZED_TEXT.read(in);
            if (v != null) {
              b.name(v);
            }
            break;
          }
          case "sourceIds": {
            if (in.repeated(seen, 4, "sourceIds")) {
              break;
            }
            seen |= 4;
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
    public void write(JsonOut out, Person value) {
      JsonGenerator g = out.generator();
      g.writeStartObject();
      out.string(ID, value.getId());
      if (!out.redact()) { // @PersonalData
        out.optional(NAME, Scalars.LOCALIZED_TEXT, value.getName());
      }
      out.strings(SOURCE_IDS, value.getSourceIds());
      g.writeEndObject();
    }
  }

  static final class AppointmentCodec extends Codec<Appointment> {
    private static final SerializedString PERSON_ID = new SerializedString("personId");
    private static final SerializedString POST = new SerializedString("post");
    private static final SerializedString ORGANIZATION_ID = new SerializedString("organizationId");
    private static final SerializedString PERIOD = new SerializedString("period");
    private static final SerializedString RANK = new SerializedString("rank");
    private static final SerializedString ON_BEHALF_OF_ID = new SerializedString("onBehalfOfId");
    private static final String KNOWN = "id, personId, post, organizationId, period, rank, onBehalfOfId, sourceIds";
    private static final String[] REQUIRED = {"id", "personId", "post", "organizationId"};
    private static final String[] REQUIRED_EXPECTED = {Codes.ID, Codes.ID, Codes.TEXT, Codes.ID};

    AppointmentCodec() {
      super(Appointment.class, "an appointment object");
    }

    @Override
    public Appointment read(JsonIn in) {
      if (!in.object(expected())) {
        return null;
      }
      int mark = in.mark();
      Appointment.Builder b = Appointment.builder();
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
          case "post": {
            if (in.repeated(seen, 4, "post")) {
              break;
            }
            seen |= 4;
            LocalizedText v = Scalars.LOCALIZED_TEXT.read(in);
            if (v != null) {
              b.post(v);
            }
            break;
          }
          case "organizationId": {
            if (in.repeated(seen, 8, "organizationId")) {
              break;
            }
            seen |= 8;
            String v = in.string(Codes.ID);
            if (v != null) {
              b.organizationId(v);
            }
            break;
          }
          case "period": {
            if (in.repeated(seen, 16, "period")) {
              break;
            }
            seen |= 16;
            PartialDateRange v = Scalars.PARTIAL_DATE_RANGE.read(in);
            if (v != null) {
              b.period(v);
            }
            break;
          }
          case "rank": {
            if (in.repeated(seen, 32, "rank")) {
              break;
            }
            seen |= 32;
            LocalizedText v = Scalars.LOCALIZED_TEXT.read(in);
            if (v != null) {
              b.rank(v);
            }
            break;
          }
          case "onBehalfOfId": {
            if (in.repeated(seen, 64, "onBehalfOfId")) {
              break;
            }
            seen |= 64;
            String v = in.string(Codes.ID);
            if (v != null) {
              b.onBehalfOfId(v);
            }
            break;
          }
          case "sourceIds": {
            if (in.repeated(seen, 128, "sourceIds")) {
              break;
            }
            seen |= 128;
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
    public void write(JsonOut out, Appointment value) {
      JsonGenerator g = out.generator();
      g.writeStartObject();
      out.string(ID, value.getId());
      out.string(PERSON_ID, value.getPersonId());
      out.value(POST, Scalars.LOCALIZED_TEXT, value.getPost());
      out.string(ORGANIZATION_ID, value.getOrganizationId());
      out.optional(PERIOD, Scalars.PARTIAL_DATE_RANGE, value.getPeriod());
      out.optional(RANK, Scalars.LOCALIZED_TEXT, value.getRank());
      out.optionalString(ON_BEHALF_OF_ID, value.getOnBehalfOfId());
      out.strings(SOURCE_IDS, value.getSourceIds());
      g.writeEndObject();
    }
  }
}

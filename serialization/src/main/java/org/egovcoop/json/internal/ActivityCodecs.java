package org.egovcoop.json.internal;

import java.util.List;
import java.util.Set;
import org.egovcoop.activity.Activity;
import org.egovcoop.activity.Participation;
import org.egovcoop.geo.Place;
import org.egovcoop.text.LocalizedText;
import org.egovcoop.time.PartialDateRange;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.io.SerializedString;

/** Codecs of activities and participations. */
public final class ActivityCodecs {
  private ActivityCodecs() {}

  /** A participation: organizationId, role. */
  public static final Codec<Participation> PARTICIPATION = new ParticipationCodec();
  /** An activity. */
  public static final Codec<Activity> ACTIVITY = new ActivityCodec();

  static final class ParticipationCodec extends Codec<Participation> {
    private static final SerializedString ROLE = new SerializedString("role");
    private static final String[] REQUIRED = {"organizationId", "role"};
    private static final String[] REQUIRED_EXPECTED = {Codes.ID, Enums.PARTICIPATION_ROLE.expected()};

    ParticipationCodec() {
      super(Participation.class, "a participation object");
    }

    @Override
    public Participation read(JsonIn in) {
      if (!in.object(expected())) {
        return null;
      }
      int mark = in.mark();
      Participation.Builder b = Participation.builder();
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
          case "role": {
            if (in.repeated(seen, 2, "role")) {
              break;
            }
            seen |= 2;
            var v = in.code(Enums.PARTICIPATION_ROLE);
            if (v != null) {
              b.role(v);
            }
            break;
          }
          default:
            in.unknown(name, "organizationId, role");
        }
      }
      in.required(seen, REQUIRED, REQUIRED_EXPECTED);
      return in.build(mark, b::build);
    }

    @Override
    public void write(JsonOut out, Participation value) {
      JsonGenerator g = out.generator();
      g.writeStartObject();
      out.string(AgreementCodecs.ORGANIZATION_ID, value.getOrganizationId());
      out.code(ROLE, Enums.PARTICIPATION_ROLE, value.getRole());
      g.writeEndObject();
    }
  }

  static final class ActivityCodec extends Codec<Activity> {
    private static final SerializedString PERIOD = new SerializedString("period");
    private static final SerializedString PLACE = new SerializedString("place");
    private static final SerializedString PARTICIPANTS = new SerializedString("participants");
    private static final SerializedString APPOINTMENT_IDS = new SerializedString("appointmentIds");
    private static final SerializedString AGREEMENT_IDS = new SerializedString("agreementIds");
    private static final String KNOWN = "id, kind, title, period, place, participants, appointmentIds, agreementIds,"
        + " sourceIds";
    private static final String[] REQUIRED = {"id", "kind", "title"};
    private static final String[] REQUIRED_EXPECTED = {Codes.ID, Enums.ACTIVITY_KIND.expected(), Codes.TEXT};

    ActivityCodec() {
      super(Activity.class, "an activity object");
    }

    @Override
    public Activity read(JsonIn in) {
      if (!in.object(expected())) {
        return null;
      }
      int mark = in.mark();
      Activity.Builder b = Activity.builder();
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
            var v = in.code(Enums.ACTIVITY_KIND);
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
          case "period": {
            if (in.repeated(seen, 8, "period")) {
              break;
            }
            seen |= 8;
            PartialDateRange v = Scalars.PARTIAL_DATE_RANGE.read(in);
            if (v != null) {
              b.period(v);
            }
            break;
          }
          case "place": {
            if (in.repeated(seen, 16, "place")) {
              break;
            }
            seen |= 16;
            Place v = AgreementCodecs.PLACE.read(in);
            if (v != null) {
              b.place(v);
            }
            break;
          }
          case "participants": {
            if (in.repeated(seen, 32, "participants")) {
              break;
            }
            seen |= 32;
            List<Participation> v = Scalars.list(in, PARTICIPATION, "an array of participation objects");
            if (v != null) {
              b.participants(v);
            }
            break;
          }
          case "appointmentIds": {
            if (in.repeated(seen, 64, "appointmentIds")) {
              break;
            }
            seen |= 64;
            List<String> v = Scalars.ids(in);
            if (v != null) {
              b.appointmentIds(v);
            }
            break;
          }
          case "agreementIds": {
            if (in.repeated(seen, 128, "agreementIds")) {
              break;
            }
            seen |= 128;
            Set<String> v = Scalars.idSet(in);
            if (v != null) {
              b.agreementIds(v);
            }
            break;
          }
          case "sourceIds": {
            if (in.repeated(seen, 256, "sourceIds")) {
              break;
            }
            seen |= 256;
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
    public void write(JsonOut out, Activity value) {
      JsonGenerator g = out.generator();
      g.writeStartObject();
      out.string(ActorCodecs.ID, value.getId());
      out.code(ActorCodecs.KIND, Enums.ACTIVITY_KIND, value.getKind());
      out.value(AgreementCodecs.TITLE, Scalars.LOCALIZED_TEXT, value.getTitle());
      out.optional(PERIOD, Scalars.PARTIAL_DATE_RANGE, value.getPeriod());
      out.optional(PLACE, AgreementCodecs.PLACE, value.getPlace());
      out.list(PARTICIPANTS, PARTICIPATION, value.getParticipants());
      out.strings(APPOINTMENT_IDS, value.getAppointmentIds());
      out.sortedStrings(AGREEMENT_IDS, value.getAgreementIds());
      out.strings(ActorCodecs.SOURCE_IDS, value.getSourceIds());
      g.writeEndObject();
    }
  }
}

package org.egovcoop.json.internal;

import org.egovcoop.activity.Activity;
import org.egovcoop.activity.Participation;

/** Codecs of activities and participations. */
public final class ActivityCodecs {
  private ActivityCodecs() {}

  /** A participation: organizationId, role. */
  public static final Codec<Participation> PARTICIPATION =
      ObjectCodec.table(Participation.class, "a participation object", Participation::builder,
              Participation.Builder::build)
          .id("organizationId", Participation::getOrganizationId, Participation.Builder::organizationId)
          .code("role", Enums.PARTICIPATION_ROLE, Participation::getRole, Participation.Builder::role)
          .codec();

  /** An activity. */
  public static final Codec<Activity> ACTIVITY =
      ObjectCodec.table(Activity.class, "an activity object", Activity::builder, Activity.Builder::build)
          .id("id", Activity::getId, Activity.Builder::id)
          .code("kind", Enums.ACTIVITY_KIND, Activity::getKind, Activity.Builder::kind)
          .required("title", Scalars.LOCALIZED_TEXT, Activity::getTitle, Activity.Builder::title)
          .optional("period", Scalars.PARTIAL_DATE_RANGE, Activity::getPeriod, Activity.Builder::period)
          .optional("place", AgreementCodecs.PLACE, Activity::getPlace, Activity.Builder::place)
          .list("participants", PARTICIPATION, "an array of participation objects", Activity::getParticipants,
              Activity.Builder::participants)
          .ids("appointmentIds", Activity::getAppointmentIds, Activity.Builder::appointmentIds)
          .idSet("agreementIds", Activity::getAgreementIds, Activity.Builder::agreementIds)
          .ids("sourceIds", Activity::getSourceIds, Activity.Builder::sourceIds)
          .codec();
}

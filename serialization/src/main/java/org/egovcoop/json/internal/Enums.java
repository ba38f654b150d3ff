package org.egovcoop.json.internal;

import java.util.List;
import org.egovcoop.activity.ActivityKind;
import org.egovcoop.activity.ParticipationRole;
import org.egovcoop.actor.OrganizationKind;
import org.egovcoop.agreement.AgreementKind;
import org.egovcoop.agreement.AreaPurpose;
import org.egovcoop.agreement.LegalNature;
import org.egovcoop.agreement.RelationKind;
import org.egovcoop.metric.FigureKind;
import org.egovcoop.metric.Qualifier;
import org.egovcoop.source.SourceKind;
import org.egovcoop.survey.SurveyIndex;

/** The codes of every enum in the format. */
public final class Enums {
  private Enums() {}

  static final EnumCodec<ActivityKind> ACTIVITY_KIND = EnumCodec.of(ActivityKind.class);
  static final EnumCodec<ParticipationRole> PARTICIPATION_ROLE = EnumCodec.of(ParticipationRole.class);
  static final EnumCodec<OrganizationKind> ORGANIZATION_KIND = EnumCodec.of(OrganizationKind.class);
  static final EnumCodec<AgreementKind> AGREEMENT_KIND = EnumCodec.of(AgreementKind.class);
  static final EnumCodec<AreaPurpose> AREA_PURPOSE = EnumCodec.of(AreaPurpose.class);
  static final EnumCodec<LegalNature> LEGAL_NATURE = EnumCodec.of(LegalNature.class);
  static final EnumCodec<RelationKind> RELATION_KIND = EnumCodec.of(RelationKind.class);
  static final EnumCodec<FigureKind> FIGURE_KIND = EnumCodec.of(FigureKind.class);
  static final EnumCodec<Qualifier> QUALIFIER = EnumCodec.of(Qualifier.class);
  static final EnumCodec<SourceKind> SOURCE_KIND = EnumCodec.of(SourceKind.class);
  static final EnumCodec<SurveyIndex> SURVEY_INDEX = EnumCodec.of(SurveyIndex.class, SurveyIndex::code);

  /** {@return every enum of the format with its codes} */
  public static List<EnumCodec<?>> all() {
    return List.of(ACTIVITY_KIND, PARTICIPATION_ROLE, ORGANIZATION_KIND, AGREEMENT_KIND, AREA_PURPOSE, LEGAL_NATURE,
        RELATION_KIND, FIGURE_KIND, QUALIFIER, SOURCE_KIND, SURVEY_INDEX);
  }
}

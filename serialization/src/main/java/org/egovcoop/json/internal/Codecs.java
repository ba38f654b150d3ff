package org.egovcoop.json.internal;

import java.util.List;

/** Every codec of the format, one per model type; the module registers exactly these and the enums. */
public final class Codecs {
  private Codecs() {}

  /** {@return the codec of every egovcoop type the format reads and writes} */
  public static List<Codec<?>> all() {
    return List.of(
        Scalars.PARTIAL_DATE, Scalars.PARTIAL_DATE_RANGE, Scalars.COUNTRY, Scalars.LOCALIZED_TEXT,
        Scalars.MONEY, Scalars.QUANTITY, MetricCodecs.QUALIFIED_QUANTITY, MetricCodecs.FIGURE,
        ActorCodecs.REGISTERED_IDENTIFIER, ActorCodecs.ORGANIZATION, ActorCodecs.PERSON, ActorCodecs.APPOINTMENT,
        AgreementCodecs.PLACE, AgreementCodecs.COOPERATION_AREA, AgreementCodecs.AGREEMENT_AREA,
        AgreementCodecs.RELATION, AgreementCodecs.PARTY, AgreementCodecs.AGREEMENT,
        ActivityCodecs.PARTICIPATION, ActivityCodecs.ACTIVITY,
        SourceCodecs.CONTACT_POINT, SourceCodecs.SOURCE, SourceCodecs.STATEMENT,
        SurveyCodecs.OBSERVATION, PortfolioCodec.PORTFOLIO);
  }

  /**
   * {@return the codecs of the types whose JSON value is a string, which can therefore be the
   *     names of an object's properties: the keys of a {@code Map<CountryCode, ...>}}
   */
  public static List<Codec<?>> keys() {
    return List.of(Scalars.PARTIAL_DATE, Scalars.PARTIAL_DATE_RANGE, Scalars.COUNTRY);
  }
}

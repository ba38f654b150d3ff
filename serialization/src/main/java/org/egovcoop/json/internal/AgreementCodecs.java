package org.egovcoop.json.internal;

import java.util.List;
import java.util.Optional;
import org.egovcoop.agreement.Agreement;
import org.egovcoop.agreement.AgreementArea;
import org.egovcoop.agreement.AgreementRelation;
import org.egovcoop.agreement.Party;
import org.egovcoop.area.CooperationArea;
import org.egovcoop.geo.Place;
import org.egovcoop.internal.Texts;
import org.egovcoop.json.JsonProblem.Kind;
import tools.jackson.core.JsonToken;

/** Codecs of agreements, their parties, areas and relations, cooperation areas and places. */
public final class AgreementCodecs {
  private AgreementCodecs() {}

  /** A place: name, country. */
  public static final Codec<Place> PLACE =
      ObjectCodec.table(Place.class, Codes.PLACE, Place::builder, Place.Builder::build)
          .required("name", Scalars.LOCALIZED_TEXT, Place::getName, Place.Builder::name)
          .required("country", Scalars.COUNTRY, Place::getCountry, Place.Builder::country)
          .codec();

  /** A cooperation area: a built-in area's code string, or a user-defined area's object. */
  public static final Codec<CooperationArea> COOPERATION_AREA = new CooperationAreaCodec();

  /** An agreement area: area, purpose. */
  public static final Codec<AgreementArea> AGREEMENT_AREA =
      ObjectCodec.table(AgreementArea.class, "an agreement area object", AgreementArea::builder,
              AgreementArea.Builder::build)
          .required("area", COOPERATION_AREA, AgreementArea::getArea, AgreementArea.Builder::area)
          .code("purpose", Enums.AREA_PURPOSE, AgreementArea::getPurpose, AgreementArea.Builder::purpose)
          .codec();

  /** An agreement relation: kind, targetId. */
  public static final Codec<AgreementRelation> RELATION =
      ObjectCodec.table(AgreementRelation.class, "an agreement relation object", AgreementRelation::builder,
              AgreementRelation.Builder::build)
          .code("kind", Enums.RELATION_KIND, AgreementRelation::getKind, AgreementRelation.Builder::kind)
          .id("targetId", AgreementRelation::getTargetId, AgreementRelation.Builder::targetId)
          .codec();

  /** A party: organizationId, country, signatoryAppointmentId. */
  public static final Codec<Party> PARTY =
      ObjectCodec.table(Party.class, "a party object", Party::builder, Party.Builder::build)
          .id("organizationId", Party::getOrganizationId, Party.Builder::organizationId)
          .required("country", Scalars.COUNTRY, Party::getCountry, Party.Builder::country)
          .optionalId("signatoryAppointmentId", Party::getSignatoryAppointmentId,
              Party.Builder::signatoryAppointmentId)
          .codec();

  /** An agreement. */
  public static final Codec<Agreement> AGREEMENT =
      ObjectCodec.table(Agreement.class, "an agreement object", Agreement::builder, Agreement.Builder::build)
          .id("id", Agreement::getId, Agreement.Builder::id)
          .code("kind", Enums.AGREEMENT_KIND, Agreement::getKind, Agreement.Builder::kind)
          .code("legalNature", Enums.LEGAL_NATURE, Agreement::getLegalNature, Agreement.Builder::legalNature)
          .required("title", Scalars.LOCALIZED_TEXT, Agreement::getTitle, Agreement.Builder::title)
          .list("parties", PARTY, "an array of party objects", Agreement::getParties, Agreement.Builder::parties)
          .optional("signedOn", Scalars.PARTIAL_DATE, Agreement::getSignedOn, Agreement.Builder::signedOn)
          .optional("signedAt", PLACE, Agreement::getSignedAt, Agreement.Builder::signedAt)
          .optional("occasion", Scalars.LOCALIZED_TEXT, Agreement::getOccasion, Agreement.Builder::occasion)
          .optional("entryIntoForce", Scalars.PARTIAL_DATE, Agreement::getEntryIntoForce,
              Agreement.Builder::entryIntoForce)
          .optional("term", Scalars.PERIOD, Agreement::getTerm, Agreement.Builder::term)
          .list("areas", AGREEMENT_AREA, "an array of agreement area objects", Agreement::getAreas,
              Agreement.Builder::areas)
          .list("relations", RELATION, "an array of agreement relation objects", Agreement::getRelations,
              Agreement.Builder::relations)
          .ids("sourceIds", Agreement::getSourceIds, Agreement.Builder::sourceIds)
          .codec();

  /**
   * A built-in area is written as its code alone ({@code "safe-city"}); a user-defined area as
   * an object by its own table.
   */
  static final class CooperationAreaCodec extends Codec<CooperationArea> {
    private static final String BUILT_IN_EXPECTED;
    private static final String CODE_EXPECTED = "an area code string such as \"safe-city\"";
    private static final String CRS_EXPECTED = "an integer OECD DAC CRS purpose code such as 15110";

    static {
      StringBuilder codes = new StringBuilder();
      for (CooperationArea area : CooperationArea.builtIns()) {
        codes.append(codes.length() == 0 ? "" : ", ").append(area.getCode());
      }
      BUILT_IN_EXPECTED = "a built-in area code (" + codes + ") or an object defining an area";
    }

    private static final ObjectCodec<CooperationArea, CooperationArea.Builder> DEFINED =
        ObjectCodec.table(CooperationArea.class, "an object defining an area", CooperationArea::builder,
                CooperationArea.Builder::build)
            .string("code", CODE_EXPECTED, CooperationArea::getCode, CooperationArea.Builder::code)
            .required("name", Scalars.LOCALIZED_TEXT, CooperationArea::getName, CooperationArea.Builder::name)
            .integerSet("crsPurposeCodes", CRS_EXPECTED, CooperationArea::getCrsPurposeCodes,
                CooperationArea.Builder::crsPurposeCodes)
            .codec();

    CooperationAreaCodec() {
      super(CooperationArea.class, "a built-in area code string or an area object", Shape.oneOf(List.of(
          Shape.codes(CooperationArea.builtIns().stream().map(CooperationArea::getCode).toList()),
          DEFINED.shape())));
    }

    /** {@return the properties of the object form, a user-defined area} */
    @Override
    public List<PropertyDescription> properties() {
      return DEFINED.properties();
    }

    @Override
    public CooperationArea read(JsonIn in) {
      if (in.parser().currentToken() == JsonToken.VALUE_STRING) {
        String code = in.parser().getString();
        Optional<CooperationArea> builtIn = CooperationArea.findBuiltIn(code);
        if (builtIn.isEmpty()) {
          in.here(Kind.INVALID_VALUE, "unknown built-in area " + Texts.quoted(code) + ": expected "
              + BUILT_IN_EXPECTED, code, BUILT_IN_EXPECTED);
          return null;
        }
        return builtIn.get();
      }
      if (!in.object(BUILT_IN_EXPECTED)) {
        return null;
      }
      return DEFINED.readProperties(in);
    }

    @Override
    public void write(JsonOut out, CooperationArea value) {
      if (value.isBuiltIn()) {
        out.generator().writeString(value.getCode());
      } else {
        DEFINED.write(out, value);
      }
    }
  }
}

package org.egovcoop.json.internal;

import java.time.Period;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.egovcoop.agreement.Agreement;
import org.egovcoop.agreement.AgreementArea;
import org.egovcoop.agreement.AgreementRelation;
import org.egovcoop.agreement.Party;
import org.egovcoop.area.CooperationArea;
import org.egovcoop.geo.CountryCode;
import org.egovcoop.geo.Place;
import org.egovcoop.json.JsonProblem.Kind;
import org.egovcoop.text.LocalizedText;
import org.egovcoop.time.PartialDate;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonToken;
import tools.jackson.core.io.SerializedString;

/** Codecs of agreements, their parties, areas and relations, cooperation areas and places. */
public final class AgreementCodecs {
  private AgreementCodecs() {}

  static final SerializedString ID = ActorCodecs.ID;
  static final SerializedString KIND = ActorCodecs.KIND;
  static final SerializedString NAME = ActorCodecs.NAME;
  static final SerializedString COUNTRY = ActorCodecs.COUNTRY;
  static final SerializedString TITLE = new SerializedString("title");
  static final SerializedString ORGANIZATION_ID = new SerializedString("organizationId");
  static final SerializedString SOURCE_IDS = ActorCodecs.SOURCE_IDS;

  /** A place: name, country. */
  public static final Codec<Place> PLACE = new PlaceCodec();
  /** A cooperation area: a built-in area's code string, or a user-defined area's object. */
  public static final Codec<CooperationArea> COOPERATION_AREA = new CooperationAreaCodec();
  /** An agreement area: area, purpose. */
  public static final Codec<AgreementArea> AGREEMENT_AREA = new AgreementAreaCodec();
  /** An agreement relation: kind, targetId. */
  public static final Codec<AgreementRelation> RELATION = new RelationCodec();
  /** A party: organizationId, country, signatoryAppointmentId. */
  public static final Codec<Party> PARTY = new PartyCodec();
  /** An agreement. */
  public static final Codec<Agreement> AGREEMENT = new AgreementCodec();

  static final class PlaceCodec extends Codec<Place> {
    private static final String[] REQUIRED = {"name", "country"};
    private static final String[] REQUIRED_EXPECTED = {Codes.TEXT, Codes.COUNTRY};

    PlaceCodec() {
      super(Place.class, Codes.PLACE);
    }

    @Override
    public Place read(JsonIn in) {
      if (!in.object(expected())) {
        return null;
      }
      int mark = in.mark();
      Place.Builder b = Place.builder();
      int seen = 0;
      for (String name = in.nextName(); name != null; name = in.nextName()) {
        switch (name) {
          case "name": {
            if (in.repeated(seen, 1, "name")) {
              break;
            }
            seen |= 1;
            LocalizedText v = Scalars.LOCALIZED_TEXT.read(in);
            if (v != null) {
              b.name(v);
            }
            break;
          }
          case "country": {
            if (in.repeated(seen, 2, "country")) {
              break;
            }
            seen |= 2;
            CountryCode v = in.country();
            if (v != null) {
              b.country(v);
            }
            break;
          }
          default:
            in.unknown(name, "name, country");
        }
      }
      in.required(seen, REQUIRED, REQUIRED_EXPECTED);
      return in.build(mark, b::build);
    }

    @Override
    public void write(JsonOut out, Place value) {
      JsonGenerator g = out.generator();
      g.writeStartObject();
      out.value(NAME, Scalars.LOCALIZED_TEXT, value.getName());
      out.value(COUNTRY, Scalars.COUNTRY, value.getCountry());
      g.writeEndObject();
    }
  }

  static final class CooperationAreaCodec extends Codec<CooperationArea> {
    private static final SerializedString CODE = new SerializedString("code");
    private static final SerializedString CRS = new SerializedString("crsPurposeCodes");
    private static final String BUILT_IN_EXPECTED;
    private static final String[] REQUIRED = {"code", "name"};
    private static final String[] REQUIRED_EXPECTED = {"an area code string such as \"safe-city\"", Codes.TEXT};
    private static final String CRS_EXPECTED = "an integer OECD DAC CRS purpose code such as 15110";

    static {
      StringBuilder codes = new StringBuilder();
      for (CooperationArea area : CooperationArea.builtIns()) {
        codes.append(codes.length() == 0 ? "" : ", ").append(area.getCode());
      }
      BUILT_IN_EXPECTED = "a built-in area code (" + codes + ") or an object defining an area";
    }

    CooperationAreaCodec() {
      super(CooperationArea.class, "a built-in area code string or an area object");
    }

    @Override
    public CooperationArea read(JsonIn in) {
      if (in.parser().currentToken() == JsonToken.VALUE_STRING) {
        String code = in.parser().getString();
        Optional<CooperationArea> builtIn = CooperationArea.findBuiltIn(code);
        if (builtIn.isEmpty()) {
          in.here(Kind.INVALID_VALUE, "unknown built-in area '" + JsonIn.abbreviate(code) + "': expected "
              + BUILT_IN_EXPECTED, code, BUILT_IN_EXPECTED);
          return null;
        }
        return builtIn.get();
      }
      if (!in.object(BUILT_IN_EXPECTED)) {
        return null;
      }
      int mark = in.mark();
      CooperationArea.Builder b = CooperationArea.builder();
      int seen = 0;
      for (String name = in.nextName(); name != null; name = in.nextName()) {
        switch (name) {
          case "code": {
            if (in.repeated(seen, 1, "code")) {
              break;
            }
            seen |= 1;
            String v = in.string(REQUIRED_EXPECTED[0]);
            if (v != null) {
              b.code(v);
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
          case "crsPurposeCodes": {
            if (in.repeated(seen, 4, "crsPurposeCodes")) {
              break;
            }
            seen |= 4;
            Set<Integer> v = Scalars.integerSet(in, CRS_EXPECTED);
            if (v != null) {
              b.crsPurposeCodes(v);
            }
            break;
          }
          default:
            in.unknown(name, "code, name, crsPurposeCodes");
        }
      }
      in.required(seen, REQUIRED, REQUIRED_EXPECTED);
      return in.build(mark, b::build);
    }

    @Override
    public void write(JsonOut out, CooperationArea value) {
      JsonGenerator g = out.generator();
      if (value.isBuiltIn()) {
        g.writeString(value.getCode());
        return;
      }
      g.writeStartObject();
      out.string(CODE, value.getCode());
      out.value(NAME, Scalars.LOCALIZED_TEXT, value.getName());
      Set<Integer> codes = value.getCrsPurposeCodes();
      if (!codes.isEmpty()) {
        g.writeName(CRS);
        g.writeStartArray(codes, codes.size());
        for (int code : JsonOut.sorted(codes)) {
          g.writeNumber(code);
        }
        g.writeEndArray();
      }
      g.writeEndObject();
    }
  }

  static final class AgreementAreaCodec extends Codec<AgreementArea> {
    private static final SerializedString AREA = new SerializedString("area");
    private static final SerializedString PURPOSE = new SerializedString("purpose");
    private static final String[] REQUIRED = {"area", "purpose"};
    private static final String[] REQUIRED_EXPECTED = {"a built-in area code string or an area object",
        Enums.AREA_PURPOSE.expected()};

    AgreementAreaCodec() {
      super(AgreementArea.class, "an agreement area object");
    }

    @Override
    public AgreementArea read(JsonIn in) {
      if (!in.object(expected())) {
        return null;
      }
      int mark = in.mark();
      AgreementArea.Builder b = AgreementArea.builder();
      int seen = 0;
      for (String name = in.nextName(); name != null; name = in.nextName()) {
        switch (name) {
          case "area": {
            if (in.repeated(seen, 1, "area")) {
              break;
            }
            seen |= 1;
            CooperationArea v = COOPERATION_AREA.read(in);
            if (v != null) {
              b.area(v);
            }
            break;
          }
          case "purpose": {
            if (in.repeated(seen, 2, "purpose")) {
              break;
            }
            seen |= 2;
            var v = in.code(Enums.AREA_PURPOSE);
            if (v != null) {
              b.purpose(v);
            }
            break;
          }
          default:
            in.unknown(name, "area, purpose");
        }
      }
      in.required(seen, REQUIRED, REQUIRED_EXPECTED);
      return in.build(mark, b::build);
    }

    @Override
    public void write(JsonOut out, AgreementArea value) {
      JsonGenerator g = out.generator();
      g.writeStartObject();
      out.value(AREA, COOPERATION_AREA, value.getArea());
      out.code(PURPOSE, Enums.AREA_PURPOSE, value.getPurpose());
      g.writeEndObject();
    }
  }

  static final class RelationCodec extends Codec<AgreementRelation> {
    private static final SerializedString TARGET_ID = new SerializedString("targetId");
    private static final String[] REQUIRED = {"kind", "targetId"};
    private static final String[] REQUIRED_EXPECTED = {Enums.RELATION_KIND.expected(), Codes.ID};

    RelationCodec() {
      super(AgreementRelation.class, "an agreement relation object");
    }

    @Override
    public AgreementRelation read(JsonIn in) {
      if (!in.object(expected())) {
        return null;
      }
      int mark = in.mark();
      AgreementRelation.Builder b = AgreementRelation.builder();
      int seen = 0;
      for (String name = in.nextName(); name != null; name = in.nextName()) {
        switch (name) {
          case "kind": {
            if (in.repeated(seen, 1, "kind")) {
              break;
            }
            seen |= 1;
            var v = in.code(Enums.RELATION_KIND);
            if (v != null) {
              b.kind(v);
            }
            break;
          }
          case "targetId": {
            if (in.repeated(seen, 2, "targetId")) {
              break;
            }
            seen |= 2;
            String v = in.string(Codes.ID);
            if (v != null) {
              b.targetId(v);
            }
            break;
          }
          default:
            in.unknown(name, "kind, targetId");
        }
      }
      in.required(seen, REQUIRED, REQUIRED_EXPECTED);
      return in.build(mark, b::build);
    }

    @Override
    public void write(JsonOut out, AgreementRelation value) {
      JsonGenerator g = out.generator();
      g.writeStartObject();
      out.code(KIND, Enums.RELATION_KIND, value.getKind());
      out.string(TARGET_ID, value.getTargetId());
      g.writeEndObject();
    }
  }

  static final class PartyCodec extends Codec<Party> {
    private static final SerializedString SIGNATORY = new SerializedString("signatoryAppointmentId");
    private static final String[] REQUIRED = {"organizationId", "country"};
    private static final String[] REQUIRED_EXPECTED = {Codes.ID, Codes.COUNTRY};

    PartyCodec() {
      super(Party.class, "a party object");
    }

    @Override
    public Party read(JsonIn in) {
      if (!in.object(expected())) {
        return null;
      }
      int mark = in.mark();
      Party.Builder b = Party.builder();
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
          case "country": {
            if (in.repeated(seen, 2, "country")) {
              break;
            }
            seen |= 2;
            CountryCode v = in.country();
            if (v != null) {
              b.country(v);
            }
            break;
          }
          case "signatoryAppointmentId": {
            if (in.repeated(seen, 4, "signatoryAppointmentId")) {
              break;
            }
            seen |= 4;
            String v = in.string(Codes.ID);
            if (v != null) {
              b.signatoryAppointmentId(v);
            }
            break;
          }
          default:
            in.unknown(name, "organizationId, country, signatoryAppointmentId");
        }
      }
      in.required(seen, REQUIRED, REQUIRED_EXPECTED);
      return in.build(mark, b::build);
    }

    @Override
    public void write(JsonOut out, Party value) {
      JsonGenerator g = out.generator();
      g.writeStartObject();
      out.string(ORGANIZATION_ID, value.getOrganizationId());
      out.value(COUNTRY, Scalars.COUNTRY, value.getCountry());
      out.optionalString(SIGNATORY, value.getSignatoryAppointmentId());
      g.writeEndObject();
    }
  }

  static final class AgreementCodec extends Codec<Agreement> {
    private static final SerializedString LEGAL_NATURE = new SerializedString("legalNature");
    private static final SerializedString PARTIES = new SerializedString("parties");
    private static final SerializedString SIGNED_ON = new SerializedString("signedOn");
    private static final SerializedString SIGNED_AT = new SerializedString("signedAt");
    private static final SerializedString OCCASION = new SerializedString("occasion");
    private static final SerializedString ENTRY_INTO_FORCE = new SerializedString("entryIntoForce");
    private static final SerializedString TERM = new SerializedString("term");
    private static final SerializedString AREAS = new SerializedString("areas");
    private static final SerializedString RELATIONS = new SerializedString("relations");
    private static final String KNOWN = "id, kind, legalNature, title, parties, signedOn, signedAt, occasion,"
        + " entryIntoForce, term, areas, relations, sourceIds";
    private static final String[] REQUIRED = {"id", "kind", "legalNature", "title"};
    private static final String[] REQUIRED_EXPECTED = {Codes.ID, Enums.AGREEMENT_KIND.expected(),
        Enums.LEGAL_NATURE.expected(), Codes.TEXT};

    AgreementCodec() {
      super(Agreement.class, "an agreement object");
    }

    @Override
    public Agreement read(JsonIn in) {
      if (!in.object(expected())) {
        return null;
      }
      int mark = in.mark();
      Agreement.Builder b = Agreement.builder();
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
            var v = in.code(Enums.AGREEMENT_KIND);
            if (v != null) {
              b.kind(v);
            }
            break;
          }
          case "legalNature": {
            if (in.repeated(seen, 4, "legalNature")) {
              break;
            }
            seen |= 4;
            var v = in.code(Enums.LEGAL_NATURE);
            if (v != null) {
              b.legalNature(v);
            }
            break;
          }
          case "title": {
            if (in.repeated(seen, 8, "title")) {
              break;
            }
            seen |= 8;
            LocalizedText v = Scalars.LOCALIZED_TEXT.read(in);
            if (v != null) {
              b.title(v);
            }
            break;
          }
          case "parties": {
            if (in.repeated(seen, 16, "parties")) {
              break;
            }
            seen |= 16;
            List<Party> v = Scalars.list(in, PARTY, "an array of party objects");
            if (v != null) {
              b.parties(v);
            }
            break;
          }
          case "signedOn": {
            if (in.repeated(seen, 32, "signedOn")) {
              break;
            }
            seen |= 32;
            PartialDate v = Scalars.PARTIAL_DATE.read(in);
            if (v != null) {
              b.signedOn(v);
            }
            break;
          }
          case "signedAt": {
            if (in.repeated(seen, 64, "signedAt")) {
              break;
            }
            seen |= 64;
            Place v = PLACE.read(in);
            if (v != null) {
              b.signedAt(v);
            }
            break;
          }
          case "occasion": {
            if (in.repeated(seen, 128, "occasion")) {
              break;
            }
            seen |= 128;
            LocalizedText v = Scalars.LOCALIZED_TEXT.read(in);
            if (v != null) {
              b.occasion(v);
            }
            break;
          }
          case "entryIntoForce": {
            if (in.repeated(seen, 256, "entryIntoForce")) {
              break;
            }
            seen |= 256;
            PartialDate v = Scalars.PARTIAL_DATE.read(in);
            if (v != null) {
              b.entryIntoForce(v);
            }
            break;
          }
          case "term": {
            if (in.repeated(seen, 512, "term")) {
              break;
            }
            seen |= 512;
            Period v = Scalars.PERIOD.read(in);
            if (v != null) {
              b.term(v);
            }
            break;
          }
          case "areas": {
            if (in.repeated(seen, 1024, "areas")) {
              break;
            }
            seen |= 1024;
            List<AgreementArea> v = Scalars.list(in, AGREEMENT_AREA, "an array of agreement area objects");
            if (v != null) {
              b.areas(v);
            }
            break;
          }
          case "relations": {
            if (in.repeated(seen, 2048, "relations")) {
              break;
            }
            seen |= 2048;
            List<AgreementRelation> v = Scalars.list(in, RELATION, "an array of agreement relation objects");
            if (v != null) {
              b.relations(v);
            }
            break;
          }
          case "sourceIds": {
            if (in.repeated(seen, 4096, "sourceIds")) {
              break;
            }
            seen |= 4096;
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
    public void write(JsonOut out, Agreement value) {
      JsonGenerator g = out.generator();
      g.writeStartObject();
      out.string(ID, value.getId());
      out.code(KIND, Enums.AGREEMENT_KIND, value.getKind());
      out.code(LEGAL_NATURE, Enums.LEGAL_NATURE, value.getLegalNature());
      out.value(TITLE, Scalars.LOCALIZED_TEXT, value.getTitle());
      out.list(PARTIES, PARTY, value.getParties());
      out.optional(SIGNED_ON, Scalars.PARTIAL_DATE, value.getSignedOn());
      out.optional(SIGNED_AT, PLACE, value.getSignedAt());
      out.optional(OCCASION, Scalars.LOCALIZED_TEXT, value.getOccasion());
      out.optional(ENTRY_INTO_FORCE, Scalars.PARTIAL_DATE, value.getEntryIntoForce());
      out.optional(TERM, Scalars.PERIOD, value.getTerm());
      out.list(AREAS, AGREEMENT_AREA, value.getAreas());
      out.list(RELATIONS, RELATION, value.getRelations());
      out.strings(SOURCE_IDS, value.getSourceIds());
      g.writeEndObject();
    }
  }
}

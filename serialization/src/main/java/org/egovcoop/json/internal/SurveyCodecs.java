package org.egovcoop.json.internal;

import java.math.BigDecimal;
import java.util.List;
import org.egovcoop.internal.Observations;
import org.egovcoop.geo.CountryCode;
import org.egovcoop.survey.IndexObservation;
import org.egovcoop.survey.SurveyIndex;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.io.SerializedString;

/** The codec of {@link IndexObservation}, the record of the bulk path. */
public final class SurveyCodecs {
  private SurveyCodecs() {}

  /** {@code {"index":"egdi","edition":2016,"country":"UZB","rank":80,"numberAssessed":193,"score":0.54335}}. */
  public static final Codec<IndexObservation> OBSERVATION = new ObservationCodec();

  static final class ObservationCodec extends Codec<IndexObservation> {
    private static final SerializedString INDEX = new SerializedString("index");
    private static final SerializedString EDITION = new SerializedString("edition");
    private static final SerializedString COUNTRY = new SerializedString("country");
    private static final SerializedString RANK = new SerializedString("rank");
    private static final SerializedString NUMBER_ASSESSED = new SerializedString("numberAssessed");
    private static final SerializedString SCORE = new SerializedString("score");
    private static final SerializedString SOURCE_IDS = new SerializedString("sourceIds");
    private static final String EDITION_EXPECTED = "an integer survey year such as 2016";
    private static final String RANK_EXPECTED = "an integer rank from 1";
    private static final String ASSESSED_EXPECTED = "an integer number of countries assessed";

    /**
     * The properties this codec reads and writes, in their canonical order: the description of the
     * hand-written code below, which the format's descriptions are checked against, and the names
     * of the message about an unknown property.
     */
    private static final List<PropertyDescription> PROPERTIES = List.of(
        new PropertyDescription("index", true, Shape.codes(Enums.SURVEY_INDEX.codes()), false),
        new PropertyDescription("edition", true, Shape.integer(), false),
        new PropertyDescription("country", true, Scalars.COUNTRY.shape(), false),
        new PropertyDescription("rank", false, Shape.integer(), false),
        new PropertyDescription("numberAssessed", true, Shape.integer(), false),
        new PropertyDescription("score", false, Shape.ref("decimal"), false),
        new PropertyDescription("sourceIds", false, Shape.ref("ids"), false));
    private static final String KNOWN = String.join(", ", PROPERTIES.stream().map(PropertyDescription::name).toList());

    ObservationCodec() {
      super(IndexObservation.class, "an index observation object", Shape.ref(Shape.definitionOf(IndexObservation.class)));
    }

    /** {@return the properties, as {@link #PROPERTIES} describes them} */
    @Override
    public List<PropertyDescription> properties() {
      return PROPERTIES;
    }

    @Override
    public IndexObservation read(JsonIn in) {
      if (!in.object(expected())) {
        return null;
      }
      int mark = in.problems().mark();
      SurveyIndex index = null;
      long edition = JsonIn.NO_INTEGER;
      CountryCode country = null;
      long rank = JsonIn.NO_INTEGER;
      long assessed = JsonIn.NO_INTEGER;
      BigDecimal score = null;
      List<String> sourceIds = null;
      int seen = 0;
      // The names are expected in the canonical order (only ranked indices have a rank), which
      // the parser then matches byte for byte; any order is read, only more slowly.
      SerializedString likely = INDEX;
      for (String name = in.nextName(likely); name != null; name = in.nextName(likely)) {
        switch (name) {
          case "index":
            likely = EDITION;
            if (in.repeated(seen, 1, "index")) {
              break;
            }
            seen |= 1;
            index = in.code(Enums.SURVEY_INDEX);
            break;
          case "edition":
            likely = COUNTRY;
            if (in.repeated(seen, 2, "edition")) {
              break;
            }
            seen |= 2;
            edition = in.integer(EDITION_EXPECTED);
            break;
          case "country":
            likely = index != null && index.isRanked() ? RANK : NUMBER_ASSESSED;
            if (in.repeated(seen, 4, "country")) {
              break;
            }
            seen |= 4;
            country = in.country();
            break;
          case "rank":
            likely = NUMBER_ASSESSED;
            if (in.repeated(seen, 16, "rank")) {
              break;
            }
            seen |= 16;
            rank = in.integer(RANK_EXPECTED);
            break;
          case "numberAssessed":
            likely = SCORE;
            if (in.repeated(seen, 8, "numberAssessed")) {
              break;
            }
            seen |= 8;
            assessed = in.integer(ASSESSED_EXPECTED);
            break;
          case "score":
            likely = SOURCE_IDS;
            if (in.repeated(seen, 32, "score")) {
              break;
            }
            seen |= 32;
            score = in.decimal("IndexObservation", "score");
            break;
          case "sourceIds":
            if (in.repeated(seen, 64, "sourceIds")) {
              break;
            }
            seen |= 64;
            sourceIds = Scalars.ids(in);
            break;
          default:
            in.unknown(name, KNOWN);
        }
      }
      if ((seen & 15) != 15) {
        if ((seen & 1) == 0) {
          in.missing("index", Enums.SURVEY_INDEX.expected());
        }
        if ((seen & 2) == 0) {
          in.missing("edition", EDITION_EXPECTED);
        }
        if ((seen & 4) == 0) {
          in.missing("country", Codes.COUNTRY);
        }
        if ((seen & 8) == 0) {
          in.missing("numberAssessed", ASSESSED_EXPECTED);
        }
      }
      if (in.problems().failedSince(mark)) {
        return null;
      }
      SurveyIndex readIndex = index;
      int readEdition = (int) edition;
      CountryCode readCountry = country;
      int readAssessed = (int) assessed;
      long readRank = rank == JsonIn.NO_INTEGER ? Observations.NO_RANK : rank;
      BigDecimal readScore = score;
      List<String> readSourceIds = sourceIds;
      IndexObservation observation = in.build(mark, () -> Observations.of(readIndex, readEdition, readCountry,
          readAssessed, readRank, readScore, readSourceIds));
      if (observation != null && in.observationRules() && !Validation.observation(observation, in)) {
        return null;
      }
      return observation;
    }

    @Override
    public void write(JsonOut out, IndexObservation value) {
      JsonGenerator g = out.generator();
      g.writeStartObject();
      g.writeName(INDEX);
      g.writeString(Enums.SURVEY_INDEX.encoded(value.getIndex()));
      g.writeName(EDITION);
      g.writeNumber(value.getEdition());
      g.writeName(COUNTRY);
      g.writeString(value.getCountry().alpha3());
      if (value.getRank().isPresent()) {
        g.writeName(RANK);
        g.writeNumber(value.getRank().getAsInt());
      }
      g.writeName(NUMBER_ASSESSED);
      g.writeNumber(value.getNumberAssessed());
      if (value.getScore().isPresent()) {
        g.writeName(SCORE);
        g.writeNumber(value.getScore().get());
      }
      out.strings(SOURCE_IDS, value.getSourceIds());
      g.writeEndObject();
    }
  }
}

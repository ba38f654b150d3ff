package org.egovcoop.json.internal;

import java.util.List;
import org.egovcoop.internal.Texts;
import org.egovcoop.json.JsonProblem.Kind;
import org.egovcoop.portfolio.Portfolio;
import org.egovcoop.survey.IndexObservation;

/** The codec of the top-level document: a portfolio, with {@code "formatVersion": "1.0"} first. */
public final class PortfolioCodec {
  private PortfolioCodec() {}

  /** The version of the format this codec reads and writes. */
  public static final String FORMAT_VERSION = "1.0";

  private static final String VERSION_EXPECTED = "the format version string \"" + FORMAT_VERSION + "\"";
  private static final String OBSERVATIONS_EXPECTED = "an array of index observation objects";

  /** The codec. */
  public static final Codec<Portfolio> PORTFOLIO =
      ObjectCodec.table(Portfolio.class, "a portfolio object", Portfolio::builder, Portfolio.Builder::build)
          .property("formatVersion", true, VERSION_EXPECTED, Shape.constant(FORMAT_VERSION), PortfolioCodec::readVersion,
              (out, name, value) -> {
                out.generator().writeName(name);
                out.generator().writeString(FORMAT_VERSION);
              })
          .id("id", Portfolio::getId, Portfolio.Builder::id)
          .required("title", Scalars.LOCALIZED_TEXT, Portfolio::getTitle, Portfolio.Builder::title)
          .sortedSet("countries", Scalars.COUNTRY, "an array of ISO 3166-1 alpha-3 country codes",
              Portfolio::getCountries, Portfolio.Builder::countries)
          .list("organizations", ActorCodecs.ORGANIZATION, "an array of organization objects",
              Portfolio::getOrganizations, Portfolio.Builder::organizations)
          .list("persons", ActorCodecs.PERSON, "an array of person objects", Portfolio::getPersons,
              Portfolio.Builder::persons)
          .list("appointments", ActorCodecs.APPOINTMENT, "an array of appointment objects",
              Portfolio::getAppointments, Portfolio.Builder::appointments)
          .list("agreements", AgreementCodecs.AGREEMENT, "an array of agreement objects", Portfolio::getAgreements,
              Portfolio.Builder::agreements)
          .list("activities", ActivityCodecs.ACTIVITY, "an array of activity objects", Portfolio::getActivities,
              Portfolio.Builder::activities)
          .list("figures", MetricCodecs.FIGURE, "an array of figure objects", Portfolio::getFigures,
              Portfolio.Builder::figures)
          .property("observations", false, OBSERVATIONS_EXPECTED, Shape.array(SurveyCodecs.OBSERVATION.shape(), false),
              PortfolioCodec::readObservations,
              (out, name, value) -> out.list(name, SurveyCodecs.OBSERVATION, value.getObservations()))
          .list("statements", SourceCodecs.STATEMENT, "an array of statement objects", Portfolio::getStatements,
              Portfolio.Builder::statements)
          .list("sources", SourceCodecs.SOURCE, "an array of source objects", Portfolio::getSources,
              Portfolio.Builder::sources)
          .codec();

  /** The version is checked, not kept: the model has no attribute for it. */
  private static void readVersion(JsonIn in, Portfolio.Builder builder) {
    String v = in.string(VERSION_EXPECTED);
    if (v != null && !v.equals(FORMAT_VERSION)) {
      in.here(Kind.INVALID_VALUE, "unsupported format version " + Texts.quoted(v) + ": expected "
          + VERSION_EXPECTED, v, VERSION_EXPECTED);
    }
  }

  /**
   * The observations do not check their rules as they are read: the portfolio validates them
   * with everything else once built, so that one pass reports every rule the document breaks.
   */
  private static void readObservations(JsonIn in, Portfolio.Builder builder) {
    boolean rules = in.observationRules(false);
    List<IndexObservation> v = Scalars.list(in, SurveyCodecs.OBSERVATION, OBSERVATIONS_EXPECTED);
    in.observationRules(rules);
    if (v != null) {
      builder.observations(v);
    }
  }
}

package org.egovcoop.json.internal;

import java.util.List;
import java.util.Set;
import org.egovcoop.activity.Activity;
import org.egovcoop.actor.Appointment;
import org.egovcoop.actor.Organization;
import org.egovcoop.actor.Person;
import org.egovcoop.agreement.Agreement;
import org.egovcoop.geo.CountryCode;
import org.egovcoop.json.JsonProblem.Kind;
import org.egovcoop.metric.Figure;
import org.egovcoop.portfolio.Portfolio;
import org.egovcoop.source.Source;
import org.egovcoop.source.Statement;
import org.egovcoop.survey.IndexObservation;
import org.egovcoop.text.LocalizedText;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.io.SerializedString;

/** The codec of the top-level document: a portfolio, with {@code "formatVersion": "1.0"} first. */
public final class PortfolioCodec extends Codec<Portfolio> {

  /** The version of the format this codec reads and writes. */
  public static final String FORMAT_VERSION = "1.0";

  /** The codec. */
  public static final PortfolioCodec PORTFOLIO = new PortfolioCodec();

  private static final SerializedString FORMAT_VERSION_NAME = new SerializedString("formatVersion");
  private static final SerializedString COUNTRIES = new SerializedString("countries");
  private static final SerializedString ORGANIZATIONS = new SerializedString("organizations");
  private static final SerializedString PERSONS = new SerializedString("persons");
  private static final SerializedString APPOINTMENTS = new SerializedString("appointments");
  private static final SerializedString AGREEMENTS = new SerializedString("agreements");
  private static final SerializedString ACTIVITIES = new SerializedString("activities");
  private static final SerializedString FIGURES = new SerializedString("figures");
  private static final SerializedString OBSERVATIONS = new SerializedString("observations");
  private static final SerializedString STATEMENTS = new SerializedString("statements");
  private static final SerializedString SOURCES = new SerializedString("sources");
  private static final String VERSION_EXPECTED = "the format version string \"" + FORMAT_VERSION + "\"";
  private static final String KNOWN = "formatVersion, id, title, countries, organizations, persons, appointments,"
      + " agreements, activities, figures, observations, statements, sources";
  private static final String[] REQUIRED = {"formatVersion", "id", "title"};
  private static final String[] REQUIRED_EXPECTED = {VERSION_EXPECTED, Codes.ID, Codes.TEXT};

  private PortfolioCodec() {
    super(Portfolio.class, "a portfolio object");
  }

  @Override
  public Portfolio read(JsonIn in) {
    if (!in.object(expected())) {
      return null;
    }
    int mark = in.mark();
    Portfolio.Builder b = Portfolio.builder();
    int seen = 0;
    for (String name = in.nextName(); name != null; name = in.nextName()) {
      switch (name) {
        case "formatVersion": {
          if (in.repeated(seen, 1, "formatVersion")) {
            break;
          }
          seen |= 1;
          String v = in.string(VERSION_EXPECTED);
          if (v != null && !v.equals(FORMAT_VERSION)) {
            in.here(Kind.INVALID_VALUE, "unsupported format version '" + JsonIn.abbreviate(v) + "': expected "
                + VERSION_EXPECTED, v, VERSION_EXPECTED);
          }
          break;
        }
        case "id": {
          if (in.repeated(seen, 2, "id")) {
            break;
          }
          seen |= 2;
          String v = in.string(Codes.ID);
          if (v != null) {
            b.id(v);
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
        case "countries": {
          if (in.repeated(seen, 8, "countries")) {
            break;
          }
          seen |= 8;
          Set<CountryCode> v = Scalars.set(in, Scalars.COUNTRY, "an array of ISO 3166-1 alpha-3 country codes");
          if (v != null) {
            b.countries(v);
          }
          break;
        }
        case "organizations": {
          if (in.repeated(seen, 16, "organizations")) {
            break;
          }
          seen |= 16;
          List<Organization> v = Scalars.list(in, ActorCodecs.ORGANIZATION, "an array of organization objects");
          if (v != null) {
            b.organizations(v);
          }
          break;
        }
        case "persons": {
          if (in.repeated(seen, 32, "persons")) {
            break;
          }
          seen |= 32;
          List<Person> v = Scalars.list(in, ActorCodecs.PERSON, "an array of person objects");
          if (v != null) {
            b.persons(v);
          }
          break;
        }
        case "appointments": {
          if (in.repeated(seen, 64, "appointments")) {
            break;
          }
          seen |= 64;
          List<Appointment> v = Scalars.list(in, ActorCodecs.APPOINTMENT, "an array of appointment objects");
          if (v != null) {
            b.appointments(v);
          }
          break;
        }
        case "agreements": {
          if (in.repeated(seen, 128, "agreements")) {
            break;
          }
          seen |= 128;
          List<Agreement> v = Scalars.list(in, AgreementCodecs.AGREEMENT, "an array of agreement objects");
          if (v != null) {
            b.agreements(v);
          }
          break;
        }
        case "activities": {
          if (in.repeated(seen, 256, "activities")) {
            break;
          }
          seen |= 256;
          List<Activity> v = Scalars.list(in, ActivityCodecs.ACTIVITY, "an array of activity objects");
          if (v != null) {
            b.activities(v);
          }
          break;
        }
        case "figures": {
          if (in.repeated(seen, 512, "figures")) {
            break;
          }
          seen |= 512;
          List<Figure> v = Scalars.list(in, MetricCodecs.FIGURE, "an array of figure objects");
          if (v != null) {
            b.figures(v);
          }
          break;
        }
        case "observations": {
          if (in.repeated(seen, 1024, "observations")) {
            break;
          }
          seen |= 1024;
          boolean rules = in.observationRules(false);
          List<IndexObservation> v = Scalars.list(in, SurveyCodecs.OBSERVATION, "an array of index observation objects");
          in.observationRules(rules);
          if (v != null) {
            b.observations(v);
          }
          break;
        }
        case "statements": {
          if (in.repeated(seen, 2048, "statements")) {
            break;
          }
          seen |= 2048;
          List<Statement> v = Scalars.list(in, SourceCodecs.STATEMENT, "an array of statement objects");
          if (v != null) {
            b.statements(v);
          }
          break;
        }
        case "sources": {
          if (in.repeated(seen, 4096, "sources")) {
            break;
          }
          seen |= 4096;
          List<Source> v = Scalars.list(in, SourceCodecs.SOURCE, "an array of source objects");
          if (v != null) {
            b.sources(v);
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
  public void write(JsonOut out, Portfolio value) {
    JsonGenerator g = out.generator();
    g.writeStartObject();
    g.writeName(FORMAT_VERSION_NAME);
    g.writeString(FORMAT_VERSION);
    out.string(ActorCodecs.ID, value.getId());
    out.value(AgreementCodecs.TITLE, Scalars.LOCALIZED_TEXT, value.getTitle());
    out.list(COUNTRIES, Scalars.COUNTRY, JsonOut.sorted(value.getCountries()));
    out.list(ORGANIZATIONS, ActorCodecs.ORGANIZATION, value.getOrganizations());
    out.list(PERSONS, ActorCodecs.PERSON, value.getPersons());
    out.list(APPOINTMENTS, ActorCodecs.APPOINTMENT, value.getAppointments());
    out.list(AGREEMENTS, AgreementCodecs.AGREEMENT, value.getAgreements());
    out.list(ACTIVITIES, ActivityCodecs.ACTIVITY, value.getActivities());
    out.list(FIGURES, MetricCodecs.FIGURE, value.getFigures());
    out.list(OBSERVATIONS, SurveyCodecs.OBSERVATION, value.getObservations());
    out.list(STATEMENTS, SourceCodecs.STATEMENT, value.getStatements());
    out.list(SOURCES, SourceCodecs.SOURCE, value.getSources());
    g.writeEndObject();
  }
}

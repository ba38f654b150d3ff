package org.egovcoop.json.internal;

import java.math.BigDecimal;
import java.util.List;
import org.egovcoop.geo.CountryCode;
import org.egovcoop.metric.Figure;
import org.egovcoop.metric.QualifiedQuantity;
import org.egovcoop.metric.Qualifier;
import org.egovcoop.metric.Quantity;
import org.egovcoop.text.LocalizedText;
import org.egovcoop.time.PartialDate;
import org.egovcoop.time.PartialDateRange;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.io.SerializedString;

/** Codecs of figures and qualified quantities. */
public final class MetricCodecs {
  private MetricCodecs() {}

  /** {@code {"qualifier":"more-than","value":180000000,"unit":"USD"}}; the qualifier is always written. */
  public static final Codec<QualifiedQuantity> QUALIFIED_QUANTITY = new QualifiedQuantityCodec();
  /** A figure. */
  public static final Codec<Figure> FIGURE = new FigureCodec();

  static final class QualifiedQuantityCodec extends Codec<QualifiedQuantity> {
    private static final SerializedString QUALIFIER = new SerializedString("qualifier");
    private static final String[] REQUIRED = {"qualifier", "value", "unit"};
    private static final String[] REQUIRED_EXPECTED = {Enums.QUALIFIER.expected(), Codes.DECIMAL, Scalars.UNIT_EXPECTED};

    QualifiedQuantityCodec() {
      super(QualifiedQuantity.class, "a qualified quantity object");
    }

    @Override
    public QualifiedQuantity read(JsonIn in) {
      if (!in.object(expected())) {
        return null;
      }
      int mark = in.mark();
      Qualifier qualifier = null;
      BigDecimal value = null;
      String unit = null;
      int seen = 0;
      for (String name = in.nextName(); name != null; name = in.nextName()) {
        switch (name) {
          case "qualifier":
            if (in.repeated(seen, 1, "qualifier")) {
              break;
            }
            seen |= 1;
            qualifier = in.code(Enums.QUALIFIER);
            break;
          case "value":
            if (in.repeated(seen, 2, "value")) {
              break;
            }
            seen |= 2;
            value = in.decimal("Quantity", "value");
            break;
          case "unit":
            if (in.repeated(seen, 4, "unit")) {
              break;
            }
            seen |= 4;
            unit = Scalars.unit(in);
            break;
          default:
            in.unknown(name, "qualifier, value, unit");
        }
      }
      in.required(seen, REQUIRED, REQUIRED_EXPECTED);
      Qualifier q = qualifier;
      BigDecimal v = value;
      String u = unit;
      return in.build(mark, () -> QualifiedQuantity.of(q, Quantity.of(v, u)));
    }

    @Override
    public void write(JsonOut out, QualifiedQuantity value) {
      JsonGenerator g = out.generator();
      g.writeStartObject();
      out.code(QUALIFIER, Enums.QUALIFIER, value.qualifier());
      Scalars.writeQuantity(g, value.quantity());
      g.writeEndObject();
    }
  }

  static final class FigureCodec extends Codec<Figure> {
    private static final SerializedString DESCRIPTION = new SerializedString("description");
    private static final SerializedString QUANTITY = new SerializedString("quantity");
    private static final SerializedString AS_OF = new SerializedString("asOf");
    private static final SerializedString PERIOD = new SerializedString("period");
    private static final SerializedString FROM_COUNTRY = new SerializedString("fromCountry");
    private static final SerializedString TO_COUNTRY = new SerializedString("toCountry");
    private static final String KNOWN = "id, kind, description, quantity, asOf, period, fromCountry, toCountry, sourceIds";
    private static final String[] REQUIRED = {"id", "kind", "description", "quantity"};
    private static final String[] REQUIRED_EXPECTED = {Codes.ID, Enums.FIGURE_KIND.expected(), Codes.TEXT,
        "a qualified quantity object"};

    FigureCodec() {
      super(Figure.class, "a figure object");
    }

    @Override
    public Figure read(JsonIn in) {
      if (!in.object(expected())) {
        return null;
      }
      int mark = in.mark();
      Figure.Builder b = Figure.builder();
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
            var v = in.code(Enums.FIGURE_KIND);
            if (v != null) {
              b.kind(v);
            }
            break;
          }
          case "description": {
            if (in.repeated(seen, 4, "description")) {
              break;
            }
            seen |= 4;
            LocalizedText v = Scalars.LOCALIZED_TEXT.read(in);
            if (v != null) {
              b.description(v);
            }
            break;
          }
          case "quantity": {
            if (in.repeated(seen, 8, "quantity")) {
              break;
            }
            seen |= 8;
            QualifiedQuantity v = QUALIFIED_QUANTITY.read(in);
            if (v != null) {
              b.quantity(v);
            }
            break;
          }
          case "asOf": {
            if (in.repeated(seen, 16, "asOf")) {
              break;
            }
            seen |= 16;
            PartialDate v = Scalars.PARTIAL_DATE.read(in);
            if (v != null) {
              b.asOf(v);
            }
            break;
          }
          case "period": {
            if (in.repeated(seen, 32, "period")) {
              break;
            }
            seen |= 32;
            PartialDateRange v = Scalars.PARTIAL_DATE_RANGE.read(in);
            if (v != null) {
              b.period(v);
            }
            break;
          }
          case "fromCountry": {
            if (in.repeated(seen, 64, "fromCountry")) {
              break;
            }
            seen |= 64;
            CountryCode v = in.country();
            if (v != null) {
              b.fromCountry(v);
            }
            break;
          }
          case "toCountry": {
            if (in.repeated(seen, 128, "toCountry")) {
              break;
            }
            seen |= 128;
            CountryCode v = in.country();
            if (v != null) {
              b.toCountry(v);
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
    public void write(JsonOut out, Figure value) {
      JsonGenerator g = out.generator();
      g.writeStartObject();
      out.string(ActorCodecs.ID, value.getId());
      out.code(ActorCodecs.KIND, Enums.FIGURE_KIND, value.getKind());
      out.value(DESCRIPTION, Scalars.LOCALIZED_TEXT, value.getDescription());
      out.value(QUANTITY, QUALIFIED_QUANTITY, value.getQuantity());
      out.optional(AS_OF, Scalars.PARTIAL_DATE, value.getAsOf());
      out.optional(PERIOD, Scalars.PARTIAL_DATE_RANGE, value.getPeriod());
      out.optional(FROM_COUNTRY, Scalars.COUNTRY, value.getFromCountry());
      out.optional(TO_COUNTRY, Scalars.COUNTRY, value.getToCountry());
      out.strings(ActorCodecs.SOURCE_IDS, value.getSourceIds());
      g.writeEndObject();
    }
  }
}

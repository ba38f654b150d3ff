package org.egovcoop.json.internal;

import java.math.BigDecimal;
import org.egovcoop.metric.Figure;
import org.egovcoop.metric.QualifiedQuantity;
import org.egovcoop.metric.Qualifier;
import org.egovcoop.metric.Quantity;

/** Codecs of figures and qualified quantities. */
public final class MetricCodecs {
  private MetricCodecs() {}

  /** {@code {"qualifier":"more-than","value":180000000,"unit":"USD"}}; the qualifier is always written. */
  public static final Codec<QualifiedQuantity> QUALIFIED_QUANTITY =
      ObjectCodec.table(QualifiedQuantity.class, "a qualified quantity object", QualifiedQuantityParts::new,
              p -> QualifiedQuantity.of(p.qualifier, Quantity.of(p.value, p.unit)))
          .code("qualifier", Enums.QUALIFIER, QualifiedQuantity::qualifier, (p, v) -> p.qualifier = v)
          .decimal("value", "Quantity", "value", q -> q.quantity().value(), (p, v) -> p.value = v)
          .required("unit", Scalars.UNIT, q -> q.quantity().unit(), (p, v) -> p.unit = v)
          .codec();

  /** A figure. */
  public static final Codec<Figure> FIGURE =
      ObjectCodec.table(Figure.class, "a figure object", Figure::builder, Figure.Builder::build)
          .id("id", Figure::getId, Figure.Builder::id)
          .code("kind", Enums.FIGURE_KIND, Figure::getKind, Figure.Builder::kind)
          .required("description", Scalars.LOCALIZED_TEXT, Figure::getDescription, Figure.Builder::description)
          .required("quantity", QUALIFIED_QUANTITY, Figure::getQuantity, Figure.Builder::quantity)
          .optional("asOf", Scalars.PARTIAL_DATE, Figure::getAsOf, Figure.Builder::asOf)
          .optional("period", Scalars.PARTIAL_DATE_RANGE, Figure::getPeriod, Figure.Builder::period)
          .optional("fromCountry", Scalars.COUNTRY, Figure::getFromCountry, Figure.Builder::fromCountry)
          .optional("toCountry", Scalars.COUNTRY, Figure::getToCountry, Figure.Builder::toCountry)
          .ids("sourceIds", Figure::getSourceIds, Figure.Builder::sourceIds)
          .codec();

  /** The parts of a qualified quantity as read; the model checks them together when it is built. */
  private static final class QualifiedQuantityParts {
    Qualifier qualifier;
    BigDecimal value;
    String unit;
  }
}

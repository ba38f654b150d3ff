package org.egovcoop.metric;

import java.util.List;
import java.util.Optional;
import org.egovcoop.geo.CountryCode;
import org.egovcoop.internal.Checks;
import org.egovcoop.text.LocalizedText;
import org.egovcoop.time.PartialDate;
import org.egovcoop.time.PartialDateRange;
import org.immutables.value.Value;
import org.egovcoop.validation.InvalidAttributeException;

/**
 * A reported figure with its qualifier, unit, time and direction: "cumulative Korean
 * e-government exports to Uzbekistan: more than USD 180 million, as of 2017-11-22" is a figure of
 * kind {@link FigureKind#EXPORTS}, quantity {@code > 180000000 USD}, from {@code KOR} to
 * {@code UZB}, as of {@code 2017-11-22}.
 *
 * <p>Invariants: the id is well-formed; the quantity of a figure of any kind but
 * {@link FigureKind#OTHER} is zero or more. Exports, aid, investment and headcounts are amounts
 * that cannot be below zero, so {@code at least -2500000 EUR} of aid is refused; a change or a
 * balance, which may be negative ("exports fell by USD 3 million"), is a figure of kind
 * {@link FigureKind#OTHER} whose description says what it measures. {@link Money} and
 * {@link Quantity} themselves allow negative values. A figure holds an as-of date, a period, both
 * or neither.
 */
@Value.Immutable
public abstract class Figure {

  Figure() {}

  /** {@return a builder; {@code id}, {@code kind}, {@code description} and {@code quantity} are required} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return the figure's id, unique within its portfolio} */
  public abstract String getId();

  /** {@return what the figure measures} */
  public abstract FigureKind getKind();

  /** {@return what was counted, in words: "cumulative e-government exports"} */
  public abstract LocalizedText getDescription();

  /** {@return the figure as reported, with its qualifier and unit} */
  public abstract QualifiedQuantity getQuantity();

  /** {@return the date the figure stands at, for a cumulative or stock figure} */
  public abstract Optional<PartialDate> getAsOf();

  /** {@return the period the figure covers, for a flow over time} */
  public abstract Optional<PartialDateRange> getPeriod();

  /** {@return the country the flow goes from (the exporter), if directed} */
  public abstract Optional<CountryCode> getFromCountry();

  /** {@return the country the flow goes to (the importer), if directed} */
  public abstract Optional<CountryCode> getToCountry();

  /** {@return ids of the {@link org.egovcoop.source.Source}s that report the figure} */
  public abstract List<String> getSourceIds();

  @Value.Check
  void check() {
    Checks.id("Figure", "id", getId());
    if (getKind() != FigureKind.OTHER && getQuantity().quantity().value().signum() < 0) {
      throw new InvalidAttributeException("Figure", "quantity", getQuantity(),
          getQuantity() + " is negative: a figure of kind "
          + getKind().name().toLowerCase(java.util.Locale.ROOT) + " is an amount of zero or more; a change or a"
          + " balance, which may be negative, is a figure of kind other");
    }
    Checks.ids("Figure", "sourceIds", getSourceIds());
  }

  /** Builds a {@link Figure}. */
  public static final class Builder extends ImmutableFigure.Builder {
    Builder() {}
  }
}

package org.egovcoop.json.internal;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Period;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.egovcoop.geo.CountryCode;
import org.egovcoop.internal.Texts;
import org.egovcoop.json.JsonProblem.Kind;
import org.egovcoop.metric.Money;
import org.egovcoop.metric.Quantity;
import org.egovcoop.text.DuplicateLanguageException;
import org.egovcoop.text.LocalizedText;
import org.egovcoop.time.PartialDate;
import org.egovcoop.time.PartialDateRange;
import tools.jackson.core.JsonGenerator;

/**
 * Codecs of the scalar types: values written as one JSON string or number, or as a small object
 * ({@link LocalizedText}, {@link Money}, {@link Quantity}), and the list helpers every aggregate
 * uses.
 */
public final class Scalars {

  private Scalars() {}

  /** A partial date as {@code "2013"}, {@code "2013-12"} or {@code "2017-11-22"}. */
  public static final Codec<PartialDate> PARTIAL_DATE = new Codec<>(PartialDate.class, Codes.DATE,
      Shape.ref("partialDate")) {
    @Override
    public PartialDate read(JsonIn in) {
      return in.parsed(Codes.DATE, PartialDate::parse);
    }

    @Override
    public void write(JsonOut out, PartialDate value) {
      out.generator().writeString(value.toString());
    }
  };

  /** A date range as its ISO 8601 interval: {@code "2013/2015"}, {@code "2013-12/.."}. */
  public static final Codec<PartialDateRange> PARTIAL_DATE_RANGE = new Codec<>(PartialDateRange.class, Codes.RANGE,
      Shape.ref("partialDateRange")) {
    @Override
    public PartialDateRange read(JsonIn in) {
      return in.parsed(Codes.RANGE, PartialDateRange::parse);
    }

    @Override
    public void write(JsonOut out, PartialDateRange value) {
      out.generator().writeString(value.toString());
    }
  };

  /** A country as its alpha-3 code: {@code "UZB"}. */
  public static final Codec<CountryCode> COUNTRY = new Codec<>(CountryCode.class, Codes.COUNTRY,
      Shape.ref("countryCode")) {
    @Override
    public CountryCode read(JsonIn in) {
      return in.country();
    }

    @Override
    public void write(JsonOut out, CountryCode value) {
      out.generator().writeString(value.alpha3());
    }
  };

  /** A java.time period as ISO 8601: {@code "P3Y"}. Not claimed by the module: not an egovcoop type. */
  static final Codec<Period> PERIOD = new Codec<>(Period.class, Codes.PERIOD, Shape.ref("period")) {
    @Override
    public Period read(JsonIn in) {
      return in.parsedByJdk(Codes.PERIOD, Period::parse);
    }

    @Override
    public void write(JsonOut out, Period value) {
      out.generator().writeString(value.toString());
    }
  };

  /** A URI as a string. Not claimed by the module: not an egovcoop type. */
  static final Codec<URI> URI_CODEC = new Codec<>(URI.class, Codes.URI, Shape.string()) {
    @Override
    public URI read(JsonIn in) {
      return in.parsedByJdk(Codes.URI, URI::create);
    }

    @Override
    public void write(JsonOut out, URI value) {
      out.generator().writeString(value.toString());
    }
  };

  /** A localized text as an object keyed by canonical BCP 47 tag, in sorted order. */
  public static final Codec<LocalizedText> LOCALIZED_TEXT = new Codec<>(LocalizedText.class, Codes.TEXT,
      Shape.ref("localizedText")) {
    @Override
    public LocalizedText read(JsonIn in) {
      if (!in.object(Codes.TEXT)) {
        return null;
      }
      int mark = in.problems().mark();
      LocalizedText.Builder builder = LocalizedText.builder();
      for (String tag = in.nextName(); tag != null; tag = in.nextName()) {
        String text = in.string("a non-blank string in language " + Texts.quoted(tag));
        if (text != null) {
          try {
            builder.put(tag, text);
          } catch (IllegalArgumentException e) {
            // A repeated tag, or two spellings of one language ("uz-cyrl" and "uz-Cyrl").
            in.here(e instanceof DuplicateLanguageException ? Kind.DUPLICATE : Kind.INVALID_VALUE,
                ProblemMessages.refused(e), text, "a non-blank text under a well-formed BCP 47 tag");
          }
        }
      }
      return in.build(mark, builder::build);
    }

    @Override
    public void write(JsonOut out, LocalizedText value) {
      JsonGenerator g = out.generator();
      g.writeStartObject();
      for (Map.Entry<String, String> entry : value.asMap().entrySet()) {
        g.writeName(entry.getKey());
        g.writeString(entry.getValue());
      }
      g.writeEndObject();
    }
  };

  private static final String CURRENCY_CODE = "an ISO 4217 currency code string such as \"USD\"";

  /** A currency code of money, {@code "USD"}, checked by the model's own list (not the JDK's). */
  static final Codec<String> CURRENCY = new Codec<>(String.class, CURRENCY_CODE, Shape.string()) {
    @Override
    public String read(JsonIn in) {
      return in.parsed(CURRENCY_CODE, code -> Money.of(BigDecimal.ZERO, code).currencyCode());
    }

    @Override
    public void write(JsonOut out, String value) {
      out.generator().writeString(value);
    }
  };

  static final String UNIT_EXPECTED = "a unit string: an ISO 4217 currency code such as \"USD\" or a lower-case unit name such as \"person\"";

  /** A unit of a quantity, checked by the model's own rule for units. */
  static final Codec<String> UNIT = new Codec<>(String.class, UNIT_EXPECTED, Shape.string()) {
    @Override
    public String read(JsonIn in) {
      return in.parsed(UNIT_EXPECTED, u -> {
        Quantity.of(BigDecimal.ONE, u);
        return u;
      });
    }

    @Override
    public void write(JsonOut out, String value) {
      out.generator().writeString(value);
    }
  };

  /** Money as {@code {"amount": 180000000.00, "currency": "USD"}}, the amount an exact JSON number. */
  public static final Codec<Money> MONEY =
      ObjectCodec.table(Money.class, "a money object", MoneyParts::new, p -> Money.of(p.amount, p.currency))
          .decimal("amount", "Money", "amount", Money::amount, (p, v) -> p.amount = v)
          .required("currency", CURRENCY, Money::currencyCode, (p, v) -> p.currency = v)
          .codec();

  /** A quantity as {@code {"value": 30, "unit": "person"}}. */
  public static final Codec<Quantity> QUANTITY =
      ObjectCodec.table(Quantity.class, "a quantity object", QuantityParts::new, p -> Quantity.of(p.value, p.unit))
          .decimal("value", "Quantity", "value", Quantity::value, (p, v) -> p.value = v)
          .required("unit", UNIT, Quantity::unit, (p, v) -> p.unit = v)
          .codec();

  /** The parts of money as read; the model checks them together when it is built. */
  private static final class MoneyParts {
    BigDecimal amount;
    String currency;
  }

  /** The parts of a quantity as read; the model checks them together when it is built. */
  private static final class QuantityParts {
    BigDecimal value;
    String unit;
  }

  // ---- lists ----

  /**
   * {@return the elements, or null if any problem was recorded}
   *
   * @param in the reader, on the array
   * @param codec the elements' codec
   * @param expected what the array is, such as "an array of agreement objects"
   * @param <T> the element type
   */
  static <T> List<T> list(JsonIn in, Codec<T> codec, String expected) {
    if (!in.array(expected)) {
      return null;
    }
    int mark = in.problems().mark();
    List<T> values = new ArrayList<>();
    int count = 0;
    while (in.nextElement(count++)) {
      T value = codec.read(in);
      if (value != null) {
        values.add(value);
      }
    }
    return in.problems().failedSince(mark) ? null : values;
  }

  /**
   * {@return the distinct elements in document order, or null if any problem (a repeat included)
   *     was recorded}
   *
   * @param in the reader, on the array
   * @param codec the elements' codec
   * @param expected what the array is
   * @param <T> the element type
   */
  static <T> Set<T> set(JsonIn in, Codec<T> codec, String expected) {
    if (!in.array(expected)) {
      return null;
    }
    int mark = in.problems().mark();
    Set<T> values = new LinkedHashSet<>();
    int count = 0;
    while (in.nextElement(count++)) {
      T value = codec.read(in);
      if (value != null && !values.add(value)) {
        in.duplicateElement(value.toString());
      }
    }
    return in.problems().failedSince(mark) ? null : values;
  }

  /**
   * {@return the observations, or null if any problem was recorded}
   *
   * @param in the reader, on a JSON array of observations
   */
  public static List<org.egovcoop.survey.IndexObservation> observations(JsonIn in) {
    return list(in, SurveyCodecs.OBSERVATION, "an array of index observation objects");
  }

  /** Ids as plain strings; the model checks their form. */
  static final Codec<String> STRING = new Codec<>(String.class, Codes.ID, Shape.ref("id")) {
    @Override
    public String read(JsonIn in) {
      return in.string(Codes.ID);
    }

    @Override
    public void write(JsonOut out, String value) {
      out.generator().writeString(value);
    }
  };

  static List<String> ids(JsonIn in) {
    return list(in, STRING, Codes.IDS);
  }
}

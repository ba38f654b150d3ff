package org.egovcoop.time;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Objects;
import org.egovcoop.internal.Texts;

/**
 * A calendar date known to a year, a month or a day: the reduced-precision dates of ISO 8601
 * ({@code 2013}, {@code 2013-12}, {@code 2013-12-10}) that press releases and treaty records use.
 *
 * <p>A partial date stands for every day it may be. {@code 2013-12} is the whole of December 2013,
 * so it is neither before nor after {@code 2013-12-10}; comparisons say so honestly:
 * <ul>
 *   <li>{@link #isBefore(PartialDate)} is true only when every day of this date precedes every day
 *       of the other;</li>
 *   <li>{@link #mayBeBefore(PartialDate)} is true when some day of this date precedes some day of
 *       the other;</li>
 *   <li>{@link #contains(PartialDate)} is true when every day of the other lies within this one.</li>
 * </ul>
 * {@link #compareTo(PartialDate)} is a total order for sorting only (by first day, then the coarser
 * precision first); it is consistent with {@link #equals(Object)} and says nothing about which
 * event happened first.
 *
 * <p>Years run from 1 to 9999 so that {@link #toString()} is always the four-digit ISO form that
 * {@link #parse(CharSequence)} reads back. Instances are immutable and thread-safe.
 */
public final class PartialDate implements Comparable<PartialDate> {

  /** The smallest year a partial date may hold. */
  public static final int MIN_YEAR = 1;
  /** The largest year a partial date may hold. */
  public static final int MAX_YEAR = 9999;

  private final short year;
  private final byte month; // 0 when unknown
  private final byte day; // 0 when unknown

  private PartialDate(int year, int month, int day) {
    this.year = (short) year;
    this.month = (byte) month;
    this.day = (byte) day;
  }

  /**
   * A date known to the year only.
   *
   * @param year from 1 to 9999
   * @return the partial date
   * @throws DateTimeException if the year is out of range
   */
  public static PartialDate of(int year) {
    return checked(DatePrecision.YEAR, year, 0, 0);
  }

  /**
   * A date known to the month.
   *
   * @param year from 1 to 9999
   * @param month from 1 to 12
   * @return the partial date
   * @throws DateTimeException if the year or month is out of range
   */
  public static PartialDate of(int year, int month) {
    return checked(DatePrecision.MONTH, year, month, 0);
  }

  /**
   * A date known to the day.
   *
   * @param year from 1 to 9999
   * @param month from 1 to 12
   * @param day a valid day of that month
   * @return the partial date
   * @throws DateTimeException if the fields do not form a valid date
   */
  public static PartialDate of(int year, int month, int day) {
    return checked(DatePrecision.DAY, year, month, day);
  }

  /** The date of the fields, or an exception that says in the model's words which field is wrong. */
  private static PartialDate checked(DatePrecision precision, int year, int month, int day) {
    Invalidity invalid = invalidity(precision, year, month, day);
    if (invalid != null) {
      throw new DateTimeException("Invalid partial date " + form(precision, year, month, day) + ": " + invalid.reason());
    }
    return new PartialDate(year, month, day);
  }

  /** Which field is wrong (its index in the ISO form: 0, 5 or 8) and why. */
  private record Invalidity(int index, String reason) {}

  /**
   * Why fields do not form a partial date of a precision, or null if they do: the one home of the
   * rule, which the factories and {@link #parse(CharSequence)} state alike.
   */
  private static Invalidity invalidity(DatePrecision precision, int year, int month, int day) {
    if (year < MIN_YEAR || year > MAX_YEAR) {
      return new Invalidity(0, "year " + year + " is not " + MIN_YEAR + " to " + MAX_YEAR);
    }
    if (precision == DatePrecision.YEAR) {
      return null;
    }
    if (month < 1 || month > 12) {
      return new Invalidity(5, "month " + month + " is not 1 to 12");
    }
    if (precision == DatePrecision.MONTH) {
      return null;
    }
    int length = YearMonth.of(year, month).lengthOfMonth();
    return day >= 1 && day <= length ? null
        : new Invalidity(8, "day " + day + " is not in " + form(DatePrecision.MONTH, year, month, 0) + ", which has " + length + " days");
  }

  private static String form(DatePrecision precision, int year, int month, int day) {
    String text = String.format(Locale.ROOT, "%04d", year);
    if (precision != DatePrecision.YEAR) {
      text += String.format(Locale.ROOT, "-%02d", month);
    }
    return precision == DatePrecision.DAY ? text + String.format(Locale.ROOT, "-%02d", day) : text;
  }


  /**
   * The partial date of a full date.
   *
   * @param date a date whose year is from 1 to 9999
   * @return the partial date, precise to the day
   */
  public static PartialDate of(LocalDate date) {
    Objects.requireNonNull(date, "date");
    return of(date.getYear(), date.getMonthValue(), date.getDayOfMonth());
  }

  /**
   * The partial date of a year-month.
   *
   * @param yearMonth a year-month whose year is from 1 to 9999
   * @return the partial date, precise to the month
   */
  public static PartialDate of(YearMonth yearMonth) {
    Objects.requireNonNull(yearMonth, "yearMonth");
    return of(yearMonth.getYear(), yearMonth.getMonthValue());
  }

  /**
   * The partial date of a year.
   *
   * @param year a year from 1 to 9999
   * @return the partial date, precise to the year
   */
  public static PartialDate of(Year year) {
    Objects.requireNonNull(year, "year");
    return of(year.getValue());
  }

  /**
   * Reads the ISO 8601 forms {@code yyyy}, {@code yyyy-MM} and {@code yyyy-MM-dd}, the exact
   * forms {@link #toString()} writes.
   *
   * @param text the text to parse
   * @return the partial date
   * @throws DateTimeParseException naming the text if it is not one of the three forms or not a
   *     valid date
   */
  public static PartialDate parse(CharSequence text) {
    Objects.requireNonNull(text, "text");
    int length = text.length();
    if (length != 4 && length != 7 && length != 10) {
      throw unparseable(text, 0);
    }
    int year = digits(text, 0, 4);
    if (length == 4) {
      return parsed(text, DatePrecision.YEAR, year, 0, 0);
    }
    expectHyphen(text, 4);
    int month = digits(text, 5, 7);
    if (length == 7) {
      return parsed(text, DatePrecision.MONTH, year, month, 0);
    }
    expectHyphen(text, 7);
    return parsed(text, DatePrecision.DAY, year, month, digits(text, 8, 10));
  }

  // The precision comes from the text's form, never from zero fields: "2013-00" is an invalid
  // month, not the year 2013.
  private static PartialDate parsed(CharSequence text, DatePrecision precision, int year, int month, int day) {
    Invalidity invalid = invalidity(precision, year, month, day);
    if (invalid != null) {
      throw new DateTimeParseException(
          "Text " + Texts.quoted(text) + " is not a valid partial date: " + invalid.reason(), text, invalid.index());
    }
    return new PartialDate(year, month, day);
  }

  private static int digits(CharSequence text, int from, int to) {
    int value = 0;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        throw unparseable(text, i);
      }
      value = value * 10 + (c - '0');
    }
    return value;
  }

  private static void expectHyphen(CharSequence text, int index) {
    if (text.charAt(index) != '-') {
      throw unparseable(text, index);
    }
  }

  private static DateTimeParseException unparseable(CharSequence text, int index) {
    return new DateTimeParseException(
        "Text " + Texts.quoted(text) + " could not be parsed as a partial date at index " + index
            + ": expected yyyy, yyyy-MM or yyyy-MM-dd",
        text,
        index);
  }

  /** {@return how precisely this date is known} */
  public DatePrecision precision() {
    if (month == 0) {
      return DatePrecision.YEAR;
    }
    return day == 0 ? DatePrecision.MONTH : DatePrecision.DAY;
  }

  /** {@return the year} */
  public int year() {
    return year;
  }

  /** {@return the year-month, if this date is known to the month or the day} */
  public java.util.Optional<YearMonth> yearMonth() {
    return month == 0 ? java.util.Optional.empty() : java.util.Optional.of(YearMonth.of(year, month));
  }

  /** {@return the full date, if this date is known to the day} */
  public java.util.Optional<LocalDate> localDate() {
    return day == 0 ? java.util.Optional.empty() : java.util.Optional.of(LocalDate.of(year, month, day));
  }

  /** {@return the first day this date may be (1 January of a bare year)} */
  public LocalDate firstDay() {
    return LocalDate.of(year, Math.max(month, 1), Math.max(day, 1));
  }

  /** {@return the last day this date may be (31 December of a bare year)} */
  public LocalDate lastDay() {
    if (day != 0) {
      return LocalDate.of(year, month, day);
    }
    return month == 0 ? LocalDate.of(year, 12, 31) : YearMonth.of(year, month).atEndOfMonth();
  }

  /**
   * True when every day this date may be precedes every day the other may be. {@code 2013-11}
   * is before {@code 2013-12-10}; {@code 2013-12} is not.
   *
   * @param other the date to compare with
   * @return whether this date is certainly before the other
   */
  public boolean isBefore(PartialDate other) {
    return lastDay().isBefore(other.firstDay());
  }

  /**
   * True when every day this date may be follows every day the other may be.
   *
   * @param other the date to compare with
   * @return whether this date is certainly after the other
   */
  public boolean isAfter(PartialDate other) {
    return other.isBefore(this);
  }

  /**
   * True when some day this date may be precedes some day the other may be: the two could be in
   * this order. {@code 2013-12} may be before {@code 2013-12-10}, and also after it.
   *
   * @param other the date to compare with
   * @return whether this date could be before the other
   */
  public boolean mayBeBefore(PartialDate other) {
    return firstDay().isBefore(other.lastDay());
  }

  /**
   * True when some day this date may be follows some day the other may be.
   *
   * @param other the date to compare with
   * @return whether this date could be after the other
   */
  public boolean mayBeAfter(PartialDate other) {
    return other.mayBeBefore(this);
  }

  /**
   * True when every day the other date may be lies within this date: {@code 2013-12} contains
   * {@code 2013-12-10} and itself, but not {@code 2013}.
   *
   * @param other the date to test
   * @return whether the other date lies within this one
   */
  public boolean contains(PartialDate other) {
    return !other.firstDay().isBefore(firstDay()) && !other.lastDay().isAfter(lastDay());
  }

  /**
   * True when the two dates may be the same day.
   *
   * @param other the date to compare with
   * @return whether the two dates share at least one day
   */
  public boolean overlaps(PartialDate other) {
    return !isBefore(other) && !other.isBefore(this);
  }

  /**
   * How this date relates to another in time, honestly: {@link TemporalOrder#UNCERTAIN} when
   * the two overlap but are not the same.
   *
   * @param other the date to compare with
   * @return before, after, same, or uncertain
   */
  public TemporalOrder orderWith(PartialDate other) {
    if (isBefore(other)) {
      return TemporalOrder.BEFORE;
    }
    if (isAfter(other)) {
      return TemporalOrder.AFTER;
    }
    return equals(other) && precision() == DatePrecision.DAY ? TemporalOrder.SAME : TemporalOrder.UNCERTAIN;
  }

  /**
   * Total order for sorting: by first day, then coarser precision first ({@code 2013},
   * {@code 2013-01}, {@code 2013-01-01}). Not a statement about which came first in time; use
   * {@link #isBefore(PartialDate)} for that.
   */
  @Override
  public int compareTo(PartialDate other) {
    int byYear = Integer.compare(year, other.year);
    if (byYear != 0) {
      return byYear;
    }
    int byMonth = Integer.compare(Math.max(month, 1), Math.max(other.month, 1));
    if (byMonth != 0) {
      return byMonth;
    }
    int byDay = Integer.compare(Math.max(day, 1), Math.max(other.day, 1));
    if (byDay != 0) {
      return byDay;
    }
    return precision().compareTo(other.precision());
  }

  @Override
  public boolean equals(Object o) {
    return this == o
        || o instanceof PartialDate
            && ((PartialDate) o).year == year
            && ((PartialDate) o).month == month
            && ((PartialDate) o).day == day;
  }

  @Override
  public int hashCode() {
    return (year << 9) | (month << 5) | day;
  }

  /** {@return the ISO 8601 form: {@code 2013}, {@code 2013-12} or {@code 2013-12-10}} */
  @Override
  public String toString() {
    char[] out = new char[day != 0 ? 10 : month != 0 ? 7 : 4];
    put(out, 0, year, 4);
    if (month != 0) {
      out[4] = '-';
      put(out, 5, month, 2);
    }
    if (day != 0) {
      out[7] = '-';
      put(out, 8, day, 2);
    }
    return new String(out);
  }

  private static void put(char[] out, int at, int value, int width) {
    for (int i = at + width - 1; i >= at; i--) {
      out[i] = (char) ('0' + value % 10);
      value /= 10;
    }
  }
}

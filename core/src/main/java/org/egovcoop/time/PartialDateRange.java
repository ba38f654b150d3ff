package org.egovcoop.time;

import java.time.DateTimeException;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import java.util.Optional;
import org.egovcoop.internal.Texts;

/**
 * A period between two {@link PartialDate}s, either end of which may be absent: not given by
 * the source, or still open. "2013 to 2015" is {@code 2013/2015}; "since December 2013" is
 * {@code 2013-12/..}. The text form is the ISO 8601 interval with {@code ..} for an absent end
 * (ISO 8601-2), written by {@link #toString()} and read by {@link #parse(CharSequence)}.
 *
 * <p>Invariant: the end is never certainly before the start. {@code 2013-12/2013-12-10} is a
 * valid range (the end may fall after the start), {@code 2015/2013} is not.
 */
public final class PartialDateRange {

  private static final String OPEN = "..";
  private static final PartialDateRange UNBOUNDED = new PartialDateRange(null, null);

  private final PartialDate start;
  private final PartialDate end;

  private PartialDateRange(PartialDate start, PartialDate end) {
    this.start = start;
    this.end = end;
  }

  /**
   * A range from {@code start} to {@code end}, both inclusive.
   *
   * @param start the first date
   * @param end the last date
   * @return the range
   * @throws DateTimeException if {@code end} is certainly before {@code start}
   */
  public static PartialDateRange of(PartialDate start, PartialDate end) {
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    return between(start, end);
  }

  /**
   * A range from {@code start} with no end given.
   *
   * @param start the first date
   * @return the range
   */
  public static PartialDateRange from(PartialDate start) {
    return new PartialDateRange(Objects.requireNonNull(start, "start"), null);
  }

  /**
   * A range up to {@code end} with no start given.
   *
   * @param end the last date
   * @return the range
   */
  public static PartialDateRange until(PartialDate end) {
    return new PartialDateRange(null, Objects.requireNonNull(end, "end"));
  }

  /**
   * A range with either end absent ({@code null}).
   *
   * @param start the first date, or null if not given
   * @param end the last date, or null if not given
   * @return the range
   * @throws DateTimeException if {@code end} is certainly before {@code start}
   */
  public static PartialDateRange between(PartialDate start, PartialDate end) {
    if (start != null && end != null && end.isBefore(start)) {
      throw new DateTimeException(
          "Invalid date range " + start + "/" + end + ": end " + end + " is before start " + start);
    }
    return start == null && end == null ? UNBOUNDED : new PartialDateRange(start, end);
  }

  /**
   * Reads {@code start/end}, each side a {@link PartialDate} or {@code ..} for an absent end.
   *
   * @param text the text to parse, such as {@code 2013/2015} or {@code 2013-12/..}
   * @return the range
   * @throws DateTimeParseException naming the text if it is malformed or its end precedes its
   *     start
   */
  public static PartialDateRange parse(CharSequence text) {
    Objects.requireNonNull(text, "text");
    String s = text.toString();
    int slash = s.indexOf('/');
    if (slash < 0 || s.indexOf('/', slash + 1) >= 0) {
      throw new DateTimeParseException(
          "Text " + Texts.quoted(s) + " could not be parsed as a date range: expected start/end, each a"
              + " partial date or '..'",
          s,
          slash < 0 ? 0 : s.indexOf('/', slash + 1));
    }
    PartialDate start = side(s, s.substring(0, slash), 0);
    PartialDate end = side(s, s.substring(slash + 1), slash + 1);
    try {
      return between(start, end);
    } catch (DateTimeException e) {
      throw new DateTimeParseException(e.getMessage(), s, slash + 1, e);
    }
  }

  private static PartialDate side(String whole, String part, int offset) {
    if (part.equals(OPEN)) {
      return null;
    }
    try {
      return PartialDate.parse(part);
    } catch (DateTimeParseException e) {
      throw new DateTimeParseException(
          "Text " + Texts.quoted(whole) + " could not be parsed as a date range: " + Texts.quoted(part)
              + " is neither a partial date nor '..'",
          whole,
          offset + e.getErrorIndex(),
          e);
    }
  }

  /** {@return the first date, if given} */
  public Optional<PartialDate> start() {
    return Optional.ofNullable(start);
  }

  /** {@return the last date, if given} */
  public Optional<PartialDate> end() {
    return Optional.ofNullable(end);
  }

  /**
   * True when the date certainly lies within this range: every day it may be is on or after every
   * day the start may be, and on or before every day the end may be. An absent end bounds nothing.
   * {@code 2013/2015} certainly contains {@code 2014-05} but not {@code 2013-03}: the range may
   * have begun in December 2013.
   *
   * @param date the date to test
   * @return whether the date is certainly within the range
   */
  public boolean contains(PartialDate date) {
    return (start == null || !date.firstDay().isBefore(start.lastDay()))
        && (end == null || !date.lastDay().isAfter(end.firstDay()));
  }

  /**
   * True when the date may lie within this range: some day it may be falls between some day the
   * start may be and some day the end may be.
   *
   * @param date the date to test
   * @return whether the date could be within the range
   */
  public boolean mayContain(PartialDate date) {
    return (start == null || !date.lastDay().isBefore(start.firstDay()))
        && (end == null || !date.firstDay().isAfter(end.lastDay()));
  }

  @Override
  public boolean equals(Object o) {
    return this == o
        || o instanceof PartialDateRange
            && Objects.equals(((PartialDateRange) o).start, start)
            && Objects.equals(((PartialDateRange) o).end, end);
  }

  @Override
  public int hashCode() {
    return Objects.hashCode(start) * 31 + Objects.hashCode(end);
  }

  /** {@return the ISO 8601 interval, such as {@code 2013/2015} or {@code 2013-12/..}} */
  @Override
  public String toString() {
    return (start == null ? OPEN : start.toString()) + "/" + (end == null ? OPEN : end.toString());
  }
}

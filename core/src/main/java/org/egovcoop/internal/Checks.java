package org.egovcoop.internal;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.regex.Pattern;
import org.egovcoop.validation.InvalidAttributeException;

/**
 * Argument checks shared by the model's invariants, with messages that name the attribute and
 * the bad value. Internal: exported only to egovcoop's own modules.
 */
public final class Checks {

  /** The most significant digits an exact decimal of the model may carry. */
  public static final int MAX_DECIMAL_PRECISION = 38;
  /** The largest magnitude of a decimal's scale (digits after the point, or zeros before it). */
  public static final int MAX_DECIMAL_SCALE = 38;

  /** The most characters of a refused decimal its message shows, its "..." included. */
  private static final int MAX_DECIMAL_SHOWN = 40;

  private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:~-]{0,127}");

  private Checks() {}

  /**
   * Checks an identifier: 1 to 128 characters, letters, digits and {@code . _ : ~ -}, starting
   * with a letter or digit.
   *
   * @param owner the type that holds the id, for the message
   * @param attribute the attribute's name
   * @param id the id
   * @return the id
   * @throws InvalidAttributeException naming the attribute and the id if it is malformed
   */
  public static String id(String owner, String attribute, String id) {
    if (!ID.matcher(id).matches()) {
      throw new InvalidAttributeException(owner, attribute, id, Texts.quoted(id) + " is not a valid id: expected 1 to 128"
          + " letters, digits or . _ : ~ -, starting with a letter or digit");
    }
    return id;
  }

  /**
   * Checks every identifier of a list of references, as {@link #id(String, String, String)} does.
   *
   * @param owner the type that holds the ids, for the message
   * @param attribute the attribute's name, such as {@code sourceIds}
   * @param ids the ids
   * @throws IllegalArgumentException naming the attribute and the first malformed id
   */
  public static void ids(String owner, String attribute, Collection<String> ids) {
    for (String id : ids) {
      id(owner, attribute, id);
    }
  }

  /**
   * Checks that a decimal is bounded, so that later arithmetic on it stays cheap: at most
   * {@value #MAX_DECIMAL_PRECISION} significant digits and a scale within
   * ±{@value #MAX_DECIMAL_SCALE}.
   *
   * @param owner the type that holds the value, for the message
   * @param attribute the attribute's name
   * @param value the decimal
   * @return the decimal, unchanged (its scale is kept)
   * @throws InvalidAttributeException naming the attribute and the value if it is out of bounds
   */
  public static BigDecimal boundedDecimal(String owner, String attribute, BigDecimal value) {
    if (value.precision() > MAX_DECIMAL_PRECISION || Math.abs(value.scale()) > MAX_DECIMAL_SCALE) {
      throw new InvalidAttributeException(owner, attribute, value, Texts.head(value.toString(), MAX_DECIMAL_SHOWN) + " is out of bounds: at most "
              + MAX_DECIMAL_PRECISION + " significant digits and a scale within ±"
              + MAX_DECIMAL_SCALE + " (precision " + value.precision() + ", scale "
              + value.scale() + ")");
    }
    return value;
  }

}

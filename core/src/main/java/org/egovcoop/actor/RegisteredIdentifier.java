package org.egovcoop.actor;

import java.util.regex.Pattern;
import org.egovcoop.internal.Texts;
import org.immutables.value.Value;
import org.egovcoop.validation.InvalidAttributeException;

/**
 * An identifier an organisation holds in a register, as <a href="https://org-id.guide/">org-id.guide</a>
 * lists registers: the register's scheme code ({@code GB-COH}, the UK's Companies House;
 * {@code XM-DAC}, the OECD DAC's list) and the identifier it assigned. Together they form the
 * organisation identifier that IATI and other open-data standards use,
 * {@link #reference() scheme-identifier}.
 *
 * <p>The model holds the scheme and the identifier as the user gives them and never derives one:
 * whether a register lists the organisation is for the user to know.
 *
 * <p>Invariants: the scheme has the form of an org-id.guide code (two upper-case letters, an
 * optional {@code _} subdivision, a hyphen, then upper-case letters, digits or {@code _}); the
 * identifier is 1 to 256 characters, without control characters or surrounding white space.
 */
@Value.Immutable
public abstract class RegisteredIdentifier {

  /** The form of an org-id.guide scheme code: {@code GB-COH}, {@code CA_BC-BRC_CBR}. */
  private static final Pattern SCHEME = Pattern.compile("[A-Z]{2}(_[A-Z0-9]+)?-[A-Z0-9_]+");
  private static final int MAX_IDENTIFIER_LENGTH = 256;

  RegisteredIdentifier() {}

  /**
   * {@return the registered identifier}
   *
   * @param scheme the register's org-id.guide code, such as {@code GB-COH}
   * @param identifier the identifier the register assigned
   * @throws IllegalArgumentException naming the attribute and the value if either is malformed
   */
  public static RegisteredIdentifier of(String scheme, String identifier) {
    return builder().scheme(scheme).identifier(identifier).build();
  }

  /**
   * Reads the org-id.guide form that {@link #reference()} writes. A scheme code holds exactly one
   * hyphen, so the identifier is what follows the second: {@code GB-COH-01234567} is scheme
   * {@code GB-COH}, identifier {@code 01234567}.
   *
   * @param reference the scheme and the identifier joined by a hyphen
   * @return the registered identifier
   * @throws IllegalArgumentException naming the text if it has fewer than two hyphens, or if the
   *     scheme or identifier is malformed
   */
  public static RegisteredIdentifier parse(CharSequence reference) {
    String text = reference.toString();
    int first = text.indexOf('-');
    int second = first < 0 ? -1 : text.indexOf('-', first + 1);
    if (second < 0) {
      throw new IllegalArgumentException(
          "Text " + Texts.quoted(text) + " is not an organisation identifier: expected a scheme code and an identifier"
              + " joined by a hyphen, such as GB-COH-01234567");
    }
    return of(text.substring(0, second), text.substring(second + 1));
  }

  /** {@return a builder; {@code scheme} and {@code identifier} are required} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return the register's org-id.guide scheme code, such as {@code GB-COH}} */
  public abstract String getScheme();

  /** {@return the identifier the register assigned, as the register writes it} */
  public abstract String getIdentifier();

  /** {@return the organisation identifier in the org-id.guide form, scheme then identifier joined by a hyphen} */
  public String reference() {
    return getScheme() + "-" + getIdentifier();
  }

  @Value.Check
  void check() {
    if (!SCHEME.matcher(getScheme()).matches()) {
      throw new InvalidAttributeException("RegisteredIdentifier", "scheme", getScheme(),
          Texts.quoted(getScheme()) + " is not an org-id.guide scheme code: expected two"
              + " upper-case letters, a hyphen and upper-case letters, digits or _, such as GB-COH or XM-DAC");
    }
    String id = getIdentifier();
    if (id.isEmpty() || id.length() > MAX_IDENTIFIER_LENGTH || !id.strip().equals(id)
        || id.chars().anyMatch(Character::isISOControl)) {
      throw new InvalidAttributeException("RegisteredIdentifier", "identifier", id,
          Texts.quoted(id) + " in scheme " + Texts.value(getScheme()) + " is not a valid identifier:"
              + " expected 1 to " + MAX_IDENTIFIER_LENGTH + " characters, without control characters or"
              + " surrounding white space");
    }
  }

  /** {@return {@link #reference()}} */
  @Override
  public String toString() {
    return reference();
  }

  /** Builds a {@link RegisteredIdentifier}. */
  public static final class Builder extends ImmutableRegisteredIdentifier.Builder {
    Builder() {}
  }
}

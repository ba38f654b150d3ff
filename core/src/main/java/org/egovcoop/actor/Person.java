package org.egovcoop.actor;

import java.util.List;
import java.util.Optional;
import org.egovcoop.internal.Checks;
import org.egovcoop.privacy.PersonalData;
import org.egovcoop.text.LocalizedText;
import org.immutables.value.Value;

/**
 * A person who signs agreements, holds posts, is quoted or is a contact: Minister Kim Boo-kyum
 * (김부겸).
 *
 * <p>The name is {@linkplain PersonalData personal data} and therefore optional: a record
 * published without personal data keeps the person (their posts, their signatures) under an id
 * alone.
 */
@Value.Immutable
public abstract class Person {

  Person() {}

  /** {@return a builder; {@code id} is required} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return the person's id, unique within its portfolio: {@code kim-boo-kyum}} */
  public abstract String getId();

  /** {@return the name in one or more languages, unless withheld: "김부겸" / "Kim Boo-kyum"} */
  @PersonalData
  public abstract Optional<LocalizedText> getName();

  /** {@return ids of the sources that name the person} */
  public abstract List<String> getSourceIds();

  @Value.Check
  void check() {
    Checks.id("Person", "id", getId());
    Checks.ids("Person", "sourceIds", getSourceIds());
  }

  /** Builds a {@link Person}. */
  public static final class Builder extends ImmutablePerson.Builder {
    Builder() {}
  }
}

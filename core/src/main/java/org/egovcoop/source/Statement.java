package org.egovcoop.source;

import java.util.List;
import java.util.Optional;
import org.egovcoop.internal.Checks;
import org.egovcoop.text.LocalizedText;
import org.egovcoop.time.PartialDate;
import org.immutables.value.Value;

/**
 * Words a person said, in a capacity, as a source reports them: Minister Kim Boo-kyum, "Uzbekistan
 * is Korea's most important e-government partner".
 */
@Value.Immutable
public abstract class Statement {

  Statement() {}

  /** {@return a builder; {@code id}, {@code speakerId} and {@code text} are required} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return the statement's id, unique within its portfolio} */
  public abstract String getId();

  /** {@return the id of the person who spoke} */
  public abstract String getSpeakerId();

  /** {@return the id of the appointment in whose capacity they spoke, if given} */
  public abstract Optional<String> getCapacityAppointmentId();

  /** {@return the words, in the original language and any translations} */
  public abstract LocalizedText getText();

  /** {@return when it was said} */
  public abstract Optional<PartialDate> getDate();

  /** {@return ids of the sources that report it} */
  public abstract List<String> getSourceIds();

  @Value.Check
  void check() {
    Checks.id("Statement", "id", getId());
    Checks.id("Statement", "speakerId", getSpeakerId());
    getCapacityAppointmentId().ifPresent(id -> Checks.id("Statement", "capacityAppointmentId", id));
    Checks.ids("Statement", "sourceIds", getSourceIds());
  }

  /** Builds a {@link Statement}. */
  public static final class Builder extends ImmutableStatement.Builder {
    Builder() {}
  }
}

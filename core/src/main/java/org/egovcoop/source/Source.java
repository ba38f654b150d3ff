package org.egovcoop.source;

import java.net.URI;
import java.util.Optional;
import org.egovcoop.internal.Checks;
import org.egovcoop.text.LocalizedText;
import org.egovcoop.time.PartialDate;
import org.immutables.value.Value;

/**
 * A document that facts cite: the Ministry of the Interior and Safety's press release of
 * 2017-11-22. Every fact in a {@link org.egovcoop.portfolio.Portfolio} (agreement, activity,
 * figure, statement, organisation, person, appointment) can list the ids of its sources.
 */
@Value.Immutable
public abstract class Source {

  Source() {}

  /** {@return a builder; {@code id}, {@code kind} and {@code title} are required} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return the source's id, unique within its portfolio} */
  public abstract String getId();

  /** {@return what kind of document it is} */
  public abstract SourceKind getKind();

  /** {@return its title in one or more languages} */
  public abstract LocalizedText getTitle();

  /** {@return the id of the organisation that published it} */
  public abstract Optional<String> getPublisherId();

  /** {@return when it was published} */
  public abstract Optional<PartialDate> getPublishedOn();

  /** {@return where it can be read} */
  public abstract Optional<URI> getUrl();

  /** {@return whom to ask about it} */
  public abstract Optional<ContactPoint> getContact();

  @Value.Check
  void check() {
    Checks.id("Source", "id", getId());
    getPublisherId().ifPresent(id -> Checks.id("Source", "publisherId", id));
  }

  /** Builds a {@link Source}. */
  public static final class Builder extends ImmutableSource.Builder {
    Builder() {}
  }
}

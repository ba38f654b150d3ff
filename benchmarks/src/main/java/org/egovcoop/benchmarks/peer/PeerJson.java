package org.egovcoop.benchmarks.peer;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.util.List;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;

/**
 * The peer's JSON binding, as a user writes it: a stock Jackson 3 {@link JsonMapper}, no module,
 * no configuration, and the stock Bean Validation bootstrap (Hibernate Validator).
 */
public final class PeerJson {

  /** The stock mapper. */
  public static final JsonMapper MAPPER = JsonMapper.builder().build();

  /** Reads a JSON array of observations. */
  public static final ObjectReader OBSERVATION_LIST = MAPPER.readerFor(new TypeReference<List<PeerObservation>>() {});

  /** Reads one observation, or a sequence of them with {@code readValues}. */
  public static final ObjectReader OBSERVATION = MAPPER.readerFor(PeerObservation.class);

  /** Writes a list of observations as a JSON array. */
  public static final ObjectWriter OBSERVATION_LIST_WRITER =
      MAPPER.writerFor(new TypeReference<List<PeerObservation>>() {});

  private PeerJson() {}

  /** @return a validator from the stock bootstrap, {@code Validation.buildDefaultValidatorFactory()} */
  public static Validator validator() {
    return Validation.buildDefaultValidatorFactory().getValidator();
  }
}

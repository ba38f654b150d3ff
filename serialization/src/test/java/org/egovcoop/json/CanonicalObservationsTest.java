package org.egovcoop.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.LongStream;
import org.egovcoop.json.JsonProblem.Kind;
import org.egovcoop.json.internal.CanonicalObservations;
import org.egovcoop.json.internal.Decoding;
import org.egovcoop.json.internal.Scalars;
import org.egovcoop.json.internal.SurveyCodecs;
import org.egovcoop.survey.IndexObservation;
import org.egovcoop.testing.PropertyTest;
import org.egovcoop.testing.Seeds;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JsonParser;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;

/**
 * The canonical fast path of observations agrees with the general reader: whatever it accepts,
 * the general reader reads to the same value without a problem, and it accepts what the compact
 * writer writes. The general reader is called directly here, so the two are compared on the same
 * bytes, broken ones included.
 */
class CanonicalObservationsTest {

  private static final EgovJson COMPACT = EgovJson.create();
  private static final JsonLimits DEFAULTS = JsonLimits.defaults();
  /** Characters that change what a document means, or whether it is JSON. */
  private static final byte[] EDITS = " \t\n,:{}[]\"\\-+.0123456789eEaxzUZB".getBytes(StandardCharsets.US_ASCII);

  @PropertyTest
  @Seeds(300)
  void readsWhatTheCompactWriterWritesAsTheGeneralReaderDoes(long seed) {
    Random random = new Random(seed);
    List<IndexObservation> observations = observations(random, random.nextInt(30));
    byte[] bytes = COMPACT.writeObservations(observations);

    List<IndexObservation> fast = CanonicalObservations.readArray(bytes, DEFAULTS);
    Decoding.Outcome<List<IndexObservation>> general = generalArray(bytes, DEFAULTS);

    assertThat(general.problems).isEmpty();
    assertThat(general.value).isEqualTo(observations);
    // Only source ids are outside the fast path's one spelling.
    if (observations.stream().allMatch(o -> o.getSourceIds().isEmpty())) {
      assertThat(fast).isEqualTo(observations);
      assertThat(fast).extracting(o -> o.getScore().map(s -> s.scale()))
          .isEqualTo(observations.stream().map(o -> o.getScore().map(s -> s.scale())).toList());
    } else {
      assertThat(fast).isNull();
    }
  }

  @PropertyTest
  @Seeds(3000)
  void acceptsNoEditedDocumentThatTheGeneralReaderReadsOtherwise(long seed) {
    byte[] bytes = editedDocument(new Random(seed));

    List<IndexObservation> fast = CanonicalObservations.readArray(bytes, DEFAULTS);
    if (fast != null) {
      Decoding.Outcome<List<IndexObservation>> general = generalArray(bytes, DEFAULTS);
      assertThat(general.problems).as(new String(bytes, StandardCharsets.UTF_8)).isEmpty();
      assertThat(fast).as(new String(bytes, StandardCharsets.UTF_8)).isEqualTo(general.value);
    }
  }

  @PropertyTest
  @Seeds(3000)
  void acceptsNoEditedLineThatTheGeneralReaderReadsOtherwise(long seed) {
    byte[] line = editedLine(new Random(seed));

    IndexObservation fast = CanonicalObservations.readOne(line, 0, line.length, DEFAULTS);
    if (fast != null) {
      Decoding.Outcome<IndexObservation> general = generalOne(line, DEFAULTS);
      assertThat(general.problems).as(new String(line, StandardCharsets.UTF_8)).isEmpty();
      assertThat(fast).as(new String(line, StandardCharsets.UTF_8)).isEqualTo(general.value);
    }
  }

  /**
   * The edits must leave some documents and lines canonical, or the two properties above would
   * hold vacuously: of 3000 edited ones, the fast path accepts at least 10% and declines at least
   * 30%.
   */
  @Test
  void theEditsLeaveSomeDocumentsCanonicalAndBreakOthers() {
    long[] seeds = org.egovcoop.testing.Cases.seedSource().longs(3000).toArray();
    long documents = LongStream.of(seeds)
        .filter(seed -> CanonicalObservations.readArray(editedDocument(new Random(seed)), DEFAULTS) != null)
        .count();
    long lines = LongStream.of(seeds).filter(seed -> {
      byte[] line = editedLine(new Random(seed));
      return CanonicalObservations.readOne(line, 0, line.length, DEFAULTS) != null;
    }).count();

    assertThat(documents).as("documents accepted of %d", seeds.length).isBetween(300L, 2100L);
    assertThat(lines).as("lines accepted of %d", seeds.length).isBetween(300L, 2100L);
  }

  /** @return one to three observations without source ids, written compactly and edited */
  private static byte[] editedDocument(Random random) {
    List<IndexObservation> observations = observations(random, 1 + random.nextInt(3));
    observations.replaceAll(o -> IndexObservation.builder().from(o).sourceIds(List.of()).build());
    return edit(COMPACT.writeObservations(observations), random);
  }

  /** @return one observation without source ids, written compactly and edited */
  private static byte[] editedLine(Random random) {
    IndexObservation observation = IndexObservation.builder().from(observations(random, 1).get(0)).sourceIds(List.of())
        .build();
    return edit(COMPACT.writeObservation(observation), random);
  }

  @Test
  void leavesEveryOtherSpellingToTheGeneralReader() {
    String canonical = "{\"index\":\"egdi\",\"edition\":2016,\"country\":\"UZB\",\"rank\":80,\"numberAssessed\":193,"
        + "\"score\":0.54335}";
    IndexObservation uzbekistan = COMPACT.readObservation(canonical);
    assertThat(readOne(canonical)).isEqualTo(uzbekistan);
    assertThat(readOne("  " + canonical + "\r\n")).isEqualTo(uzbekistan);
    for (String other : List.of(
        "{\"edition\":2016,\"index\":\"egdi\",\"country\":\"UZB\",\"rank\":80,\"numberAssessed\":193,\"score\":0.54335}",
        "{\"index\": \"egdi\",\"edition\":2016,\"country\":\"UZB\",\"rank\":80,\"numberAssessed\":193,\"score\":0.54335}",
        "{\"index\":\"\\u0065gdi\",\"edition\":2016,\"country\":\"UZB\",\"rank\":80,\"numberAssessed\":193,\"score\":0.54335}",
        "{\"index\":\"egdi\",\"edition\":2016,\"country\":\"UZB\",\"rank\":80,\"numberAssessed\":193,\"score\":5.4335E-1}",
        "\uFEFF" + canonical)) {
      assertThat(readOne(other)).as(other).isNull();
      assertThat(COMPACT.readObservation(other)).as(other).isEqualTo(uzbekistan);
    }
  }

  @Test
  void leavesEveryProblemToTheGeneralReader() {
    for (String broken : List.of(
        "{\"index\":\"egdi\",\"edition\":2016,\"country\":\"UZB\",\"rank\":194,\"numberAssessed\":193}",
        "{\"index\":\"egdi\",\"edition\":2000,\"country\":\"UZB\",\"numberAssessed\":193}",
        "{\"index\":\"egdi\",\"edition\":2016,\"country\":\"XXX\",\"numberAssessed\":193}",
        "{\"index\":\"egdi\",\"edition\":2016,\"country\":\"UZB\",\"numberAssessed\":193,\"score\":1.5}",
        "{\"index\":\"egdi\",\"edition\":2016,\"country\":\"UZB\",\"numberAssessed\":193,\"score\":0."
            + "0".repeat(40) + "1}",
        "{\"index\":\"egdi\",\"edition\":02016,\"country\":\"UZB\",\"numberAssessed\":193}",
        "{\"index\":\"egdi\",\"edition\":2016,\"country\":\"UZB\",\"numberAssessed\":193}x")) {
      assertThat(readOne(broken)).as(broken).isNull();
      assertThat(catchThrowableOfType(() -> COMPACT.readObservation(broken), EgovJsonException.class)).as(broken)
          .isNotNull();
    }
  }

  @Test
  void leavesEveryExceededLimitToTheGeneralReader() {
    List<IndexObservation> observations = observations(new Random(5), 3);
    observations.replaceAll(o -> IndexObservation.builder().from(o).sourceIds(List.of()).build());
    byte[] bytes = COMPACT.writeObservations(observations);
    assertThat(CanonicalObservations.readArray(bytes, DEFAULTS)).isEqualTo(observations);

    for (JsonLimits limits : List.of(
        JsonLimits.builder().maxCollectionSize(2).build(),
        JsonLimits.builder().maxTokenCount(20).build(),
        JsonLimits.builder().maxNumberLength(3).build(),
        JsonLimits.builder().maxNestingDepth(1).build(),
        JsonLimits.builder().maxNameLength(13).build())) {
      assertThat(CanonicalObservations.readArray(bytes, limits)).as(limits.toString()).isNull();
      EgovJsonException e = catchThrowableOfType(() -> COMPACT.withLimits(limits).readObservations(bytes),
          EgovJsonException.class);
      assertThat(e).as(limits.toString()).isNotNull();
      assertThat(e.problems()).extracting(JsonProblem::kind).as(limits.toString()).contains(Kind.LIMIT);
    }
  }

  @Test
  void anEmptyArrayIsAnEmptyList() {
    assertThat(CanonicalObservations.readArray("[]".getBytes(StandardCharsets.US_ASCII), DEFAULTS)).isEmpty();
    assertThat(COMPACT.readObservations(" [ ] ".getBytes(StandardCharsets.US_ASCII))).isEmpty();
  }

  private static IndexObservation readOne(String json) {
    byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
    return CanonicalObservations.readOne(bytes, 0, bytes.length, DEFAULTS);
  }

  private static List<IndexObservation> observations(Random random, int n) {
    RandomModel model = new RandomModel(random, false);
    List<IndexObservation> observations = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      observations.add(model.observation());
    }
    return observations;
  }

  /**
   * One to three random replacements, insertions or deletions: of significant characters
   * anywhere, or of digits in numbers (which keep the document JSON more often, and test the
   * numbers' grammar and the model's rules).
   */
  private static byte[] edit(byte[] bytes, Random random) {
    List<Byte> edited = new ArrayList<>();
    for (byte b : bytes) {
      edited.add(b);
    }
    int edits = 1 + random.nextInt(3);
    for (int i = 0; i < edits && !edited.isEmpty(); i++) {
      int at = random.nextInt(edited.size());
      byte b = EDITS[random.nextInt(EDITS.length)];
      if (random.nextBoolean()) {
        at = nextDigit(edited, at);
        b = (byte) ('0' + random.nextInt(10));
      }
      switch (random.nextInt(3)) {
        case 0 -> edited.set(at, b);
        case 1 -> edited.add(at, b);
        default -> edited.remove(at);
      }
    }
    byte[] result = new byte[edited.size()];
    for (int i = 0; i < result.length; i++) {
      result[i] = edited.get(i);
    }
    return result;
  }

  /** @return the position of the first digit from {@code from}, wrapping around; {@code from} if there is none */
  private static int nextDigit(List<Byte> bytes, int from) {
    for (int i = 0; i < bytes.size(); i++) {
      int at = (from + i) % bytes.size();
      if (bytes.get(at) >= '0' && bytes.get(at) <= '9') {
        return at;
      }
    }
    return from;
  }

  private static Decoding.Outcome<List<IndexObservation>> generalArray(byte[] bytes, JsonLimits limits) {
    JsonFactory factory = factory(limits);
    try (JsonParser p = factory.createParser(ObjectReadContext.empty(), bytes)) {
      return Decoding.document(factory, p, bytes, 0, bytes.length, 0, Scalars::observations,
          "an array of index observation objects", false, limits.maxCollectionSize());
    }
  }

  private static Decoding.Outcome<IndexObservation> generalOne(byte[] bytes, JsonLimits limits) {
    JsonFactory factory = factory(limits);
    try (JsonParser p = factory.createParser(ObjectReadContext.empty(), bytes)) {
      return Decoding.document(factory, p, bytes, 0, bytes.length, 0, SurveyCodecs.OBSERVATION::read,
          SurveyCodecs.OBSERVATION.expected(), false, limits.maxCollectionSize());
    }
  }

  /** The factory EgovJson reads with. */
  private static JsonFactory factory(JsonLimits limits) {
    return JsonFactory.builder().streamReadConstraints(org.egovcoop.json.internal.Encoding.constraints(limits)).build();
  }
}

package org.egovcoop.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.List;
import org.egovcoop.geo.CountryCode;
import org.egovcoop.survey.IndexObservation;
import org.egovcoop.survey.SurveyIndex;
import org.junit.jupiter.api.Test;

/**
 * Reads 1,000,000 observations from an NDJSON stream in a JVM of 64 MiB heap (the surefire
 * execution {@code small-heap} runs this class alone with {@code -Xmx64m}): the reader keeps no
 * record, so memory does not grow with the stream. Held at once, the records would need well over
 * 100 MiB. The stream is generated while it is read, by the writer, so no file is involved.
 */
class SmallHeapNdjsonTest {

  private static final int COUNT = 1_000_000;

  /** Deterministic observations, with a checksum of what was generated. */
  static final class Generated extends InputStream {
    private static final List<CountryCode> COUNTRIES = CountryCode.values().stream().sorted().toList();
    private final ByteArrayOutputStream chunk = new ByteArrayOutputStream(256 * 1024);
    private final JsonLinesWriter<IndexObservation> writer = EgovJson.create().observationLinesWriter(chunk);
    private byte[] buffer = new byte[0];
    private int position;
    private int generated;
    long rankSum;
    BigDecimal scoreSum = BigDecimal.ZERO;

    private boolean refill() {
      if (generated == COUNT) {
        return false;
      }
      chunk.reset();
      for (int i = 0; i < 2000 && generated < COUNT; i++, generated++) {
        IndexObservation observation = observation(generated);
        rankSum += observation.getRank().orElse(0);
        scoreSum = scoreSum.add(observation.getScore().orElse(BigDecimal.ZERO));
        writer.write(observation);
      }
      writer.flush();
      buffer = chunk.toByteArray();
      position = 0;
      return true;
    }

    static IndexObservation observation(int i) {
      IndexObservation.Builder builder = IndexObservation.builder()
          .index(SurveyIndex.values()[i % 5])
          .edition(2003 + i % 20)
          .country(COUNTRIES.get(i % COUNTRIES.size()))
          .numberAssessed(193)
          .score(BigDecimal.valueOf(i % 100_000, 5));
      if (i % 7 != 0) {
        builder.rank(1 + i % 193);
      }
      return builder.build();
    }

    @Override
    public int read() {
      if (position == buffer.length && !refill()) {
        return -1;
      }
      return buffer[position++] & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) {
      if (position == buffer.length && !refill()) {
        return -1;
      }
      int n = Math.min(len, buffer.length - position);
      System.arraycopy(buffer, position, b, off, n);
      position += n;
      return n;
    }
  }

  @Test
  void readsAMillionObservationsInASmallHeap() {
    assertThat(Runtime.getRuntime().maxMemory()).as("run with -Xmx64m").isLessThanOrEqualTo(80L * 1024 * 1024);
    Generated input = new Generated();
    long count = 0;
    long rankSum = 0;
    BigDecimal scoreSum = BigDecimal.ZERO;
    try (JsonLinesReader<IndexObservation> reader = EgovJson.create().observationLines(input)) {
      while (reader.hasNext()) {
        IndexObservation observation = reader.next();
        count++;
        rankSum += observation.getRank().orElse(0);
        scoreSum = scoreSum.add(observation.getScore().orElse(BigDecimal.ZERO));
      }
      assertThat(reader.lineNumber()).isEqualTo(COUNT);
    }

    assertThat(count).isEqualTo(COUNT);
    assertThat(rankSum).isEqualTo(input.rankSum).isPositive();
    assertThat(scoreSum).isEqualTo(input.scoreSum);
  }
}

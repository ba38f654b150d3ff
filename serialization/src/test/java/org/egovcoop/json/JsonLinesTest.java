package org.egovcoop.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Random;
import java.util.stream.Collectors;
import org.egovcoop.json.JsonProblem.Kind;
import org.egovcoop.portfolio.Portfolio;
import org.egovcoop.survey.IndexObservation;
import org.junit.jupiter.api.Test;

/** Newline-delimited JSON: one record per line, errors named by line, reading that goes on past a bad line. */
class JsonLinesTest {

  private static final EgovJson JSON = EgovJson.create();

  static List<IndexObservation> observations(int n) {
    RandomModel model = new RandomModel(new Random(n), false);
    List<IndexObservation> list = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      list.add(model.observation());
    }
    return list;
  }

  static byte[] lines(String... lines) {
    return (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void observationsRoundTripOnePerLine() {
    List<IndexObservation> observations = observations(500);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (JsonLinesWriter<IndexObservation> writer = JSON.observationLinesWriter(out)) {
      writer.writeAll(observations);
      assertThat(writer.count()).isEqualTo(500);
    }
    String text = out.toString(StandardCharsets.UTF_8);

    assertThat(text).endsWith("}\n");
    assertThat(text.split("\n", -1)).hasSize(501);
    assertThat(text.lines().toList().get(7)).isEqualTo(new String(JSON.writeObservation(observations.get(7)),
        StandardCharsets.UTF_8));
    try (JsonLinesReader<IndexObservation> reader = JSON.observationLines(new ByteArrayInputStream(out.toByteArray()))) {
      assertThat(reader.stream().collect(Collectors.toList())).isEqualTo(observations);
      assertThat(reader.lineNumber()).isEqualTo(500);
    }
  }

  @Test
  void portfoliosRoundTripOnePerLine() {
    Portfolio portfolio = Golden.portfolio();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (JsonLinesWriter<Portfolio> writer = JSON.indented().portfolioLinesWriter(out)) {
      writer.write(portfolio).write(portfolio);
    }

    assertThat(out.toString(StandardCharsets.UTF_8).lines()).hasSize(2)
        .allSatisfy(line -> assertThat(line).isEqualTo(JSON.writePortfolioAsString(portfolio)));
    try (JsonLinesReader<Portfolio> reader = JSON.portfolioLines(new ByteArrayInputStream(out.toByteArray()))) {
      assertThat(reader.stream().toList()).containsExactly(portfolio, portfolio);
    }
  }

  @Test
  void badLinesAreReportedByLineNumberAndReadingGoesOn() {
    String good = "{\"index\":\"egdi\",\"edition\":2016,\"country\":\"UZB\",\"rank\":80,\"numberAssessed\":193,\"score\":0.54335}";
    String floatRank = "{\"index\":\"egdi\",\"edition\":2016,\"country\":\"UZB\",\"rank\":80.5,\"numberAssessed\":193}";
    String unfinished = "{\"index\":\"egdi\",";
    String trailing = "{\"index\":\"egdi\",\"edition\":2016,\"country\":\"UZB\",\"rank\":194,\"numberAssessed\":193} {}";
    byte[] input = lines(good, floatRank, good.replace("2016", "2014"), "", unfinished, trailing, good.replace("80", "81"));

    List<IndexObservation> read = new ArrayList<>();
    List<JsonProblem> problems = new ArrayList<>();
    try (JsonLinesReader<IndexObservation> reader = JSON.observationLines(new ByteArrayInputStream(input))) {
      while (reader.hasNext()) {
        try {
          read.add(reader.next());
        } catch (EgovJsonException e) {
          problems.addAll(e.problems());
        }
      }
      assertThat(catchThrowableOfType(NoSuchElementException.class, reader::next)).isNotNull();
    }

    assertThat(read).extracting(o -> o.getEdition() + "/" + o.getRank().getAsInt())
        .containsExactly("2016/80", "2014/80", "2016/81");
    assertThat(problems).extracting(JsonProblem::line, JsonProblem::kind, JsonProblem::pointer, JsonProblem::column)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(2, Kind.TYPE, "/rank", floatRank.indexOf("80.5") + 1),
            org.assertj.core.groups.Tuple.tuple(4, Kind.SYNTAX, "", 1),
            org.assertj.core.groups.Tuple.tuple(5, Kind.SYNTAX, "", unfinished.length() + 1),
            org.assertj.core.groups.Tuple.tuple(6, Kind.RULE, "/rank", trailing.indexOf("194") + 1),
            org.assertj.core.groups.Tuple.tuple(6, Kind.SYNTAX, "", trailing.indexOf(" {}") + 2));
    assertThat(problems.get(1).message()).startsWith("blank line");
    assertThat(problems.get(3).message()).isEqualTo("rank 194 exceeds the 193 countries assessed");
    assertThat(problems.get(4).message()).contains("unexpected content after the end of the line's value");
  }

  @Test
  void ruleViolationsNameTheirLine() {
    String bad = "{\"index\":\"osi\",\"edition\":2016,\"country\":\"UZB\",\"rank\":194,\"numberAssessed\":193,\"score\":1.2}";
    byte[] input = lines("{\"index\":\"egdi\",\"edition\":2016,\"country\":\"UZB\",\"numberAssessed\":193}", bad);
    try (JsonLinesReader<IndexObservation> reader = JSON.observationLines(new ByteArrayInputStream(input))) {
      assertThat(reader.next().getIndex().code()).isEqualTo("egdi");
      EgovJsonException e = catchThrowableOfType(EgovJsonException.class, reader::next);

      assertThat(e.problems()).extracting(JsonProblem::line, JsonProblem::pointer, JsonProblem::column)
          .containsExactly(org.assertj.core.groups.Tuple.tuple(2, "/rank", bad.indexOf("194") + 1),
              org.assertj.core.groups.Tuple.tuple(2, "/score", bad.indexOf("1.2") + 1));
      assertThat(reader.hasNext()).isFalse();
    }
  }

  @Test
  void crlfLineEndsAndAMissingFinalLineEndAreAccepted() {
    String line = "{\"index\":\"egdi\",\"edition\":2016,\"country\":\"UZB\",\"numberAssessed\":193}";
    byte[] input = (line + "\r\n" + line).getBytes(StandardCharsets.UTF_8);

    try (JsonLinesReader<IndexObservation> reader = JSON.observationLines(new ByteArrayInputStream(input))) {
      assertThat(reader.stream().count()).isEqualTo(2);
    }
  }

  @Test
  void aLineOverTheLimitIsReportedAndSkipped() {
    String line = "{\"index\":\"egdi\",\"edition\":2016,\"country\":\"UZB\",\"numberAssessed\":193}";
    String longLine = line.replace("}", ",\"sourceIds\":[\"" + "s".repeat(500) + "\"]}");
    EgovJson json = JSON.withLimits(JsonLimits.builder().maxDocumentLength(200).build());

    try (JsonLinesReader<IndexObservation> reader = json.observationLines(new ByteArrayInputStream(lines(longLine, line)))) {
      EgovJsonException e = catchThrowableOfType(EgovJsonException.class, reader::next);
      assertThat(e.problems()).singleElement().satisfies(p -> {
        assertThat(p.kind()).isEqualTo(Kind.LIMIT);
        assertThat(p.line()).isEqualTo(1);
        assertThat(p.message()).isEqualTo("line is " + longLine.length() + " bytes long, over the limit of 200 bytes"
            + " for one record");
      });
      assertThat(reader.next().getEdition()).isEqualTo(2016);
      assertThat(reader.lineNumber()).isEqualTo(2);
    }
  }
}

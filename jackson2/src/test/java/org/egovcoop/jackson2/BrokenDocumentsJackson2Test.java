package org.egovcoop.jackson2;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.egovcoop.json.BrokenDocumentRows;
import org.egovcoop.json.BrokenDocumentRows.Row;
import org.egovcoop.json.EgovJson;
import org.egovcoop.json.EgovJsonException;
import org.egovcoop.json.JsonProblem;
import org.egovcoop.json.databind.EgovJsonMapper;
import org.egovcoop.portfolio.Portfolio;
import org.egovcoop.survey.IndexObservation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every document of serialization's broken-document table, read through a Jackson 2 mapper
 * ({@code new ObjectMapper().findAndRegisterModules()}, or {@link EgovJackson2Mapper} with the
 * row's limits), gives the same {@link JsonProblem}s (kind, pointer, line, column, message, value,
 * expected) as the same document read through a Jackson 3 mapper
 * ({@code JsonMapper.builder().findAndAddModules()}, or {@code EgovJsonMapper} with the limits).
 *
 * <p>Both mappers read through the engine's embedded path ({@code Decoding.embedded}), which is
 * what a deserializer has: a parser already on the value's first token, and no document bytes to
 * locate problems in afterwards: it remembers where each token of the value began, so that the
 * problems found after reading (validation rules, missing properties, broken invariants) are
 * placed at their value, and columns count characters. The Jackson 2 mapper must therefore report
 * exactly {@code EgovJson}'s problems, on every row.
 *
 * <p>Three rows are about the mapper, not the value, and are checked on their own: an empty
 * document and a too-long one never reach the module, and trailing content is refused by a mapper
 * that asks for it (Jackson 3's default, {@link EgovJackson2Mapper} for Jackson 2).
 */
class BrokenDocumentsJackson2Test {

  /** The rows about the mapper rather than the egovcoop value it reads. */
  static final Set<String> MAPPER_ROWS = Set.of("empty document", "trailing content", "document too long");

  /**
   * Jackson 3.3 says that a hexadecimal number is one; Jackson 2 (and Jackson 3.1) only that a
   * comma was expected: the same problem but for the parser's wording, as the table allows.
   */
  static final String WORDED_BY_THE_PARSER = "hexadecimal number";

  private static final ObjectMapper DISCOVERED = new ObjectMapper().findAndRegisterModules();
  private static final tools.jackson.databind.json.JsonMapper DISCOVERED3 =
      tools.jackson.databind.json.JsonMapper.builder().findAndAddModules().build();

  static Stream<Row> valueRows() {
    return BrokenDocumentRows.all().stream().filter(row -> !MAPPER_ROWS.contains(row.name()));
  }

  private static Class<?> type(Row row) {
    return row.observation() ? IndexObservation.class : Portfolio.class;
  }

  private static byte[] bytes(Row row) {
    return row.json().getBytes(StandardCharsets.UTF_8);
  }

  private static EgovJson settings(Row row) {
    return row.limits() == null ? EgovJson.create() : EgovJson.create().withLimits(row.limits());
  }

  /** {@return the problems a Jackson 2 mapper reports for the row; a failure if it reports none} */
  static List<JsonProblem> jackson2Problems(Row row) {
    ObjectMapper mapper = row.limits() == null ? DISCOVERED : EgovJackson2Mapper.of(settings(row));
    try {
      mapper.readValue(bytes(row), type(row));
    } catch (EgovJsonMappingException e) {
      assertThat(e.getMessage()).doesNotContain("through reference chain", "Source: ", "com.fasterxml", "org.egovcoop");
      assertThat(e.toEgovJsonException().problems()).isEqualTo(e.problems());
      return e.problems();
    } catch (Exception e) {
      throw new AssertionError(row + ": not an EgovJsonMappingException", e);
    }
    throw new AssertionError(row + " was read by the Jackson 2 mapper");
  }

  /** {@return the problems the Jackson 3 mapper reports for the row} */
  static List<JsonProblem> jackson3Problems(Row row) {
    tools.jackson.databind.json.JsonMapper mapper = row.limits() == null ? DISCOVERED3 : EgovJsonMapper.of(settings(row));
    try {
      mapper.readValue(bytes(row), type(row));
    } catch (EgovJsonException e) {
      return e.problems();
    }
    throw new AssertionError(row + " was read by the Jackson 3 mapper");
  }

  /** {@return the problems EgovJson reports for the row's document} */
  static List<JsonProblem> egovJsonProblems(Row row) {
    try {
      if (row.observation()) {
        settings(row).readObservation(bytes(row));
      } else {
        settings(row).readPortfolio(bytes(row));
      }
    } catch (EgovJsonException e) {
      return e.problems();
    }
    throw new AssertionError(row + " was read by EgovJson");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("valueRows")
  void theJackson2MapperReportsTheProblemsOfTheJackson3Mapper(Row row) {
    List<JsonProblem> jackson2 = jackson2Problems(row);
    List<JsonProblem> jackson3 = jackson3Problems(row);

    if (row.name().equals(WORDED_BY_THE_PARSER)) {
      assertThat(jackson2).singleElement().satisfies(problem -> {
        JsonProblem other = jackson3.get(0);
        assertThat(jackson3).hasSize(1);
        assertThat(List.of(problem.kind(), problem.pointer(), problem.line(), problem.column()))
            .isEqualTo(List.of(other.kind(), other.pointer(), other.line(), other.column()));
        assertThat(problem.message()).contains(row.message());
      });
    } else {
      assertThat(jackson2).isEqualTo(jackson3);
    }
    // The table's own problem is among them: its kind, pointer and words.
    assertThat(jackson2).anySatisfy(problem -> {
      assertThat(problem.kind()).isEqualTo(row.kind());
      assertThat(problem.pointer()).isEqualTo(row.pointer());
      assertThat(problem.message()).contains(row.message());
    });
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("valueRows")
  void theJackson2MapperReportsEgovJsonsProblems(Row row) {
    List<JsonProblem> jackson2 = jackson2Problems(row);

    if (!row.name().equals(WORDED_BY_THE_PARSER)) {
      assertThat(jackson2).isEqualTo(egovJsonProblems(row));
    }
    // The table's line and column, found in the document itself, not by either reader.
    assertThat(jackson2).anySatisfy(problem -> {
      assertThat(problem.pointer()).isEqualTo(row.pointer());
      assertThat(problem.line()).as("line of %s", problem).isEqualTo(row.line());
      assertThat(problem.column()).as("column of %s", problem).isEqualTo(row.column());
    });
  }

  /**
   * The strict mappers of both lines ({@link EgovJackson2Mapper} and {@code EgovJsonMapper}, with
   * the parser's own duplicate detection, trailing-token check and the row's limits) agree too:
   * on every value row the same problems; where Jackson itself refuses (trailing content) the
   * same kind of Jackson failure, never an egovcoop problem from one and not the other.
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("valueRows")
  void theStrictMappersOfBothLinesAgree(Row row) {
    List<JsonProblem> jackson2;
    List<JsonProblem> jackson3;
    try {
      EgovJackson2Mapper.of(settings(row)).readValue(bytes(row), type(row));
      throw new AssertionError(row + " was read by the strict Jackson 2 mapper");
    } catch (EgovJsonMappingException e) {
      jackson2 = e.problems();
    } catch (java.io.IOException e) {
      throw new AssertionError(row + ": not an EgovJsonMappingException", e);
    }
    try {
      EgovJsonMapper.of(settings(row)).readValue(bytes(row), type(row));
      throw new AssertionError(row + " was read by the strict Jackson 3 mapper");
    } catch (EgovJsonException e) {
      jackson3 = e.problems();
    }

    if (row.name().equals(WORDED_BY_THE_PARSER)) {
      assertThat(jackson2).extracting(JsonProblem::kind, JsonProblem::pointer, JsonProblem::line, JsonProblem::column)
          .isEqualTo(jackson3.stream().map(p -> org.assertj.core.groups.Tuple.tuple(p.kind(), p.pointer(), p.line(),
              p.column())).toList());
    } else {
      assertThat(jackson2).isEqualTo(jackson3);
    }
  }

  @Test
  void everyRowOfTheTableIsChecked() {
    List<String> names = BrokenDocumentRows.all().stream().map(Row::name).toList();

    assertThat(names).hasSizeGreaterThan(70).containsAll(MAPPER_ROWS)
        .contains(WORDED_BY_THE_PARSER);
    assertThat(valueRows()).hasSize(names.size() - MAPPER_ROWS.size());
  }

  /** A few places by hand, so that the same regression in both mappers and EgovJson cannot pass. */
  @Test
  void aFewProblemsAtPlacesWrittenHere() {
    Row stray = row("stray comma");
    Row unknown = row("unknown nested property");
    Row tooDeep = row("nesting too deep");

    assertThat(jackson2Problems(stray)).extracting(JsonProblem::pointer, JsonProblem::line, JsonProblem::column)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("/countries/1", 4, 22));
    assertThat(jackson2Problems(unknown)).extracting(JsonProblem::pointer, JsonProblem::line)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("/agreements/0/budget", 7));
    assertThat(jackson2Problems(tooDeep)).singleElement().satisfies(problem -> assertThat(problem.message())
        .isEqualTo("document nesting depth 4 exceeds the limit of 3"));
  }

  private static Row row(String name) {
    return BrokenDocumentRows.all().stream().filter(r -> r.name().equals(name)).findFirst().orElseThrow();
  }

  @Test
  void anEmptyDocumentIsJacksonsOwnProblemForBothMappers() {
    byte[] empty = bytes(row("empty document"));

    Throwable jackson2 = org.assertj.core.api.Assertions.catchThrowable(() -> DISCOVERED.readValue(empty, Portfolio.class));
    Throwable jackson3 = org.assertj.core.api.Assertions.catchThrowable(() -> DISCOVERED3.readValue(empty, Portfolio.class));

    assertThat(jackson2).isInstanceOf(com.fasterxml.jackson.databind.exc.MismatchedInputException.class)
        .hasMessageStartingWith("No content to map due to end-of-input");
    assertThat(jackson3).isInstanceOf(tools.jackson.databind.exc.MismatchedInputException.class)
        .hasMessageStartingWith("No content to map due to end-of-input");
  }

  @Test
  void trailingContentIsRefusedByAStrictMapper() {
    byte[] trailing = bytes(row("trailing content"));

    Throwable jackson2 = org.assertj.core.api.Assertions.catchThrowable(
        () -> EgovJackson2Mapper.create().readValue(trailing, Portfolio.class));
    Throwable jackson3 = org.assertj.core.api.Assertions.catchThrowable(() -> DISCOVERED3.readValue(trailing, Portfolio.class));

    assertThat(jackson2).isInstanceOf(com.fasterxml.jackson.databind.exc.MismatchedInputException.class)
        .hasMessageStartingWith("Trailing token");
    assertThat(jackson3).isInstanceOf(tools.jackson.databind.exc.MismatchedInputException.class)
        .hasMessageStartingWith("Trailing token");
  }

  /**
   * Jackson checks the document length as it reads more input: Jackson 3 for any input, Jackson 2
   * only for a stream (a byte array or string is read whole, unchecked). Either way it is the
   * mapper's own constraint failure, not an egovcoop problem.
   */
  @Test
  void aTooLongDocumentIsTheParsersConstraintForBothMappers() {
    Row row = row("document too long");

    Throwable jackson2 = org.assertj.core.api.Assertions.catchThrowable(() -> EgovJackson2Mapper.of(settings(row))
        .readValue(new ByteArrayInputStream(bytes(row)), Portfolio.class));
    Throwable jackson3 = org.assertj.core.api.Assertions.catchThrowable(() -> EgovJsonMapper.of(settings(row))
        .readValue(bytes(row), Portfolio.class));

    assertThat(jackson2).isInstanceOf(com.fasterxml.jackson.core.exc.StreamConstraintsException.class)
        .hasMessageStartingWith("Document length");
    assertThat(jackson3).isInstanceOf(tools.jackson.core.exc.StreamConstraintsException.class)
        .hasMessageStartingWith("Document length");
  }
}

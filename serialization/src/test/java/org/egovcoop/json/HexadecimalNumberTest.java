package org.egovcoop.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Consumer;
import org.egovcoop.json.JsonProblem.Kind;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A hexadecimal number is one problem, in the same words and at the same place whichever Jackson
 * the library runs on: Jackson 3.3 refuses {@code 0x10} as a number, Jackson 3.1 (the default
 * build's, and Spring Boot 4.0's) reads {@code 0} and then refuses the {@code x} where a comma
 * must be, after the codec has already judged the {@code 0}. The default build and the
 * {@code newest} profile run this test on both.
 */
class HexadecimalNumberTest {

  private static final String HEAD = "{\"formatVersion\": \"1.0\", \"id\": \"p\", \"title\": {\"en\": \"T\"}, ";
  private static final String OBSERVATION = "{\"index\": \"egdi\", \"edition\": 2016, \"country\": \"UZB\","
      + " \"numberAssessed\": 193";

  private static final String MESSAGE = " in a number: expected a decimal number such as 16"
      + " (JSON has no hexadecimal numbers)";

  private static List<JsonProblem> problems(Consumer<byte[]> reader, String json) {
    EgovJsonException e = catchThrowableOfType(EgovJsonException.class,
        () -> reader.accept(json.getBytes(StandardCharsets.UTF_8)));
    assertThat(e).as("%s must be refused", json).isNotNull();
    return e.problems();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      // a value of an object: the pointer of the object, as for every syntax error there
      "rank                 | observation  | , \"rank\": 0x10}         | ''           | 1 | 86 | x",
      "negative, before another property | observation | , \"rank\": -0x10, \"score\": 0.5} | '' | 1 | 87 | x",
      "capital X            | observation  | , \"score\": 0X1f}         | ''           | 1 | 87 | X",
      // an element of an array: the pointer of the element, and nothing said of a number 0
      "an observation       | observations | 0x10]                      | /0           | 1 | 3  | x",
      "the second observation | observations | OBSERVATION}, 0x10]     | /1           | 1 | 80 | x",
      "a country            | portfolio    | \"countries\": [\"KOR\", 0x10]} | /countries/1 | 1 | 81 | x",
  })
  void isOneProblemInTheLibrarysWords(String name, String kind, String rest, String pointer, int line, int column,
      String x) {
    EgovJson json = EgovJson.create();
    List<JsonProblem> problems = switch (kind) {
      case "observation" -> problems(json::readObservation, OBSERVATION + rest);
      case "observations" -> problems(json::readObservations, "[" + rest.replace("OBSERVATION", OBSERVATION));
      default -> problems(json::readPortfolio, HEAD + rest);
    };

    assertThat(problems).as(name).hasSize(1);
    JsonProblem problem = problems.get(0);
    assertThat(problem.kind()).isEqualTo(Kind.SYNTAX);
    assertThat(problem.pointer()).isEqualTo(pointer);
    assertThat(problem.line()).isEqualTo(line);
    assertThat(problem.column()).isEqualTo(column);
    assertThat(problem.message()).isEqualTo("unexpected character '" + x + "'" + MESSAGE);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "a digit before the x | , \"rank\": 1x1}  | 86",
      "a space before the x | , \"rank\": 0 x1} | 87",
  })
  void isNotSaidOfAnythingElse(String name, String rest, int column) {
    List<JsonProblem> problems = problems(EgovJson.create()::readObservation, OBSERVATION + rest);

    assertThat(problems).as(name).singleElement().satisfies(problem -> {
      assertThat(problem.column()).isEqualTo(column);
      assertThat(problem.message()).isEqualTo("unexpected character 'x': expected ',' or '}' after a property's value");
    });
  }
}

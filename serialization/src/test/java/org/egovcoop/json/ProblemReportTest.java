package org.egovcoop.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.egovcoop.json.JsonProblem.Kind;
import org.junit.jupiter.api.Test;

/**
 * The members of a problem response, as both Spring Boot starters send them: one type and title
 * per kind, the detail counting the problems, every problem's fields in {@code errors}, in the
 * request's language and in English for any language egovcoop has no bundle of.
 */
class ProblemReportTest {

  private static final JsonProblem RULE = new JsonProblem(Kind.RULE, "/rank", 1, 85, "rank 194 exceeds the 193 countries assessed",
      null, null);
  private static final JsonProblem UNKNOWN = new JsonProblem(Kind.UNKNOWN_PROPERTY, "/colour", 4, 13,
      "unknown property 'colour': expected one of formatVersion, id", "colour", "formatVersion, id");

  @Test
  void oneKindHasItsOwnTypeAndTitle() {
    ProblemReport report = ProblemReport.of(List.of(RULE), Locale.ENGLISH);

    assertThat(report.type()).isEqualTo(URI.create("https://github.com/egovcoop/egovcoop/blob/main/docs/problems.md#rule"));
    assertThat(report.title()).isEqualTo("The document breaks a rule of the model");
    assertThat(report.status()).isEqualTo(400);
    assertThat(report.detail()).isEqualTo("The document has 1 problem; errors names it.");
    Map<String, Object> error = new LinkedHashMap<>();
    error.put("pointer", "/rank");
    error.put("line", 1);
    error.put("column", 85);
    error.put("kind", "rule");
    error.put("message", "rank 194 exceeds the 193 countries assessed");
    assertThat(report.errors()).containsExactly(error);
    assertThat(List.copyOf(report.errors().get(0).keySet())).containsExactly("pointer", "line", "column", "kind", "message");
  }

  @Test
  void severalKindsHaveTheGeneralTypeAndEveryFieldOfEachProblem() {
    ProblemReport report = ProblemReport.of(List.of(UNKNOWN, RULE), Locale.ENGLISH);

    assertThat(report.type()).isEqualTo(ProblemReport.INVALID_DOCUMENT);
    assertThat(report.title()).isEqualTo("The document is not valid egovcoop JSON");
    assertThat(report.detail()).isEqualTo("The document has 2 problems; errors names each.");
    assertThat(report.errors()).extracting(e -> e.get("kind")).containsExactly("unknown-property", "rule");
    assertThat(report.errors().get(0)).containsEntry("value", "colour").containsEntry("expected", "formatVersion, id");
  }

  @Test
  void koreanAndEveryOtherLanguage() {
    Locale before = Locale.getDefault();
    try {
      Locale.setDefault(Locale.KOREAN);
      assertThat(ProblemReport.of(List.of(RULE), Locale.forLanguageTag("ko-KR")).title()).isEqualTo("문서가 모델의 규칙을 어깁니다");
      assertThat(ProblemReport.of(List.of(RULE, UNKNOWN), Locale.KOREAN).detail())
          .isEqualTo("문서에 문제가 2개 있습니다. errors에 하나씩 적혀 있습니다.");
      // Not the JVM's default locale (Korean here) for a language egovcoop has no bundle of.
      assertThat(ProblemReport.of(List.of(RULE), Locale.FRENCH).title()).isEqualTo("The document breaks a rule of the model");
    } finally {
      Locale.setDefault(before);
    }
  }

  @Test
  void everyKindHasACodeATypeAndATitleInEachLanguage() {
    for (Kind kind : Kind.values()) {
      JsonProblem problem = new JsonProblem(kind, "", 1, 1, "m", null, null);
      String code = ProblemReport.codeOf(kind);
      assertThat(code).matches("[a-z]+(-[a-z]+)*");
      assertThat(ProblemReport.typeOf(kind)).hasToString(ProblemReport.TYPE_BASE + code);
      String english = ProblemReport.of(List.of(problem), Locale.ENGLISH).title();
      String korean = ProblemReport.of(List.of(problem), Locale.KOREAN).title();
      assertThat(english).isNotBlank().isNotEqualTo(korean);
      assertThat(korean).isNotBlank();
    }
    assertThatThrownBy(() -> ProblemReport.of(List.of(), Locale.ENGLISH)).isInstanceOf(IllegalArgumentException.class);
  }
}

package org.egovcoop.json;

import org.egovcoop.json.databind.EgovcoopModule;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.egovcoop.json.JsonProblem.Kind;
import org.egovcoop.survey.IndexObservation;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/**
 * The messages of broken rules follow the locale a reader is given ({@link EgovJson#withLocale},
 * the attribute {@link EgovcoopModule#MESSAGE_LOCALE}); without one they are English. Nothing else
 * of the problem changes.
 */
class RuleMessageLocaleTest {

  private static final String RANK_ABOVE_ASSESSED =
      "{\"index\": \"egdi\", \"edition\": 2016, \"country\": \"UZB\", \"numberAssessed\": 193, \"rank\": 194}";

  private static JsonProblem only(EgovJsonException e) {
    assertThat(e).isNotNull();
    assertThat(e.problems()).hasSize(1);
    return e.problems().get(0);
  }

  @Test
  void egovJsonGivesRuleMessagesInItsLocale() {
    byte[] json = RANK_ABOVE_ASSESSED.getBytes(StandardCharsets.UTF_8);
    JsonProblem english = only(catchThrowableOfType(EgovJsonException.class, () -> EgovJson.create().readObservation(json)));
    JsonProblem korean = only(catchThrowableOfType(EgovJsonException.class,
        () -> EgovJson.create().withLocale(Locale.KOREAN).readObservation(json)));

    assertThat(EgovJson.create().locale()).isEqualTo(Locale.ENGLISH);
    assertThat(english.message()).isEqualTo("rank 194 exceeds the 193 countries assessed");
    assertThat(korean.message()).isEqualTo("순위 194위가 평가 대상 193개국을 초과합니다");
    assertThat(korean.kind()).isEqualTo(Kind.RULE);
    assertThat(new Object[] {korean.pointer(), korean.line(), korean.column(), korean.value(), korean.expected()})
        .containsExactly(english.pointer(), english.line(), english.column(), english.value(), english.expected());
  }

  @Test
  void theModuleGivesRuleMessagesInTheReadersLocale() {
    JsonMapper mapper = JsonMapper.builder().addModule(new EgovcoopModule()).build();
    JsonProblem english = only(catchThrowableOfType(EgovJsonException.class,
        () -> mapper.readValue(RANK_ABOVE_ASSESSED, IndexObservation.class)));
    JsonProblem korean = only(catchThrowableOfType(EgovJsonException.class,
        () -> mapper.readerFor(IndexObservation.class).withAttribute(EgovcoopModule.MESSAGE_LOCALE, Locale.KOREA)
            .readValue(RANK_ABOVE_ASSESSED)));

    assertThat(english.message()).isEqualTo("rank 194 exceeds the 193 countries assessed");
    assertThat(korean.message()).isEqualTo("순위 194위가 평가 대상 193개국을 초과합니다");
    assertThat(korean.pointer()).isEqualTo("/rank");
  }
}

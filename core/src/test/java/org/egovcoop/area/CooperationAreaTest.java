package org.egovcoop.area;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.egovcoop.text.LocalizedText;
import org.junit.jupiter.api.Test;

class CooperationAreaTest {

  @Test
  void theEightAreasOfThe2017MouAreBuiltInWithStableCodesAndEnglishAndKoreanNames() {
    assertThat(CooperationArea.builtIns()).extracting(CooperationArea::getCode).containsExactly(
        "e-government", "smart-governance", "safe-city", "cybersecurity", "open-data", "big-data", "cloud", "mobile");
    assertThat(CooperationArea.builtIns()).extracting(a -> a.getName().in(Locale.KOREAN)).containsExactly(
        "전자정부", "스마트 거버넌스", "안전도시", "사이버보안", "데이터개방", "빅데이터", "클라우드", "모바일");
    assertThat(CooperationArea.builtIns()).allSatisfy(a -> {
      assertThat(a.getName().languageTags()).containsExactly("en", "ko");
      assertThat(a.isBuiltIn()).isTrue();
    });
  }

  @Test
  void crsPurposeCodesAreMappedWhereOneFits() {
    assertThat(CooperationArea.E_GOVERNMENT.getCrsPurposeCodes()).containsExactlyInAnyOrder(15110, 22040);
    assertThat(CooperationArea.SAFE_CITY.getCrsPurposeCodes()).containsExactly(43030);
    assertThat(CooperationArea.OPEN_DATA.getCrsPurposeCodes()).isEmpty();
    assertThat(CooperationArea.BIG_DATA.getCrsPurposeCodes()).isEmpty();
  }

  @Test
  void builtInsAreFoundByCode() {
    assertThat(CooperationArea.findBuiltIn("safe-city")).containsSame(CooperationArea.SAFE_CITY);
    assertThat(CooperationArea.findBuiltIn("digital-id")).isEmpty();
    assertThat(CooperationArea.findBuiltIn(null)).isEmpty();
  }

  @Test
  void usersDefineTheirOwnAreasAndCannotPassThemOffAsBuiltIn() {
    CooperationArea digitalId = CooperationArea.builder().code("digital-id")
        .name(LocalizedText.of("en", "Digital identity", "ko", "디지털 신원")).addCrsPurposeCode(22040).build();
    assertThat(digitalId.isBuiltIn()).isFalse();
    CooperationArea lookalike = CooperationArea.builder().from(CooperationArea.CLOUD)
        .name(LocalizedText.of("en", "Cloud computing")).build();
    assertThat(lookalike.isBuiltIn()).isFalse();
    assertThat(CooperationArea.builder().from(CooperationArea.CLOUD).build().isBuiltIn()).isTrue();
    assertThat(List.copyOf(CooperationArea.builtIns())).doesNotContain(digitalId);
  }
}

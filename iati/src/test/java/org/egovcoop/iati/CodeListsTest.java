package org.egovcoop.iati;

import static org.assertj.core.api.Assertions.assertThat;
import static org.egovcoop.iati.Documents.values;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Document;

/**
 * Every code the export writes is in the shipped code list it belongs to, read from the code
 * list's XML file. Organisation references are checked by their scheme, which must be a code of
 * OrganisationRegistrationAgency.
 */
class CodeListsTest {

  /** XPath of the codes written, to the code list each belongs to. */
  static final Map<String, String> CODES = Map.ofEntries(
      Map.entry("//reporting-org/@type", "OrganisationType"),
      Map.entry("//participating-org/@type", "OrganisationType"),
      Map.entry("//participating-org/@role", "OrganisationRole"),
      Map.entry("//activity-status/@code", "ActivityStatus"),
      Map.entry("//activity-date/@type", "ActivityDateType"),
      Map.entry("//recipient-country/@code", "Country"),
      Map.entry("//sector/@vocabulary", "SectorVocabulary"),
      Map.entry("//sector[@vocabulary='1']/@code", "Sector"),
      Map.entry("//document-link/category/@code", "DocumentCategory"),
      Map.entry("//document-link/language/@code", "Language"),
      Map.entry("//narrative/@xml:lang", "Language"));

  static List<String> unlisted(byte[] xml) {
    Document document = Documents.parse(xml);
    List<String> unlisted = new ArrayList<>();
    CODES.forEach((path, codeList) -> {
      Set<String> codes = Documents.codes(codeList);
      for (String code : values(document, path)) {
        if (!codes.contains(code)) {
          unlisted.add(path + " '" + code + "' is not in " + codeList);
        }
      }
    });
    Set<String> agencies = Documents.codes("OrganisationRegistrationAgency");
    for (String ref : values(document, "//reporting-org/@ref | //participating-org/@ref")) {
      if (agencies.stream().noneMatch(a -> ref.startsWith(a + "-"))) {
        unlisted.add("reference '" + ref + "' starts with no code of OrganisationRegistrationAgency");
      }
    }
    return unlisted;
  }

  @Test
  void theCodeListsAreReadFromTheirFiles() {
    assertThat(Documents.codes("Sector")).contains("15110", "22040", "43030").doesNotContain("12345");
    assertThat(Documents.codes("OrganisationRole")).containsExactlyInAnyOrder("1", "2", "3", "4");
    assertThat(Documents.codes("Country")).contains("UZ", "KR").doesNotContain("AN"); // AN is withdrawn
    assertThat(IatiStandard.codes("Sector")).isEqualTo(Documents.codes("Sector"));
  }

  @Test
  void thePressReleaseExportWritesListedCodesOnly() {
    byte[] xml = PressReleaseExportTest.export(PartialDateRule.FIRST_DAY).xml();
    assertThat(values(Documents.parse(xml), "//sector/@code")).isNotEmpty();
    assertThat(unlisted(xml)).isEmpty();
  }

  @ParameterizedTest(name = "seed {0}, {1}")
  @MethodSource("org.egovcoop.iati.Exports#seeds")
  void randomExportsWriteListedCodesOnly(long seed, PartialDateRule rule) throws Exception {
    Optional<IatiExport> export = Exports.export(seed, rule);
    if (export.isEmpty()) {
      assertThat(Exports.refusal(seed, rule)).isNotEmpty();
      return;
    }
    Documents.validate(export.get().xml());
    assertThat(unlisted(export.get().xml())).as("seed %d, %s", seed, rule).isEmpty();
  }
}

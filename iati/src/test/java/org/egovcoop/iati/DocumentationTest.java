package org.egovcoop.iati;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.egovcoop.activity.ParticipationRole;
import org.egovcoop.actor.OrganizationKind;
import org.junit.jupiter.api.Test;

/** docs/iati.md describes what the code does: its rules, its codes and the rules checked. */
class DocumentationTest {

  static String document() throws IOException {
    Path path = Path.of("..", "docs", "iati.md");
    assertThat(path).as("docs/iati.md, from the module directory the tests run in").exists();
    return Files.readString(path, StandardCharsets.UTF_8);
  }

  @Test
  void everyPartialDateRuleIsDocumentedWithItsCode() throws IOException {
    String document = document();
    for (PartialDateRule rule : PartialDateRule.values()) {
      assertThat(document).contains("`PartialDateRule." + rule.name() + "`").contains("`" + rule.code() + "`");
    }
  }

  @Test
  void everyOrganisationKindAndRoleIsInTheMapping() throws IOException {
    String document = document();
    for (OrganizationKind kind : OrganizationKind.values()) {
      assertThat(document).contains(kind.name().toLowerCase(Locale.ROOT).replace('_', ' '));
    }
    for (ParticipationRole role : ParticipationRole.values()) {
      assertThat(document).contains(role.name().toLowerCase(Locale.ROOT));
    }
  }

  @Test
  void everyRuleTheTestsCheckIsNamed() throws IOException {
    String document = document();
    for (String rule : RulesetsTest.RULES) {
      assertThat(document).as("rule %s", rule).contains(rule);
    }
    for (ReportEntry.Kind kind : ReportEntry.Kind.values()) {
      assertThat(document).contains("**" + kind.name().toLowerCase(Locale.ROOT).replace('_', ' ') + "**");
    }
  }
}

package org.egovcoop.iati;

import static org.assertj.core.api.Assertions.assertThat;
import static org.egovcoop.iati.Documents.nodes;
import static org.egovcoop.iati.Documents.values;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The rules of IATI's {@code rulesets-standard.json} that apply to what the export writes hold for
 * seeded random valid portfolios, under every partial date rule. Each check names its rule's id;
 * the ids are read from the shipped rulesets file, so a check cannot cite a rule that is not there.
 * Rules on elements the export never writes (transactions, budgets, results, policy markers,
 * recipient regions, other-identifiers) are checked as absent elements instead.
 */
class RulesetsTest {

  private static final Pattern NO_SYMBOLS = Pattern.compile("^[^/&|?]+$");

  /** The rule ids checked below, each of which must be in the rulesets file. */
  static final List<String> RULES = List.of("1.1.3", "1.1.21", "1.3.1", "1.3.13", "1.14.1", "1.14.8", "1.14.13",
      "1.8.1", "1.8.13", "4.1.1", "4.3.1", "4.4.1", "6.2.2", "6.10.1", "6.11.1", "11.1.2", "11.1.3", "11.1.4",
      "11.1.5", "2.1.1", "2.1.2", "2.1.4", "12.3.1", "102.1.1", "3.1.1", "3.1.2", "3.1.4", "12.1.1", "3.7.1",
      "6.6.2", "3.6.2");

  static String rulesets() throws IOException {
    try (InputStream in = Documents.resource("/org/egovcoop/iati/rulesets-standard.json").openStream()) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void everyRuleCheckedIsARuleOfTheShippedRulesets() throws IOException {
    String rulesets = rulesets();
    for (String id : RULES) {
      assertThat(rulesets).as("rule %s", id).contains("\"id\": \"" + id + "\"");
    }
  }

  @Test
  void mostRandomPortfoliosExportAtLeastOneActivity() {
    long exported = Exports.seeds().filter(row -> Exports.export((Long) row.get()[0],
        (PartialDateRule) row.get()[1]).isPresent()).count();
    assertThat(exported).isGreaterThan(Exports.SEEDS / 2);
  }

  @Test
  void theChecksCatchADocumentThatBreaksTheRules() {
    Document document = Documents.parse(PressReleaseExportTest.export(PartialDateRule.FIRST_DAY).xml());
    Element centre = (Element) nodes(document, "/iati-activities/iati-activity[1]").get(0);
    assertThat(check(centre)).isEmpty();

    ((Element) nodes(centre, "sector[1]").get(0)).setAttribute("percentage", "60");
    nodes(centre, "iati-identifier").get(0).setTextContent("XX-OTHER-centre");
    ((Element) nodes(centre, "activity-date[@type='4']").get(0)).setAttribute("iso-date", "2012-12-31");

    assertThat(check(centre)).containsExactlyInAnyOrder("1.1.21 (XX-OTHER-centre)", "11.1.3 (2013-01-01 / 2012-12-31)",
        "2.1.2 (110)");
  }

  @ParameterizedTest(name = "seed {0}, {1}")
  @MethodSource("org.egovcoop.iati.Exports#seeds")
  void theRulesHold(long seed, PartialDateRule rule) {
    Optional<IatiExport> export = Exports.export(seed, rule);
    if (export.isEmpty()) {
      // Refused because no activity can be exported: each activity is listed with its reason.
      assertThat(Exports.refusal(seed, rule)).hasSize(1 + RandomPortfolios.portfolio(seed).getActivities().size());
      return;
    }
    Document document = Documents.parse(export.get().xml());
    List<String> broken = new ArrayList<>();
    for (Node node : nodes(document, "/iati-activities/iati-activity")) {
      broken.addAll(check((Element) node));
    }
    assertThat(broken).as("broken rules, seed %d, %s", seed, rule).isEmpty();
  }

  static List<String> check(Element activity) {
    List<String> broken = new ArrayList<>();
    String id = values(activity, "iati-identifier").get(0);
    String reporting = values(activity, "reporting-org/@ref").get(0);
    rule(broken, "1.1.3", !id.equals(reporting), id);
    rule(broken, "1.1.21", id.startsWith(reporting + "-") && id.length() > reporting.length() + 1, id);
    rule(broken, "1.3.1", id.strip().equals(id), id);
    rule(broken, "1.3.13", NO_SYMBOLS.matcher(id).matches(), id);
    rule(broken, "1.14.1", reporting.strip().equals(reporting), reporting);
    rule(broken, "1.14.13", NO_SYMBOLS.matcher(reporting).matches(), reporting);
    Set<String> agencies = Documents.codes("OrganisationRegistrationAgency");
    rule(broken, "1.14.8", agencies.stream().anyMatch(a -> reporting.startsWith(a + "-")), reporting);
    for (Node org : nodes(activity, "participating-org")) {
      List<String> ref = values(org, "@ref");
      rule(broken, "6.10.1", !ref.isEmpty() || !nodes(org, "narrative").isEmpty(), id);
      ref.forEach(r -> {
        rule(broken, "1.8.1", r.strip().equals(r), r);
        rule(broken, "1.8.13", NO_SYMBOLS.matcher(r).matches(), r);
      });
    }
    // 4.1.1: no default language on the activity, so every narrative names its own.
    rule(broken, "4.1.1", !activity.hasAttributeNS("http://www.w3.org/XML/1998/namespace", "lang")
        && nodes(activity, ".//narrative[not(@xml:lang)]").isEmpty(), id);
    rule(broken, "4.3.1", values(activity, ".//title/narrative").stream().anyMatch(t -> !t.isEmpty())
        && nodes(activity, ".//title").stream().allMatch(t -> !values(t, "narrative").isEmpty()), id);
    rule(broken, "4.4.1", values(activity, "description/narrative").stream().anyMatch(t -> !t.isEmpty()), id);
    rule(broken, "6.2.2", !nodes(activity, "sector").isEmpty(), id);
    rule(broken, "6.11.1", !nodes(activity, "activity-date[@type='1' or @type='2']").isEmpty(), id);
    order(broken, "11.1.2", activity, "1", "3");
    order(broken, "11.1.3", activity, "2", "4");
    LocalDate today = LocalDate.now();
    for (String type : List.of("2", "4")) {
      for (String date : values(activity, "activity-date[@type='" + type + "']/@iso-date")) {
        rule(broken, type.equals("2") ? "11.1.4" : "11.1.5", !LocalDate.parse(date).isAfter(today), date);
      }
    }
    // Sectors: vocabulary 1 only (102.1.1); one without a percentage or at 100 (2.1.4); several each
    // with one (2.1.1), adding up to 100 (2.1.2); each within 0 to 100 (12.3.1).
    List<Node> sectors = nodes(activity, "sector");
    rule(broken, "102.1.1", nodes(activity, "sector[@vocabulary != '1']").isEmpty(), id);
    shares(broken, sectors, "2.1.1", "2.1.2", "2.1.4", "12.3.1", id);
    List<Node> countries = nodes(activity, "recipient-country");
    rule(broken, "3.7.1", !countries.isEmpty(), id);
    shares(broken, countries, "3.1.1", "3.1.2", "3.1.4", "12.1.1", id);
    // Nothing is declared on transactions (6.6.2, 3.6.2): the export writes none.
    rule(broken, "6.6.2", nodes(activity, "transaction").isEmpty(), id);
    rule(broken, "3.6.2", nodes(activity, "transaction | recipient-region").isEmpty(), id);
    return broken;
  }

  private static void rule(List<String> broken, String id, boolean holds, String value) {
    assertThat(RULES).as("rule %s is listed", id).contains(id);
    if (!holds) {
      broken.add(id + " (" + value + ")");
    }
  }

  /** date_order: the earlier type's date is not after the later type's. */
  private static void order(List<String> broken, String id, Element activity, String less, String more) {
    List<String> starts = values(activity, "activity-date[@type='" + less + "']/@iso-date");
    List<String> ends = values(activity, "activity-date[@type='" + more + "']/@iso-date");
    for (String start : starts) {
      for (String end : ends) {
        rule(broken, id, !LocalDate.parse(start).isAfter(LocalDate.parse(end)), start + " / " + end);
      }
    }
  }

  private static void shares(List<String> broken, List<Node> nodes, String each, String sum, String single,
      String range, String id) {
    List<String> percentages = nodes.stream().flatMap(n -> values(n, "@percentage").stream()).toList();
    for (String p : percentages) {
      BigDecimal value = new BigDecimal(p);
      rule(broken, range, value.signum() >= 0 && value.compareTo(BigDecimal.valueOf(100)) <= 0, p);
    }
    if (nodes.size() == 1) {
      rule(broken, single, percentages.isEmpty() || new BigDecimal(percentages.get(0)).compareTo(BigDecimal.valueOf(100))
          == 0, id);
    } else if (nodes.size() > 1) {
      rule(broken, each, percentages.size() == nodes.size(), id);
      BigDecimal total = percentages.stream().map(BigDecimal::new).reduce(BigDecimal.ZERO, BigDecimal::add);
      rule(broken, sum, total.compareTo(BigDecimal.valueOf(100)) == 0, total.toPlainString());
    }
  }
}

package org.egovcoop.iati;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.egovcoop.testing.Cases;
import org.junit.jupiter.params.provider.Arguments;

/** The exports the property tests check: of seeded random portfolios, under each partial date rule. */
final class Exports {

  /** Not later than today, so that IATI's rules against actual dates in the future apply as they would. */
  static final LocalDate AS_OF = LocalDate.of(2021, 6, 30);
  static final int SEEDS = 120;

  private Exports() {}

  /**
   * One row per seed, drawn as every property test of the project draws them ({@link Cases#seeds}:
   * the same in every run unless {@code -Degovcoop.seedBase} says otherwise, and
   * {@code -Degovcoop.seed=N} reruns one), with the partial date rule the seed picks.
   *
   * @return the rows: the seed and the rule, which the display name shows
   */
  static Stream<Arguments> seeds() {
    return Cases.seeds(SEEDS).mapToObj(seed -> Arguments.of(seed,
        PartialDateRule.values()[(int) Math.floorMod(seed, (long) PartialDateRule.values().length)]));
  }

  /**
   * @return the export of the seed's portfolio by its first organisation, or empty when the export
   *     is refused because none of its activities can be exported (which the tests check apart)
   */
  static Optional<IatiExport> export(long seed, PartialDateRule rule) {
    try {
      return Optional.of(Documents.valid(exporter(rule).export(RandomPortfolios.portfolio(seed))));
    } catch (IatiExportException e) {
      List<String> problems = e.problems();
      if (problems.get(0).startsWith("activities: no activity of portfolio")
          && problems.stream().skip(1).allMatch(p -> p.startsWith("skipped /activities/"))) {
        return Optional.empty();
      }
      throw e;
    }
  }

  /** @return the problems of a refused export, or none */
  static List<String> refusal(long seed, PartialDateRule rule) {
    try {
      exporter(rule).export(RandomPortfolios.portfolio(seed));
      return List.of();
    } catch (IatiExportException e) {
      return e.problems();
    }
  }

  static IatiExporter exporter(PartialDateRule rule) {
    return IatiExporter.builder().reportingOrganization("org-0").asOf(AS_OF).partialDates(rule).build();
  }
}

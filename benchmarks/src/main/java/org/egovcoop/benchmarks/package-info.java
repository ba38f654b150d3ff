/**
 * JMH benchmarks of egovcoop against the code a user would write instead, run by
 * {@code benchmarks/run.sh}, which writes {@code docs/performance.md}.
 *
 * <h2>Contenders</h2>
 *
 * <p>Each benchmark class measures one task on one data set, with one method per contender, named
 * by its role so that {@link org.egovcoop.benchmarks.report.PerformanceReport} pairs them:
 * <ul>
 *   <li>{@code floor}: jackson-core's tokenizer alone, the bound of any Jackson-based decoder;</li>
 *   <li>{@code peer}: Java records bound by a stock Jackson 3 mapper (or a stock CSV mapper), no
 *       validation ({@link org.egovcoop.benchmarks.peer});</li>
 *   <li>{@code peerValidated}: the peer plus Hibernate Validator's {@code validate()} on each record;</li>
 *   <li>{@code ours}: egovcoop, with every guarantee it gives.</li>
 * </ul>
 *
 * <p>Every class's {@code setUp()} checks each contender's result against the data set before
 * anything is measured (equal lists, equal bytes, token counts, checksums, a planted defect found)
 * and throws if it is wrong, so no benchmark can report a number for work it did not do.
 *
 * <h2>Adding a contender</h2>
 *
 * <p>A contender is one {@code @Benchmark} method with its role's name that returns its result
 * (JMH consumes it), plus one line in {@code setUp()} that checks that result with
 * {@link org.egovcoop.benchmarks.Check}. The expected values exist for egovcoop's types already:
 * {@link org.egovcoop.benchmarks.data.BenchmarkData#coreObservations(int)} for what a decoder must
 * give and an encoder starts from, {@link org.egovcoop.benchmarks.data.BenchmarkData#arrayBytes(int)}
 * for what an encoder must write, {@link org.egovcoop.benchmarks.data.ObservationSummary} for a
 * streaming reader. The report finds the new method by its name; a target whose contenders are
 * missing from a run is reported as not measured.
 */
package org.egovcoop.benchmarks;

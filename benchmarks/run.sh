#!/usr/bin/env bash
# Runs the whole benchmark suite and writes docs/performance.md. One command: about 35 minutes on
# 2 cores.
#
#   benchmarks/run.sh            the measuring run: 5 x 2 s warm-up, 10 x 2 s measurement, 1 fork
#                                (3 x 2 s warm-up for the stream). Ten measurements rather than five:
#                                JMH's 99.9 % interval is about 3.9 standard deviations wide on each
#                                side with five, 1.5 with ten, and a ratio's interval is wider still
#   benchmarks/run.sh --smoke    a quick check that everything runs (1 x 1 s warm-up, 3 x 1 s
#                                measurement): numbers too noisy for any decision, and labelled so
#   --note TEXT                  adds a note at the top of the report (repeatable)
#
# Parts, each in its own JVM: the JMH benchmarks with -Xms2g -Xmx2g; the Jackson 2 module against
# the Jackson 3 module and EgovJson (Jackson2Benchmark, shorter iterations); the stream of 1,000,000
# NDJSON observations with -Xms64m -Xmx64m (a reader that holds what it reads runs out of memory);
# the portfolio operations at four sizes with -Xms4g -Xmx4g and the heap touched first
# (ScaleBenchmark); the retained heap per observation. Every benchmark checks its contenders' results before it
# measures, and the run stops at the first failure (-foe true). The real UN files are read from
# ../shared beside the project, or from $EGOVCOOP_SHARED_DIR.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"

mode=full
notes=()
while [ $# -gt 0 ]; do
  case "$1" in
    --smoke) mode=smoke; shift ;;
    --note) [ $# -ge 2 ] || { echo "--note needs a text" >&2; exit 2; }; notes+=(--note "$2"); shift 2 ;;
    *) echo "Usage: benchmarks/run.sh [--smoke] [--note TEXT]..." >&2; exit 2 ;;
  esac
done

shared="${EGOVCOOP_SHARED_DIR:-$root/../shared}"
if [ ! -d "$shared/data/egdi" ]; then
  echo "run.sh: $shared/data/egdi is missing; the CSV benchmark reads the UN survey files there." >&2
  exit 1
fi
shared="$(cd "$shared" && pwd)"

if [ "$mode" = smoke ]; then
  main_settings=(-wi 1 -w 1s -i 3 -r 1s)
  stream_settings=(-wi 1 -w 1s -i 3 -r 1s)
  scale_settings=(-wi 1 -w 1s -i 3 -r 1s)
  jackson2_settings=(-wi 1 -w 1s -i 3 -r 1s)
  notes=(--note "SMOKE RUN (benchmarks/run.sh --smoke): 1 x 1 s warm-up and 3 x 1 s measurement per benchmark, too short for this machine; the numbers only show that every benchmark runs and checks its results. Measure with benchmarks/run.sh." "${notes[@]}")
else
  main_settings=(-wi 5 -w 2s -i 10 -r 2s)
  stream_settings=(-wi 3 -w 2s -i 10 -r 2s)
  # 8 rather than 5 measurements: an operation at 100,000 agreements takes 0.1 to 1 s, so an
  # iteration holds few of them.
  scale_settings=(-wi 3 -w 2s -i 8 -r 2s)
  # 15 contenders: 3 x 1 s warm-up and 10 x 1 s measurement keep them to about 4 minutes.
  jackson2_settings=(-wi 3 -w 1s -i 10 -r 1s)
fi

start=$(date +%s)
echo "== Building benchmarks/target/benchmarks.jar"
./mvnw -q -pl benchmarks -am package -DskipTests
jar=benchmarks/target/benchmarks.jar
results=benchmarks/target/results
mkdir -p "$results"
rm -f "$results"/*.json

load_before="$(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo unknown)"

echo "== JMH: decode, encode, CSV import, portfolio validation (-Xms2g -Xmx2g)"
java -jar "$jar" "${main_settings[@]}" -f 1 -foe true \
  -jvmArgs "-Xms2g -Xmx2g -Degovcoop.shared.dir=$shared" \
  -e 'StreamingReadBenchmark|ScaleBenchmark|Jackson2Benchmark' \
  -rf json -rff "$results/main.json"

echo "== JMH: the Jackson 2 module against the Jackson 3 module and EgovJson (-Xms2g -Xmx2g)"
java -jar "$jar" 'Jackson2Benchmark' "${jackson2_settings[@]}" -f 1 -foe true \
  -jvmArgs "-Xms2g -Xmx2g" \
  -rf json -rff "$results/jackson2.json"

echo "== JMH: 1,000,000 NDJSON observations streamed in a 64 MB heap"
java -jar "$jar" 'StreamingReadBenchmark' "${stream_settings[@]}" -f 1 -foe true \
  -jvmArgs "-Xms64m -Xmx64m" \
  -rf json -rff "$results/streaming.json"

echo "== JMH: portfolio operations at 1,000 to 300,000 agreements (-Xms4g -Xmx4g, heap touched first)"
java -jar "$jar" 'ScaleBenchmark' "${scale_settings[@]}" -f 1 -foe true \
  -jvmArgs "-Xms4g -Xmx4g -XX:+AlwaysPreTouch" \
  -rf json -rff "$results/scale.json"

echo "== Retained heap per observation"
java -Xms2g -Xmx2g -Djdk.attach.allowAttachSelf=true -cp "$jar" \
  org.egovcoop.benchmarks.memory.HeapFootprint "$results/heap.json"

load_after="$(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo unknown)"

echo "== Writing docs/performance.md"
command="benchmarks/run.sh"
[ "$mode" = smoke ] && command="benchmarks/run.sh --smoke"
java -cp "$jar" org.egovcoop.benchmarks.report.PerformanceReport \
  --out docs/performance.md \
  --jmh "$results/main.json" --jmh "$results/jackson2.json" --jmh "$results/streaming.json" --scale "$results/scale.json" --heap "$results/heap.json" \
  --load-before "$load_before" --load-after "$load_after" --command "$command" \
  "${notes[@]}"

echo "== Done in $(( $(date +%s) - start )) s: docs/performance.md, raw results in $results"

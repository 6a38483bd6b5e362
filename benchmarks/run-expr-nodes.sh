#!/usr/bin/env bash
# Reproduces the figures under "## Rule language nodes (refactor check)" in benchmarks/RESULTS.md:
# the rule language's compiled tree (org.shutong.bench.firstpage.ExpressionBenchmark, five first-page
# rules on one record) built from two revisions and measured in alternation in one run, with JMH's GC
# profiler (allocation per evaluation must stay 0 B/op), so that load on the machine hits both alike.
# Usage: benchmarks/run-expr-nodes.sh [BEFORE_REV]     (default: ca188ae, before the node refactor)
#        ROUNDS=3 benchmarks/run-expr-nodes.sh         (more alternations)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
before="${1:-ca188ae}"
out=benchmarks/work/expr-nodes
rm -rf "$out" && mkdir -p "$out/before"
git archive "$before" | tar -x -C "$out/before"
(cd "$out/before" && mvn -B -ntp -q -DskipTests -Djacoco.skip=true package -pl benchmarks -am)
mvn -B -ntp -q -DskipTests -Djacoco.skip=true package -pl benchmarks -am
cp "$out/before/benchmarks/target/benchmarks.jar" "$out/before.jar"
cp benchmarks/target/benchmarks.jar "$out/after.jar"
rm -rf "$out/before"
echo "== machine"; nproc; uptime; java -version 2>&1 | sed -n 1p
echo "== before = $before, after = $(git rev-parse --short HEAD) (+ working tree)"
for round in $(seq 1 "${ROUNDS:-2}"); do
  for which in before after; do
    echo "== round $round: $which"
    java -jar "$out/$which.jar" 'ExpressionBenchmark.shutongCompiledTree' -f 1 -wi 3 -w 2 -i 5 -r 2 -prof gc \
      -rf json -rff "$out/$which-$round.json" | grep -E '^(Benchmark|ExpressionBenchmark)' | grep -v -E 'gc\.(count|time)'
  done
done

#!/usr/bin/env bash
# Statistics benchmarks (issue 10): one streaming pass over 1M case cards (the notifiable-disease
# table) and over 1M first-page records (the monthly first-page statistics), each against a bare
# FastCSV parse of the same file:
#   1. the side-by-side harness: FastCSV, Shutong's reader alone and the full statistics in
#      interleaved rounds in one JVM, records/s and ratio (wall clock and thread CPU time);
#   2. the JMH benchmark org.shutong.bench.stats.StatsBenchmark (single-shot, one full pass per op).
# The inputs are generated once, deterministically, into benchmarks/work/ (git-ignored).
# Usage: benchmarks/run-stats.sh          full run (as recorded in RESULTS.md)
#        benchmarks/run-stats.sh quick    short run, to check a change on a busy machine
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
mode="${1:-full}"
mvn -q -B -ntp -pl benchmarks -am package -DskipTests
jar=benchmarks/target/benchmarks.jar
mkdir -p benchmarks/work
if [[ "$mode" == quick ]]; then rounds=2; jmh=(-wi 1 -i 2); else rounds=5; jmh=(); fi
echo "== harness (median of $rounds interleaved rounds)"
java -Xms2g -Xmx2g -cp "$jar" org.shutong.bench.harness.StatsHarness 1000000 "$rounds" benchmarks/work
echo "== JMH"
java -jar "$jar" 'org.shutong.bench.stats.StatsBenchmark' "${jmh[@]}" \
  -rf json -rff benchmarks/work/jmh-stats.json

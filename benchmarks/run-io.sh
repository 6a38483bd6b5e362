#!/usr/bin/env bash
# Tabular I/O benchmarks (issue 3): reading a generated 200,000-record, 100-column Chinese
# first-page CSV with Shutong's reader (encoding detection, line tracking, header mapping) against a
# bare FastCSV parse and Jackson CSV.
#   1. the side-by-side harness: all three in interleaved rounds in one JVM, records/s and ratio;
#   2. the JMH benchmark org.shutong.bench.io.CsvReadBenchmark (single-shot, one full read per op).
# The input is generated once, deterministically, into benchmarks/work/ (git-ignored).
# Usage: benchmarks/run-io.sh          full run (as recorded in RESULTS.md)
#        benchmarks/run-io.sh quick    short run, to check a change on a busy machine
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
mode="${1:-full}"
mvn -q -B -ntp -pl benchmarks -am package -DskipTests
jar=benchmarks/target/benchmarks.jar
mkdir -p benchmarks/work
if [[ "$mode" == quick ]]; then rounds=3; jmh=(-wi 1 -i 3); else rounds=9; jmh=(); fi
echo "== harness (median of $rounds interleaved rounds)"
java -Xms1g -Xmx1g -cp "$jar" org.shutong.bench.harness.IoHarness 200000 "$rounds" benchmarks/work
echo "== JMH"
java -jar "$jar" 'org.shutong.bench.io.CsvReadBenchmark' "${jmh[@]}" \
  -rf json -rff benchmarks/work/jmh-io.json

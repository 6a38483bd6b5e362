#!/usr/bin/env bash
# Conformance and profiling benchmarks (issue 6): `conform check` and `conform profile` against a
# bare parse of the same generated 1,000,000-record, 50-column inpatient extract (UTF-8, ~770 MB).
#   1. the side-by-side harness: parse (Shutong's reader; FastCSV as a second reference), check and
#      profile in interleaved rounds in one JVM with a 512 MB heap (memory stays bounded whatever
#      the number of records): median wall time, process CPU, records/s, and the ratios parse/check
#      and parse/profile that the issue asks to be at least 0.5;
#   2. the JMH benchmark org.shutong.bench.conform.ConformBenchmark on the 200,000-record file.
# Inputs are generated once, deterministically, into benchmarks/work/ (git-ignored).
# Usage: benchmarks/run-conform.sh          full run (as recorded in RESULTS.md)
#        benchmarks/run-conform.sh quick    200,000 records, 3 rounds, short JMH: to check a change
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
mode="${1:-full}"
mvn -q -B -ntp -pl benchmarks -am package -DskipTests
jar=benchmarks/target/benchmarks.jar
mkdir -p benchmarks/work
if [[ "$mode" == quick ]]; then records=200000; rounds=3; jmh=(-wi 1 -i 3); else records=1000000; rounds=5; jmh=(); fi
echo "== harness (median of $rounds interleaved rounds)"
java -Xms512m -Xmx512m -cp "$jar" org.shutong.bench.conform.ConformHarness "$records" "$rounds" benchmarks/work
echo "== JMH"
java -Dshutong.bench.dir=benchmarks/work -jar "$jar" 'org.shutong.bench.conform.ConformBenchmark' "${jmh[@]}" \
  -rf json -rff benchmarks/work/jmh-conform.json

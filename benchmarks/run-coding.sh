#!/usr/bin/env bash
# Reproduces the figures under "## Code tables and coding" in benchmarks/RESULTS.md:
#   batch validation throughput, name-search latency (p50/p99), table load time in a fresh JVM,
#   heap held by the tables, and `shutong code lookup I21.900` end to end (plain and with AppCDS).
# Usage: benchmarks/run-coding.sh            (full runs, ~15 min)
#        QUICK=1 benchmarks/run-coding.sh    (short runs for a sanity check, ~4 min)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
out=benchmarks/work
mkdir -p "$out"
mvn -B -ntp -q -DskipTests package -pl benchmarks,cli -am
B=benchmarks/target/benchmarks.jar
J=cli/target/shutong.jar
if [[ "${QUICK:-}" == 1 ]]; then jmh=(-wi 1 -i 2 -w 1 -r 2 -f 1); load=(-f 3); else jmh=(); load=(); fi

echo "== machine"; nproc; uptime; java -version 2>&1 | sed -n 1p
echo "== validation throughput (codes/s, one thread)"
java -jar "$B" 'org.shutong.bench.coding.ValidateBenchmark' "${jmh[@]}" -rf json -rff "$out/coding-validate.json" | tail -3
echo "== name search latency (us/op; see p0.50 / p0.99 per query)"
java -jar "$B" 'org.shutong.bench.coding.SearchBenchmark' "${jmh[@]}" -rf json -rff "$out/coding-search.json" \
  | grep -E "^SearchBenchmark.search( |:p0.50|:p0.99)" || true
echo "== load of the four diagnosis and operation tables in a fresh JVM (ms): compact index vs CSV only"
java -jar "$B" 'org.shutong.bench.coding.LoadBenchmark' "${load[@]}" -rf json -rff "$out/coding-load.json" | tail -4
echo "== heap held"
java -cp "$B" org.shutong.bench.coding.LoadFootprint
echo "== shutong code lookup I21.900, end to end (median of 10 runs, ms)"
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
run10() { for _ in $(seq 10); do s=$(date +%s%N); "$@" >/dev/null; e=$(date +%s%N); echo $(( (e - s) / 1000000 )); done | median; }
echo "plain:  $(run10 java -jar "$J" code lookup I21.900)"
java -XX:ArchiveClassesAtExit="$out/shutong.jsa" -jar "$J" code lookup I21.900 >/dev/null 2>&1
echo "AppCDS: $(run10 java -XX:SharedArchiveFile="$out/shutong.jsa" -jar "$J" code lookup I21.900)"
echo "AppCDS + C1 only: $(run10 java -XX:SharedArchiveFile="$out/shutong.jsa" -XX:TieredStopAtLevel=1 -jar "$J" code lookup I21.900)"

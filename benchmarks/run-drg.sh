#!/usr/bin/env bash
# DRG benchmarks (issue 11), one command:
#   1. JMH: grouping alone, CHS-DRG 1.1 preloaded, 100k realistic records, one thread, with -prof gc
#   2. the same in CPU time of the grouping thread (robust on a loaded machine)
#   3. end to end: `shutong drg group FILE -o OUT.csv` vs a bare parse of the same 1M-record file
# Results: copy the printed tables into benchmarks/RESULTS.md under "## DRG" with the machine line.
# Options (environment): DRG_RECORDS (default 1000000), DRG_ROUNDS (3), JMH_ARGS (extra JMH flags).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
records="${DRG_RECORDS:-1000000}"
rounds="${DRG_ROUNDS:-3}"
mkdir -p benchmarks/work
mvn -B -ntp -q -DskipTests package -pl benchmarks -am
jar=benchmarks/target/benchmarks.jar
echo "machine: $(nproc) cores, $(uname -m), $(java -version 2>&1 | sed -n 1p), load average $(cut -d' ' -f1-3 /proc/loadavg), $(date -u +%Y-%m-%dT%H:%MZ)"
# shellcheck disable=SC2086
java -jar "$jar" 'org.shutong.bench.drg.GroupBenchmark' -wi 3 -w 2 -i 5 -r 2 -f 1 -prof gc \
  -rf json -rff benchmarks/work/drg-jmh.json ${JMH_ARGS:-} | grep -E '^(Benchmark|GroupBenchmark)' | grep -v 'gc.count\|gc.time'
java -cp "$jar" org.shutong.bench.drg.GroupCpuCheck 20
java -Xmx3g -cp "$jar" org.shutong.bench.drg.DrgEndToEnd "benchmarks/work/drg-${records}.csv" "$records" "$rounds"

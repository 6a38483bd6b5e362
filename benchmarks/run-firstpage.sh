#!/usr/bin/env bash
# Reproduces the figures under "## First page" in benchmarks/RESULTS.md:
#   - side by side in one JVM and one run: a bare FastCSV parse of a generated 1M-record first-page
#     file, Shutong's reader alone, and the whole `firstpage check` (all default nhc-2016 rules,
#     bundled code tables, cross-record keys, scores) — records/s and the ratio;
#   - `shutong firstpage check` end to end through the CLI on the same file (wall time, peak memory);
#   - the rule language's engine: Shutong's compiled expression tree vs Apache Commons JEXL 3 (JMH).
# Usage: benchmarks/run-firstpage.sh                 (1M records, 3 rounds; generating the file once takes minutes)
#        RECORDS=200000 ROUNDS=2 benchmarks/run-firstpage.sh   (shorter)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
out=benchmarks/work
mkdir -p "$out"
mvn -B -ntp -q -DskipTests package -pl benchmarks,cli -am
B=benchmarks/target/benchmarks.jar
J=cli/target/shutong.jar
N="${RECORDS:-1000000}"
F="$out/firstpage-$N.csv"

echo "== machine"; nproc; uptime; java -version 2>&1 | sed -n 1p
echo "== side by side (one JVM, alternating rounds): FastCSV parse vs shutong read vs shutong firstpage check, $N records"
java -Xmx6g -cp "$B" org.shutong.bench.firstpage.FirstPageHarness "$F" "$N" "${ROUNDS:-3}"
echo "== CLI end to end: shutong firstpage check $F -f json (wall time, peak RSS)"
start=$(date +%s%N)
set +e
/usr/bin/time -f "peak RSS %M KB" java -Xmx6g -jar "$J" firstpage check "$F" -f json -o "$out/firstpage-report.json" --force --quiet
code=$?
set -e
end=$(date +%s%N)
echo "exit $code (1 = errors found, as expected with injected errors); $(( (end - start) / 1000000 )) ms; $(( N * 1000000000 / (end - start) )) records/s"
echo "== rule language engine: compiled tree vs JEXL 3 (ns per record for five rules)"
java -jar "$B" 'org.shutong.bench.firstpage.ExpressionBenchmark' -rf json -rff "$out/firstpage-expr.json" | grep -E '^(Benchmark|ExpressionBenchmark)'

#!/usr/bin/env bash
# Reproduces the figures under "## Interop" in benchmarks/RESULTS.md:
#   WS/T 500 document validation through all five layers (JMH, one thread; and documents per
#   CPU-second of the validating thread), and the reference platform under a bounded load on
#   loopback (a fixed number of PatientInfoQuery requests; the test stops by itself).
# Usage: benchmarks/run-interop.sh            (full runs, ~3 min on a quiet machine)
#        QUICK=1 benchmarks/run-interop.sh    (short runs for a sanity check, ~1 min)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
out=benchmarks/work
mkdir -p "$out"
mvn -B -ntp -q -DskipTests package -pl benchmarks -am
B=benchmarks/target/benchmarks.jar
if [[ "${QUICK:-}" == 1 ]]; then jmh=(-wi 1 -i 2 -w 2 -r 2 -f 1); rounds=6; requests=5000; else jmh=(); rounds=12; requests=50000; fi

echo "== machine"; nproc; uptime; java -version 2>&1 | sed -n 1p
echo "== document validation, all five layers, one thread (documents/s; target >= 500)"
java -Djmh.ignoreLock=true -jar "$B" 'org.shutong.bench.interop.ValidateBenchmark' "${jmh[@]}" \
  -rf json -rff "$out/interop-validate.json" | grep -E "^(Benchmark|ValidateBenchmark)"
echo "== the same documents per CPU-second of the validating thread; peer: XSD validation alone"
java -cp "$B" org.shutong.bench.interop.ValidateCpu "$rounds" | tail -2
echo "== reference platform: PatientInfoQuery over SOAP 1.2 on loopback, 8 clients (queries/s; target >= 2000)"
java -cp "$B" org.shutong.bench.interop.ServerLoad "$requests" 8

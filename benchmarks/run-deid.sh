#!/usr/bin/env bash
# De-identification benchmarks (issue 7), with ARX as the peer in the same run:
#   1. DeidHarness: on a generated first-page CSV, a bare parse against a mask/pseudonymise/shift
#      profile (throughput ratio, target >= 0.5); the k-anonymity job (5 quasi-identifiers, k=5, 2%
#      suppression) end to end; ARX's adult.csv job with ARX's hierarchies, also scaled to RECORDS rows;
#   2. ARX (../shared/peers/arx, its jars used in place, never copied) on the same k-anonymity inputs;
#   3. JMH org.shutong.bench.deid.PseudonymBenchmark (HMAC-SM3 vs HMAC-SHA-256 vs SM4-GCM per value).
# Inputs are generated once, deterministically, into benchmarks/work/ (git-ignored).
# Usage: benchmarks/run-deid.sh [RECORDS] [ROUNDS] [ratio]    (default 1000000 3)
#   with "ratio": only step 1's profile-vs-parse rounds (a short check, no k-anonymity, ARX or JMH).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
records="${1:-1000000}"
rounds="${2:-3}"
mode="${3:-all}"
arx="$(cd ../shared/peers/arx 2>/dev/null && pwd || true)"
mvn -q -B -ntp -pl benchmarks -am package -DskipTests
jar=benchmarks/target/benchmarks.jar
work=benchmarks/work
mkdir -p "$work"
echo "== machine: $(nproc) cores, $(java -version 2>&1 | sed -n 1p), $(date -u +%Y-%m-%dT%H:%MZ)"
echo "== Shutong harness"
if [[ "$mode" == ratio ]]; then
  java -Xms2g -Xmx4g -cp "$jar" org.shutong.bench.deid.DeidHarness "$records" "$rounds" "$work" --ratio-only
  exit 0
fi
java -Xms2g -Xmx4g -cp "$jar" org.shutong.bench.deid.DeidHarness "$records" "$rounds" "$work" ${arx:+"$arx/data"}
if [[ -n "$arx" ]]; then
  echo "== ARX (peer, same inputs)"
  classes=$(mktemp -d)
  javac -nowarn -cp "$arx/lib/*" -d "$classes" benchmarks/arx/ArxJob.java
  run_arx() { java -Xmx4g -cp "$arx/lib/*:$classes" ArxJob "$@"; }
  adult_qis=()
  for q in sex age race marital-status education native-country workclass occupation; do
    adult_qis+=("$q=$arx/data/adult_hierarchy_$q.csv")
  done
  run_arx "$arx/data/adult.csv" 5 0.02 "${adult_qis[@]}" salary-class=insensitive
  run_arx "$arx/data/adult.csv" 5 0.02 "${adult_qis[@]}" salary-class=insensitive
  run_arx "$work/adult-$records.csv" 5 0.02 "${adult_qis[@]}" salary-class=insensitive
  q="$work/arx-$records"
  run_arx "$q/qi.csv" 5 0.02 "sex=$q/hierarchy_sex.csv" "age=$q/hierarchy_age.csv" "birth=$q/hierarchy_birth.csv" \
    "region=$q/hierarchy_region.csv" "marital=$q/hierarchy_marital.csv"
  rm -rf "$classes"
else
  echo "== ARX not found at ../shared/peers/arx; peer skipped"
fi
echo "== JMH"
java -jar "$jar" 'org.shutong.bench.deid.PseudonymBenchmark' -rf json -rff "$work/jmh-deid.json"

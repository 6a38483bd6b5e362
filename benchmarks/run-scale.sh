#!/usr/bin/env bash
# Scale figures (issue 12): `shutong drg group` and `shutong firstpage check` (the CLI, one JVM)
# against the Spark runner in local[2] (`ShutongSpark drg-group` / `firstpage-check`, launched through
# Spark's own SparkSubmit, as spark-submit would) on 1M, 5M and 10M generated first pages in the
# national interface layout (811 columns).
# Per run: wall time, CPU time (user + sys) and peak resident memory, from GNU time.
# Results: copy the printed table into benchmarks/RESULTS.md under "## Scale" with the machine line.
# Environment: SCALE_SIZES (default "1000000 5000000 10000000"), SCALE_WORK (benchmarks/work/scale),
#   SCALE_HEAP (-Xmx of both, default 4g), SCALE_PARTITIONS (Spark partitions, default 8),
#   SCALE_COMMANDS (default "drg firstpage"; also "firstpage-keys": `firstpage check -f json` over a file of
#   only the 7 columns the cross-record rules read, written by org.shutong.bench.firstpage.CrossKeyData,
#   which measures the memory of the cross-record keys and record scores at 10M without 17 GB of input),
#   SCALE_RUNNERS (default "cli spark"),
#   SCALE_KEEP=1 keeps the generated inputs (several GB) for a re-run.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
sizes="${SCALE_SIZES:-1000000 5000000 10000000}"
work="${SCALE_WORK:-benchmarks/work/scale}"
heap="${SCALE_HEAP:-4g}"
parts="${SCALE_PARTITIONS:-8}"
commands="${SCALE_COMMANDS:-drg firstpage}"
runners="${SCALE_RUNNERS:-cli spark}"
mkdir -p "$work"
command -v /usr/bin/time >/dev/null || { echo "needs GNU time (Debian package time)" >&2; exit 2; }
mvn -B -ntp -q -DskipTests package -pl cli,spark,benchmarks -am
mvn -B -ntp -q -pl spark dependency:build-classpath -Dmdep.includeScope=provided -Dmdep.outputFile="$PWD/$work/spark.classpath"
# the JVM options Spark 3.5 needs on Java 17 (spark-submit adds them itself; see docs/scale.md)
opens=$(sed -n 's:.*<spark.java17.opens>\(.*\)</spark.java17.opens>.*:\1:p' spark/pom.xml)
# Spark's jars only (not ours, not test jars): SparkSubmit loads the application jar itself
cp="$(tr ':' '\n' <"$work/spark.classpath" | grep -v '/org/shutong/' | paste -sd:)"
echo "machine: $(nproc) cores, $(uname -m), $(java -version 2>&1 | sed -n 1p), load average $(cut -d' ' -f1-3 /proc/loadavg), $(date -u +%Y-%m-%dT%H:%MZ), commit $(git rev-parse --short HEAD)"

measure() { # label, command...: prints "wall cpu rss"
  local t; t=$(mktemp)
  /usr/bin/time -f '%e %U %S %M' -o "$t" "${@:2}" >/dev/null 2>"$t.err" || { echo "$1 failed:" >&2; tail -20 "$t.err" >&2; exit 1; }
  read -r wall user sys rss <"$t"
  echo "$wall $(echo "$user + $sys" | bc) $rss"
  rm -f "$t" "$t.err"
}

echo
echo "| command | records | input | runner | wall | records/s | CPU (user+sys) | peak RSS |"
echo "|---|---|---|---|---|---|---|---|"
for n in $sizes; do
  f="$work/fp-$n.csv"
  k="$work/keys-$n.csv"
  if [[ " $commands " == *" drg "* || " $commands " == *" firstpage "* ]]; then
    java -cp benchmarks/target/benchmarks.jar org.shutong.bench.drg.ScaleData "$f" "$n" >&2
  fi
  if [[ " $commands " == *" firstpage-keys "* && ! -f "$k" ]]; then
    java -cp benchmarks/target/benchmarks.jar org.shutong.bench.firstpage.CrossKeyData "$k" "$n" >&2
  fi
  for c in $commands; do
    input="$f"
    case "$c" in
      drg) cli_args=(drg group "$f" -o "$work/cli-$n.csv" --force -q --fail-on never); job=drg-group ;;
      firstpage) cli_args=(firstpage check "$f" -f json -o "$work/cli-$n.json" --force -q --fail-on never); job=firstpage-check ;;
      firstpage-keys) input="$k"; cli_args=(firstpage check "$k" -f json -o "$work/cli-$n.json" --force -q --fail-on never); job=firstpage-check ;;
      *) echo "unknown command $c (drg|firstpage|firstpage-keys)" >&2; exit 2 ;;
    esac
    size=$(du -m "$input" | cut -f1)
    for runner in $runners; do
      if [[ "$runner" == cli ]]; then
        read -r w u r < <(measure cli java -Xmx"$heap" -jar cli/target/shutong.jar "${cli_args[@]}")
      else
        # shellcheck disable=SC2086 # $opens is a list of JVM options
        read -r w u r < <(measure spark java -Xmx"$heap" $opens -cp "$cp" org.apache.spark.deploy.SparkSubmit \
            --master 'local[2]' --conf spark.ui.enabled=false --class org.shutong.spark.ShutongSpark spark/target/shutong-spark.jar \
            "$job" --input "$input" --output "$work/spark-$n" --partitions "$parts" --force --fail-on never)
      fi
      printf '| %s | %s | %s MB | %s | %.1f s | %.0f | %.1f s | %.0f MB |\n' "$c" "$n" "$size" "$runner" "$w" \
        "$(echo "$n / $w" | bc -l)" "$u" "$(echo "$r / 1024" | bc -l)"
      rm -rf "$work/cli-$n.csv" "$work/cli-$n.json" "$work/spark-$n"
    done
  done
  [[ -n "${SCALE_KEEP:-}" ]] || rm -f "$f" "$k"
done
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"

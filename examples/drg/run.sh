#!/usr/bin/env bash
# 书同 / Shutong: CHS-DRG 1.1 grouping of a month's discharges before the upload to the 医保统筹区,
# the reasons of one record's group, and which coding choices would change it (docs/drg.md).
#
#   examples/drg/run.sh
#
# File: 出院-2024-05.csv  20 discharges, the grouper's first-page columns (Chinese headers), made with
#       shutong generate firstpage --count 20 --seed 7 --header name (codes from 医保版 2.0) and cut to
#       病案号, 性别, 年龄, 新生儿体重, 科别, 时间, 诊断 and 手术 columns.
# Exit codes: 0 nothing at or above --fail-on (invalid records are errors, 无法入组 a warning), 1 findings, 2 input error.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
shutong="$here/../../shutong"
work="$(mktemp -d)"
[[ -n "${KEEP:-}" ]] || trap 'rm -rf "$work"' EXIT

expect() {
  local want=$1; shift
  set +e; "$@"; local got=$?; set -e
  if [[ $got -ne $want ]]; then echo "run.sh: expected exit code $want, got $got: $*" >&2; exit 1; fi
  echo "-- exit code $got"
}

echo "== 1. 分组并汇总：各 MDC/ADRG/DRG 病例数，无法入组的原因 (drg group)"
expect 0 "$shutong" drg group "$here/出院-2024-05.csv"

echo; echo "== 2. 每条记录一行的分组结果，给医保办核对 (-o 分组结果.csv)"
expect 0 "$shutong" drg group "$here/出院-2024-05.csv" -o "$work/分组结果.csv"
head -4 "$work/分组结果.csv"

echo; echo "== 3. 上传前把“无法入组”当作要处理的问题：--fail-on warning → 退出码 1"
expect 1 "$shutong" drg group "$here/出院-2024-05.csv" --fail-on warning -q -o "$work/分组结果.json"

echo; echo "== 4. 第 1 条记录为什么入 ET23：每一步判断 (drg explain)"
expect 0 "$shutong" drg explain "$here/出院-2024-05.csv" --record 1

echo; echo "== 5. 第 2 条记录无法入组（C34.900 不在任何 MDC 的主要诊断表内）：换主要诊断会怎样 (drg what-if)"
expect 0 "$shutong" drg what-if "$here/出院-2024-05.csv" --record 2

echo; echo "== 6. --record 超出文件 → 退出码 2"
expect 2 "$shutong" drg explain "$here/出院-2024-05.csv" --record 99
[[ -z "${KEEP:-}" ]] || echo "work files kept in $work"

#!/usr/bin/env bash
# 书同 / Shutong: a statistician's monthly tables, reproducible from record-level data (docs/stats.md):
# the 法定传染病报告发病、死亡统计表 from a 传染病报告卡 export, and the 住院病案首页 monthly figures.
#
#   examples/stats/run.sh
#   KEEP=1 examples/stats/run.sh      # keep the XLSX/HTML tables to open
#
# Files: 传染病报告卡-2024-05.csv  147 cards of 常州市, May 2024, in the national export's columns, written by
#                                make-cases.py (report-card names from the catalogue's names.csv, county codes
#                                from GB/T 2260): with a duplicate export, a deleted card, a 疑似病例, an HIV
#                                card, a card not yet reviewed, one reviewed in April, a 2019 AIDS card whose
#                                patient died in May, and 4 cards of 水痘 (not in the monthly table)
#        病种对照.csv              a --names file: 水痘 is known and not counted
#        ../firstpage/discharges-2024-05.csv   the first-page example (shutong generate firstpage)
# Exit codes: 0 nothing at or above --fail-on (default: error), 1 findings, 2 usage or input error.
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

echo "== 1. 2024年5月法定传染病报告发病、死亡统计表；每张卡片的去向 (stats notifiable)"
expect 0 "$shutong" stats notifiable --month 2024-05 "$here/传染病报告卡-2024-05.csv"

echo; echo "== 2. 补充病种对照（水痘：已知、不计入），按区县分列，写成上报用的 Excel"
expect 0 "$shutong" stats notifiable --month 2024-05 --names "$here/病种对照.csv" --by-region county \
  "$here/传染病报告卡-2024-05.csv" -o "$work/法定传染病-2024-05.xlsx"

echo; echo "== 3. 导出的统计表自身核对：合计、小计、肝炎分型之和 (--verify)"
expect 0 "$shutong" stats notifiable --month 2024-05 --names "$here/病种对照.csv" -q \
  "$here/传染病报告卡-2024-05.csv" -o "$work/法定传染病-2024-05.csv"
expect 0 "$shutong" stats notifiable --verify "$work/法定传染病-2024-05.csv"
# a hand-edited total that no longer adds up is an error → exit code 1
sed 's/^甲乙丙类总计,136,/甲乙丙类总计,138,/' "$work/法定传染病-2024-05.csv" >"$work/改过的表.csv"
expect 1 "$shutong" stats notifiable --verify "$work/改过的表.csv"

echo; echo "== 4. 把重复卡片、未终审卡片当作要处理的问题：--fail-on warning → 退出码 1"
expect 1 "$shutong" stats notifiable --month 2024-05 --names "$here/病种对照.csv" --fail-on warning -q \
  "$here/传染病报告卡-2024-05.csv" -o "$work/严格.json"

echo; echo "== 5. 住院病案首页月度统计：出院人数、平均住院日、手术占比、日间医疗、费用结构 (stats firstpage)"
expect 0 "$shutong" stats firstpage --month 2024-05 "$here/../firstpage/discharges-2024-05.csv"
expect 0 "$shutong" stats firstpage --month 2024-05 "$here/../firstpage/discharges-2024-05.csv" -q -o "$work/首页统计-2024-05.html"
[[ -z "${KEEP:-}" ]] || echo "work files kept in $work"

#!/usr/bin/env bash
# 书同 / Shutong: scoring the 互联互通标准化成熟度测评 (2020 hospital scheme) from an evidence workbook and
# Shutong's own reports: level reached, total, and the gaps to the next level, least effort first
# (docs/assess.md).
#
#   examples/assess/run.sh
#   KEEP=1 examples/assess/run.sh     # keep the empty template, the reports and the HTML score
#
# Files: 自评答复.csv             the answers of a fictitious hospital preparing for 四级乙等 (make-answers.py:
#                                every item up to 四级乙等 met except three; items of higher levels unanswered)
#        互联互通证据-已填.xlsx   the workbook of `shutong assess template --model interop-hospital-2020` with
#                                those answers in its 回答/说明 columns, written by the library example
#                                org.shutong.examples.assess.ScoreInterop (what an evaluator does in Excel)
#        ../interop/*.xml        documents whose `interop validate` reports are machine evidence
# Exit codes: 0 nothing at or above --fail-on (default: error), 1 findings about the evidence, 2 usage or unreadable file.
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
level() {  # level reached, next level and gap items of a JSON score
  python3 -c 'import json,sys; d=json.load(open(sys.argv[1],encoding="utf-8")); l=d["level"]
print("  level:", l["name"], "→ next:", l.get("nextName"), "; total", d["score"]["score"], "of", d["score"]["max"])
for g in d["gaps"]: print("  gap", g["item"], g["title"][:30], "—", g["evidence"][:60])' "$1"
}

echo "== 1. 可用的评价模型及其来源的可靠程度 (assess models)"
expect 0 "$shutong" assess models

echo; echo "== 2. 空白证据表（每个评价项目一行，回答列有下拉选项）(assess template)"
expect 0 "$shutong" assess template --model interop-hospital-2020 -o "$work/互联互通证据.xlsx"

echo; echo "== 3. 按填好的证据表评分：达到三级，距四级乙等差 3 项 (assess interop)"
expect 0 "$shutong" assess interop --evidence "$here/互联互通证据-已填.xlsx" -f json -o "$work/评分.json"
level "$work/评分.json"
expect 0 "$shutong" assess interop --evidence "$here/互联互通证据-已填.xlsx" -q -o "$work/互联互通评分.html"

echo; echo "== 4. 机器证据：interop validate 的 JSON 报告证明“西药处方”文档项目"
mkdir -p "$work/reports"
expect 0 "$shutong" interop validate "$here/../interop/西药处方-C0004.xml" -q -f json -o "$work/reports/validate.json"
expect 0 "$shutong" assess interop --evidence "$here/互联互通证据-已填.xlsx" --reports "$work/reports" -f json -o "$work/评分2.json"
level "$work/评分2.json"

echo; echo "== 5. 报告与证据表不一致（有错误的西药处方）：按报告计，并给出 ASSESS-EVIDENCE-CONFLICT 警告"
expect 1 "$shutong" interop validate "$here/../interop/西药处方-C0004-有错误.xml" -q -f json -o "$work/reports/validate-faulty.json"
expect 0 "$shutong" assess interop --evidence "$here/互联互通证据-已填.xlsx" --reports "$work/reports" -f json -o "$work/评分3.json"
level "$work/评分3.json"
expect 1 "$shutong" assess interop --evidence "$here/互联互通证据-已填.xlsx" --reports "$work/reports" --fail-on warning -q -o "$work/评分3.xlsx"

echo; echo "== 6. 用另一个模型的证据表评分 → ASSESS-WB-MODEL 错误，退出码 1"
expect 0 "$shutong" assess template --model emr-2018 -q -o "$work/电子病历证据.xlsx"
expect 1 "$shutong" assess interop --evidence "$work/电子病历证据.xlsx" -q -o "$work/错表.json"
[[ -z "${KEEP:-}" ]] || echo "work files kept in $work"

#!/usr/bin/env bash
# 书同 / Shutong: ICD codes from the command line — look up, validate, normalise, search, and map
# 国家临床版 2.0 codes to 医保版 2.0 before a 医保结算清单 upload (docs/coding.md).
#
#   examples/coding/run.sh
#
# Files: 诊断编码.txt   ten diagnosis codes as typed into a HIS (spaces, full-width digits, a missing
#                      dot, an Excel apostrophe, a 亚目, a 国临版 code, a name in the code column)
#        国临版诊断.csv  ten principal diagnoses coded in 国家临床版 2.0 (codes and names from the
#                      published crosswalk, codesets map-icd10-gb-clinical-2.0-to-nhsa-2.0.csv)
# Exit codes (CONVENTIONS): 0 nothing at or above --fail-on (default: error), 1 findings, 2 usage or input error.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
shutong="$here/../../shutong"

# runs a command and stops the script unless it exits with the code the documentation gives
expect() {
  local want=$1; shift
  set +e; "$@"; local got=$?; set -e
  if [[ $got -ne $want ]]; then echo "run.sh: expected exit code $want, got $got: $*" >&2; exit 1; fi
  echo "-- exit code $got"
}

echo "== 1. 查编码：名称、层级、章、类目 (code lookup)"
expect 0 "$shutong" code lookup I21.900 'i21 .900' E11.900

echo; echo "== 2. 亚目 I21.9 在编码树中的位置 (code tree)"
expect 0 "$shutong" code tree I21.9 --depth 1

echo; echo "== 3. 按名称、缩写或拼音首字母检索 (code search)"
expect 0 "$shutong" code search 急性心梗 --limit 5
expect 0 "$shutong" code search jxxjgs --limit 3

echo; echo "== 4. 校验一列编码：规范化的是警告，非末级、未知、名称写在编码列是错误 → 退出码 1 (code validate)"
expect 1 "$shutong" code validate --system icd10-nhsa-2.0 "$here/诊断编码.txt"

echo; echo "== 5. 国临版编码直接按医保版校验：扩展码不在医保版中 → 退出码 1"
expect 1 "$shutong" code validate --system icd10-nhsa-2.0 --column 出院主要诊断编码 "$here/国临版诊断.csv"

echo; echo "== 6. 按公布的对照表把国临版2.0映射为医保版2.0 (code map)"
expect 0 "$shutong" code map --from icd10-gb-clinical-2.0 --to icd10-nhsa-2.0 --column 出院主要诊断编码 "$here/国临版诊断.csv"

echo; echo "== 7. 同一文件作为 CI 的 JUnit 报告 (-f junit)，只在错误时失败"
work="$(mktemp -d)"; trap 'rm -rf "$work"' EXIT
expect 1 "$shutong" code validate --system icd10-nhsa-2.0 -f junit -o "$work/codes.junit.xml" "$here/诊断编码.txt"
grep -o '<testsuite [^>]*>' "$work/codes.junit.xml" | sed -n 1p

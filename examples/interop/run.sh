#!/usr/bin/env bash
# 书同 / Shutong: WS/T 500-2016 共享文档 for the 互联互通标准化成熟度测评 — generate a document of one type,
# validate it through the five layers (XML, XSD, header, body, value sets), and read the findings of a
# faulty document, each with the XPath and line of the problem (docs/interop.md).
#
#   examples/interop/run.sh
#   KEEP=1 examples/interop/run.sh     # keep the generated documents and reports
#
# Files: 西药处方-C0004.xml          shutong interop generate --doc-type C0004 --seed 1 (synthetic: 测试患者,
#                                   the example 公民身份号码 of GB 11643-1999)
#        西药处方-C0004-有错误.xml    the same with four defects seen in real submissions: a date that does
#                                   not exist (20240231), a wrong check digit in the 身份证号, the HL7 gender
#                                   code F instead of GB/T 2261.1, and the title 处方 instead of 西药处方
# Exit codes: 0 clean, 1 findings at or above --fail-on (default: error), 2 usage or unreadable input.
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

echo "== 1. 生成一份西药处方（C0004）共享文档 (interop generate)"
expect 0 "$shutong" interop generate --doc-type C0004 --seed 1 --out-dir "$work/cda"
cmp -s "$work/cda/C0004-0001.xml" "$here/西药处方-C0004.xml" && echo "  same as examples/interop/西药处方-C0004.xml (same type and seed, same document)"

echo; echo "== 2. 五层校验：通过 → 退出码 0 (interop validate)"
expect 0 "$shutong" interop validate "$work/cda/C0004-0001.xml"

echo; echo "== 3. 有错误的文档：每条问题给出 XPath 和行号 → 退出码 1"
expect 1 "$shutong" interop validate "$here/西药处方-C0004-有错误.xml"

echo; echo "== 4. 同样的结果作为 JSON（给测评证据用）和 JUnit（给 CI 用）"
expect 1 "$shutong" interop validate "$here/西药处方-C0004-有错误.xml" -f json -o "$work/validate.json"
python3 - "$work/validate.json" <<'PY' 2>/dev/null || true
import json, sys
for f in json.load(open(sys.argv[1], encoding="utf-8"))["findings"]:
    if not f["ruleId"].startswith("CDA-XSD-"):
        print(f"  line {f['line']:>3}  {f['ruleId']:<22} {f['field']}")
PY
expect 1 "$shutong" interop validate "$here/西药处方-C0004-有错误.xml" -f junit -o "$work/validate.junit.xml"

echo; echo "== 5. 一个目录下的全部文档；不是 XML 的文件 → 退出码 1 (CDA-XML-MALFORMED)"
cp "$here"/*.xml "$work/cda/"
printf 'not xml\n' >"$work/cda/损坏.xml"
expect 1 "$shutong" interop validate "$work/cda" -q -f json -o "$work/all.json"
[[ -z "${KEEP:-}" ]] || echo "work files kept in $work"

#!/usr/bin/env bash
# 书同 / Shutong: releasing two monthly extracts for research, de-identified under one profile and
# one project key, so that a patient admitted in May and in June has the same pseudonym in both files
# and nothing else that identifies him (docs/deid.md; GB/T 37964-2019, GB/T 39725-2020).
#
#   examples/deid/run.sh                              # a fresh key in a temporary directory
#   SHUTONG_DEID_KEY=$(cat project.key) examples/deid/run.sh   # your project key, from the environment
#   KEEP=1 examples/deid/run.sh                       # keep the outputs and reports to look at
#
# Files: 科研提取.yaml       the profile: read it, copy it, adapt it to your columns
#        出院-2024-05.csv   30 discharges of May, 出院-2024-06.csv 30 of June (shutong generate firstpage
#                          --header name, seeds 11 and 12, cut to 18 columns); 6 June patients are
#                          readmissions of May patients (same 病案号, 身份证号, 姓名; 住院次数 2)
# The key never appears on a command line, in a log or in a report: only its fingerprint does.
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

echo "== 1. 识别各列：直接标识符、准标识符、敏感属性 (deid scan)"
expect 0 "$shutong" deid scan "$here/出院-2024-05.csv"

if [[ -n "${SHUTONG_DEID_KEY:-}" ]]; then
  key=(--key-env SHUTONG_DEID_KEY)
  echo; echo "== 2. 项目密钥取自环境变量 SHUTONG_DEID_KEY"
else
  echo; echo "== 2. 生成项目密钥（文件仅属主可读；同一项目的每个月都用它）(deid keygen)"
  expect 0 "$shutong" deid keygen -o "$work/project.key"
  key=(--key-file "$work/project.key")
fi

echo; echo "== 3. 按方案处理五月、六月两份文件 (deid run)；报告写在输出旁边，只含计数"
expect 0 "$shutong" deid run --profile "$here/科研提取.yaml" "${key[@]}" -q "$here/出院-2024-05.csv" "$work/出院-2024-05-去标识.csv"
expect 0 "$shutong" deid run --profile "$here/科研提取.yaml" "${key[@]}" -q "$here/出院-2024-06.csv" "$work/出院-2024-06-去标识.csv"
head -3 "$work/出院-2024-05-去标识.csv"

echo; echo "== 4. 两份文件中假名相同的患者（再入院）：研究者可以关联，但看不到身份证号"
# column 6 is 身份证号 in the output (姓名 and 现住址 are dropped)
join -t, <(cut -d, -f1,6 "$work/出院-2024-05-去标识.csv" | tail -n +2 | sort) \
         <(cut -d, -f1,6 "$work/出院-2024-06-去标识.csv" | tail -n +2 | sort) | sed 's/^/  /'
n=$(join -t, <(cut -d, -f6 "$work/出院-2024-05-去标识.csv" | tail -n +2 | sort -u) \
             <(cut -d, -f6 "$work/出院-2024-06-去标识.csv" | tail -n +2 | sort -u) | wc -l)
echo "  linked patients: $n"
[[ $n -eq 6 ]] || { echo "run.sh: expected the 6 readmitted patients to link, got $n" >&2; exit 1; }

echo; echo "== 5. 重标识风险，并按 k=5 求最优泛化 (deid risk；deid run --k 5)"
expect 0 "$shutong" deid risk --qi 性别,出生日期,年龄（岁） "$here/出院-2024-05.csv"
expect 0 "$shutong" deid run --profile "$here/科研提取.yaml" "${key[@]}" --k 5 --max-suppression 10% --force \
  "$here/出院-2024-05.csv" "$work/出院-2024-05-k5.csv"

echo "  (on 30 records the optimum generalises 出生日期 and 年龄 to *: k-anonymity needs larger extracts)"
echo; echo "== 6. 方案里写了文件中没有的列 → 退出码 2，不写出任何文件"
sed 's/columns: \[住院医师\]/columns: [主治医师]/' "$here/科研提取.yaml" >"$work/错误方案.yaml"
expect 2 "$shutong" deid run --profile "$work/错误方案.yaml" "${key[@]}" "$here/出院-2024-05.csv" "$work/不应存在.csv"
[[ ! -e "$work/不应存在.csv" ]] && echo "  no output written"
[[ -z "${KEEP:-}" ]] || echo "work files kept in $work"

#!/usr/bin/env bash
# 书同 / Shutong: checking first pages straight from a database, with no database server.
#
# The flow a hospital's IT team follows against its own PostgreSQL (see docs/scale.md), shown here on
# H2, the embedded database bundled in shutong.jar: load an extract into a table, look at it, and run
# the checks on the table and on a query. The password comes from a file (or an environment variable
# named by --db-password-env), never from the command line.
#
#   examples/database/demo.sh            # work files in a temporary directory, removed at the end
#   KEEP=1 examples/database/demo.sh     # keep them (the H2 database file his.mv.db) to look at
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
shutong="$here/../../shutong"
work="$(mktemp -d)"
[[ -n "${KEEP:-}" ]] || trap 'rm -rf "$work"' EXIT

# the password in a file only its owner can read
umask 077
printf '%s\n' "demo-$(date +%s%N)" >"$work/db-password"
db=(--jdbc "jdbc:h2:$work/his" --db-user demo --db-password-file "$work/db-password")

echo "== 1. 把病案首页文件装入数据库表 首页 (convert --to-db-table)"
"$shutong" convert "$here/首页样例.csv" "${db[@]}" --to-db-table 首页

echo; echo "== 2. 查看数据库表 (inspect --db-table)"
"$shutong" inspect "${db[@]}" --db-table 首页

echo; echo "== 3. 直接在数据库表上校验主要诊断编码 (code validate --db-table)"
"$shutong" code validate --system icd10-nhsa-2.0 --column 出院主要诊断编码 --fail-on never "${db[@]}" --db-table 首页

echo; echo "== 4. 对一个查询做编码逻辑校验 (code edits --db-query)"
"$shutong" code edits --fail-on never "${db[@]}" \
  --db-query "SELECT 病案号, 性别, 年龄, 出院主要诊断编码, 其他诊断编码1, 主要手术操作编码 FROM 首页 WHERE 性别 IN ('1', '2') ORDER BY 病案号"

echo; echo "== 5. 把查询结果导出为 Excel 工作簿 (convert --db-query ... out.xlsx)"
"$shutong" convert "${db[@]}" --db-query "SELECT * FROM 首页 WHERE 出院主要诊断编码 IS NULL OR 出院主要诊断编码 = 'XYZ'" "$work/待核对.xlsx"

echo; echo "done: the same commands take --jdbc jdbc:postgresql://host:5432/db for a PostgreSQL server"
[[ -z "${KEEP:-}" ]] || echo "work files kept in $work"

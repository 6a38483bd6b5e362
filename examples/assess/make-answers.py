#!/usr/bin/env python3
"""Writes 自评答复.csv: the answers of a (fictitious) hospital preparing for 四级乙等 of the
互联互通标准化成熟度测评 (model interop-hospital-2020 of core-lib), one row per item answered.

The hospital meets every item up to 四级乙等 at the step that level needs, except three, which
make the gap list: a data set only partly conformant, a service it does not have, and too few
platform visualisation functions. Items needed only above 四级乙等 are left unanswered (no evidence).
Answers are written the way evaluators write them (the workbook's own words).
Reproduce: python3 examples/assess/make-answers.py
"""
import csv, json, pathlib

here = pathlib.Path(__file__).parent
model = json.loads((here / "../../core-lib/src/main/resources/org/shutong/assess/models/interop-hospital-2020.json")
                   .read_text(encoding="utf-8"))
rank = {l["id"]: l["rank"] for l in model["levels"]}
TARGET = rank["4B"]
SHORT = {"3.1.5.1": ("2", "已上线：CDR展现与管理、患者主索引管理")}
# one data set or document only partly conformant: the first conformity item first required at 四级乙等
first = next(i for i in model["items"] if i["answer"] == "conformity"
             and min(rank[t["level"]] for t in i["tiers"]) == TARGET)
SHORT[first["id"]] = ("有，部分符合国家标准", first["title"] + "：部分数据元的值域仍为院内代码，对照未完成")

rows = []
for item in model["items"]:
  steps = [(rank[t["level"]], t) for t in item.get("tiers") or [] if t.get("level")]
  options = [(rank[o["level"]], o) for o in item.get("options") or [] if o.get("level")]
  reachable = [s for s in steps + options if s[0] <= TARGET]
  if not reachable:
    continue
  level, step = max(reachable, key=lambda s: s[0])
  kind = item["answer"]
  if item["id"] in SHORT:
    answer, note = SHORT[item["id"]]
  elif kind == "conformity":
    answer, note = "有且完全符合国家标准", ""
  elif kind == "yesno":
    answer, note = "是", ""
  elif kind == "choice":
    answer, note = step["label"], ""
  else:
    answer, note = str(step["min"]), ""
  rows.append([item["id"], answer, note])

# one service the hospital does not offer yet: the first yes/no item required at 四级乙等
for r in rows:
  item = next(i for i in model["items"] if i["id"] == r[0])
  if item["answer"] == "yesno" and any(t.get("level") == "4B" for t in item.get("tiers") or []):
    r[1], r[2] = "否", "计划 2025 年上线"
    break

with (here / "自评答复.csv").open("w", encoding="utf-8", newline="") as f:
  w = csv.writer(f, lineterminator="\n")
  w.writerow(["编号", "回答", "说明"])
  w.writerows(rows)
print(len(rows), "answers")

#!/usr/bin/env python3
"""Writes 传染病报告卡-2024-05.csv: a small 传染病报告卡 extract of 常州市 for May 2024.

Disease names are report-card names of core-lib's notifiable catalogue (names.csv) plus 水痘, a
disease reported on the card outside the monthly table; region codes are 常州市's counties from the
bundled GB/T 2260 table (codesets dataelements/regions.csv). Card ids are sequence numbers. Fixed
seed, so the file is reproducible: python3 examples/stats/make-cases.py
"""
import csv, datetime, pathlib, random

rng = random.Random(20240531)
REGIONS = ["320402", "320404", "320411", "320412", "320413", "320481"]
# (report-card name, cards) — the mix of a mid-sized city in a month
MIX = [("乙型肝炎", 30), ("丙型肝炎", 8), ("戊肝", 2), ("肺结核", 18), ("利福平耐药", 1), ("梅毒", 14),
       ("Ⅰ期梅毒", 2), ("淋病", 5), ("猩红热", 3), ("细菌性痢疾", 1), ("流行性感冒", 25), ("手足口病", 12),
       ("其他感染性腹泻病", 10), ("流行性腮腺炎", 3), ("艾滋病", 2), ("水痘", 4)]
HEADER = ["卡片ID", "疾病名称", "病例分类", "发病日期", "诊断时间", "终审时间", "死亡日期", "现住地址国标", "删除时间"]

def day(d):
  return d.strftime("%Y-%m-%d")

rows, seq = [], 320400240000
for name, n in MIX:
  for _ in range(n):
    seq += 1
    review = datetime.datetime(2024, 5, 1, 8) + datetime.timedelta(minutes=rng.randrange(31 * 24 * 60 - 600))
    diagnosis = review - datetime.timedelta(hours=rng.randrange(2, 60))
    onset = diagnosis.date() - datetime.timedelta(days=rng.randrange(0, 10))
    cls = "临床诊断病例" if name in ("流行性感冒", "手足口病", "其他感染性腹泻病") and rng.random() < .5 else "确诊病例"
    rows.append([str(seq), name, cls, day(onset), diagnosis.strftime("%Y-%m-%d %H:%M:%S"),
                 review.strftime("%Y-%m-%d %H:%M:%S"), "", rng.choice(REGIONS), ""])

# what a real export also holds, each counted or left out by a documented rule (docs/stats.md)
rows[40][6] = day(datetime.date(2024, 5, 20))                       # a 肺结核 death reviewed in May
rows.append([str(seq + 1), "艾滋病", "确诊病例", "2019-03-02", "2019-03-09 10:12:00", "2019-03-11 09:40:00",
             "2024-05-14", "320412", ""])                            # AIDS card of 2019, died in May: an AIDS death
rows.append([str(seq + 2), "HIV", "确诊病例", "2024-05-02", "2024-05-06 15:20:00", "2024-05-07 09:05:00", "",
             "320402", ""])                                          # HIV 感染者: not an 艾滋病 case
rows.append([str(seq + 3), "流行性感冒", "疑似病例", "2024-05-08", "2024-05-09 11:00:00", "2024-05-09 16:30:00", "",
             "320404", ""])                                          # 疑似病例: not counted
rows.append([str(seq + 4), "乙型肝炎", "确诊病例", "2024-05-03", "2024-05-06 10:00:00", "2024-05-07 08:50:00", "",
             "320411", "2024-05-09 14:00:00"])                       # deleted card
rows.append([str(seq + 5), "梅毒", "确诊病例", "2024-04-18", "2024-04-25 09:00:00", "2024-04-28 17:00:00", "",
             "320481", ""])                                          # reviewed in April: outside the month
rows.append(list(rows[3]))                                          # the same card exported twice
rows.append([str(seq + 6), "手足口病", "临床诊断病例", "2024-05-21", "2024-05-22 09:30:00", "", "", "320413", ""])  # not yet reviewed

out = pathlib.Path(__file__).with_name("传染病报告卡-2024-05.csv")
with out.open("w", encoding="utf-8", newline="") as f:
  w = csv.writer(f, lineterminator="\n")
  w.writerow(HEADER)
  w.writerows(rows)
print(out, len(rows), "cards")

package org.shutong.bench.io;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.shutong.io.ColumnDictionary;

/**
 * Generates the benchmark input deterministically: a first-page-like CSV (UTF-8) with 100 columns
 * headed by Chinese names, as hospital extracts are — identifiers with leading zeros, names, codes,
 * dates, ICD-10-shaped codes with Chinese diagnosis names in repeated slots, amounts, free text with
 * the occasional comma, quote or line break (quoted), and empty values. The same seed gives the same
 * bytes on every machine.
 */
public final class FirstPageCsv {
  /** Default shape: 200,000 records of 100 columns. */
  public static final int RECORDS = 200_000;

  private static final long SEED = 20_240_105L;
  private static final String SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤";
  private static final String GIVEN = "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英华玉萍红娥玲芬燕彬鹏辉浩宇轩涵欣怡梓萱子墨晨阳博文俊杰";
  private static final String[] DIAGNOSES = {"支气管肺炎", "前壁急性透壁性心肌梗死", "2型糖尿病伴有并发症", "原发性高血压",
      "脑梗死", "慢性阻塞性肺病伴有急性加重", "腰椎间盘突出", "急性阑尾炎", "胆囊结石伴慢性胆囊炎", "子宫平滑肌瘤",
      "肺恶性肿瘤", "冠状动脉粥样硬化性心脏病", "慢性肾脏病5期", "上呼吸道感染", "股骨颈骨折", "不稳定型心绞痛",
      "心房颤动", "脑出血", "胃恶性肿瘤", "甲状腺结节"};
  private static final String[] PROCEDURES = {"经皮冠状动脉支架置入术", "腹腔镜下胆囊切除术", "阑尾切除术", "全髋关节置换术",
      "胃镜下活组织检查", "腰椎间盘切除术", "子宫肌瘤切除术", "肺叶切除术", "血液透析", "气管插管"};
  private static final String WORDS = "患者因反复咳嗽咳痰伴发热入院予抗感染化痰平喘对症支持治疗后症状好转出院嘱定期复查不适随诊";

  /** The kinds of values a column holds. */
  enum Kind { ID, INT, NAME, SEX, DATE, DATETIME, ICD, DIAGNOSIS, PROCEDURE_CODE, PROCEDURE, MONEY, TEXT }

  /** One column: code (the dictionary key), Chinese name (the CSV header), kind, share left empty. */
  record Column(String code, String name, Kind kind, double empty) {}

  private FirstPageCsv() {}

  /** The 100 columns, in file order. */
  public static List<Column> columns() {
    List<Column> c = new ArrayList<>();
    c.add(new Column("A48", "病案号", Kind.ID, 0));
    c.add(new Column("A49", "住院次数", Kind.INT, 0));
    c.add(new Column("A11", "姓名", Kind.NAME, 0));
    c.add(new Column("A12C", "性别", Kind.SEX, 0));
    c.add(new Column("A13", "出生日期", Kind.DATE, 0.01));
    c.add(new Column("A14", "年龄（岁）", Kind.INT, 0.01));
    c.add(new Column("B12", "入院时间", Kind.DATETIME, 0));
    c.add(new Column("B15", "出院时间", Kind.DATETIME, 0));
    c.add(new Column("B20", "实际住院（天）", Kind.INT, 0));
    c.add(new Column("C03C", "出院主要诊断编码", Kind.ICD, 0));
    c.add(new Column("C04N", "出院主要诊断名称", Kind.DIAGNOSIS, 0));
    for (int i = 1; c.size() < 10 + 2 * 20 + 1; i++) {
      c.add(new Column("C06x" + pad(i) + "C", "其他诊断编码" + i, Kind.ICD, Math.min(0.95, 0.2 + 0.04 * i)));
      c.add(new Column("C07x" + pad(i) + "N", "其他诊断名称" + i, Kind.DIAGNOSIS, Math.min(0.95, 0.2 + 0.04 * i)));
    }
    for (int i = 1; i <= 10; i++) {
      double e = Math.min(0.97, 0.4 + 0.06 * i);
      c.add(new Column("C14x" + pad(i) + "C", "手术及操作编码" + i, Kind.PROCEDURE_CODE, e));
      c.add(new Column("C15x" + pad(i) + "N", "手术及操作名称" + i, Kind.PROCEDURE, e));
      c.add(new Column("C16x" + pad(i), "手术及操作日期" + i, Kind.DATE, e));
    }
    String[] fees = {"住院总费用", "自付金额", "一般医疗服务费", "一般治疗操作费", "护理费", "病理诊断费", "实验室诊断费",
        "影像学诊断费", "临床诊断项目费", "非手术治疗项目费", "手术治疗费", "西药费", "中成药费", "血费", "检查用一次性医用材料费",
        "治疗用一次性医用材料费", "手术用一次性医用材料费"};
    for (int i = 0; i < fees.length && c.size() < 99; i++) {
      c.add(new Column("D" + pad(i + 1), fees[i], Kind.MONEY, i < 2 ? 0 : 0.3));
    }
    while (c.size() < 99) {
      c.add(new Column("X" + c.size(), "扩展字段" + c.size(), Kind.TEXT, 0.8));
    }
    c.add(new Column("Z01", "备注", Kind.TEXT, 0.5));
    return c;
  }

  /** The dictionary of the columns (code, Chinese name), as a domain module would define it. */
  public static ColumnDictionary dictionary() {
    ColumnDictionary.Builder b = ColumnDictionary.builder();
    for (Column c : columns()) {
      b.add(c.code(), c.name(), List.of());
    }
    return b.build();
  }

  private static String pad(int i) {
    return i < 10 ? "0" + i : String.valueOf(i);
  }

  /** Writes {@code records} records to {@code file} (atomically) unless it already exists. */
  public static Path ensure(Path file, int records) throws IOException {
    if (Files.exists(file)) {
      return file;
    }
    Files.createDirectories(file.toAbsolutePath().getParent());
    Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
    List<Column> cols = columns();
    SplittableRandom rnd = new SplittableRandom(SEED);
    StringBuilder sb = new StringBuilder(4096);
    try (BufferedWriter w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
      for (int i = 0; i < cols.size(); i++) {
        w.write(i == 0 ? cols.get(i).name() : "," + cols.get(i).name());
      }
      w.write("\r\n");
      for (int r = 0; r < records; r++) {
        sb.setLength(0);
        for (int i = 0; i < cols.size(); i++) {
          if (i > 0) {
            sb.append(',');
          }
          Column c = cols.get(i);
          if (c.empty() > 0 && rnd.nextDouble() < c.empty()) {
            continue;
          }
          value(sb, c.kind(), r, rnd);
        }
        sb.append("\r\n");
        w.write(sb.toString());
      }
    }
    Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
    return file;
  }

  private static void value(StringBuilder sb, Kind k, int r, SplittableRandom rnd) {
    switch (k) {
      case ID -> sb.append(String.format(Locale.ROOT, "%010d", r * 7L + 3));
      case INT -> sb.append(rnd.nextInt(1, 95));
      case NAME -> {
        sb.append(SURNAMES.charAt(rnd.nextInt(SURNAMES.length())));
        sb.append(GIVEN.charAt(rnd.nextInt(GIVEN.length())));
        if (rnd.nextBoolean()) {
          sb.append(GIVEN.charAt(rnd.nextInt(GIVEN.length())));
        }
      }
      case SEX -> sb.append(rnd.nextInt(1, 3));
      case DATE -> sb.append(String.format(Locale.ROOT, "%04d-%02d-%02d", rnd.nextInt(1930, 2024),
          rnd.nextInt(1, 13), rnd.nextInt(1, 29)));
      case DATETIME -> sb.append(String.format(Locale.ROOT, "2024-%02d-%02d %02d:%02d:00", rnd.nextInt(1, 13),
          rnd.nextInt(1, 29), rnd.nextInt(0, 24), rnd.nextInt(0, 60)));
      case ICD -> sb.append((char) ('A' + rnd.nextInt(26))).append(rnd.nextInt(10)).append(rnd.nextInt(10))
          .append('.').append(rnd.nextInt(10)).append(rnd.nextInt(10)).append(rnd.nextInt(10));
      case DIAGNOSIS -> sb.append(DIAGNOSES[rnd.nextInt(DIAGNOSES.length)]);
      case PROCEDURE_CODE -> sb.append(rnd.nextInt(10, 100)).append('.').append(rnd.nextInt(1000, 10000))
          .append(rnd.nextInt(10) == 0 ? "x001" : "");
      case PROCEDURE -> sb.append(PROCEDURES[rnd.nextInt(PROCEDURES.length)]);
      case MONEY -> sb.append(rnd.nextInt(0, 200_000)).append('.').append(rnd.nextInt(10)).append(rnd.nextInt(10));
      case TEXT -> {
        int len = rnd.nextInt(6, 40);
        int from = rnd.nextInt(WORDS.length() - 6);
        String t = WORDS.substring(from, Math.min(WORDS.length(), from + len));
        int special = rnd.nextInt(40);
        if (special == 0) {
          sb.append('"').append(t).append("，\"\"复查\"\"").append('"');
        } else if (special == 1) {
          sb.append('"').append(t).append("\r\n第二行, 续").append('"');
        } else {
          sb.append(t);
        }
      }
      default -> throw new IllegalStateException(k.toString());
    }
  }
}

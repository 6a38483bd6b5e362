package org.shutong.bench.conform;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.SplittableRandom;

/**
 * The benchmark input: a deterministic inpatient extract of {@code records} records and 50 columns
 * (identifiers, codes, D8/DT15 dates, resident ID numbers, phones, free text in Chinese), with the
 * usual defects of real extracts at realistic rates (about 5% wrong ID check digits, dashed dates,
 * unknown codes, exact duplicates and key conflicts), plus the mapping and rule files that
 * {@code conform check} and {@code conform profile} use on it. Generated once into a work directory.
 */
public final class ConformData {
  /** Columns of the extract. */
  public static final int COLUMNS = 50;

  private static final String[] SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤".split("");
  private static final String[] GIVEN = "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英华玉萍建国志红梅鑫波宇浩然思雨子涵欣怡梓轩雨桐一诺".split("");
  private static final String[] REGIONS = {"110105", "110108", "310104", "310115", "440106", "440305", "330106", "320102",
      "510107", "420106", "610113", "370102", "210102", "500103", "120101"};
  private static final String[] PHRASES = {"患者", "于", "3天前", "无明显诱因", "出现", "发热", "咳嗽", "咳痰", "胸闷", "气促",
      "伴", "头痛", "乏力", "食欲减退", "体温最高", "38.5℃", "自服", "退热药", "后", "症状", "未见", "好转", "遂来我院",
      "门诊", "以", "肺部感染", "收入院", "。", "，"};
  private static final int[] W = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};

  private ConformData() {}

  /** The header, in column order. */
  static String header() {
    StringBuilder sb = new StringBuilder();
    String[] h = {"住院号", "住院次数", "病案号", "姓名", "性别", "出生日期", "年龄", "民族", "婚姻状况", "身份证件类别",
        "身份证号", "联系电话", "电子邮件", "工作单位", "现住址_省", "现住址_市", "现住址_县", "现住址_门牌", "联系人姓名",
        "联系人电话", "入院日期时间", "出院日期时间", "主诉", "现病史", "既往史", "个人史", "过敏药物", "手术史标志", "饮酒标志",
        "吸烟标志", "脉搏", "收缩压", "舒张压", "体重", "身高", "科室代码", "科室名称", "病区", "床位号", "主治医师",
        "住院医师", "根本死因代码", "初步诊断编码", "初步诊断名称", "费用合计", "自付金额", "医保类别", "上报日期", "备注", "数据来源"};
    for (int i = 0; i < h.length; i++) {
      sb.append(i == 0 ? "" : ",").append(h[i]);
    }
    return sb.toString();
  }

  /** Generates the input: {@code ConformData RECORDS FILE}. */
  public static void main(String[] args) throws IOException {
    ensure(Path.of(args[1]), Integer.parseInt(args[0]));
  }

  /** Writes {@code file} if it is missing (through a temporary file), and returns it. */
  public static Path ensure(Path file, int records) throws IOException {
    if (Files.exists(file)) {
      return file;
    }
    Files.createDirectories(file.toAbsolutePath().getParent());
    Path tmp = Files.createTempFile(file.toAbsolutePath().getParent(), "gen-", ".part");
    SplittableRandom rnd = new SplittableRandom(363);
    try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
      w.write(header());
      w.write('\n');
      String last = null;
      for (int i = 1; i <= records; i++) {
        String row = record(rnd, i);
        w.write(row);
        w.write('\n');
        if (last != null && rnd.nextInt(1000) == 0) {
          w.write(last); // an exact duplicate, as double exports produce
          w.write('\n');
          i++;
        }
        last = row;
      }
    }
    Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    return file;
  }

  private static String record(SplittableRandom r, int i) {
    StringBuilder sb = new StringBuilder(700);
    int year = 1930 + r.nextInt(90);
    int month = 1 + r.nextInt(12);
    int day = 1 + r.nextInt(28);
    String birth = String.format("%04d%02d%02d", year, month, day);
    String region = REGIONS[r.nextInt(REGIONS.length)];
    int seq = r.nextInt(1000);
    String first17 = region + birth + String.format("%03d", seq);
    int sum = 0;
    for (int k = 0; k < 17; k++) {
      sum += (first17.charAt(k) - '0') * W[k];
    }
    char check = "10X98765432".charAt(sum % 11);
    if (r.nextInt(20) == 0) {
      check = check == '0' ? '1' : '0'; // about 5% wrong check characters
    }
    String sex = seq % 2 == 1 ? "1" : "2";
    if (r.nextInt(200) == 0) {
      sex = "3";
    }
    int visit = 1 + r.nextInt(3);
    String id = "ZY" + String.format("%08d", (i * 7919L) % 100_000_000L);
    if (r.nextInt(2000) == 0) {
      id = "ZY" + String.format("%08d", ((i - 1) * 7919L) % 100_000_000L); // a key conflict with the previous record
      visit = 1;
    }
    int admitDay = 1 + r.nextInt(28);
    int stay = r.nextInt(20);
    String admit = String.format("2024%02d%02dT%02d%02d00", 1 + r.nextInt(12), admitDay, r.nextInt(24), r.nextInt(60));
    String discharge = admit.substring(0, 6) + String.format("%02d", Math.min(28, admitDay + stay)) + "T100000";
    boolean dashed = r.nextInt(100) == 0;
    append(sb, id);
    append(sb, Integer.toString(visit));
    append(sb, "BA" + String.format("%07d", i));
    append(sb, name(r));
    append(sb, sex);
    append(sb, r.nextInt(50) == 0 ? birth.substring(0, 4) + "-" + birth.substring(4, 6) + "-" + birth.substring(6) : birth);
    append(sb, Integer.toString(2024 - year));
    append(sb, String.format("%02d", 1 + (r.nextInt(10) == 0 ? r.nextInt(56) : 0)));
    append(sb, new String[] {"10", "20", "21", "22", "30", "40", "90"}[r.nextInt(7)]);
    append(sb, r.nextInt(50) == 0 ? "03" : "01");
    append(sb, first17 + check);
    append(sb, r.nextInt(10) < 7 ? "1" + new String[] {"38", "39", "59", "86", "87", "91", "77"}[r.nextInt(7)] + String.format("%08d", r.nextInt(100_000_000))
        : "010-" + String.format("%08d", 20_000_000 + r.nextInt(70_000_000)));
    append(sb, r.nextInt(3) == 0 ? "p" + i + "@example.com" : "");
    append(sb, "某某科技有限公司第" + (i % 500) + "分公司");
    append(sb, "北京市");
    append(sb, "北京市");
    append(sb, "朝阳区");
    append(sb, (i % 300) + "号院" + (i % 20) + "号楼");
    append(sb, name(r));
    append(sb, "1" + new String[] {"38", "39", "59", "86"}[r.nextInt(4)] + String.format("%08d", r.nextInt(100_000_000)));
    append(sb, admit);
    append(sb, dashed ? discharge.substring(0, 4) + "-" + discharge.substring(4, 6) + "-" + discharge.substring(6, 8)
        + " 10:00:00" : discharge);
    append(sb, "发热咳嗽" + (1 + r.nextInt(9)) + "天");
    append(sb, text(r, 40));
    append(sb, text(r, 15));
    append(sb, "无烟酒嗜好");
    append(sb, r.nextInt(10) == 0 ? "青霉素" : "");
    append(sb, r.nextInt(5) == 0 ? "T" : "F");
    append(sb, r.nextInt(4) == 0 ? "T" : "F");
    append(sb, r.nextInt(50) == 0 ? "是" : r.nextInt(3) == 0 ? "T" : "F");
    append(sb, Integer.toString(60 + r.nextInt(50)));
    append(sb, Integer.toString(100 + r.nextInt(60)));
    append(sb, Integer.toString(60 + r.nextInt(40)));
    append(sb, (40 + r.nextInt(60)) + "." + r.nextInt(10));
    append(sb, Integer.toString(150 + r.nextInt(40)));
    append(sb, String.format("%04d", r.nextInt(60)));
    append(sb, "呼吸内科");
    append(sb, (1 + r.nextInt(20)) + "病区");
    append(sb, Integer.toString(1 + r.nextInt(60)));
    append(sb, name(r));
    append(sb, name(r));
    append(sb, "");
    append(sb, new String[] {"J18.900", "J44.100", "I10.x00", "E11.900", "J18.9"}[r.nextInt(5)]);
    append(sb, "肺炎");
    append(sb, (1000 + r.nextInt(50000)) + "." + String.format("%02d", r.nextInt(100)));
    append(sb, r.nextInt(500) + "." + String.format("%02d", r.nextInt(100)));
    append(sb, String.format("%02d", 1 + r.nextInt(8)));
    java.time.LocalDate out = java.time.LocalDate.of(2024, Integer.parseInt(discharge.substring(4, 6)),
        Integer.parseInt(discharge.substring(6, 8)));
    // reported within 30 days of discharge, 2% later
    append(sb, out.plusDays(r.nextInt(50) == 0 ? 31 + r.nextInt(30) : r.nextInt(31)).toString());
    append(sb, r.nextInt(20) == 0 ? "\"含逗号,与\"\"引号\"\"的备注\"" : "");
    sb.append("HIS");
    return sb.toString();
  }

  private static void append(StringBuilder sb, String v) {
    sb.append(v).append(',');
  }

  private static String name(SplittableRandom r) {
    String s = SURNAMES[r.nextInt(SURNAMES.length)] + GIVEN[r.nextInt(GIVEN.length)];
    return r.nextBoolean() ? s + GIVEN[r.nextInt(GIVEN.length)] : s;
  }

  private static String text(SplittableRandom r, int words) {
    StringBuilder sb = new StringBuilder();
    for (int k = 0; k < words; k++) {
      sb.append(PHRASES[r.nextInt(PHRASES.length)]);
    }
    return sb.toString();
  }

  /** The mapping of the extract's columns to the bundled catalogue's elements (YAML). */
  static final String MAPPING = """
      dataset:
        name: 住院患者基本信息
        required: [DE01.00.014.00, DE02.01.039.00, DE02.01.040.00, DE02.01.005.01, DE02.01.030.00]
      columns:
        住院号: DE01.00.014.00
        病案号: DE01.00.004.00
        姓名: DE02.01.039.00
        性别: DE02.01.040.00
        出生日期: DE02.01.005.01
        年龄: DE02.01.026.00
        民族: DE02.01.025.00
        婚姻状况: DE02.01.018.00
        身份证件类别: DE02.01.031.00
        身份证号: DE02.01.030.00
        联系电话: DE02.01.010.00
        电子邮件: DE02.01.012.00
        工作单位: DE02.01.004.00
        现住址_省: DE02.01.009.01
        现住址_市: DE02.01.009.02
        现住址_县: DE02.01.009.03
        现住址_门牌: DE02.01.009.06
        现病史: DE02.10.071.00
        既往史: DE02.10.099.00
        个人史: DE02.10.097.00
        过敏药物: DE02.10.022.00
        手术史标志: DE02.10.062.00
        饮酒标志: DE03.00.030.00
        吸烟标志: DE03.00.070.00
        脉搏: DE04.10.118.00
        收缩压: DE04.10.174.00
        舒张压: DE04.10.176.00
        床位号: DE01.00.026.00
        根本死因代码: DE05.01.021.00
        初步诊断编码: DE05.01.024.00
        主诉: DE04.01.119.00
      """;

  /** The rule file of the profile benchmark. */
  static final String RULES = """
      asOf: 2024-12-31
      window: {from: 2024-01-01, to: 2024-12-31}
      dateColumns: [入院日期时间, 出院日期时间, 上报日期]
      rules:
        - {id: ADMIT-BEFORE-DISCHARGE, type: order, columns: [入院日期时间, 出院日期时间]}
        - {id: ID-BIRTHDATE, type: id-birthdate, columns: [身份证号, 出生日期]}
        - {id: ID-SEX, type: id-sex, columns: [身份证号, 性别]}
        - {id: REPORT-LAG, type: lag, columns: [出院日期时间, 上报日期], maxDays: 30}
      """;

  /** Writes the mapping and rule files beside the data if missing; returns {mapping, rules}. */
  public static Path[] ensureConfig(Path dir) throws IOException {
    Path m = dir.resolve("conform-mapping.yaml");
    Path r = dir.resolve("conform-rules.yaml");
    Files.createDirectories(dir);
    Files.writeString(m, MAPPING, StandardCharsets.UTF_8);
    Files.writeString(r, RULES, StandardCharsets.UTF_8);
    return new Path[] {m, r};
  }
}

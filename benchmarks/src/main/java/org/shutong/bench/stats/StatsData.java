package org.shutong.bench.stats;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Deterministic benchmark inputs for the statistics: a 传染病报告卡 extract with the national export's
 * nine columns among 25 (names, addresses, reporting unit … as exports carry them), and a first-page
 * file of 66 columns headed by 绩效考核 codes. Values are plausible, not real: diseases in roughly the
 * proportions of the November 2022 table, 5 % of cards reviewed outside the month, 1 % deleted, 3 %
 * suspected, 0.5 % repeated card ids; first pages with operations, day cases, deaths and costs that add
 * up. Files are written once and reused.
 */
public final class StatsData {
  /** Records of the full runs. */
  public static final int RECORDS = 1_000_000;

  private static final String[] DISEASES = {
    "乙肝", "乙肝", "乙肝", "乙肝", "乙肝", "乙肝", "乙肝", "乙肝", "丙肝", "丙肝", "戊肝", "甲肝",
    "肺结核", "肺结核", "肺结核", "肺结核", "利福平耐药", "结核性胸膜炎", "Ⅰ期梅毒", "Ⅱ期梅毒", "隐性梅毒", "隐性梅毒",
    "淋病", "艾滋病", "HIV", "布鲁氏菌病", "百日咳", "猩红热", "细菌性痢疾", "流行性感冒", "流行性感冒", "流行性感冒",
    "流行性感冒", "流行性感冒", "流行性感冒", "其它感染性腹泻病", "其它感染性腹泻病", "其它感染性腹泻病", "手足口病",
    "手足口病", "手足口病", "流行性腮腺炎", "急性出血性结膜炎", "新型冠状病毒肺炎", "新型冠状病毒肺炎", "新型冠状病毒肺炎",
    "水痘", "伤寒", "疟疾"};
  private static final String[] COUNTIES = {
    "320402", "320404", "320411", "320412", "320413", "320481", "320102", "320104", "320105", "320106",
    "320111", "320113", "110101", "110105", "110108", "310101", "310104", "310115", "440103", "440106"};
  private static final String[] SURNAMES = {"张", "王", "李", "赵", "刘", "陈", "杨", "黄", "周", "吴"};
  private static final String[] GIVEN = {"伟", "芳", "娜", "秀英", "敏", "静", "丽", "强", "磊", "军", "洋", "勇"};
  private static final String[] OCCUPATIONS = {"农民", "工人", "学生", "离退人员", "家务及待业", "干部职员", "散居儿童"};
  private static final DateTimeFormatter DT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT);

  private StatsData() {}

  /** The case-card extract of {@code records} cards (written if missing). */
  public static Path caseCards(Path dir, int records) {
    Path f = dir.resolve("case-cards-" + (records / 1000) + "k.csv");
    if (Files.exists(f)) {
      return f;
    }
    try {
      Files.createDirectories(dir);
      Path tmp = dir.resolve(f.getFileName() + ".part");
      Random rnd = new Random(20221130L);
      try (BufferedWriter w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
        w.write("卡片ID,卡片编号,报卡类别,患者姓名,性别,出生日期,年龄,人群分类,联系电话,病人属于,现住地址国标,现住详细地址,"
            + "病例分类,发病日期,诊断时间,死亡日期,疾病名称,报告单位,填卡医生,填卡日期,录入时间,审核时间,终审时间,删除时间,备注\n");
        long lastId = 0;
        for (int i = 0; i < records; i++) {
          long id = rnd.nextInt(200) == 0 && lastId > 0 ? lastId : 100_000_000L + i;
          lastId = id;
          String disease = DISEASES[rnd.nextInt(DISEASES.length)];
          LocalDate review = rnd.nextInt(20) == 0 ? LocalDate.of(2022, 10, 1 + rnd.nextInt(31))
              : LocalDate.of(2022, 11, 1 + rnd.nextInt(30));
          if (disease.equals("艾滋病") && rnd.nextInt(3) == 0) {
            review = LocalDate.of(2014 + rnd.nextInt(8), 1 + rnd.nextInt(12), 1 + rnd.nextInt(28));
          }
          LocalDate onset = review.minusDays(2 + rnd.nextInt(10));
          LocalDateTime diagnosis = onset.plusDays(1).atTime(8 + rnd.nextInt(10), rnd.nextInt(60), rnd.nextInt(60));
          LocalDateTime reviewed = review.atTime(rnd.nextInt(24), rnd.nextInt(60), rnd.nextInt(60));
          String death = rnd.nextInt(250) == 0 ? review.minusDays(1).toString() : "";
          if (disease.equals("艾滋病") && rnd.nextInt(4) == 0) {
            death = LocalDate.of(2022, 11, 1 + rnd.nextInt(30)).toString();
          }
          String county = COUNTIES[rnd.nextInt(COUNTIES.length)];
          String cls = rnd.nextInt(33) == 0 ? "疑似病例" : rnd.nextBoolean() ? "确诊病例" : "临床诊断病例";
          String deleted = rnd.nextInt(100) == 0 ? reviewed.plusDays(3).format(DT) : "";
          LocalDate birth = LocalDate.of(1930 + rnd.nextInt(90), 1 + rnd.nextInt(12), 1 + rnd.nextInt(28));
          StringBuilder sb = new StringBuilder(320);
          sb.append(id).append(',').append(county).append("01").append(String.format(Locale.ROOT, "%08d", i)).append(",初次报告,")
              .append(SURNAMES[rnd.nextInt(SURNAMES.length)]).append(GIVEN[rnd.nextInt(GIVEN.length)]).append(',')
              .append(rnd.nextBoolean() ? "男" : "女").append(',').append(birth).append(',')
              .append(2022 - birth.getYear()).append("岁,").append(OCCUPATIONS[rnd.nextInt(OCCUPATIONS.length)])
              .append(",1").append(30 + rnd.nextInt(60)).append(String.format(Locale.ROOT, "%08d", rnd.nextInt(100_000_000)))
              .append(",本县区,").append(county).append(String.format(Locale.ROOT, "%06d", rnd.nextInt(1_000_000)))
              .append(',').append("某省某市某区某街道").append(1 + rnd.nextInt(200)).append("号,")
              .append(cls).append(',').append(onset).append(',').append(diagnosis.format(DT)).append(',')
              .append(death).append(',').append(disease).append(",某市第").append(1 + rnd.nextInt(9))
              .append("人民医院,医生").append(rnd.nextInt(500)).append(',').append(diagnosis.toLocalDate()).append(',')
              .append(diagnosis.plusHours(2).format(DT)).append(',').append(reviewed.minusHours(3).format(DT)).append(',')
              .append(reviewed.format(DT)).append(',').append(deleted).append(",\n");
          w.write(sb.toString());
        }
      }
      Files.move(tmp, f);
      return f;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static final List<String> FP_HEADER = List.of(
      "A01", "A02", "A48", "A49", "A11", "A12C", "A13", "A14", "A19C", "B11C", "B12", "B13C", "B15", "B16C", "B20",
      "C01C", "C02N", "C03C", "C04N", "C05C", "C06x01C", "C07x01N", "C08x01C", "C06x02C", "C07x02N", "C08x02C",
      "C14x01C", "C15x01N", "C16x01", "C17x01", "C18x01", "C21x01C", "C22x01C", "C35x01C", "C36x01N", "C37x01",
      "C38x01", "B34C", "D01", "D09", "D11", "D12", "D13", "D14", "D15", "D16", "D17", "D18", "D19", "D20", "D21",
      "D22", "D23", "D23x01", "D24", "D25", "D26", "D27", "D28", "D29", "D30", "D31", "D32", "D33", "D34", "B36C");
  private static final String[][] DIAGNOSES = {
    {"I21.900", "急性心肌梗死"}, {"J18.900", "肺炎"}, {"I63.900", "脑梗死"}, {"E11.900", "2型糖尿病"},
    {"K35.800", "急性阑尾炎"}, {"O80.000", "单胎顺产"}, {"N18.500", "慢性肾脏病5期"}, {"C34.900", "支气管或肺恶性肿瘤"},
    {"I10.x00", "特发性（原发性）高血压"}, {"K80.200", "胆囊结石不伴有胆囊炎"}};
  private static final String[][] OPERATIONS = {
    {"36.0700", "药物洗脱冠状动脉支架置入"}, {"47.0100", "腹腔镜下阑尾切除术"}, {"81.5100", "全髋关节置换"},
    {"51.2300", "腹腔镜胆囊切除术"}, {"73.5900", "其他手法助产"}};
  private static final String[] DEPTS = {"03", "0301", "0304", "04", "0401", "0403", "05", "0502", "07", "12"};

  /** The first-page file of {@code records} records (written if missing). */
  public static Path firstPages(Path dir, int records) {
    Path f = dir.resolve("firstpage-stats-" + (records / 1000) + "k.csv");
    if (Files.exists(f)) {
      return f;
    }
    try {
      Files.createDirectories(dir);
      Path tmp = dir.resolve(f.getFileName() + ".part");
      Random rnd = new Random(20240531L);
      try (BufferedWriter w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
        w.write(String.join(",", FP_HEADER));
        w.write('\n');
        for (int i = 0; i < records; i++) {
          LocalDateTime out = LocalDate.of(2024, 5, 1 + rnd.nextInt(31)).atTime(7 + rnd.nextInt(12), rnd.nextInt(60), 0);
          boolean dayCase = rnd.nextInt(8) == 0;
          LocalDateTime in = dayCase ? out.minusHours(3 + rnd.nextInt(18)) : out.minusDays(1 + rnd.nextInt(20)).minusHours(rnd.nextInt(6));
          int los = (int) Math.max(1, out.toLocalDate().toEpochDay() - in.toLocalDate().toEpochDay());
          String[] dx = DIAGNOSES[rnd.nextInt(DIAGNOSES.length)];
          boolean op = rnd.nextInt(3) == 0;
          String[] ox = OPERATIONS[rnd.nextInt(OPERATIONS.length)];
          boolean died = rnd.nextInt(120) == 0;
          double[] items = new double[25]; // D11 … D34 with D23x01 (index 13), a sub-item of D23 left 0
          double total = 0;
          for (int k = 0; k < items.length; k++) {
            items[k] = k == 13 ? 0 : Math.round(rnd.nextDouble() * 800 * (k == 12 ? 4 : 1));
            total += items[k];
          }
          LocalDate birth = LocalDate.of(1930 + rnd.nextInt(90), 1 + rnd.nextInt(12), 1 + rnd.nextInt(28));
          StringBuilder sb = new StringBuilder(600);
          sb.append("12320400000000000X,某市第一人民医院,").append(String.format(Locale.ROOT, "%08d", i)).append(',')
              .append(1 + rnd.nextInt(3)).append(',').append(SURNAMES[rnd.nextInt(SURNAMES.length)])
              .append(GIVEN[rnd.nextInt(GIVEN.length)]).append(',').append(1 + rnd.nextInt(2)).append(',').append(birth)
              .append(',').append(2024 - birth.getYear()).append(",01,").append(1 + rnd.nextInt(2)).append(',')
              .append(in.format(DT)).append(',').append(DEPTS[rnd.nextInt(DEPTS.length)]).append(',')
              .append(out.format(DT)).append(',').append(DEPTS[rnd.nextInt(DEPTS.length)]).append(',').append(los)
              .append(',').append(dx[0]).append(',').append(dx[1]).append(',').append(dx[0]).append(',').append(dx[1])
              .append(",1,E11.900,2型糖尿病,1,I10.x00,特发性（原发性）高血压,3,");
          if (op) {
            sb.append(ox[0]).append(',').append(ox[1]).append(',').append(in.plusHours(2).format(DT)).append(',')
                .append(1 + rnd.nextInt(4)).append(",医生").append(rnd.nextInt(100)).append(",1,2,");
          } else {
            sb.append("-,-,-,-,-,-,-,");
          }
          sb.append(rnd.nextInt(5) == 0 ? "88.7200,心脏超声检查," + in.plusHours(4).format(DT) + ",," : "-,-,-,-,");
          sb.append(died ? "5" : rnd.nextInt(20) == 0 ? "2" : "1").append(',');
          sb.append(String.format(Locale.ROOT, "%.2f", total)).append(',').append(String.format(Locale.ROOT, "%.2f", total * 0.3));
          for (double v : items) {
            sb.append(',').append(String.format(Locale.ROOT, "%.2f", v));
          }
          sb.append(",1\n");
          w.write(sb.toString());
        }
      }
      Files.move(tmp, f);
      return f;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

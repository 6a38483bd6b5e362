package org.shutong.bench.deid;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.shutong.codesets.Codesets;
import org.shutong.codesets.Region;
import org.shutong.codesets.RegionLevel;
import org.shutong.codesets.Regions;
import org.shutong.identifier.Identifiers;

/**
 * Deterministic inputs of the de-identification benchmarks: a first-page-like CSV (UTF-8, headers
 * by the first page's Chinese names) with valid resident identity numbers, mobile numbers, names,
 * addresses and region codes, people admitted one to three times; and, for the k-anonymity job, the
 * ARX hierarchy files of its five quasi-identifiers (性别, 年龄, 出生日期, 区划, 婚姻), built from the
 * values in the file with the same levels Shutong's hierarchies use.
 */
public final class DeidBenchData {
  static final List<String> HEADER = List.of("病案号", "住院次数", "姓名", "性别", "出生日期", "年龄（岁）", "身份证号",
      "现住址区划", "现住址", "现住址电话", "联系人姓名", "联系人电话", "健康卡号", "婚姻", "职业", "入院时间", "出院时间",
      "实际住院（天）", "入院科别", "出院主要诊断编码", "出院主要诊断名称", "出院其他诊断编码1", "出院其他诊断编码2",
      "主要手术操作编码", "住院总费用", "住院总费用其中自付金额", "西药费", "护理费", "手术治疗费", "实验室诊断费");
  private static final String SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗高郑梁谢宋唐许韩邓冯曹彭曾肖田董潘袁蔡蒋余于杜叶程魏苏吕丁任卢姚沈钟姜崔谭陆范汪廖石金韦贾夏付方邹熊白孟秦邱侯江尹薛闫段雷龙黎史陶贺毛郝顾龚邵万覃武钱戴严莫孔向常";
  private static final String GIVEN = "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超兰霞平刚桂华玉萍红娥玲芬燕彬鹏辉浩宇轩涵欣怡梓萱墨晨阳博文俊建国志德海波";
  private static final String[][] DX = {{"I21.000", "急性前壁心肌梗死"}, {"J18.900", "肺炎"}, {"E11.900", "2型糖尿病"},
      {"I10.x00", "原发性高血压"}, {"I63.900", "脑梗死"}, {"K35.800", "急性阑尾炎"}, {"C34.900", "肺恶性肿瘤"},
      {"N18.500", "慢性肾脏病5期"}, {"S72.000", "股骨颈骨折"}, {"O80.000", "单胎顺产"}, {"K80.200", "胆囊结石"},
      {"J44.100", "慢性阻塞性肺病伴有急性加重"}};
  private static final String[] MOBILE = {"138", "139", "135", "136", "137", "150", "151", "152", "158", "159", "186",
      "187", "188", "130", "131", "132", "155", "156", "185", "133", "153", "180", "189", "177"};
  private static final String[] ROADS = {"人民路", "解放路", "中山路", "建设路", "和平路", "新华街", "胜利路", "长江路"};
  private static final String[] MARITAL = {"10", "20", "21", "22", "23", "30", "40", "90"};
  private static final String[] OCCUPATION = {"11", "13", "17", "21", "24", "27", "31", "37", "51", "54", "70", "80", "90"};
  private static final long SEED = 20_261_123L;

  private DeidBenchData() {}

  /** Writes {@code records} records to {@code file} unless it exists; returns the file. */
  public static Path firstPage(Path file, int records) throws IOException {
    if (Files.exists(file)) {
      return file;
    }
    Files.createDirectories(file.toAbsolutePath().getParent());
    Regions regions = Codesets.bundled().regions();
    List<Region> counties = new ArrayList<>();
    for (Region r : regions.all()) {
      if (r.level() == RegionLevel.COUNTY && !r.name().contains("市辖区")) {
        counties.add(r);
      }
    }
    SplittableRandom rnd = new SplittableRandom(SEED);
    Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
    StringBuilder sb = new StringBuilder(1024);
    try (BufferedWriter w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
      w.write(String.join(",", HEADER));
      w.write("\r\n");
      int written = 0;
      int person = 0;
      while (written < records) {
        person++;
        Region county = counties.get(rnd.nextInt(Math.min(counties.size(), 400)));
        int year = 1930 + rnd.nextInt(92);
        int month = 1 + rnd.nextInt(12);
        int day = 1 + rnd.nextInt(28);
        int sex = 1 + rnd.nextInt(2);
        String first17 = county.code() + String.format(Locale.ROOT, "%04d%02d%02d%03d", year, month, day,
            rnd.nextInt(500) * 2 + (sex == 1 ? 1 : 0));
        String id = first17 + Identifiers.residentIdCheckCharacter(first17);
        String name = name(rnd);
        String address = county.name() + ROADS[rnd.nextInt(ROADS.length)] + (1 + rnd.nextInt(300)) + "号";
        String phone = MOBILE[rnd.nextInt(MOBILE.length)] + String.format(Locale.ROOT, "%08d", rnd.nextInt(100_000_000));
        String contact = name(rnd);
        String contactPhone = MOBILE[rnd.nextInt(MOBILE.length)] + String.format(Locale.ROOT, "%08d", rnd.nextInt(100_000_000));
        String card = String.format(Locale.ROOT, "H%09d", person * 37L % 1_000_000_000L);
        String marital = MARITAL[rnd.nextInt(MARITAL.length)];
        String occupation = OCCUPATION[rnd.nextInt(OCCUPATION.length)];
        String mrn = String.format(Locale.ROOT, "%010d", 1_000_000 + person);
        int stays = rnd.nextInt(10) < 7 ? 1 : 2 + rnd.nextInt(2);
        for (int s = 1; s <= stays && written < records; s++, written++) {
          int y = 2021 + rnd.nextInt(3);
          int mo = 1 + rnd.nextInt(12);
          int d = 1 + rnd.nextInt(18);
          int los = 1 + rnd.nextInt(10);
          String[] dx = DX[rnd.nextInt(DX.length)];
          sb.setLength(0);
          sb.append(mrn).append(',').append(s).append(',').append(name).append(',').append(sex).append(',')
              .append(String.format(Locale.ROOT, "%04d-%02d-%02d", year, month, day)).append(',').append(y - year).append(',')
              .append(id).append(',').append(county.code()).append(',').append(address).append(',').append(phone).append(',')
              .append(contact).append(',').append(contactPhone).append(',').append(card).append(',').append(marital)
              .append(',').append(occupation).append(',')
              .append(String.format(Locale.ROOT, "%04d-%02d-%02d %02d:%02d:00", y, mo, d, 7 + rnd.nextInt(12), rnd.nextInt(60)))
              .append(',').append(String.format(Locale.ROOT, "%04d-%02d-%02d 10:00:00", y, mo, d + los)).append(',')
              .append(los).append(',').append(1000 + rnd.nextInt(40)).append(',').append(dx[0]).append(',').append(dx[1])
              .append(',').append(DX[rnd.nextInt(DX.length)][0]).append(',').append(rnd.nextBoolean() ? DX[rnd.nextInt(DX.length)][0] : "")
              .append(',').append(rnd.nextInt(3) == 0 ? String.format(Locale.ROOT, "%02d.%04d", 10 + rnd.nextInt(80), rnd.nextInt(10_000)) : "");
          double total = 2000 + rnd.nextDouble() * 60_000;
          sb.append(',').append(String.format(Locale.ROOT, "%.2f", total)).append(',')
              .append(String.format(Locale.ROOT, "%.2f", total * rnd.nextDouble() * 0.3));
          for (int f = 0; f < 4; f++) {
            sb.append(',').append(String.format(Locale.ROOT, "%.2f", total * rnd.nextDouble() * 0.2));
          }
          sb.append("\r\n");
          w.write(sb.toString());
        }
      }
    }
    Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
    return file;
  }

  private static String name(SplittableRandom rnd) {
    StringBuilder sb = new StringBuilder(3).append(SURNAMES.charAt(rnd.nextInt(SURNAMES.length())))
        .append(GIVEN.charAt(rnd.nextInt(GIVEN.length())));
    if (rnd.nextInt(3) > 0) {
      sb.append(GIVEN.charAt(rnd.nextInt(GIVEN.length())));
    }
    return sb.toString();
  }

  /** The five quasi-identifiers of the k-anonymity job: header, ARX hierarchy file stem. */
  static final Map<String, String> QI = qi();

  private static Map<String, String> qi() {
    Map<String, String> m = new LinkedHashMap<>();
    m.put("性别", "sex");
    m.put("年龄（岁）", "age");
    m.put("出生日期", "birth");
    m.put("现住址区划", "region");
    m.put("婚姻", "marital");
    return m;
  }

  /**
   * Writes ARX's input for the k-anonymity job beside {@code firstPage}: the five quasi-identifier
   * columns ({@code ;}-separated, ARX's own format) and one hierarchy file each, with the levels of
   * Shutong's hierarchies (age bands 5/10/20; date day/month/year; region county/city/province; sex and
   * marital status as-is; each topped by {@code *}).
   */
  public static Path arxInput(Path firstPage, Path dir) throws IOException {
    Files.createDirectories(dir);
    Path data = dir.resolve("qi.csv");
    if (Files.exists(data)) {
      return data;
    }
    Regions regions = Codesets.bundled().regions();
    List<String> header = HEADER;
    int[] idx = QI.keySet().stream().mapToInt(header::indexOf).toArray();
    List<Set<String>> distinct = new ArrayList<>();
    for (int i = 0; i < idx.length; i++) {
      distinct.add(new LinkedHashSet<>());
    }
    try (BufferedWriter w = Files.newBufferedWriter(data, StandardCharsets.UTF_8);
        var lines = Files.lines(firstPage, StandardCharsets.UTF_8)) {
      w.write(String.join(";", QI.values()));
      w.write('\n');
      var it = lines.iterator();
      it.next();
      while (it.hasNext()) {
        String[] f = it.next().split(",", -1);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < idx.length; i++) {
          sb.append(i == 0 ? "" : ";").append(f[idx[i]]);
          distinct.get(i).add(f[idx[i]]);
        }
        w.write(sb.append('\n').toString());
      }
    }
    String[] stems = QI.values().toArray(new String[0]);
    for (int i = 0; i < stems.length; i++) {
      try (BufferedWriter w = Files.newBufferedWriter(dir.resolve("hierarchy_" + stems[i] + ".csv"), StandardCharsets.UTF_8)) {
        for (String v : distinct.get(i)) {
          w.write(switch (stems[i]) {
            case "age" -> {
              int a = Integer.parseInt(v);
              yield v + ";" + band(a, 5) + ";" + band(a, 10) + ";" + band(a, 20) + ";*";
            }
            case "birth" -> v + ";" + v.substring(0, 7) + ";" + v.substring(0, 4) + ";*";
            case "region" -> v + ";" + regions.ancestor(v, RegionLevel.CITY).or(() -> regions.ancestor(v, RegionLevel.PROVINCE))
                .map(Region::code).orElse("*") + ";" + regions.ancestor(v, RegionLevel.PROVINCE).map(Region::code).orElse("*") + ";*";
            default -> v + ";*";
          });
          w.write('\n');
        }
      }
    }
    return data;
  }

  private static String band(int a, int w) {
    int lo = Math.floorDiv(a, w) * w;
    return lo + "-" + (lo + w - 1);
  }

  /** Writes ARX's adult.csv repeated until it has at least {@code records} rows. */
  public static Path adultScaled(Path adult, Path file, int records) throws IOException {
    if (Files.exists(file)) {
      return file;
    }
    List<String> lines = Files.readAllLines(adult, StandardCharsets.UTF_8);
    try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      w.write(lines.get(0));
      w.write('\n');
      int n = 0;
      while (n < records) {
        for (int i = 1; i < lines.size() && n < records; i++, n++) {
          w.write(lines.get(i));
          w.write('\n');
        }
      }
    }
    return file;
  }
}

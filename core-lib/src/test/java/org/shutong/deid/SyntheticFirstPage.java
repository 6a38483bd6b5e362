package org.shutong.deid;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.shutong.codesets.Codesets;
import org.shutong.codesets.Region;
import org.shutong.codesets.RegionLevel;
import org.shutong.codesets.Regions;
import org.shutong.identifier.Identifiers;

/**
 * A deterministic generator of first-page-like records with realistic direct identifiers: valid
 * resident identity numbers (GB/T 2260 county, birth date, GB 11643 check character), mobile numbers
 * in allocated segments, names from the surname list, addresses from the region table, health-card
 * and record numbers, and a free-text column that mentions the patient. People are admitted one to
 * three times, so the same person appears in several records. Headers are the first page's Chinese
 * names.
 */
final class SyntheticFirstPage {
  static final List<String> HEADER = List.of("病案号", "住院次数", "姓名", "性别", "出生日期", "年龄（岁）", "身份证号",
      "现住址", "现住址电话", "联系人姓名", "联系人电话", "工作单位及地址", "健康卡号", "入院时间", "出院时间", "实际住院（天）",
      "出院主要诊断编码", "出院主要诊断名称", "现住址邮政编码", "医嘱转院、转社区卫生服务机构/乡镇卫生院名称", "住院总费用");
  /** Columns holding direct identifiers, by header. */
  static final List<String> DIRECT = List.of("病案号", "姓名", "身份证号", "现住址", "现住址电话", "联系人姓名", "联系人电话",
      "工作单位及地址", "健康卡号");

  private static final String SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗高郑梁谢宋唐许韩邓冯曹彭曾肖田董潘袁蔡蒋余于杜叶程魏苏吕丁任卢姚沈钟姜崔谭陆范汪廖石金韦贾夏付方邹熊白孟秦邱侯江尹薛闫段雷龙黎史陶贺毛郝顾龚邵万覃武钱戴严莫孔向常";
  private static final String GIVEN = "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超兰霞平刚桂华玉萍红娥玲芬燕彬鹏辉浩宇轩涵欣怡梓萱墨晨阳博文俊建国志德海波";
  private static final String[][] DX = {{"I21.000", "急性前壁心肌梗死"}, {"J18.900", "肺炎"}, {"E11.900", "2型糖尿病"},
      {"I10.x00", "原发性高血压"}, {"I63.900", "脑梗死"}, {"K35.800", "急性阑尾炎"}, {"C34.900", "肺恶性肿瘤"},
      {"N18.500", "慢性肾脏病5期"}, {"S72.000", "股骨颈骨折"}, {"O80.000", "单胎顺产"}};
  private static final String[] MOBILE = {"138", "139", "135", "136", "137", "150", "151", "152", "158", "159", "186",
      "187", "188", "130", "131", "132", "155", "156", "185", "133", "153", "180", "189", "177"};
  private static final String[] ROADS = {"人民路", "解放路", "中山路", "建设路", "和平路", "新华街", "胜利路", "长江路"};

  /** One person. */
  record Person(String id, String name, String sex, String birth, String address, String phone, String contact,
      String contactPhone, String employer, String card, String postal) {}

  private final SplittableRandom rnd;
  private final List<Region> counties = new ArrayList<>();
  private final Regions regions;

  SyntheticFirstPage(long seed) {
    this.rnd = new SplittableRandom(seed);
    this.regions = Codesets.bundled().regions();
    for (Region r : regions.all()) {
      if (r.level() == RegionLevel.COUNTY && !r.name().contains("市辖区")) {
        counties.add(r);
      }
    }
  }

  String name() {
    StringBuilder sb = new StringBuilder().append(SURNAMES.charAt(rnd.nextInt(SURNAMES.length())));
    sb.append(GIVEN.charAt(rnd.nextInt(GIVEN.length())));
    if (rnd.nextInt(3) > 0) {
      sb.append(GIVEN.charAt(rnd.nextInt(GIVEN.length())));
    }
    return sb.toString();
  }

  String mobile() {
    return MOBILE[rnd.nextInt(MOBILE.length)] + String.format(Locale.ROOT, "%08d", rnd.nextInt(100_000_000));
  }

  Person person(int n) {
    Region county = counties.get(rnd.nextInt(counties.size()));
    int year = 1930 + rnd.nextInt(90);
    int month = 1 + rnd.nextInt(12);
    int day = 1 + rnd.nextInt(28);
    int sex = 1 + rnd.nextInt(2);
    int seq = rnd.nextInt(500) * 2 + (sex == 1 ? 1 : 0);
    String first17 = county.code() + String.format(Locale.ROOT, "%04d%02d%02d%03d", year, month, day, seq % 1000);
    String id = first17 + Identifiers.residentIdCheckCharacter(first17);
    String province = regions.ancestor(county.code(), RegionLevel.PROVINCE).map(Region::name).orElse("");
    String city = regions.ancestor(county.code(), RegionLevel.CITY).map(Region::name).orElse("");
    String address = province + (city.equals(province) ? "" : city) + county.name() + ROADS[rnd.nextInt(ROADS.length)]
        + (1 + rnd.nextInt(300)) + "号" + (1 + rnd.nextInt(30)) + "栋" + (101 + rnd.nextInt(20)) + "室";
    String employer = province + ROADS[rnd.nextInt(ROADS.length)].substring(0, 2) + "机械厂" + (n % 97);
    return new Person(id, name(), String.valueOf(sex), String.format(Locale.ROOT, "%04d-%02d-%02d", year, month, day),
        address, mobile(), name(), mobile(), employer, String.format(Locale.ROOT, "H%09d", n * 37 + 11),
        county.code().substring(0, 4) + String.format(Locale.ROOT, "%02d", rnd.nextInt(100)));
  }

  /** Writes records for {@code people} people (1–3 stays each); returns the records written. */
  List<Person> write(Path file, int people) throws IOException {
    List<Person> all = new ArrayList<>(people);
    try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      w.write(String.join(",", HEADER));
      w.write("\r\n");
      int mrn = 100_000;
      for (int p = 0; p < people; p++) {
        Person x = person(p);
        all.add(x);
        int stays = 1 + (rnd.nextInt(10) < 7 ? 0 : rnd.nextInt(2) + 1);
        String record = String.format(Locale.ROOT, "%010d", mrn++);
        for (int s = 1; s <= stays; s++) {
          int y = 2020 + rnd.nextInt(4);
          int mo = 1 + rnd.nextInt(12);
          int d = 1 + rnd.nextInt(20);
          int los = 1 + rnd.nextInt(8);
          String[] dx = DX[rnd.nextInt(DX.length)];
          int age = y - Integer.parseInt(x.birth().substring(0, 4));
          String note = switch (rnd.nextInt(4)) {
            case 0 -> "患者" + x.name() + "转至社区卫生服务中心，联系电话" + x.phone();
            case 1 -> "家属" + x.contact() + "陪同，身份证" + x.id();
            case 2 -> "";
            default -> "建议复查，住址" + x.address();
          };
          List<String> row = List.of(record, String.valueOf(s), x.name(), x.sex(), x.birth(), String.valueOf(age),
              x.id(), x.address(), x.phone(), x.contact(), x.contactPhone(), x.employer(), x.card(),
              String.format(Locale.ROOT, "%04d-%02d-%02d 08:%02d:00", y, mo, d, rnd.nextInt(60)),
              String.format(Locale.ROOT, "%04d-%02d-%02d 10:00:00", y, mo, d + los), String.valueOf(los),
              dx[0], dx[1], x.postal(), note, String.format(Locale.ROOT, "%.2f", 2000 + rnd.nextDouble() * 50000));
          StringBuilder sb = new StringBuilder();
          for (int i = 0; i < row.size(); i++) {
            if (i > 0) {
              sb.append(',');
            }
            String v = row.get(i);
            sb.append(v.indexOf(',') >= 0 || v.indexOf('"') >= 0 ? "\"" + v.replace("\"", "\"\"") + "\"" : v);
          }
          w.write(sb.toString());
          w.write("\r\n");
        }
      }
    }
    return all;
  }

  /** Every direct-identifier value of the people, for the never-happen search. */
  static List<String> directValues(List<Person> people) {
    List<String> v = new ArrayList<>();
    for (Person p : people) {
      v.add(p.id());
      v.add(p.name());
      v.add(p.address());
      v.add(p.phone());
      v.add(p.contact());
      v.add(p.contactPhone());
      v.add(p.employer());
      v.add(p.card());
    }
    return v;
  }
}

package org.shutong.firstpage;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Small in-memory tables for unit tests (the real ones come from org.shutong.codesets). */
final class TestTables {
  private TestTables() {}

  static Lookups.Codes codes(String id, String title, Map<String, String> m) {
    return new Lookups.Codes() {
      @Override
      public String id() {
        return id;
      }

      @Override
      public String title() {
        return title;
      }

      @Override
      public org.shutong.coding.CodeCheck check(String code) {
        String clean = code.toUpperCase(java.util.Locale.ROOT).replace(" ", "").replace("X", "x");
        String n = m.get(clean);
        return new org.shutong.coding.CodeCheck(n == null ? org.shutong.coding.CheckStatus.UNKNOWN
            : org.shutong.coding.CheckStatus.VALID, code, n == null ? null : clean, n,
            clean.equals(code) ? 0 : 1, null, List.of());
      }
    };
  }

  static final Map<String, String> DX = Map.ofEntries(
      Map.entry("I21.900", "急性心肌梗死"), Map.entry("E11.900", "2型糖尿病"),
      Map.entry("I10.x00", "特发性（原发性）高血压"), Map.entry("J18.900", "肺炎"),
      Map.entry("S06.000", "脑震荡"), Map.entry("W19.x00", "跌倒"), Map.entry("V89.200", "机动车辆事故中的人员损伤，交通性"),
      Map.entry("O80.000", "头位顺产"), Map.entry("Z37.000", "单一活产"), Map.entry("N40.x00", "前列腺增生"),
      Map.entry("C50.900", "乳房恶性肿瘤"), Map.entry("P10.000", "产伤引起的硬膜下出血"),
      Map.entry("P07.300", "早产儿"), Map.entry("D25.900", "子宫平滑肌瘤"), Map.entry("C34.900", "支气管或肺恶性肿瘤"),
      Map.entry("N72.x00", "宫颈炎"));
  static final Map<String, String> OP = Map.ofEntries(
      Map.entry("36.0700", "药物洗脱冠状动脉支架置入"), Map.entry("47.0100", "腹腔镜下阑尾切除术"),
      Map.entry("96.7101", "呼吸机治疗[小于96小时]"), Map.entry("96.7201", "呼吸机治疗[大于等于96小时]"),
      Map.entry("88.5500", "单根导管的冠状动脉造影术"), Map.entry("73.5900", "人工助产"));

  static final String DOMAINS = """
      RC001,0,未知的性别
      RC001,1,男
      RC001,2,女
      RC001,9,未说明的性别
      RC002,1,未婚
      RC002,2,已婚
      RC002,9,其他
      RC019,1,医嘱离院
      RC019,2,医嘱转院
      RC019,3,医嘱转社区卫生服务机构/乡镇卫生院
      RC019,4,非医嘱离院
      RC019,5,死亡
      RC019,9,其他
      RC023,03,内科
      RC023,0301,呼吸内科专业
      RC023,04,外科
      RC023,05,妇产科
      RC023,07,儿科
      RC026,1,急诊
      RC026,2,门诊
      RC026,3,其他医疗机构转入
      RC026,9,其他
      RC027,1,有
      RC027,2,临床未确定
      RC027,3,情况不明
      RC027,4,无
      RC028,1,无
      RC028,2,有
      RC011,1,甲
      RC011,2,乙
      RC011,3,丙
      RC030,1,A型
      RC030,6,未查
      RC031,1,阴性
      RC031,2,阳性
      RC031,4,未查
      RC032,1.1,本市城镇职工基本医疗保险
      RC032,7,全自费
      RC032-2011,1,城镇职工基本医疗保险
      RC032-2011,7,全自费
      RC016,1,是
      RC016,2,否
      RC029,1,一级手术
      RC029,2,二级手术
      RC029,3,三级手术
      RC029,4,四级手术
      RC014,1,Ⅰ/甲
      RC013,01,全身麻醉
      RC013,0101,吸入麻醉
      RC037,1,无
      RC037,2,有
      """;

  static Lookups.Domains domains() {
    Map<String, Map<String, String>> m = new LinkedHashMap<>();
    for (String line : DOMAINS.strip().lines().toList()) {
      String[] p = line.strip().split(",", 3);
      m.computeIfAbsent(p[0], k -> new LinkedHashMap<>()).put(p[1], p[2]);
    }
    return new Lookups.Domains() {
      @Override
      public boolean defined(String domain) {
        return m.containsKey(domain);
      }

      @Override
      public boolean contains(String domain, String code) {
        return m.getOrDefault(domain, Map.of()).containsKey(code);
      }

      @Override
      public String name(String domain, String code) {
        return m.getOrDefault(domain, Map.of()).get(code);
      }

      @Override
      public List<String> codes(String domain) {
        return new ArrayList<>(m.getOrDefault(domain, Map.of()).keySet());
      }
    };
  }

  static final Map<String, String> KINDS = Map.of("36.0700", "介入治疗", "47.0100", "手术",
      "96.7101", "治疗性操作", "96.7201", "治疗性操作", "88.5500", "诊断性操作");

  static Lookups.ProcedureKinds kinds() {
    return KINDS::get;
  }

  /** A checker on the real bundled tables. */
  static FirstPageChecker.Builder bundled(IcdTables coding) {
    return FirstPageChecker.builder().coding(coding).procedureKinds(KINDS);
  }

  static FirstPageChecker.Builder checker() {
    return FirstPageChecker.builder()
        .diagnoses(codes("icd10-test", "测试ICD-10", DX))
        .procedures(codes("icd9-test", "测试ICD-9-CM-3", OP))
        .domains(domains())
        .procedureKinds(kinds());
  }
}

package org.shutong.firstpage;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.shutong.identifier.Identifiers;
import org.shutong.io.Row;
import org.shutong.report.Finding;
import org.shutong.report.FindingCollector;

/** Test records: a valid base first page and helpers to check records in memory. */
final class Records {
  private Records() {}

  static String residentId(String first14, String seq) {
    String s = first14 + seq;
    return s + Identifiers.residentIdCheckCharacter(s);
  }

  /** A complete, consistent record of a 43-year-old man with a myocardial infarction and a stent. */
  static Map<String, String> base() {
    Map<String, String> r = new LinkedHashMap<>();
    r.put("A01", "MA1234567");
    r.put("A02", "书同示例医院");
    r.put("A48", "BA000001");
    r.put("A49", "1");
    r.put("B12", "2024-03-01 08:30:00");
    r.put("B15", "2024-03-05 10:00:00");
    r.put("A46C", "1.1");
    r.put("A11", "张三");
    r.put("A12C", "1");
    r.put("A13", "1980-05-20");
    r.put("A14", "43");
    r.put("A15C", "156");
    r.put("A21C", "2");
    r.put("A20", residentId("11010519800520", "001"));
    r.put("A25C", "100010");
    r.put("B11C", "2");
    r.put("B13C", "03");
    r.put("B16C", "03");
    r.put("B20", "4");
    r.put("C01C", "I21.900");
    r.put("C02N", "急性心肌梗死");
    r.put("C03C", "I21.900");
    r.put("C04N", "急性心肌梗死");
    r.put("C05C", "1");
    r.put("C06x01C", "E11.900");
    r.put("C07x01N", "2型糖尿病");
    r.put("C08x01C", "1");
    r.put("C06x02C", "");
    r.put("C07x02N", "");
    r.put("C08x02C", "");
    r.put("C24C", "1");
    r.put("B22", "李主任");
    r.put("B23", "王医师");
    r.put("B24", "赵医师");
    r.put("B25", "钱医师");
    r.put("B26", "孙护士");
    r.put("B30C", "1");
    r.put("B31", "周医师");
    r.put("B32", "吴护士");
    r.put("C26C", "1");
    r.put("C27C", "2");
    r.put("C14x01C", "36.0700");
    r.put("C15x01N", "药物洗脱冠状动脉支架置入");
    r.put("C16x01", "2024-03-01 10:00:00");
    r.put("C17x01", "3");
    r.put("C18x01", "郑医师");
    r.put("C19x01", "冯医师");
    r.put("C20x01", "-");
    r.put("C21x01C", "");
    r.put("C22x01C", "");
    r.put("C23x01", "");
    r.put("C35x01C", "");
    r.put("C36x01N", "");
    r.put("C37x01", "");
    r.put("C34C", "-");
    r.put("B34C", "1");
    r.put("B35", "");
    r.put("B36C", "1");
    r.put("B37", "");
    r.put("D01", "30000.00");
    r.put("D09", "3000.00");
    r.put("D11", "500.00");
    r.put("D12", "1000.00");
    r.put("D16", "2500.00");
    r.put("D20", "6000.00");
    r.put("D20x01", "0");
    r.put("D20x02", "5000.00");
    r.put("D23", "8000.00");
    r.put("D23x01", "500.00");
    r.put("D33", "12000.00");
    for (String k : new String[] {"A16", "A17", "A18x01", "A18x02", "A20N", "B21C", "C09C", "C10N",
        "C12C", "C13N", "F04", "C47", "F17", "F18", "F19", "F20", "C28", "C29", "C30", "C31", "C32",
        "C33", "C48x01C", "C49x01", "C50x01", "D13", "D14", "D15", "D17", "D18", "D19", "D19x01",
        "D21", "D22", "D24", "D25", "D26", "D27", "D28", "D29", "D30", "D31", "D32", "D34"}) {
      r.put(k, "");
    }
    r.put("B38", "0");
    return r;
  }

  /** Checks records that share one header (the union of their keys, in first-seen order). */
  static FindingCollector check(FirstPageChecker checker, List<Map<String, String>> records) {
    Set<String> header = new LinkedHashSet<>();
    for (Map<String, String> r : records) {
      header.addAll(r.keySet());
    }
    List<String> h = new ArrayList<>(header);
    FindingCollector out = new FindingCollector();
    FirstPageChecker.Run run = checker.start(out);
    run.begin("test.csv", checker.fields().dictionary().map(h));
    long n = 0;
    for (Map<String, String> r : records) {
      String[] v = new String[h.size()];
      for (int i = 0; i < v.length; i++) {
        v[i] = r.getOrDefault(h.get(i), "");
      }
      n++;
      run.record(new Row("test.csv", n, n + 1, v));
    }
    run.finish();
    return out;
  }

  static List<String> describe(FindingCollector c) {
    List<String> out = new ArrayList<>();
    for (Finding f : c.findings()) {
      out.add(f.ruleId() + "@" + f.record() + ":" + f.field() + "=" + f.value() + " " + f.message());
    }
    return out;
  }
}

package org.shutong.stats;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Writes 传染病报告卡 extracts with the national export header, for tests. */
final class CaseCardFile {
  static final String HEADER = "卡片ID,疾病名称,病例分类,发病日期,诊断时间,终审时间,死亡日期,现住地址国标,删除时间";

  /** One card, values as they appear in the export. */
  record Card(String id, String disease, String caseClass, String onset, String diagnosis, String review,
      String death, String region, String deleted) {
    Card withId(String v) {
      return new Card(v, disease, caseClass, onset, diagnosis, review, death, region, deleted);
    }

    Card withDisease(String v) {
      return new Card(id, v, caseClass, onset, diagnosis, review, death, region, deleted);
    }

    Card withReview(String v) {
      return new Card(id, disease, caseClass, onset, diagnosis, v, death, region, deleted);
    }

    Card withDeath(String v) {
      return new Card(id, disease, caseClass, onset, diagnosis, review, v, region, deleted);
    }

    Card withDeleted(String v) {
      return new Card(id, disease, caseClass, onset, diagnosis, review, death, region, v);
    }

    Card withCaseClass(String v) {
      return new Card(id, disease, v, onset, diagnosis, review, death, region, deleted);
    }

    Card withRegion(String v) {
      return new Card(id, disease, caseClass, onset, diagnosis, review, death, v, deleted);
    }

    List<String> values() {
      List<String> l = new ArrayList<>();
      l.add(id);
      l.add(disease);
      l.add(caseClass);
      l.add(onset);
      l.add(diagnosis);
      l.add(review);
      l.add(death);
      l.add(region);
      l.add(deleted);
      return l;
    }
  }

  private CaseCardFile() {}

  static void write(Path file, List<Card> cards, Charset cs) throws IOException {
    try (Writer w = Files.newBufferedWriter(file, cs)) {
      w.write(HEADER);
      w.write("\r\n");
      for (Card c : cards) {
        List<String> v = c.values();
        for (int i = 0; i < v.size(); i++) {
          if (i > 0) {
            w.write(',');
          }
          String s = v.get(i);
          if (s.indexOf(',') >= 0 || s.indexOf('"') >= 0) {
            w.write('"' + s.replace("\"", "\"\"") + '"');
          } else {
            w.write(s);
          }
        }
        w.write("\r\n");
      }
    }
  }
}

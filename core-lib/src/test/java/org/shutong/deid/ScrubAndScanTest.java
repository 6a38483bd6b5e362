package org.shutong.deid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shutong.i18n.Lang;
import org.shutong.io.ReadOptions;
import org.shutong.io.TableReader;
import org.shutong.io.TableReaders;
import org.shutong.io.WriteOptions;

class ScrubAndScanTest {
  private final TextScrubber s = TextScrubber.standard();

  @Test
  void identifiersInsideTextBecomeTypedTags() {
    TextScrubber.Counts c = new TextScrubber.Counts();
    String out = s.scrub("患者张伟，身份证11010519491231002X，电话138-1234-5678，住址北京市朝阳区建国路88号2栋301室，"
        + "邮箱zhang.wei@example.com，卡号6222020200112233445? 单位统一社会信用代码91350100M000100Y43。", List.of(), c);
    assertTrue(out.contains(TextScrubber.NAME) && out.contains(TextScrubber.ID) && out.contains(TextScrubber.PHONE)
        && out.contains(TextScrubber.ADDRESS) && out.contains(TextScrubber.EMAIL) && out.contains(TextScrubber.CREDIT), out);
    for (String leaked : List.of("张伟", "11010519491231002X", "1234-5678", "建国路88号", "zhang.wei", "91350100M000100Y43")) {
      assertFalse(out.contains(leaked), leaked + " in " + out);
    }
    assertTrue(out.startsWith("患者[姓名]"), out);
    assertTrue(c.total() >= 6);
    assertEquals("李先生的母亲[姓名]（[姓名]）", s.scrub("李先生的母亲王秀英（王小红）",
        List.of(new TextScrubber.Known("王小红", "[姓名]")), null), "known values are replaced wherever they occur");
  }

  @Test
  void clinicalTextWithoutIdentifiersIsLeftAlone() {
    for (String t : List.of("急性前壁心肌梗死，予PCI治疗后好转", "血压150/90mmHg，心率88次/分，体温36.5℃",
        "术后第3天拔除引流管，切口甲级愈合", "2型糖尿病伴多个并发症，HbA1c 8.2%", "")) {
      assertEquals(t, s.scrub(t, List.of(), null));
    }
  }

  @Test
  void theScannerClassifiesColumnsAndItsProposalRuns(@TempDir Path dir) throws Exception {
    Path in = dir.resolve("extract.csv");
    // a hospital's own headers, not the first page's
    List<SyntheticFirstPage.Person> people = new java.util.ArrayList<>();
    SyntheticFirstPage g = new SyntheticFirstPage(21);
    StringBuilder sb = new StringBuilder("患者编号,客户名,证件,手机,家庭住址,出生,就诊科室,备注\n");
    for (int i = 0; i < 400; i++) {
      SyntheticFirstPage.Person p = g.person(i);
      people.add(p);
      sb.append("P").append(1000 + i).append(',').append(p.name()).append(',').append(p.id()).append(',')
          .append(p.phone()).append(',').append(p.address()).append(',').append(p.birth()).append(",心内科,")
          .append(i % 3 == 0 ? "电话" + p.contactPhone() + "联系家属" : "无").append('\n');
    }
    Files.writeString(in, sb.toString(), StandardCharsets.UTF_8);
    List<ColumnReport> cols;
    try (TableReader r = TableReaders.open(in, ReadOptions.defaults())) {
      cols = ColumnScanner.standard().scan(r, 0, null);
    }
    Map<String, ColumnKind> kinds = new java.util.HashMap<>();
    for (ColumnReport c : cols) {
      kinds.put(c.header(), c.kind());
    }
    assertEquals(ColumnKind.NAME, kinds.get("客户名"));
    assertEquals(ColumnKind.RESIDENT_ID, kinds.get("证件"));
    assertEquals(ColumnKind.PHONE, kinds.get("手机"));
    assertEquals(ColumnKind.ADDRESS, kinds.get("家庭住址"));
    assertEquals(ColumnKind.BIRTH_DATE, kinds.get("出生"));
    assertEquals(ColumnKind.OTHER, kinds.get("就诊科室"));
    assertEquals(ColumnKind.FREE_TEXT, kinds.get("备注"));
    String yaml = ColumnScanner.proposeProfile("extract", cols);
    Path prof = dir.resolve("proposed.yaml");
    Files.writeString(prof, yaml);
    Path out = dir.resolve("out.csv");
    Deidentifier.of(Profiles.load(prof, Lang.ZH), KeysAndCryptoTest.KEY)
        .run(in, ReadOptions.defaults(), out, WriteOptions.defaults(), null);
    List<String> values = SyntheticFirstPage.directValues(people);
    assertTrue(LeakFinder.find(Files.readString(out), values, 2).isEmpty());
    for (ColumnReport c : cols) {
      assertFalse(c.matches().isEmpty() && c.nonEmpty() > 0 && c.kind() == ColumnKind.RESIDENT_ID);
    }
  }
}

package org.shutong.coding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shutong.codesets.CodeTable;
import org.shutong.codesets.Codesets;
import org.shutong.codesets.Crosswalk;
import org.shutong.codesets.RegionLevel;
import org.shutong.codesets.Regions;
import org.shutong.codesets.ValueDomain;
import org.shutong.i18n.Lang;
import org.shutong.io.InputException;
import org.shutong.io.ReadOptions;
import org.shutong.report.Finding;
import org.shutong.report.FindingCollector;

class UserTablesTest {
  @TempDir Path dir;

  private final FindingCollector problems = new FindingCollector();

  private ReadOptions opts() {
    return ReadOptions.defaults().withProblems(problems);
  }

  @Test
  void morphologyTableInGb18030WithChineseHeader() throws IOException {
    Path f = dir.resolve("m.csv");
    Files.write(f, "编码,名称\nM8140/3,腺癌\n,空\nM8140/3,重复\nM8070/3,鳞状细胞癌\n".getBytes(Charset.forName("GB18030")));
    CodeTable t = UserTables.codeTable(f, "icdo3-m", "ICD-O-3", opts());
    assertEquals(2, t.size());
    assertEquals("腺癌", t.name("M8140/3"));
    assertEquals("ICD-O-3", t.info().system());
    assertEquals(2, t.info().rows());
    assertTrue(t.info().isUserSupplied());
    List<Finding> fs = problems.findings();
    assertEquals(2, fs.size());
    assertEquals(UserTables.BLANK_CODE, fs.get(0).ruleId());
    assertEquals(2, fs.get(0).record());
    assertEquals(3, fs.get(0).line());
    assertEquals("编码", fs.get(0).field());
    assertEquals(UserTables.DUPLICATE_CODE, fs.get(1).ruleId());
    assertEquals("M8140/3", fs.get(1).value());
    assertEquals("腺癌", Codesets.bundled().with(t).codeTable("icdo3-m").name("M8140/3"));
  }

  @Test
  void leafColumn() throws IOException {
    Path f = dir.resolve("t.csv");
    Files.writeString(f, "code,name,leaf\nA00,霍乱,N\nA00.000,霍乱（古典）,Y\nB00,x,maybe\n", StandardCharsets.UTF_8);
    CodeTable t = UserTables.codeTable(f, "mine", null, opts());
    assertFalse(t.get("A00").leaf());
    assertTrue(t.get("A00.000").leaf());
    assertTrue(t.get("B00").leaf());
    assertEquals(UserTables.BAD_VALUE, problems.findings().get(0).ruleId());
  }

  @Test
  void missingColumnNamesFileAndExpectedColumns() throws IOException {
    Path f = dir.resolve("bad.csv");
    Files.writeString(f, "代码,描述\nA,b\n", StandardCharsets.UTF_8);
    InputException e = assertThrows(InputException.class,
        () -> UserTables.codeTable(f, "x", null, opts().withLang(Lang.EN)));
    assertTrue(e.getMessage().contains(f.toString()) && e.getMessage().contains("name/名称"), e.getMessage());
    assertEquals(1, e.line());
  }

  @Test
  void fullerValueDomainReplacesBundledOne() throws IOException {
    Path f = dir.resolve("rc.csv");
    Files.writeString(f, "domain,code,name\nRC023,0301,呼吸内科专业\nRC023,A001,本省扩展\nRC003,11,国家公务员\nRC003,11,again\n",
        StandardCharsets.UTF_8);
    List<ValueDomain> ds = UserTables.valueDomains(f, "province-rc", opts());
    assertEquals(List.of("RC023", "RC003"), ds.stream().map(ValueDomain::id).toList());
    Codesets cs = Codesets.bundled().with(ds);
    assertTrue(cs.valueDomain("RC023").contains("A001"));
    assertFalse(cs.valueDomain("RC023").contains("0304"));
    assertEquals(1, problems.findings().size());
  }

  @Test
  void regionsAndCrosswalk() throws IOException {
    Path f = dir.resolve("r.csv");
    Files.writeString(f, "code,name,level,parent\n110000,北京市,省,\n110105,朝阳区,县,110000\n999999,x,村,\n", StandardCharsets.UTF_8);
    Regions r = UserTables.regions(f, "my-regions", opts());
    assertEquals(2, r.size());
    assertEquals("北京市", r.ancestor("110105", RegionLevel.PROVINCE).orElseThrow().name());
    assertEquals(UserTables.BAD_VALUE, problems.findings().get(0).ruleId());
    assertEquals(2, Codesets.bundled().with(r).regions().size());

    Path x = dir.resolve("x.csv");
    Files.writeString(x, "from,to\nA01.000x002,A01.003\nZ99.999,\n", StandardCharsets.UTF_8);
    Crosswalk c = UserTables.crosswalk(x, "my-map", "icd10-gb-clinical-2.0", "icd10-nhsa-2.0", opts());
    assertEquals("A01.003", c.from("A01.000x002").get(0).to());
    assertFalse(c.from("Z99.999").get(0).hasTarget());
    assertEquals(3, c.from("Z99.999").get(0).line());
  }
}

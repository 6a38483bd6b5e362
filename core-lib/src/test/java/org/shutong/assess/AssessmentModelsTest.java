package org.shutong.assess;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shutong.assess.AssessmentModel.Item;
import org.shutong.assess.AssessmentModel.Level;
import org.shutong.i18n.Lang;
import org.shutong.io.InputException;

class AssessmentModelsTest {
  @TempDir Path dir;

  private static String bundledJson(String id) throws IOException {
    try (InputStream in = AssessmentModels.class.getResourceAsStream("models/" + id + ".json")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void bundledModelsLoadWithTheirStructure() {
    AssessmentModels all = AssessmentModels.bundled();
    assertEquals(List.of("interop-hospital-2020", "interop-regional-2020", "emr-2018"),
        all.all().stream().map(AssessmentModel::id).toList());
    AssessmentModel h = Evidence.hospital();
    assertEquals(List.of("一级", "二级", "三级", "四级乙等", "四级甲等", "五级乙等", "五级甲等"),
        h.levels().stream().map(Level::name).toList());
    assertEquals(List.of("数据资源标准化建设", "互联互通标准化建设", "基础设施建设", "互联互通应用效果"),
        h.topDomains().stream().map(AssessmentModel.Domain::name).toList());
    Map<String, Long> perDomain = h.items().stream().collect(Collectors.groupingBy(Item::domain, Collectors.counting()));
    assertEquals(58, perDomain.get("2.1"), "WS 445: 58 data subsets");
    assertEquals(55, perDomain.get("2.2"), "WS/T 500: 53 documents + 法定医学报告 + 健康体检");
    assertEquals(69, perDomain.get("3.2"), "the catalogue's 69 interaction services");
    AssessmentModel e = Evidence.emr();
    assertEquals(39, e.items().size());
    assertEquals(10, e.domains().size());
    Level l3 = e.level("3").orElseThrow();
    assertEquals(14, l3.basicItems());
    assertEquals(12, l3.optionalRequired());
    assertEquals(25, l3.optionalTotal());
    assertEquals(85.0, l3.minScore());
    // 附表2: basic + optional total = items with a function defined at that level (37 at levels 1-2, 39 above)
    for (Level l : e.levels()) {
      if (l.rank() == 0) {
        continue;
      }
      long defined = e.items().stream().filter(i -> !i.emr().absentLevels().contains(l.rank())).count();
      assertEquals(defined, l.basicItems() + l.optionalTotal(), l.name());
    }
  }

  @Test
  void serviceItemsTakeTheirLevelFromTheCatalogue() throws IOException {
    Map<String, String> rankByCode = new HashMap<>();
    for (String line : Files.readAllLines(Path.of("../../shared/data/interop/hip_services_catalogue.tsv"))) {
      String[] f = line.split("\t", -1);
      if (!f[0].equals("queue") && !f[4].equals("None")) {
        rankByCode.put(f[1], f[4]);
      }
    }
    AssessmentModel h = Evidence.hospital();
    int n = 0;
    for (Item i : h.items()) {
      List<String> codes = i.evidenceKeys().get("service");
      if (codes == null) {
        continue;
      }
      n++;
      String level = h.level(i.tiers().get(0).level()).orElseThrow().name();
      assertEquals(rankByCode.get(codes.get(0)), level, i.id());
    }
    assertEquals(rankByCode.size(), n);
  }

  @Test
  void pointsAddUpWhereTheSourceDoesAndDisagreementsAreKept() {
    AssessmentModel h = Evidence.hospital();
    Map<String, Double> sum = new HashMap<>();
    for (Item i : h.items()) {
      if (i.maxPointsOrNull() != null) {
        sum.merge(i.domain(), i.maxPointsOrNull(), Double::sum);
      }
    }
    for (String d : List.of("3.1", "3.2", "4.1", "4.2", "4.3", "4.4", "5.2")) {
      double printed = h.domains().stream().filter(x -> x.id().equals(d)).findFirst().orElseThrow().points();
      assertEquals(printed, sum.get(d), 1e-9, d);
    }
    // as printed in the reproduction: the per-item points of 2.1 add up to 14.26, not 15
    assertEquals(14.26, sum.get("2.1"), 1e-9);
  }

  @Test
  void twoVersionsLoadSideBySideAndAUserFileReplacesABundledOne() throws IOException {
    String json = bundledJson("interop-hospital-2020")
        .replace("\"id\": \"interop-hospital-2020\"", "\"id\": \"interop-hospital-2025\"")
        .replace("\"version\": \"2020\"", "\"version\": \"2025\"");
    Files.writeString(dir.resolve("hospital-2025.json"), json);
    String emr = bundledJson("emr-2018").replace("\"title\": \"电子病历系统应用水平分级评价标准（试行）（2018年）\"",
        "\"title\": \"本院修订\"");
    Files.writeString(dir.resolve("emr.json"), emr);
    AssessmentModels ms = AssessmentModels.bundled().with(List.of(dir), Lang.ZH);
    assertTrue(ms.find("interop-hospital-2020").isPresent());
    assertEquals("2025", ms.find("interop-hospital-2025").orElseThrow().version());
    assertEquals("本院修订", ms.find("emr-2018").orElseThrow().title());
    assertEquals(dir.resolve("emr.json").toString(), ms.origin("emr-2018"));
    assertEquals("bundled", ms.origin("interop-hospital-2020"));
    assertEquals(4, ms.all().size());
  }

  private InputException broken(String json) throws IOException {
    Path f = dir.resolve("m.json");
    Files.writeString(f, json);
    return assertThrows(InputException.class, () -> AssessmentModels.load(f, Lang.ZH));
  }

  @Test
  void brokenModelFilesNameTheFileAndThePlace() throws IOException {
    String good = bundledJson("interop-hospital-2020");
    InputException e = broken("{\n \"format\": \"shutong-assess-model/1\",\n \"id\": ");
    assertEquals(3, e.line(), e.getMessage());
    assertTrue(e.getMessage().startsWith(dir.resolve("m.json").toString()), e.getMessage());

    e = broken(good.replace("shutong-assess-model/1", "other/9"));
    assertTrue(e.getMessage().contains("other/9"), e.getMessage());

    e = broken(good.replaceFirst("\"level\": \"3\"", "\"level\": \"9Z\""));
    assertTrue(e.getMessage().contains("9Z") && e.getMessage().contains("items["), e.getMessage());

    e = broken(good.replace("\"id\": \"interop-hospital-2020\"", "\"id\": \"hospital\""));
    assertTrue(e.getMessage().contains("interop-hospital-2020"), e.getMessage());

    e = broken(good.replaceFirst("\"title\": \"患者基本信息子集\",", ""));
    assertTrue(e.getMessage().contains("items[0]") && e.getMessage().contains("title"), e.getMessage());
  }

  @Test
  void anEmrClassificationMustAgreeWithTheCountsOfTable2() throws IOException {
    // every item basic at level 1: 39 basic items where 附表2 says 5
    String json = bundledJson("emr-2018").replace("\"basicAt\": null", "\"basicAt\": [1]");
    InputException e = broken(json);
    assertTrue(e.getMessage().contains("1级"), e.getMessage());
  }

  @Test
  void theRegionalModelSaysItIsUnconfirmed() {
    AssessmentModel r = AssessmentModels.bundled().find("interop-regional-2020").orElseThrow();
    assertTrue(r.hasUnconfirmed());
    assertFalse(Evidence.hospital().hasUnconfirmed());
    assertNull(r.items().get(0).maxPointsOrNull());
    assertNotNull(r.source("UNCONFIRMED").orElseThrow().citation());
  }
}

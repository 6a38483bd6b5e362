package org.shutong.cli.deid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shutong.cli.Cli;
import org.shutong.identifier.Identifiers;

class DeidCommandTest {
  @TempDir Path dir;
  Path in;
  Path key;
  final List<String> ids = new ArrayList<>();
  final List<String> names = new ArrayList<>();
  final List<String> phones = new ArrayList<>();

  @BeforeEach
  void data() throws Exception {
    String[] counties = {"110105", "320402", "410102", "440106", "510104"};
    String[] surnames = {"王", "李", "张", "刘", "陈"};
    StringBuilder sb = new StringBuilder("病案号,姓名,性别,出生日期,年龄（岁）,身份证号,现住址电话,入院时间,出院时间,出院主要诊断编码,"
        + "医嘱转院、转社区卫生服务机构/乡镇卫生院名称\n");
    for (int i = 0; i < 60; i++) {
      String first17 = counties[i % 5] + String.format(Locale.ROOT, "19%02d%02d%02d%03d", 40 + i % 50, 1 + i % 12, 1 + i % 28, i);
      String id = first17 + Identifiers.residentIdCheckCharacter(first17);
      String name = surnames[i % 5] + "秀" + "英明华杰丽".charAt(i % 5) + (i >= 30 ? "娟" : "");
      String phone = "1381234" + String.format(Locale.ROOT, "%04d", i);
      ids.add(id);
      names.add(name);
      phones.add(phone);
      sb.append(String.format(Locale.ROOT, "%08d,%s,%d,19%02d-%02d-%02d,%d,%s,%s,2023-%02d-10 08:00:00,2023-%02d-15 10:00:00,%s,%s%n",
          i + 1, name, 1 + i % 2, 40 + i % 50, 1 + i % 12, 1 + i % 28, 83 - i % 50, id, phone, 1 + i % 12, 1 + i % 12,
          i % 2 == 0 ? "I21.000" : "J18.900", "转社区，联系人" + name + "电话" + phone));
    }
    in = dir.resolve("in.csv");
    Files.writeString(in, sb.toString(), StandardCharsets.UTF_8);
    key = dir.resolve("project.key");
    Cli.Result r = Cli.run("deid", "keygen", "-o", key.toString());
    assertEquals(0, r.exit(), r.err());
    assertTrue(r.out().contains("sm3:"));
    assertFalse(r.out().contains(Files.readString(key).lines().filter(l -> !l.startsWith("#")).findFirst().orElseThrow()));
  }

  @Test
  void runWritesOutputAndReportsWithoutAnyOriginalIdentifier() throws Exception {
    Path out = dir.resolve("out.csv");
    Cli.Result r = Cli.run("deid", "run", "--profile", "firstpage", "--key-file", key.toString(), "-f", "json",
        in.toString(), out.toString());
    assertEquals(0, r.exit(), r.err());
    JsonNode j = new ObjectMapper().readTree(r.out());
    assertEquals("deid run", j.get("command").asText());
    assertEquals("firstpage", j.get("profile").get("name").asText());
    assertTrue(j.get("key").get("fingerprint").asText().startsWith("sm3:"));
    for (String k : List.of("k", "classes", "recordsInClassesBelow", "prosecutorMax", "prosecutorAvg", "lDiversity")) {
      assertTrue(j.get("risk").has(k), k);
    }
    assertTrue(j.get("risk").get("recordsInClassesBelow").has("5"));
    assertEquals(6, j.get("risk").size(), "the risk object has exactly the keys the issue names");
    assertEquals(60, j.get("riskScope").get("records").asInt() + j.get("riskScope").get("suppressed").asInt());
    Path json = dir.resolve("out.deid-report.json");
    Path html = dir.resolve("out.deid-report.html");
    assertTrue(Files.exists(json) && Files.exists(html));
    String keyText = Files.readString(key);
    for (Path f : List.of(out, json, html)) {
      String text = Files.readString(f);
      for (String v : concat(ids, names, phones)) {
        assertFalse(text.contains(v), f.getFileName() + " contains " + v.length() + "-char original value");
      }
      assertFalse(text.contains(keyText.lines().skip(1).findFirst().orElseThrow()), "key in " + f);
    }
    assertFalse(r.out().contains(ids.get(0)) || r.err().contains(ids.get(0)));
  }

  @SafeVarargs
  private static List<String> concat(List<String>... lists) {
    List<String> all = new ArrayList<>();
    for (List<String> l : lists) {
      all.addAll(l);
    }
    return all;
  }

  @Test
  void aMissingOrWeakKeyIsAnErrorBeforeAnyOutput() throws Exception {
    Path out = dir.resolve("out.csv");
    Cli.Result none = Cli.run("deid", "run", "--profile", "firstpage", in.toString(), out.toString());
    assertEquals(2, none.exit());
    assertTrue(none.err().contains("--key-file"), none.err());
    Path weak = dir.resolve("weak.key");
    Files.writeString(weak, "0011223344556677\n");
    Cli.Result w = Cli.run("--lang", "en", "deid", "run", "--profile", "firstpage", "--key-file", weak.toString(),
        in.toString(), out.toString());
    assertEquals(2, w.exit());
    assertTrue(w.err().contains("weak.key") && w.err().contains("too short"), w.err());
    assertFalse(w.err().contains("0011223344556677"));
    Cli.Result env = Cli.run("deid", "run", "--profile", "firstpage", "--key-env", "SHUTONG_NO_SUCH_KEY_VAR",
        in.toString(), out.toString());
    assertEquals(2, env.exit());
    assertTrue(env.err().contains("SHUTONG_NO_SUCH_KEY_VAR"));
    assertFalse(Files.exists(out));
    try (Stream<Path> s = Files.list(dir)) {
      assertEquals(3, s.count(), "in, key and weak key only");
    }
  }

  @Test
  void aMistakeInAProfileOptionIsOneLineInTheChosenLanguage() throws Exception {
    Path prof = dir.resolve("p.yaml");
    Files.writeString(prof, "name: p\nrules:\n  - id: phones\n    columns: [现住址电话]\n    class: direct\n"
        + "    action: mask\n    keepFirst: -3\n");
    Path out = dir.resolve("out.csv");
    Cli.Result zh = Cli.run("deid", "run", "--profile", prof.toString(), "--key-file", key.toString(), in.toString(),
        out.toString());
    assertEquals(2, zh.exit());
    assertTrue(zh.err().contains("p.yaml") && zh.err().contains("phones") && zh.err().contains("keepFirst")
        && zh.err().contains("不能为负数"), zh.err());
    assertFalse(zh.err().contains("must") || zh.err().contains("Exception"), zh.err());
    Cli.Result en = Cli.run("--lang", "en", "deid", "run", "--profile", prof.toString(), "--key-file", key.toString(),
        in.toString(), out.toString());
    assertEquals(2, en.exit());
    assertTrue(en.err().contains("keepFirst: must be 0 or more (is -3)"), en.err());
    assertFalse(en.err().contains("不能为负数"), en.err());
    assertFalse(Files.exists(out));
  }

  @Test
  void aProfileNamingAMissingColumnIsExit2AndWritesNothing() throws Exception {
    Path prof = dir.resolve("p.yaml");
    Files.writeString(prof, "name: p\nrules:\n  - columns: [工作单位及地址]\n    class: direct\n    action: drop\n");
    Path out = dir.resolve("out.csv");
    Cli.Result r = Cli.run("deid", "run", "--profile", prof.toString(), "--key-file", key.toString(), in.toString(), out.toString());
    assertEquals(2, r.exit());
    assertTrue(r.err().contains("工作单位及地址"), r.err());
    assertFalse(Files.exists(out));
    assertFalse(Files.exists(dir.resolve("out.deid-report.json")));
  }

  @Test
  void kAnonymityReportsLevelsAndLoss() throws Exception {
    Path prof = dir.resolve("k.yaml");
    Files.writeString(prof, """
        name: k
        unlisted: drop
        person: [身份证号]
        rules:
          - {id: sex, columns: [性别], class: quasi, action: keep}
          - {id: age, columns: [年龄（岁）], class: quasi, action: generalize, type: age, widths: [5, 10, 20], level: exact}
          - {id: birth, columns: [出生日期], class: quasi, action: generalize, type: date, level: day}
          - {id: dx, columns: [出院主要诊断编码], class: sensitive, action: keep}
        """);
    Path out = dir.resolve("out.csv");
    Cli.Result r = Cli.run("deid", "run", "--profile", prof.toString(), "--key-file", key.toString(), "--k", "5",
        "--max-suppression", "2%", "--sensitive", "出院主要诊断编码", "-f", "json", in.toString(), out.toString());
    assertEquals(0, r.exit(), r.err());
    JsonNode j = new ObjectMapper().readTree(r.out());
    JsonNode a = j.get("anonymization");
    assertTrue(a.get("found").asBoolean());
    assertEquals(3, a.get("levels").size());
    assertTrue(j.get("risk").get("k").asInt() >= 5);
    assertTrue(j.get("risk").get("lDiversity").has("出院主要诊断编码"));
    assertTrue(a.get("informationLoss").asDouble() > 0);
  }

  @Test
  void riskBeforeAndAfterAProfile() throws Exception {
    Cli.Result r = Cli.run("deid", "risk", "--qi", "性别,出生日期,A14", "--sensitive", "出院主要诊断编码",
        "--profile", "firstpage", "--key-file", key.toString(), "-f", "json", in.toString());
    assertEquals(0, r.exit(), r.err());
    JsonNode j = new ObjectMapper().readTree(r.out());
    assertEquals(1, j.get("riskBefore").get("k").asInt());
    assertTrue(j.get("risk").get("k").asInt() >= 1);
    assertTrue(j.get("risk").get("classes").asInt() < j.get("riskBefore").get("classes").asInt());
    Cli.Result missing = Cli.run("deid", "risk", "--qi", "邮编", in.toString());
    assertEquals(2, missing.exit());
    assertTrue(missing.err().contains("邮编"));
    Cli.Result text = Cli.run("deid", "risk", "--qi", "性别", in.toString());
    assertEquals(0, text.exit());
    assertTrue(text.out().contains("k"));
  }

  @Test
  void scanClassifiesAndProposesAProfileThatRuns() throws Exception {
    Path proposed = dir.resolve("proposed.yaml");
    Cli.Result r = Cli.run("deid", "scan", "--propose", proposed.toString(), "-f", "json", in.toString());
    assertEquals(0, r.exit(), r.err());
    JsonNode cols = new ObjectMapper().readTree(r.out()).get("columns");
    assertEquals("direct", cols.get(1).get("class").asText());
    assertEquals("resident-id", cols.get(5).get("kind").asText());
    assertFalse(r.out().contains(ids.get(0)));
    Path out = dir.resolve("out.csv");
    Cli.Result run = Cli.run("deid", "run", "--profile", proposed.toString(), "--key-file", key.toString(),
        in.toString(), out.toString());
    assertEquals(0, run.exit(), run.err());
  }

  @Test
  void encryptedTokensDecryptWithTheKeyOnly() throws Exception {
    Path prof = dir.resolve("e.yaml");
    Files.writeString(prof, "name: e\nunlisted: drop\nrules:\n  - {id: id, columns: [身份证号], class: direct, action: encrypt, domain: rid}\n");
    Path out = dir.resolve("enc.csv");
    assertEquals(0, Cli.run("deid", "run", "--profile", prof.toString(), "--key-file", key.toString(), in.toString(),
        out.toString()).exit());
    Path back = dir.resolve("back.csv");
    Cli.Result d = Cli.run("deid", "decrypt", "--profile", prof.toString(), "--key-file", key.toString(), out.toString(),
        back.toString());
    assertEquals(0, d.exit(), d.err());
    assertEquals(ids, Files.readAllLines(back).subList(1, 61));
    Path other = dir.resolve("other.key");
    Cli.run("deid", "keygen", "-o", other.toString());
    Path back2 = dir.resolve("back2.csv");
    Cli.Result wrong = Cli.run("deid", "decrypt", "--domain", "rid", "--key-file", other.toString(), out.toString(), back2.toString());
    assertEquals(2, wrong.exit());
    assertFalse(Files.exists(back2));
  }

  @Test
  void helpIsAvailableInBothLanguages() {
    assertTrue(Cli.run("deid", "--help").out().contains("去标识化"));
    assertTrue(Cli.run("--lang", "en", "deid", "run", "--help").out().contains("k-anonymity"));
  }
}

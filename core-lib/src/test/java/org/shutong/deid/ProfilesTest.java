package org.shutong.deid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shutong.i18n.Lang;
import org.shutong.io.InputException;

class ProfilesTest {
  @TempDir Path dir;

  private InputException bad(String yaml) throws Exception {
    Path f = dir.resolve("bad.yaml");
    Files.writeString(f, yaml);
    return assertThrows(InputException.class, () -> Profiles.load(f, Lang.EN));
  }

  @Test
  void theBuiltInProfileLoadsAndCitesItsClauses() {
    Profile p = Profiles.builtin("firstpage", Lang.ZH);
    assertEquals("firstpage", p.name());
    assertEquals(HashAlgorithm.HMAC_SM3, p.hash());
    assertEquals(64, p.sha256().length());
    for (Rule r : p.rules()) {
      assertTrue(r.cite().contains("GB/T 37964-2019") || r.cite().contains("GB/T 39725-2020"), r.id());
    }
    assertEquals(Action.PSEUDONYMIZE, p.rule("resident-id").orElseThrow().action());
    assertEquals(Action.DROP, p.rule("name").orElseThrow().action());
    assertTrue(Profiles.isBuiltin("firstpage"));
    assertFalse(Profiles.isBuiltin("nosuch"));
  }

  @Test
  void jsonProfilesLoadToo() throws Exception {
    Path f = dir.resolve("p.json");
    Files.writeString(f, "{\"name\":\"j\",\"hash\":\"HMAC-SHA-256\",\"rules\":[{\"id\":\"a\",\"columns\":[\"姓名\"],"
        + "\"class\":\"direct\",\"action\":\"mask\",\"keepFirst\":1}]}");
    Profile p = Profiles.load(f, Lang.ZH);
    assertEquals(HashAlgorithm.HMAC_SHA256, p.hash());
    assertEquals("1", p.rules().get(0).options().get("keepFirst"));
  }

  @Test
  void mistakesAreReportedWithTheFileAndTheRule() throws Exception {
    assertTrue(bad("name: x\nrules: []\n").getMessage().contains("no rules"));
    assertTrue(bad("name: x\nrules:\n  - columns: [a]\n    action: hide\n").getMessage().contains("hide"));
    InputException typo = bad("name: x\nrules:\n  - columns: [a]\n    action: mask\n    keepFrist: 3\n");
    assertTrue(typo.getMessage().contains("keepFrist") && typo.getMessage().contains("keepFirst"), typo.getMessage());
    InputException level = bad("name: x\nrules:\n  - columns: [a]\n    action: generalize\n    type: date\n    level: week\n");
    assertTrue(level.getMessage().contains("week") && level.getMessage().contains("month"), level.getMessage());
    assertTrue(bad("name: x\nrules:\n  - columns: [a]\n    action: pseudonymize\n    length: 4\n")
        .getMessage().contains("bits"));
    InputException syntax = bad("name: x\nrules:\n  - columns: [a\n    action: drop\n");
    assertTrue(syntax.line() > 0, syntax.getMessage());
    assertTrue(bad("name: x\nrules:\n  - columns: [a]\n    action: drop\n    class: secret\n").getMessage().contains("secret"));
    assertTrue(bad("name: x\nrules:\n  - action: drop\n").getMessage().contains("neither columns nor pattern"));
    assertTrue(bad("name: x\nrules:\n  - pattern: \"([\"\n    action: drop\n").getMessage().contains("pattern"));
    assertTrue(bad("name: x\nrules:\n  - columns: [a]\n    action: generalize\n    type: hierarchy\n    file: none.csv\n")
        .getMessage().contains("none.csv"));
    assertTrue(bad("name: x\nhash: MD5\nrules:\n  - columns: [a]\n    action: drop\n").getMessage().contains("MD5"));
    InputException missing = assertThrows(InputException.class, () -> Profiles.load(dir.resolve("none.yaml"), Lang.EN));
    assertTrue(missing.getMessage().contains("none.yaml"));
  }

  @Test
  void hierarchyFilesAreFoundBesideTheProfile() throws Exception {
    Files.writeString(dir.resolve("occ.csv"), "11;管理\n13;技术\n", StandardCharsets.UTF_8);
    Path f = dir.resolve("p.yaml");
    Files.writeString(f, "name: h\nrules:\n  - columns: [职业]\n    class: quasi\n    action: generalize\n"
        + "    type: hierarchy\n    file: occ.csv\n    level: 1\n");
    Profile p = Profiles.load(f, Lang.ZH);
    assertTrue(p.rules().get(0).options().get("file").toString().endsWith("occ.csv"));
  }
}

package org.shutong.firstpage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shutong.i18n.Lang;
import org.shutong.io.InputException;
import org.shutong.report.Severity;

class RuleSetTest {
  @Test
  void bundledSetLoadsAndEveryRuleHasIdSeverityMessagesAndSource() {
    RuleSet s = RuleSet.standard();
    assertEquals("nhc-2016", s.id());
    assertTrue(s.rules().size() > 60, "rules: " + s.rules().size());
    Set<String> ids = new HashSet<>();
    for (RuleDef r : s.rules()) {
      assertTrue(ids.add(r.id()), r.id());
      assertTrue(r.id().matches("FP-[A-Z0-9-]+"), r.id());
      assertFalse(r.source().isBlank(), r.id() + " has no source");
      assertFalse(r.message(Lang.ZH).isBlank(), r.id());
      assertFalse(r.message(Lang.EN).equals(r.message(Lang.ZH)), r.id() + " has no English message");
      assertFalse(r.category().isBlank(), r.id() + " has no category");
    }
    assertEquals(s.rules().stream().filter(RuleDef::enabled).count(), s.compiled().rules.size());
    assertEquals(0.01, ((Number) s.options().get("costTolerance")).doubleValue());
    assertEquals("优", s.scoring().grade(97).grade());
    assertEquals("良", s.scoring().grade(96.9).grade());
    assertEquals("差", s.scoring().grade(10).grade());
  }

  @Test
  void aUserFileExtendsDisablesOverridesAndAdds(@TempDir Path dir) throws IOException {
    Path f = dir.resolve("my.yaml");
    Files.writeString(f, """
        format: shutong-firstpage-rules/1
        extends: nhc-2016
        id: my-hospital
        options: {costTolerance: 1}
        disable: [FP-NAME-CHARS]
        override:
          FP-LOS: {severity: warning, deduct: 2}
        rules:
          - id: FP-LOCAL-LOS-LONG
            severity: info
            category: stay
            fields: [B20]
            check: B20 <= 60
            message: {zh: "住院 {B20} 天，超过 60 天", en: "stay of {B20} days, above 60"}
            source: local policy
        """, StandardCharsets.UTF_8);
    RuleSet s = RuleSet.load(f, Lang.ZH);
    assertEquals("my-hospital", s.id());
    assertFalse(s.rule("FP-NAME-CHARS").orElseThrow().enabled());
    assertEquals(Severity.WARNING, s.rule("FP-LOS").orElseThrow().severity());
    assertEquals(2.0, s.rule("FP-LOS").orElseThrow().deduct());
    assertTrue(s.rule("FP-LOCAL-LOS-LONG").isPresent());
    assertEquals(1, ((Number) s.options().get("costTolerance")).intValue());
    assertEquals(RuleSet.standard().rules().size() + 1, s.rules().size());
    assertEquals(RuleSet.standard().compiled().rules.size(), s.compiled().rules.size());
  }

  private static InputException bad(Path dir, String body) throws IOException {
    Path f = dir.resolve("bad.yaml");
    Files.writeString(f, "format: shutong-firstpage-rules/1\nextends: nhc-2016\n" + body, StandardCharsets.UTF_8);
    return assertThrows(InputException.class, () -> RuleSet.load(f, Lang.ZH));
  }

  @Test
  void badRuleFilesNameFileLineAndWhatIsWrong(@TempDir Path dir) throws IOException {
    InputException e = bad(dir, """
        rules:
          - id: FP-X
            severity: error
            fields: [B20]
            check: B20 <= 'abc'
            message: {zh: x}
        """);
    assertTrue(e.getMessage().contains("bad.yaml"), e.getMessage());
    assertTrue(e.getMessage().contains("FP-X"), e.getMessage());
    assertEquals(4, e.line(), e.getMessage());
    assertTrue(e.getMessage().contains("B20 <= 'abc'"), e.getMessage());

    e = bad(dir, "rules:\n  - id: FP-Y\n    sevrity: error\n");
    assertTrue(e.getMessage().contains("sevrity"), e.getMessage());
    assertEquals(5, e.line(), e.getMessage());

    e = bad(dir, "disable: [FP-NOPE]\n");
    assertTrue(e.getMessage().contains("FP-NOPE"), e.getMessage());

    e = bad(dir, "rules:\n  - id: FP-Z\n    severity: fatal\n    fields: [B20]\n    check: B20 > 0\n    message: {zh: x}\n");
    assertTrue(e.getMessage().contains("fatal"), e.getMessage());

    e = bad(dir, "rules:\n  - id: FP-Z\n    severity: error\n    fields: [B99]\n    check: B20 > 0\n    message: {zh: x}\n");
    assertTrue(e.getMessage().contains("B99"), e.getMessage());

    e = bad(dir, "rules:\n  - id: FP-Z\n    severity: error\n    fields: [B20]\n    check: B20 > 0\n    message: {zh: \"{B2O}\"}\n");
    assertTrue(e.getMessage().contains("B2O"), e.getMessage());

    e = bad(dir, "rules:\n  - id: FP-Z\n    severity: error\n    each: dx\n    field: nope\n    check: present(code)\n    message: {zh: x}\n");
    assertTrue(e.getMessage().contains("nope"), e.getMessage());

    Path f = dir.resolve("notrules.yaml");
    Files.writeString(f, "a: 1\n", StandardCharsets.UTF_8);
    e = assertThrows(InputException.class, () -> RuleSet.load(f, Lang.EN));
    assertTrue(e.getMessage().contains("format: shutong-firstpage-rules/1"), e.getMessage());
    e = assertThrows(InputException.class, () -> RuleSet.load(dir.resolve("none.yaml"), Lang.EN));
    assertTrue(e.getMessage().contains("none.yaml"), e.getMessage());
  }
}

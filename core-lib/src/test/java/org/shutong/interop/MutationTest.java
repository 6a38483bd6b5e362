package org.shutong.interop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.shutong.report.Finding;
import org.shutong.report.FindingCollector;
import org.shutong.report.Severity;

/** Every one-defect mutation of generated documents is flagged by the rule it breaks. */
class MutationTest {
  private static final CdaValidator VALIDATOR = CdaValidator.builder().build();

  /** Runs every mutation on the documents of {@code types}; returns how often each applied. */
  private static Map<String, Integer> check(List<String> types) {
    Map<String, Integer> applied = new LinkedHashMap<>();
    List<String> missed = new ArrayList<>();
    for (String type : types) {
      String xml = CdaGenerator.standard().generate(type, 7);
      for (Mutations.Mutation m : Mutations.all()) {
        String bad = Mutations.apply(xml, m);
        if (bad == null) {
          continue;
        }
        applied.merge(m.name(), 1, Integer::sum);
        FindingCollector c = new FindingCollector();
        VALIDATOR.validate(bad.getBytes(StandardCharsets.UTF_8), type + "-" + m.name() + ".xml", null, c);
        boolean flagged = false;
        for (Finding f : c.findings()) {
          if (f.ruleId().equals(m.expectedRule()) && f.severity().atLeast(Severity.WARNING)) {
            flagged = true;
          }
        }
        if (!flagged) {
          missed.add(type + "/" + m.name() + " -> " + c.findings().stream().map(Finding::ruleId).toList());
        }
      }
    }
    assertEquals(List.of(), missed, "mutations not flagged by their rule");
    return applied;
  }

  @Test
  void mutationsOfRepresentativeDocumentsAreFlagged() {
    Map<String, Integer> applied = check(List.of("C0001", "C0004", "C0011", "C0032", "C0052", "C0053"));
    for (Mutations.Mutation m : Mutations.all()) {
      assertTrue(applied.getOrDefault(m.name(), 0) > 0, "mutation never applied: " + m.name());
    }
  }

  @Test
  @Tag("e2e")
  void everyMutationOfEveryDocumentTypeIsFlagged() {
    List<String> all = Catalog.standard().documents().stream().map(DocumentType::code).toList();
    Map<String, Integer> applied = check(all);
    for (String header : List.of("realm", "typeId", "template", "title", "docId", "effectiveTime", "docCode")) {
      assertEquals(53, applied.get(header), header);
    }
  }
}

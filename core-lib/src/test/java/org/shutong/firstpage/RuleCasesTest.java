package org.shutong.firstpage;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.shutong.report.Finding;
import org.shutong.report.FindingCollector;

/** Every rule of the bundled set fires on its bad case and stays silent on its good case. */
class RuleCasesTest {
  /** The bundled rules with the rules it ships disabled switched on, so that they are tested too. */
  static final RuleSet ALL_ON = RuleSet.parse("""
      format: shutong-firstpage-rules/1
      extends: nhc-2016
      override:
        FP-PDX-UNSPECIFIED: {enabled: true}
      """, "all-on.yaml", null, org.shutong.i18n.Lang.ZH);

  private static final Map<String, FirstPageChecker> CHECKERS = Map.of(
      "test tables", TestTables.checker().rules(ALL_ON).build(),
      "nhsa", TestTables.bundled(IcdTables.NHSA).rules(ALL_ON).build(),
      "gb-clinical", TestTables.bundled(IcdTables.GB_CLINICAL).rules(ALL_ON).build());

  private static JsonNode cases() throws IOException {
    try (InputStream in = RuleCasesTest.class.getResourceAsStream("rule-cases.yaml")) {
      return new ObjectMapper(new YAMLFactory()).readTree(in);
    }
  }

  private static List<Map<String, String>> records(JsonNode spec) {
    List<Map<String, String>> out = new ArrayList<>();
    List<JsonNode> items = new ArrayList<>();
    if (spec.isArray()) {
      spec.forEach(items::add);
    } else {
      items.add(spec);
    }
    for (JsonNode item : items) {
      Map<String, String> r = Records.base();
      item.fields().forEachRemaining(e -> {
        if (e.getKey().equals("drop")) {
          e.getValue().forEach(d -> r.remove(d.asText()));
        } else {
          r.put(e.getKey(), e.getValue().asText());
        }
      });
      out.add(r);
    }
    return out;
  }

  @TestFactory
  Stream<DynamicTest> eachCase() throws IOException {
    List<DynamicTest> tests = new ArrayList<>();
    for (JsonNode c : cases()) {
      String rule = c.get("rule").asText();
      String field = c.has("field") ? c.get("field").asText() : null;
      String value = c.has("value") ? c.get("value").asText() : null;
      for (Map.Entry<String, FirstPageChecker> ck : new TreeMap<>(CHECKERS).entrySet()) {
        FirstPageChecker checker = ck.getValue();
        tests.add(DynamicTest.dynamicTest(ck.getKey() + ": " + rule + " fires on " + c.get("bad"), () -> {
          FindingCollector f = Records.check(checker, records(c.get("bad")));
          boolean hit = f.findings().stream().anyMatch(x -> x.ruleId().equals(rule)
              && (field == null || field.equals(x.field())) && (value == null || value.equals(x.value())));
          assertTrue(hit, rule + "/" + field + "/" + value + " not found in " + Records.describe(f));
        }));
        tests.add(DynamicTest.dynamicTest(ck.getKey() + ": " + rule + " silent on " + c.get("good"), () -> {
          FindingCollector f = Records.check(checker, records(c.get("good")));
          List<Finding> hits = f.findings().stream().filter(x -> x.ruleId().equals(rule)).toList();
          assertTrue(hits.isEmpty(), rule + " fired: " + hits);
        }));
      }
    }
    return tests.stream();
  }

  @Test
  void everyBundledRuleHasACase() throws IOException {
    Set<String> covered = new HashSet<>();
    cases().forEach(c -> covered.add(c.get("rule").asText()));
    List<String> missing = RuleSet.standard().rules().stream().map(RuleDef::id)
        .filter(id -> !covered.contains(id)).toList();
    assertTrue(missing.isEmpty(), "rules without a case: " + missing);
  }

  @Test
  void theBaseRecordIsClean() {
    for (IcdTables t : IcdTables.values()) {
      FirstPageChecker checker = TestTables.bundled(t).build();
      FindingCollector f = Records.check(checker, List.of(Records.base()));
      assertTrue(f.findings().isEmpty(), String.join("\n", Records.describe(f)));
    }
  }
}

package org.shutong.interop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.shutong.i18n.Lang;
import org.shutong.report.FindingCollector;

/** The bundled plan passes against the reference platform and covers every catalogued v3 service. */
class BundledPlanTest {
  @Test
  void bundledPlanPassesAgainstTheReferencePlatform() throws Exception {
    TestPlan plan = TestPlan.bundled(Lang.ZH);
    try (ReferencePlatform p = ReferencePlatform.builder().port(0).start()) {
      FindingCollector findings = new FindingCollector();
      List<CaseResult> results = PlanRunner.builder(plan, p.endpoint()).build().run(findings);
      List<String> failed = results.stream().filter(r -> !r.passed())
          .map(r -> r.id() + " " + r.failures()).toList();
      assertEquals(List.of(), failed);
      assertEquals(plan.cases().size(), results.size());
      assertEquals(0, findings.findings().size());
    }
  }

  @Test
  void bundledPlanCoversEveryServiceWithAnXsdWithTandFCases() {
    TestPlan plan = TestPlan.bundled(Lang.ZH);
    Set<String> t = plan.cases().stream().filter(c -> c.kind().equals("T")).map(TestPlan.TestCase::service)
        .collect(Collectors.toSet());
    Set<String> f = plan.cases().stream().filter(c -> c.kind().equals("F")).map(TestPlan.TestCase::service)
        .collect(Collectors.toSet());
    for (ServiceSpec s : Catalog.standard().services()) {
      if (s.hasSchema()) {
        assertTrue(t.contains(s.code()), "no T case: " + s.code());
        assertTrue(f.contains(s.code()), "no F case: " + s.code());
      }
    }
    assertEquals(69, Catalog.standard().services().stream().filter(ServiceSpec::hasSchema).count());
  }
}

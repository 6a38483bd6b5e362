package org.shutong.interop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.shutong.i18n.Lang;
import org.shutong.report.FindingCollector;

/** The bundled plan passes against the reference platform and covers every catalogued v3 service. */
class BundledPlanTest {
  /** Runs the bundled plan (or the services given) against a fresh reference platform. */
  private static void passes(Set<String> services) throws Exception {
    TestPlan plan = TestPlan.bundled(Lang.ZH);
    try (ReferencePlatform p = ReferencePlatform.builder().port(0).start()) {
      FindingCollector findings = new FindingCollector();
      PlanRunner runner = PlanRunner.builder(plan, p.endpoint()).services(services).build();
      List<CaseResult> results = runner.run(findings);
      List<String> failed = results.stream().filter(r -> !r.passed())
          .map(r -> r.id() + " " + r.failures()).toList();
      assertEquals(List.of(), failed);
      assertEquals(runner.selected().size(), results.size());
      assertTrue(results.size() >= (services.isEmpty() ? plan.cases().size() : 2 * services.size()));
      assertEquals(0, findings.findings().size());
    }
  }

  @Test
  void bundledPlanPassesForTheCoreServices() throws Exception {
    passes(Set.of("PatientInfoRegister", "PatientInfoUpdate", "PatientInfoMerge", "PatientInfoQuery",
        "OrganizationInfoRegister", "OrganizationInfoUpdate", "OrganizationInfoQuery", "ProviderInfoRegister",
        "ProviderInfoUpdate", "ProviderInfoQuery", "DocumentRegister", "DocumentAccess", "DocumentRetrieve",
        "OutPatientInfoAdd", "ExamAppInfoQuery"));
  }

  @Test
  @Tag("e2e")
  void bundledPlanPassesAgainstTheReferencePlatform() throws Exception {
    passes(Set.of());
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

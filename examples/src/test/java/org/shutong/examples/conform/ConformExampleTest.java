package org.shutong.examples.conform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.shutong.conformance.ConformanceResult;
import org.shutong.conformance.DataProfile;
import org.shutong.conformance.QualityDimension;
import org.shutong.report.Finding;
import org.shutong.report.FindingCollector;

/** The example files show what docs/conform.md says they show. */
class ConformExampleTest {
  private static final Path DIR = Path.of("conform");

  private static Set<String> rules(FindingCollector c) {
    return c.findings().stream().map(Finding::ruleId).collect(Collectors.toSet());
  }

  @Test
  void checkFindsTheSeededDefectsInBothEncodings() {
    for (String f : List.of("inpatients.csv", "inpatients-gb18030.csv")) {
      FindingCollector c = new FindingCollector();
      ConformanceResult r = ConformExample.check(DIR.resolve(f), DIR.resolve("mapping.yaml"), c);
      assertEquals(26, r.records(), f);
      assertTrue(rules(c).containsAll(Set.of("CF-ID-RESIDENT", "CF-FORMAT-DATE", "CF-DOMAIN-VALUE", "CF-ID-MOBILE",
          "CF-REQUIRED-EMPTY")), f + " " + rules(c));
      assertEquals(5, r.dataset().requiredPresent());
    }
  }

  @Test
  void profileScoresTheFiveDimensions() {
    FindingCollector c = new FindingCollector();
    DataProfile p = ConformExample.profile(DIR.resolve("inpatients.csv"), DIR.resolve("rules.yaml"),
        DIR.resolve("mapping.yaml"), List.of("住院号", "住院次数"), c);
    assertEquals(1, p.duplicates().exactDuplicateRecords());
    assertEquals(1, p.duplicates().keyConflictRecords());
    assertTrue(rules(c).containsAll(Set.of("ADMIT-BEFORE-DISCHARGE", "PR-FUTURE-DATE", "PR-DUPLICATE-RECORD",
        "PR-KEY-CONFLICT")), rules(c).toString());
    for (QualityDimension d : QualityDimension.values()) {
      assertTrue(p.dimension(d).score() != null && p.dimension(d).score() < 1.0, d.name());
    }
  }
}

package org.shutong.examples.conform;

import java.nio.file.Path;
import java.util.List;
import org.shutong.codesets.Codesets;
import org.shutong.conformance.ConformanceChecker;
import org.shutong.conformance.ConformanceResult;
import org.shutong.conformance.DataElementCatalogue;
import org.shutong.conformance.DataProfile;
import org.shutong.conformance.Mapping;
import org.shutong.conformance.ProfileOptions;
import org.shutong.conformance.ProfileRules;
import org.shutong.conformance.Profiler;
import org.shutong.conformance.ValueDomains;
import org.shutong.i18n.Lang;
import org.shutong.identifier.Identifiers;
import org.shutong.io.ReadOptions;
import org.shutong.io.TableReader;
import org.shutong.io.TableReaders;
import org.shutong.report.FindingCollector;

/**
 * Library use of {@code org.shutong.conformance}: what {@code shutong conform check} and
 * {@code shutong conform profile} do, in code. Run with the directory of {@code examples/conform}.
 */
public final class ConformExample {
  private ConformExample() {}

  /** Checks {@code file} against {@code mapping} (WS 363 formats, WS 364/GB/T domains, identifiers). */
  public static ConformanceResult check(Path file, Path mapping, FindingCollector findings) {
    Mapping m = Mapping.read(mapping, DataElementCatalogue.builtIn(), Lang.ZH);
    ConformanceChecker checker =
        ConformanceChecker.of(m, ValueDomains.of(Codesets.bundled()), Identifiers.national(), Lang.ZH);
    try (TableReader r = TableReaders.open(file, ReadOptions.defaults().withProblems(findings))) {
      return checker.check(r, findings);
    }
  }

  /**
   * Profiles {@code file} with a key, a rule file and a mapping (完整性、唯一性、有效性、一致性、及时性);
   * mapped columns' validity is their conformance.
   */
  public static DataProfile profile(Path file, Path rules, Path mapping, List<String> key, FindingCollector findings) {
    ProfileOptions o = ProfileOptions.defaults().withKey(key).withRules(ProfileRules.read(rules, Lang.ZH))
        .withMapping(Mapping.read(mapping, DataElementCatalogue.builtIn(), Lang.ZH))
        .withChecks(ValueDomains.of(Codesets.bundled()), Identifiers.national());
    try (TableReader r = TableReaders.open(file, ReadOptions.defaults().withProblems(findings))) {
      return Profiler.of(o).profile(r, findings);
    }
  }

  /** Prints the conformance of the example extract and its quality dimensions. */
  public static void main(String[] args) {
    Path dir = Path.of(args.length > 0 ? args[0] : "examples/conform");
    ConformanceResult c = check(dir.resolve("inpatients-gb18030.csv"), dir.resolve("mapping.yaml"), new FindingCollector());
    System.out.printf("data set %s: score %.3f%n", c.dataset().name(), c.dataset().score());
    DataProfile p = profile(dir.resolve("inpatients.csv"), dir.resolve("rules.yaml"), dir.resolve("mapping.yaml"),
        List.of("住院号", "住院次数"), new FindingCollector());
    p.dimensions().forEach(d -> System.out.printf("%s %s: %s%n", d.chinese(), d.english(), d.score()));
  }
}

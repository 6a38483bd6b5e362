package org.shutong.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.shutong.i18n.Lang;
import org.shutong.identifier.Identifiers;

/** Each {@code with} method changes its components only, and the limits are checked again. */
class ProfileOptionsTest {
  private final ProfileOptions d = ProfileOptions.defaults().withThreads(0);

  @Test
  void eachWithChangesItsComponentsOnly() {
    ProfileOptions k = d.withKey(List.of("A48", "A49"));
    assertEquals(List.of("A48", "A49"), k.keyColumns());
    assertEquals(d, k.withKey(List.of()));
    LocalDate day = LocalDate.of(2024, 3, 1);
    assertEquals(day, d.withAsOf(day).asOf());
    assertEquals(d, d.withAsOf(day).withAsOf(d.asOf()));
    assertEquals(Lang.EN, d.withLang(Lang.EN).lang());
    assertEquals(d, d.withLang(Lang.EN).withLang(Lang.ZH));
    assertEquals(1, d.withThreads(1).threads());
    assertEquals(Path.of("/data/tmp"), d.withTempDir(Path.of("/data/tmp")).tempDir());
    ProfileOptions l = d.withLimits(2_000, 100, 4_096);
    assertEquals(List.of(2_000, 100, 4_096, d.topValues(), d.examplesPerColumn()),
        List.of(l.distinctBudget(), l.topCapacity(), l.duplicateBuffer(), l.topValues(), l.examplesPerColumn()));
    ProfileRules none = ProfileRules.none();
    assertSame(none, d.withRules(none).rules());
    Identifiers ids = Identifiers.standard();
    ProfileOptions c = d.withChecks(ValueDomains.none(), ids);
    assertSame(ids, c.identifiers());
    assertEquals(d.withKey(List.of("X")).keyColumns(), c.withKey(List.of("X")).keyColumns());
    assertNotSame(d, d.withMapping(null));
    assertEquals(d, d.withMapping(null));
  }

  @Test
  void limitsAndRequiredComponentsAreCheckedByEveryWith() {
    assertThrows(IllegalArgumentException.class, () -> d.withLimits(0, 100, 4_096));
    assertThrows(IllegalArgumentException.class, () -> d.withLimits(1_000, 5, 4_096)); // below topValues
    assertThrows(IllegalArgumentException.class, () -> d.withLimits(1_000, 100, 1_000));
    assertThrows(IllegalArgumentException.class, () -> d.withThreads(2));
    assertThrows(NullPointerException.class, () -> d.withLang(null));
    assertThrows(NullPointerException.class, () -> d.withAsOf(null));
  }
}

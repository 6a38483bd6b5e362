package org.shutong.examples.deid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shutong.deid.DeidKey;
import org.shutong.deid.DeidResult;
import org.shutong.deid.Profile;
import org.shutong.io.InputException;
import org.shutong.io.ReadOptions;
import org.shutong.io.TableReader;
import org.shutong.io.TableReaders;

/** Two months de-identified with one key: readmitted patients link, nothing identifying is left. */
class PseudonymiseExtractsTest {
  private static final Path DIR = Path.of("deid");
  private static final DateTimeFormatter TS = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

  private static List<Map<String, String>> read(Path f) {
    List<Map<String, String>> rows = new ArrayList<>();
    try (TableReader r = TableReaders.open(f, ReadOptions.defaults())) {
      List<String> h = r.header();
      while (r.hasNext()) {
        List<String> v = r.next().values();
        Map<String, String> m = new HashMap<>();
        for (int i = 0; i < h.size(); i++) {
          m.put(h.get(i), v.get(i));
        }
        rows.add(m);
      }
    }
    return rows;
  }

  private static Path run(DeidKey key, String month, Path out) {
    Profile p = PseudonymiseExtracts.profile(DIR.resolve("科研提取.yaml"));
    Path target = out.resolve(month + ".csv");
    DeidResult r = PseudonymiseExtracts.run(p, key, DIR.resolve("出院-" + month + ".csv"), target);
    assertEquals(30, r.records());
    assertEquals(key.fingerprint(), r.keyFingerprint());
    return target;
  }

  @Test
  void readmittedPatientsHaveTheSamePseudonymsInBothMonths(@TempDir Path tmp) throws IOException {
    Path keyFile = tmp.resolve("project.key");
    Files.writeString(keyFile, DeidKey.generate().toHex() + "\n", StandardCharsets.US_ASCII);
    DeidKey key = PseudonymiseExtracts.key(keyFile);
    List<Map<String, String>> inMay = read(DIR.resolve("出院-2024-05.csv"));
    List<Map<String, String>> inJun = read(DIR.resolve("出院-2024-06.csv"));
    List<Map<String, String>> outMay = read(run(key, "2024-05", tmp));
    List<Map<String, String>> outJun = read(run(key, "2024-06", tmp));

    int linked = 0;
    for (int j = 0; j < inJun.size(); j++) {
      for (int m = 0; m < inMay.size(); m++) {
        // a patient keeps his 病案号 across admissions (住院次数 counts them)
        boolean samePerson = inJun.get(j).get("病案号").equals(inMay.get(m).get("病案号"));
        assertEquals(samePerson, outJun.get(j).get("病案号").equals(outMay.get(m).get("病案号")));
        if (inJun.get(j).get("身份证号").length() == 18) {
          assertEquals(samePerson, outJun.get(j).get("身份证号").equals(outMay.get(m).get("身份证号")));
        }
        if (samePerson) {
          linked++;
          // one offset per person: the interval between the two stays is kept
          assertEquals(between(inMay.get(m), inJun.get(j)), between(outMay.get(m), outJun.get(j)));
        }
      }
    }
    assertEquals(6, linked);

    String released = Files.readString(tmp.resolve("2024-05.csv")) + Files.readString(tmp.resolve("2024-06.csv"));
    for (Map<String, String> r : concat(inMay, inJun)) {
      // "-" is the first page's "not recorded", not an identifier
      assertTrue(r.get("身份证号").equals("-") || !released.contains(r.get("身份证号")), "a 身份证号 was released");
      assertFalse(released.contains(r.get("姓名")), "a name was released");
      assertFalse(released.contains(r.get("现住址电话")), "a phone number was released");
    }
    for (Map<String, String> r : concat(outMay, outJun)) {
      assertFalse(r.containsKey("姓名") || r.containsKey("现住址"));
      assertTrue(r.get("现住址电话").matches("\\d{3}\\*{4}\\d{4}"), r.get("现住址电话"));
      assertTrue(r.get("病案号").matches("R\\d{20}"), r.get("病案号"));
      assertTrue(r.get("出生日期").matches("\\d{4}"), r.get("出生日期"));
    }
    for (int i = 0; i < inMay.size(); i++) {
      assertEquals(inMay.get(i).get("出院主要诊断编码"), outMay.get(i).get("出院主要诊断编码"));
      assertEquals(stay(inMay.get(i)), stay(outMay.get(i)));
      assertNotEquals(inMay.get(i).get("入院时间"), outMay.get(i).get("入院时间"));
    }
  }

  @Test
  void anotherKeyGivesOtherPseudonyms(@TempDir Path tmp) throws IOException {
    Files.createDirectories(tmp.resolve("a"));
    Files.createDirectories(tmp.resolve("b"));
    List<Map<String, String>> a = read(run(DeidKey.generate(), "2024-05", tmp.resolve("a")));
    List<Map<String, String>> b = read(run(DeidKey.generate(), "2024-05", tmp.resolve("b")));
    for (int i = 0; i < a.size(); i++) {
      String id = a.get(i).get("身份证号");
      if (id.isBlank() || id.equals("-")) {
        // not recorded: written unchanged whatever the key (deid: blank and '-' are never pseudonymised)
        assertEquals(id, b.get(i).get("身份证号"));
        continue;
      }
      assertNotEquals(id, b.get(i).get("身份证号"));
    }
  }

  @Test
  void aWeakKeyAndAProfileWithTooShortPseudonymsAreRefused(@TempDir Path tmp) throws IOException {
    Path weak = tmp.resolve("weak.key");
    Files.writeString(weak, "00".repeat(32) + "\n", StandardCharsets.US_ASCII);
    assertThrows(InputException.class, () -> PseudonymiseExtracts.key(weak));
    Path profile = tmp.resolve("short.yaml");
    Files.writeString(profile, Files.readString(DIR.resolve("科研提取.yaml")).replace("length: 20", "length: 12"));
    InputException e = assertThrows(InputException.class, () -> PseudonymiseExtracts.profile(profile));
    assertTrue(e.getMessage().contains("record-number"), e.getMessage());
    assertFalse(Files.exists(tmp.resolve("2024-05.csv")));
  }

  private static Duration between(Map<String, String> first, Map<String, String> second) {
    return Duration.between(LocalDateTime.parse(first.get("入院时间"), TS), LocalDateTime.parse(second.get("入院时间"), TS));
  }

  private static Duration stay(Map<String, String> r) {
    return Duration.between(LocalDateTime.parse(r.get("入院时间"), TS), LocalDateTime.parse(r.get("出院时间"), TS));
  }

  private static List<Map<String, String>> concat(List<Map<String, String>> a, List<Map<String, String>> b) {
    List<Map<String, String>> all = new ArrayList<>(a);
    all.addAll(b);
    return all;
  }
}

package org.shutong.deid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shutong.i18n.Lang;
import org.shutong.io.InputException;
import org.shutong.io.OutputException;
import org.shutong.io.ReadOptions;
import org.shutong.io.Row;
import org.shutong.io.TableReader;
import org.shutong.io.TableReaders;
import org.shutong.io.WriteOptions;

class DeidentifierTest {
  static final DeidKey KEY = KeysAndCryptoTest.KEY;
  static final DeidKey OTHER = KeysAndCryptoTest.OTHER;

  @TempDir Path dir;

  private DeidResult run(Profile p, DeidKey key, Path in, Path out) {
    return Deidentifier.of(p, key).run(in, ReadOptions.defaults(), out, WriteOptions.defaults(), null);
  }

  static List<Map<String, String>> read(Path file) {
    List<Map<String, String>> rows = new ArrayList<>();
    try (TableReader r = TableReaders.open(file, ReadOptions.defaults())) {
      while (r.hasNext()) {
        Row row = r.next();
        Map<String, String> m = new HashMap<>();
        for (int i = 0; i < r.header().size(); i++) {
          m.put(r.header().get(i), row.get(i));
        }
        rows.add(m);
      }
    }
    return rows;
  }

  /** The never-happen search: no original direct identifier anywhere in the output or the reports. */
  static void assertNoDirectIdentifierLeaks(List<SyntheticFirstPage.Person> people, Path... outputs) throws IOException {
    List<String> values = SyntheticFirstPage.directValues(people);
    for (Path out : outputs) {
      String text = Files.readString(out, StandardCharsets.UTF_8);
      List<String> leaks = LeakFinder.find(text, values, 2);
      assertTrue(leaks.isEmpty(), out.getFileName() + " contains " + leaks.size() + " original identifiers, e.g. "
          + leaks.subList(0, Math.min(3, leaks.size())).size());
    }
  }

  private void neverHappen(int people) throws IOException {
    Path in = dir.resolve("in.csv");
    List<SyntheticFirstPage.Person> persons = new SyntheticFirstPage(7).write(in, people);
    Path out = dir.resolve("out.csv");
    Profile p = Profiles.builtin("firstpage", Lang.ZH);
    DeidResult r = run(p, KEY, in, out);
    assertTrue(r.records() >= people);
    Path json = dir.resolve("report.json");
    Files.writeString(json, new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(r));
    assertNoDirectIdentifierLeaks(persons, out, json);
    // the search itself finds leaks: the input has them all
    assertFalse(LeakFinder.find(Files.readString(in), SyntheticFirstPage.directValues(persons.subList(0, 50)), 2).isEmpty());
  }

  @Test
  void noOriginalDirectIdentifierAppearsInTheOutputOrTheReport() throws IOException {
    neverHappen(3_000);
  }

  @Test
  @Tag("e2e")
  void noOriginalDirectIdentifierAppearsFor100kPeople() throws IOException {
    neverHappen(100_000);
  }

  @Test
  void theFirstPageProfileDoesWhatItSays() throws IOException {
    Path in = dir.resolve("in.csv");
    List<SyntheticFirstPage.Person> persons = new SyntheticFirstPage(11).write(in, 300);
    Path out = dir.resolve("out.csv");
    DeidResult r = run(Profiles.builtin("firstpage", Lang.ZH), KEY, in, out);
    List<Map<String, String>> before = read(in);
    List<Map<String, String>> after = read(out);
    assertEquals(before.size(), after.size());
    for (String dropped : List.of("姓名", "现住址", "现住址电话", "联系人姓名", "联系人电话", "工作单位及地址")) {
      assertFalse(after.get(0).containsKey(dropped), dropped);
    }
    Pseudonymizer ps = new Pseudonymizer(KEY, HashAlgorithm.HMAC_SM3, Alphabet.BASE32, 16);
    for (int i = 0; i < before.size(); i++) {
      Map<String, String> b = before.get(i);
      Map<String, String> a = after.get(i);
      assertEquals(ps.pseudonym("resident-id", b.get("身份证号")), a.get("身份证号"));
      assertEquals(b.get("出生日期").substring(0, 4), a.get("出生日期"));
      assertEquals(b.get("性别"), a.get("性别"));
      assertEquals(b.get("出院主要诊断编码"), a.get("出院主要诊断编码"));
      assertTrue(a.get("年龄（岁）").matches("\\d+-\\d+|>=90"), a.get("年龄（岁）"));
      assertEquals(b.get("现住址邮政编码").substring(0, 3) + "***", a.get("现住址邮政编码"));
      // dates move, the length of stay stays
      assertNotEquals(b.get("入院时间"), a.get("入院时间"));
      long losBefore = days(b.get("入院时间"), b.get("出院时间"));
      assertEquals(losBefore, days(a.get("入院时间"), a.get("出院时间")));
      String note = a.get("医嘱转院、转社区卫生服务机构/乡镇卫生院名称");
      assertFalse(note.contains(b.get("身份证号")) || note.contains(b.get("现住址电话")));
    }
    // one person, one offset: every stay of a person moves by the same number of days
    Map<String, Long> offsets = new HashMap<>();
    for (int i = 0; i < before.size(); i++) {
      long off = days(before.get(i).get("入院时间"), after.get(i).get("入院时间"));
      Long prev = offsets.putIfAbsent(before.get(i).get("身份证号"), off);
      if (prev != null) {
        assertEquals(prev, off);
      }
    }
    assertTrue(offsets.size() < before.size(), "people with several stays");
    ColumnStats name = r.columns().stream().filter(c -> c.header().equals("姓名")).findFirst().orElseThrow();
    assertEquals(Action.DROP, name.action());
    assertEquals(before.size(), name.nonEmpty());
    ColumnStats note = r.columns().stream().filter(c -> c.action() == Action.SCRUB).findFirst().orElseThrow();
    assertTrue(note.tags().getOrDefault(TextScrubber.ID, 0L) > 0 && note.tags().getOrDefault(TextScrubber.PHONE, 0L) > 0,
        note.tags().toString());
    assertNotNull(r.riskBefore());
    assertTrue(r.riskAfter().k() >= r.riskBefore().k());
    assertEquals(KEY.fingerprint(), r.keyFingerprint());
    assertEquals(persons.size(), offsets.size());
  }

  private static long days(String from, String to) {
    return java.time.temporal.ChronoUnit.DAYS.between(java.time.LocalDate.parse(from.substring(0, 10)),
        java.time.LocalDate.parse(to.substring(0, 10)));
  }

  @Test
  void theFirstPageProfileTakesAWholeNationalFirstPageFile() throws IOException {
    // all 811 columns of the national layout, as `shutong generate firstpage` writes them: the
    // hospital's credit code in A01 is not a person's identifier and must not stop the run
    Path in = dir.resolve("fp.csv");
    org.shutong.firstpage.FirstPageGenerator g = org.shutong.firstpage.FirstPageGenerator.create(
        org.shutong.firstpage.FirstPageGenerator.Options.of(60).withSeed(5));
    try (org.shutong.io.TableWriter w = org.shutong.io.TableWriters.open(in, org.shutong.io.WriteOptions.defaults())) {
      w.writeHeader(g.header());
      g.generate((values, answers) -> w.writeRow(java.util.Arrays.asList(values)));
      w.commit();
    }
    Path out = dir.resolve("out.csv");
    DeidResult r = run(Profiles.builtin("firstpage", Lang.ZH), KEY, in, out);
    assertEquals(60, r.records());
    List<Map<String, String>> before = read(in);
    List<Map<String, String>> after = read(out);
    assertEquals(before.get(0).get("A01"), after.get(0).get("A01"));
    assertNotEquals(before.get(0).get("A20"), after.get(0).get("A20"));
  }

  @Test
  void theFirstPagesDashIsNotAPersonKey() throws IOException {
    // 填写说明: a box with nothing to fill holds "-"; newborns often have no 身份证号
    Path in = dir.resolve("in.csv");
    StringBuilder csv = new StringBuilder("A20,A48,B12,B15\n");
    for (int i = 0; i < 40; i++) {
      csv.append(i % 2 == 0 ? "-" : "\uFF0D").append(",BA").append(1000 + i)
          .append(",2024-05-10 08:00:00,2024-05-14 10:00:00\n");
    }
    Files.writeString(in, csv.toString());
    Path out = dir.resolve("out.csv");
    run(Profiles.builtin("firstpage", Lang.ZH), KEY, in, out);
    List<Map<String, String>> after = read(out);
    java.util.Set<String> admissions = new java.util.HashSet<>();
    for (int i = 0; i < after.size(); i++) {
      assertEquals(i % 2 == 0 ? "-" : "\uFF0D", after.get(i).get("A20"), "the mark stays as it was");
      assertNotEquals("-", after.get(i).get("B12"));
      admissions.add(after.get(i).get("B12"));
    }
    // each patient is shifted by the offset of their own 病案号, not all by the offset of "-"
    assertTrue(admissions.size() > 20, admissions.toString());
  }

  @Test
  void theSameKeyGivesTheSamePseudonymsAndAnotherKeyOthers() throws IOException {
    Path in = dir.resolve("in.csv");
    new SyntheticFirstPage(3).write(in, 200);
    Profile p = Profiles.builtin("firstpage", Lang.ZH);
    run(p, KEY, in, dir.resolve("a.csv"));
    run(p, KEY, in, dir.resolve("b.csv"));
    run(p, OTHER, in, dir.resolve("c.csv"));
    List<Map<String, String>> a = read(dir.resolve("a.csv"));
    List<Map<String, String>> b = read(dir.resolve("b.csv"));
    List<Map<String, String>> c = read(dir.resolve("c.csv"));
    for (int i = 0; i < a.size(); i++) {
      for (String col : List.of("身份证号", "病案号", "健康卡号")) {
        assertEquals(a.get(i).get(col), b.get(i).get(col), col);
        assertNotEquals(a.get(i).get(col), c.get(i).get(col), col);
      }
      assertEquals(a.get(i).get("入院时间"), b.get(i).get("入院时间"));
    }
  }

  @Test
  void decryptionWithTheKeyRestoresTheOriginal() throws IOException {
    Path in = dir.resolve("in.csv");
    new SyntheticFirstPage(5).write(in, 50);
    Path prof = dir.resolve("enc.yaml");
    Files.writeString(prof, """
        name: enc
        rules:
          - id: id
            columns: [身份证号]
            class: direct
            action: encrypt
            domain: resident-id
          - id: rest
            pattern: ".*"
            action: drop
        """);
    Path out = dir.resolve("out.csv");
    run(Profiles.load(prof, Lang.ZH), KEY, in, out);
    List<Map<String, String>> before = read(in);
    List<Map<String, String>> after = read(out);
    TokenCipher c = new TokenCipher(KEY);
    for (int i = 0; i < before.size(); i++) {
      String token = after.get(i).get("身份证号");
      assertTrue(TokenCipher.isToken(token));
      assertEquals(before.get(i).get("身份证号"), c.decrypt("resident-id", token).orElseThrow());
      assertTrue(new TokenCipher(OTHER).decrypt("resident-id", token).isEmpty());
    }
  }

  @Test
  void aProfileNamingAMissingColumnFailsBeforeAnyOutput() throws IOException {
    Path in = dir.resolve("in.csv");
    Files.writeString(in, "病案号,性别\n001,1\n");
    Path prof = dir.resolve("p.yaml");
    Files.writeString(prof, """
        name: p
        rules:
          - id: name
            columns: [姓名]
            class: direct
            action: drop
        """);
    Path out = dir.resolve("out.csv");
    InputException e = assertThrows(InputException.class, () -> run(Profiles.load(prof, Lang.EN), KEY, in, out));
    assertTrue(e.getMessage().contains("姓名") && e.getMessage().contains("未写入任何输出"), e.getMessage());
    assertFalse(Files.exists(out));
    try (Stream<Path> files = Files.list(dir)) {
      assertEquals(2, files.count(), "no temporary file left either");
    }
  }

  @Test
  void anInterruptedRunLeavesNoOutputFile() throws IOException {
    Path in = dir.resolve("in.csv");
    new SyntheticFirstPage(9).write(in, 6000);
    Path out = dir.resolve("out.csv");
    AtomicInteger n = new AtomicInteger();
    Profile p = Profiles.builtin("firstpage", Lang.ZH);
    assertThrows(CancellationException.class, () -> Deidentifier.of(p, KEY)
        .run(in, ReadOptions.defaults(), out, WriteOptions.defaults(), () -> {
          if (n.incrementAndGet() == 3000) {
            Thread.currentThread().interrupt();
          }
        }));
    assertTrue(Thread.interrupted());
    assertFalse(Files.exists(out));
    try (Stream<Path> files = Files.list(dir)) {
      assertEquals(1, files.count(), "only the input is left");
    }
  }

  @Test
  void anInterruptedParallelRunStopsItsThreads() throws IOException {
    Path in = dir.resolve("in.csv");
    new SyntheticFirstPage(9).write(in, 6000);
    Path out = dir.resolve("out.csv");
    AtomicInteger n = new AtomicInteger();
    CancellationException e = assertThrows(CancellationException.class, () -> Deidentifier.of(
        Profiles.builtin("firstpage", Lang.EN), KEY).withThreads(3).withBatchSize(16)
        .run(in, ReadOptions.defaults().withLang(Lang.EN), out, WriteOptions.defaults(), () -> {
          if (n.incrementAndGet() == 100) {
            Thread.currentThread().interrupt();
          }
        }));
    assertTrue(Thread.interrupted());
    assertFalse(e instanceof ParallelRows.Interrupted, "the run's own message");
    assertFalse(Files.exists(out));
    assertEquals(List.of(), ParallelRowsTest.live("shutong-deid"));
  }

  /**
   * A byte that is not UTF-8 near the end of a large file, found by the reading thread after
   * thousands of records were transformed: the same message naming the file and line whatever the
   * number of threads, no output, no thread left.
   */
  @Test
  void anUndecodableRecordLateInTheFileIsTheSameErrorForAnyNumberOfThreads() throws IOException {
    Path good = dir.resolve("good.csv");
    new SyntheticFirstPage(5).write(good, 6000);
    byte[] b = Files.readAllBytes(good);
    int at = b.length - 40;
    while (b[at] == ',' || b[at] == '\n' || b[at] == '\r') {
      at++;
    }
    b[at] = (byte) 0xFF;
    long line = 1;
    for (int i = 0; i < at; i++) {
      line += b[i] == '\n' ? 1 : 0;
    }
    Path in = dir.resolve("bad.csv");
    Files.write(in, b);
    Profile p = Profiles.builtin("firstpage", Lang.EN);
    List<String> messages = new ArrayList<>();
    for (int threads : new int[] {1, 2, 4}) {
      Path out = dir.resolve("out" + threads + ".csv");
      InputException e = assertThrows(InputException.class, () -> Deidentifier.of(p, KEY).withThreads(threads)
          .withBatchSize(64).run(in, ReadOptions.defaults().withLang(Lang.EN), out, WriteOptions.defaults(), null));
      messages.add(e.getMessage());
      assertTrue(java.util.Arrays.stream(e.getStackTrace())
          .anyMatch(f -> f.getClassName().startsWith(ParallelRows.class.getName())), "found by the reading thread");
      assertTrue(e.getMessage().contains("bad.csv") && e.getMessage().contains(Long.toString(line)), e.getMessage());
      assertEquals(line, e.line());
      assertFalse(Files.exists(out));
      assertEquals(List.of(), ParallelRowsTest.live("shutong-deid"));
    }
    assertEquals(1, messages.stream().distinct().count(), messages.toString());
    try (Stream<Path> files = Files.list(dir)) {
      assertEquals(2, files.count(), "only the inputs are left");
    }
  }

  @Test
  void aSuccessfulRunLeavesNoThreadAndTheSameOutputForAnyNumberOfThreads() throws IOException {
    Path in = dir.resolve("in.csv");
    new SyntheticFirstPage(3).write(in, 2500);
    Profile p = Profiles.builtin("firstpage", Lang.ZH);
    Path one = dir.resolve("one.csv");
    DeidResult r1 = Deidentifier.of(p, KEY).withThreads(1).run(in, ReadOptions.defaults(), one,
        WriteOptions.defaults(), null);
    assertEquals(List.of(), ParallelRowsTest.live("shutong-deid"));
    Path many = dir.resolve("many.csv");
    AtomicInteger seen = new AtomicInteger();
    DeidResult r4 = Deidentifier.of(p, KEY).withThreads(4).withBatchSize(10).run(in, ReadOptions.defaults(), many,
        WriteOptions.defaults(), seen::incrementAndGet);
    assertEquals(List.of(), ParallelRowsTest.live("shutong-deid"));
    assertEquals(r4.records(), seen.get(), "progress once per record");
    assertTrue(java.util.Arrays.equals(Files.readAllBytes(one), Files.readAllBytes(many)));
    assertEquals(r1.records(), r4.records());
    assertEquals(r1.columns(), r4.columns());
  }

  @Test
  void theNumberOfThreadsCannotBeNegative() {
    Deidentifier d = Deidentifier.of(Profiles.builtin("firstpage", Lang.ZH), KEY);
    assertThrows(IllegalArgumentException.class, () -> d.withThreads(-1));
    assertThrows(IllegalArgumentException.class, () -> d.withBatchSize(0));
  }

  @Test
  void theInputIsNeverTheOutputAndIsNotModified() throws IOException {
    Path in = dir.resolve("in.csv");
    new SyntheticFirstPage(1).write(in, 20);
    byte[] bytes = Files.readAllBytes(in);
    assertThrows(OutputException.class, () -> run(Profiles.builtin("firstpage", Lang.ZH), KEY, in, in));
    run(Profiles.builtin("firstpage", Lang.ZH), KEY, in, dir.resolve("out.csv"));
    assertTrue(java.util.Arrays.equals(bytes, Files.readAllBytes(in)));
  }

  @Test
  void anUnlistedColumnThatLooksLikeAnIdentifierStopsTheRun() throws IOException {
    Path in = dir.resolve("in.csv");
    SyntheticFirstPage g = new SyntheticFirstPage(2);
    StringBuilder sb = new StringBuilder("序号,客户联络\n");
    for (int i = 0; i < 50; i++) {
      sb.append(i).append(',').append(g.mobile()).append('\n');
    }
    Files.writeString(in, sb.toString());
    Path out = dir.resolve("out.csv");
    InputException e = assertThrows(InputException.class, () -> run(Profiles.builtin("firstpage", Lang.EN), KEY, in, out));
    assertTrue(e.getMessage().contains("客户联络") && e.getMessage().contains("phone"), e.getMessage());
    assertFalse(Files.exists(out));
  }

  @Test
  void aFewIdentifiersInAnUnlistedColumnAlsoStopTheRun() throws IOException {
    Path in = dir.resolve("in.csv");
    SyntheticFirstPage g = new SyntheticFirstPage(4);
    StringBuilder sb = new StringBuilder("序号,备用\n");
    for (int i = 0; i < 100; i++) {
      sb.append(i).append(',').append(i % 10 == 0 ? g.mobile() : "无").append('\n');
    }
    Files.writeString(in, sb.toString());
    Path out = dir.resolve("out.csv");
    InputException e = assertThrows(InputException.class, () -> run(Profiles.builtin("firstpage", Lang.EN), KEY, in, out));
    assertTrue(e.getMessage().contains("备用"), e.getMessage());
    assertFalse(Files.exists(out));
  }

  @Test
  void kWithoutQuasiIdentifiersIsAnError() throws IOException {
    Path in = dir.resolve("in.csv");
    Files.writeString(in, "序号,数值\n1,2\n");
    Path prof = dir.resolve("p.yaml");
    Files.writeString(prof, "name: p\nrules:\n  - {columns: [数值], action: keep}\n");
    Path out = dir.resolve("out.csv");
    assertThrows(InputException.class, () -> Deidentifier.of(Profiles.load(prof, Lang.ZH), KEY).withK(5, 0)
        .run(in, ReadOptions.defaults(), out, WriteOptions.defaults(), null));
    assertFalse(Files.exists(out));
  }

  @Test
  void kAnonymityIsReachedWithinTheSuppressionLimit() throws IOException {
    Path in = dir.resolve("in.csv");
    new SyntheticFirstPage(13).write(in, 2000);
    Path prof = dir.resolve("k.yaml");
    Files.writeString(prof, """
        name: k
        person: [身份证号]
        unlisted: drop
        rules:
          - id: sex
            columns: [性别]
            class: quasi
            action: keep
          - id: birth
            columns: [出生日期]
            class: quasi
            action: generalize
            type: date
            level: day
          - id: age
            columns: [年龄（岁）]
            class: quasi
            action: generalize
            type: age
            widths: [5, 10, 20]
            level: exact
          - id: postal
            columns: [现住址邮政编码]
            class: quasi
            action: generalize
            type: prefix
            lengths: [4, 2]
            level: as-is
          - id: dx
            columns: [出院主要诊断编码]
            class: sensitive
            action: keep
        """);
    Path out = dir.resolve("out.csv");
    DeidResult r = Deidentifier.of(Profiles.load(prof, Lang.ZH), KEY).withK(5, 0.02).withSensitive(List.of("出院主要诊断编码"))
        .run(in, ReadOptions.defaults(), out, WriteOptions.defaults(), null);
    Anonymization a = r.anonymization();
    assertTrue(a.found());
    assertTrue(a.suppressedRecords() <= 0.02 * r.records() + 1e-9);
    assertTrue(r.riskAfter().k() >= 5, "k after = " + r.riskAfter().k());
    assertTrue(r.riskBefore().k() < 5);
    assertTrue(a.evaluated() <= a.latticeSize());
    assertTrue(r.riskAfter().lDiversity().get("出院主要诊断编码") >= 1);
    assertEquals(4, a.levels().size());
  }
}

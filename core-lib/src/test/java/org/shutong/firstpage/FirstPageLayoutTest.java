package org.shutong.firstpage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shutong.io.ReadOptions;
import org.shutong.io.Row;
import org.shutong.io.TableReader;
import org.shutong.io.TableReaders;

class FirstPageLayoutTest {
  private static final FirstPageFields FIELDS = FirstPageFields.standard();

  private static FirstPageRecord record(List<String> header, List<String> values) {
    FirstPageLayout layout = FirstPageLayout.of(FIELDS.dictionary().map(header));
    return layout.view(new Row("t.csv", 1, 2, values.toArray(new String[0])));
  }

  @Test
  void onlySlotsWithColumnsArePresent() {
    List<String> header = new ArrayList<>(List.of("C03C", "C04N"));
    for (int i = 1; i <= 10; i++) {
      header.add(String.format("C06x%02dC", i));
    }
    header.add("C07x12N");
    FirstPageLayout layout = FirstPageLayout.of(FIELDS.dictionary().map(header));
    List<FieldGroup.Slot> slots = layout.slots(FieldGroup.DIAGNOSIS);
    assertEquals(12, slots.size());
    assertEquals(0, slots.get(0).number());
    assertEquals(12, slots.get(11).number());
    assertEquals("C08x12C", slots.get(11).field(2));
    assertTrue(layout.slots(FieldGroup.ICU).isEmpty());
    assertEquals(-1, layout.column("C06x11C"));
  }

  @Test
  void diagnosesAreReadAsAGroupWithTheEmptyBoxConvention() {
    FirstPageRecord r = record(
        List.of("出院主要诊断编码", "出院主要诊断名称", "C05C", "C06x01C", "C07x01N", "C08x01C",
            "C06x02C", "C07x02N", "C08x02C", "C06x03C", "C07x03N", "C08x03C"),
        List.of(" I21.900 ", "急性心肌梗死", "1", "E11.900", "2型糖尿病", "1", "-", "-", "-",
            "", "高血压", ""));
    Diagnosis p = r.principalDiagnosis().orElseThrow();
    assertTrue(p.principal());
    assertEquals("I21.900", p.code());
    assertEquals("C03C", p.codeField());
    assertEquals("1", p.admissionCondition());
    assertNull(p.outcome());
    List<Diagnosis> others = r.otherDiagnoses();
    assertEquals(2, others.size());
    assertEquals("E11.900", others.get(0).code());
    assertEquals(1, others.get(0).slot().number());
    assertNull(others.get(1).code());
    assertEquals("高血压", others.get(1).name());
    assertEquals("C06x03C", others.get(1).codeField());
    assertEquals(3, r.diagnoses().size());
  }

  @Test
  void fortyDiagnosesAndOperations() {
    List<String> header = new ArrayList<>();
    List<String> values = new ArrayList<>();
    for (int i = 1; i <= 40; i++) {
      header.add(String.format("C06x%02dC", i));
      values.add("J18.900");
      header.add(String.format("C35x%02dC", i));
      values.add("96.7101");
    }
    header.add("C14x01C");
    values.add("36.0700");
    FirstPageRecord r = record(header, values);
    assertEquals(40, r.otherDiagnoses().size());
    assertTrue(r.principalDiagnosis().isEmpty());
    List<Procedure> ops = r.procedures();
    assertEquals(41, ops.size());
    assertTrue(ops.get(0).main());
    assertEquals("36.0700", ops.get(0).code());
    assertEquals("C35x40C", ops.get(40).codeField());
  }

  @Test
  void shortcutsParseLenientlyAndReturnEmptyForGarbage() {
    FirstPageRecord r = record(
        List.of("A12C", "A14", "A16", "A13", "B12", "B15", "B20", "B16C", "B34C", "D01"),
        List.of("2", "45", "-", "1979-03-02", "2024-01-05 08:30:00", "2024/1/9 10:00", "abc",
            "0302", "1", "1234.50"));
    assertEquals("2", r.sex());
    assertEquals(OptionalInt.of(45), r.ageYears());
    assertEquals(OptionalInt.empty(), r.ageDays());
    assertEquals(Optional.of(LocalDate.of(1979, 3, 2)), r.birthDate());
    assertEquals(Optional.of(LocalDateTime.of(2024, 1, 5, 8, 30)), r.admitted());
    assertEquals(Optional.of(LocalDateTime.of(2024, 1, 9, 10, 0)), r.discharged());
    assertEquals(OptionalInt.empty(), r.lengthOfStay());
    assertEquals("0302", r.department());
    assertEquals("1", r.dischargeMode());
    assertEquals(1234.5, r.number("D01").orElseThrow(), 1e-9);
    assertEquals("", r.raw("A11"));
    assertFalse(r.filled("A16"));
  }

  @Test
  void operationsIcuStaysAndNewbornWeights() {
    FirstPageRecord r = record(
        List.of("C14x01C", "C15x01N", "C16x01", "C17x01", "C35x01C", "C36x01N",
            "C48x01C", "C49x01", "C50x01", "A18x01", "A18x02", "A18x03"),
        List.of("47.0100", "腹腔镜下阑尾切除术", "2024-01-06 09:00:00", "2", "-", "",
            "03", "2024-01-06 12:00:00", "2024-01-07 08:00:00", "3200", "2950", "x"));
    Procedure main = r.mainProcedure().orElseThrow();
    assertEquals("47.0100", main.code());
    assertEquals("2", main.level());
    assertEquals(Optional.of(LocalDateTime.of(2024, 1, 6, 9, 0)), main.performedAt());
    assertEquals(1, r.procedures().size());
    IcuStay icu = r.icuStays().get(0);
    assertEquals("03", icu.unit());
    assertEquals(Optional.of(LocalDateTime.of(2024, 1, 7, 8, 0)), icu.leftAt());
    assertEquals(List.of(3200, 2950), r.newbornWeights());
  }

  @Test
  void readsARealFileWithChineseHeadersInGb18030(@TempDir Path dir) throws IOException {
    Path f = dir.resolve("首页.csv");
    Files.writeString(f, "病案号,住院次数,性别,出院主要诊断编码,出院其他诊断编码1\n"
        + "BA0001,1,1,I21.900,E11.900\n", Charset.forName("GB18030"));
    try (TableReader tr = TableReaders.open(f, ReadOptions.defaults())) {
      FirstPageLayout layout = FirstPageLayout.of(FIELDS.dictionary().map(tr.header()));
      FirstPageRecord r = layout.view(tr.next());
      assertEquals("BA0001", r.value("A48"));
      assertEquals(OptionalInt.of(1), r.integer("A49"));
      assertEquals("E11.900", r.otherDiagnoses().get(0).code());
    }
  }
}

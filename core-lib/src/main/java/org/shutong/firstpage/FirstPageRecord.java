package org.shutong.firstpage;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.apiguardian.api.API;
import org.shutong.io.Row;

/**
 * A read-only view of one first-page record (one {@link Row}) through its input's
 * {@link FirstPageLayout}: values by field code, typed shortcuts for the fields most users need, and
 * the repeated groups as lists. Follows the 2011 填写说明's empty-box convention: a blank box or
 * {@code -} has no value ({@link #value} returns {@code null}). Readable dates and numbers are
 * those of the lenient forms real extracts use; whether they are in the standard format is for the
 * checks to say, not for this view.
 */
@API(status = API.Status.STABLE, since = "0.1")
public final class FirstPageRecord {
  private final FirstPageLayout layout;
  private final Row row;

  FirstPageRecord(FirstPageLayout layout, Row row) {
    this.layout = layout;
    this.row = row;
  }

  /** The underlying row (file, record number, line, raw values). */
  public Row row() {
    return row;
  }

  /** The layout of this record's input. */
  public FirstPageLayout layout() {
    return layout;
  }

  /** The value of a field exactly as found, or {@code ""} if the input has no such column. */
  public String raw(String code) {
    return row.get(layout.column(code));
  }

  /** The trimmed value of a field, or {@code null} if absent, blank or {@code -}. */
  public String value(String code) {
    return Values.clean(raw(code));
  }

  /**
   * Whether {@code value} records nothing: {@code null}, blank, or the mark {@code -} (also
   * full-width {@code －}) that 卫医政发〔2011〕84号《住院病案首页部分项目填写说明》 prescribes for a box
   * with nothing to fill. The one test behind {@link #filled} and {@link #value}; de-identification
   * uses it so that such a value is never taken for a person key.
   */
  @API(status = API.Status.EXPERIMENTAL, since = "0.1")
  public static boolean notRecorded(String value) {
    return Values.isEmpty(value);
  }

  /** Whether a field is filled (present, not blank, not {@code -}). */
  public boolean filled(String code) {
    return !Values.isEmpty(raw(code));
  }

  /** A field's value as a number, if filled and a number. */
  public OptionalDouble number(String code) {
    double d = Values.parseNumber(value(code));
    return Double.isNaN(d) ? OptionalDouble.empty() : OptionalDouble.of(d);
  }

  /** A field's value as an integer, if filled and a whole number (e.g. {@code 3} or {@code 3.0}). */
  public OptionalInt integer(String code) {
    double d = Values.parseNumber(value(code));
    if (Double.isNaN(d) || d != Math.rint(d) || Math.abs(d) > Integer.MAX_VALUE) {
      return OptionalInt.empty();
    }
    return OptionalInt.of((int) d);
  }

  /** A field's value as a date (the date part of a date-time), if filled and readable. */
  public Optional<LocalDate> date(String code) {
    return dateTime(code).map(LocalDateTime::toLocalDate);
  }

  /** A field's value as a date-time (midnight for a date alone), if filled and readable. */
  public Optional<LocalDateTime> dateTime(String code) {
    return toDateTime(Values.parseDateTime(value(code)));
  }

  // --- shortcuts

  /** 性别 {@code A12C} (RC001: 1 男, 2 女, 0 未知, 9 未说明), or {@code null}. */
  public String sex() {
    return value("A12C");
  }

  /** 年龄（岁） {@code A14}. */
  public OptionalInt ageYears() {
    return integer("A14");
  }

  /** 年龄不足1周岁的年龄（天） {@code A16}. */
  public OptionalInt ageDays() {
    return integer("A16");
  }

  /** 出生日期 {@code A13}. */
  public Optional<LocalDate> birthDate() {
    return date("A13");
  }

  /** 入院时间 {@code B12}. */
  public Optional<LocalDateTime> admitted() {
    return dateTime("B12");
  }

  /** 出院时间 {@code B15}. */
  public Optional<LocalDateTime> discharged() {
    return dateTime("B15");
  }

  /** 实际住院（天） {@code B20}. */
  public OptionalInt lengthOfStay() {
    return integer("B20");
  }

  /** 出院科别 {@code B16C} (RC023), or {@code null}. */
  public String department() {
    return value("B16C");
  }

  /** 离院方式 {@code B34C} (RC019: 1 医嘱离院 … 5 死亡 9 其他), or {@code null}. */
  public String dischargeMode() {
    return value("B34C");
  }

  // --- groups

  /** The principal diagnosis, if any of its fields is filled. */
  public Optional<Diagnosis> principalDiagnosis() {
    List<Diagnosis> d = diagnoses(true);
    return d.isEmpty() || !d.get(0).principal() ? Optional.empty() : Optional.of(d.get(0));
  }

  /** The other diagnoses with any field filled, in slot order. */
  public List<Diagnosis> otherDiagnoses() {
    return diagnoses(false);
  }

  /** The principal diagnosis (if filled) followed by the other diagnoses. */
  public List<Diagnosis> diagnoses() {
    return diagnoses(true);
  }

  private List<Diagnosis> diagnoses(boolean withPrincipal) {
    List<Diagnosis> out = new ArrayList<>();
    List<FieldGroup.Slot> slots = layout.slots(FieldGroup.DIAGNOSIS);
    int[][] cols = layout.columns(FieldGroup.DIAGNOSIS);
    for (int i = 0; i < cols.length; i++) {
      FieldGroup.Slot s = slots.get(i);
      if (s.number() == 0 && !withPrincipal) {
        continue;
      }
      int[] c = cols[i];
      String code = v(c[0]);
      String name = v(c[1]);
      String cond = v(c[2]);
      String outcome = v(c[3]);
      if (code != null || name != null || cond != null || outcome != null) {
        out.add(new Diagnosis(s, code, name, cond, outcome));
      }
    }
    return Collections.unmodifiableList(out);
  }

  /** The main operation, if any of its fields is filled. */
  public Optional<Procedure> mainProcedure() {
    List<Procedure> p = procedures();
    return p.isEmpty() || !p.get(0).main() ? Optional.empty() : Optional.of(p.get(0));
  }

  /** The operations with any field filled: the main one first, then the others in slot order. */
  public List<Procedure> procedures() {
    List<Procedure> out = new ArrayList<>();
    List<FieldGroup.Slot> slots = layout.slots(FieldGroup.PROCEDURE);
    int[][] cols = layout.columns(FieldGroup.PROCEDURE);
    String[] v = new String[12];
    for (int i = 0; i < cols.length; i++) {
      boolean any = false;
      for (int m = 0; m < v.length; m++) {
        v[m] = v(cols[i][m]);
        any |= v[m] != null;
      }
      if (any) {
        out.add(new Procedure(slots.get(i), v[0], v[1], v[2], v[3], v[4], v[5], v[6], v[7], v[8],
            v[9], v[10], v[11]));
      }
    }
    return Collections.unmodifiableList(out);
  }

  /** The ICU stays with any field filled, in slot order. */
  public List<IcuStay> icuStays() {
    List<IcuStay> out = new ArrayList<>();
    List<FieldGroup.Slot> slots = layout.slots(FieldGroup.ICU);
    int[][] cols = layout.columns(FieldGroup.ICU);
    for (int i = 0; i < cols.length; i++) {
      String unit = v(cols[i][0]);
      String in = v(cols[i][1]);
      String out2 = v(cols[i][2]);
      if (unit != null || in != null || out2 != null) {
        out.add(new IcuStay(slots.get(i), unit, in, out2));
      }
    }
    return Collections.unmodifiableList(out);
  }

  /**
   * The newborn birth weights in grams ({@code A18x01…A18x05}) that are filled and numeric, in slot
   * order.
   */
  public List<Integer> newbornWeights() {
    List<Integer> out = new ArrayList<>();
    for (int[] c : layout.columns(FieldGroup.NEWBORN_WEIGHT)) {
      double d = Values.parseNumber(v(c[0]));
      if (!Double.isNaN(d)) {
        out.add((int) Math.round(d));
      }
    }
    return Collections.unmodifiableList(out);
  }

  private String v(int column) {
    return column < 0 ? null : Values.clean(row.get(column));
  }

  static Optional<LocalDateTime> toDateTime(long seconds) {
    if (seconds == Values.NONE) {
      return Optional.empty();
    }
    return Optional.of(LocalDateTime.ofEpochSecond(seconds, 0, ZoneOffset.UTC));
  }

  @Override
  public String toString() {
    return "FirstPageRecord" + row;
  }
}

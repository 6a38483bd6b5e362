package org.shutong.drg;

import java.util.ArrayList;
import java.util.List;
import org.apiguardian.api.API;

/**
 * One discharge as the CHS-DRG grouper sees it (the grouper's medical record: sex, age in years, age
 * in days, newborn weight, diagnoses with the principal first, procedures with the main one first).
 *
 * <p>Values are kept as written in the input, so that the grouper can report a bad value as found;
 * the grouper compares sex, ages and weight as numbers (ALGORITHM.md §4). Codes are trimmed, and
 * empty codes and the first page's placeholder {@code -} are dropped, so index 0 is always the
 * principal diagnosis (main procedure) when there is one. Immutable.
 *
 * @param sex 性别 as written: {@code 1}/{@code 2} (also {@code 男}/{@code 女}); empty if missing
 * @param ageYears 年龄（岁） as written; empty if missing
 * @param ageDays 年龄（天） as written; empty if missing (needed when the age is 0)
 * @param weight newborn weight in grams as written; empty if missing (needed up to 28 days)
 * @param diagnoses diagnosis codes, principal first
 * @param procedures procedure codes, main procedure first
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record DrgRecord(
    String sex,
    String ageYears,
    String ageDays,
    String weight,
    List<String> diagnoses,
    List<String> procedures) {

  /** Replaces {@code null} values by empty ones and normalises the code lists. */
  public DrgRecord {
    sex = sex == null ? "" : sex;
    ageYears = ageYears == null ? "" : ageYears;
    ageDays = ageDays == null ? "" : ageDays;
    weight = weight == null ? "" : weight;
    diagnoses = codes(diagnoses);
    procedures = codes(procedures);
  }

  /** Whether {@code value} is a code and not an empty cell or the placeholder {@code -}. */
  public static boolean isCode(String value) {
    if (value == null) {
      return false;
    }
    String s = value.strip();
    return !s.isEmpty() && !s.equals("-");
  }

  private static List<String> codes(List<String> in) {
    if (in == null || in.isEmpty()) {
      return List.of();
    }
    boolean clean = true;
    for (int i = 0; i < in.size() && clean; i++) {
      String s = in.get(i);
      clean = s != null && !s.isEmpty() && !s.equals("-") && !Character.isWhitespace(s.charAt(0))
          && !Character.isWhitespace(s.charAt(s.length() - 1));
    }
    if (clean) {
      return List.copyOf(in);
    }
    List<String> out = new ArrayList<>(in.size());
    for (String s : in) {
      if (isCode(s)) {
        out.add(s.strip());
      }
    }
    return List.copyOf(out);
  }

  /** Starts a record. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link DrgRecord}; not thread-safe. */
  public static final class Builder {
    private String sex = "";
    private String ageYears = "";
    private String ageDays = "";
    private String weight = "";
    private final List<String> diagnoses = new ArrayList<>();
    private final List<String> procedures = new ArrayList<>();

    private Builder() {}

    /** 性别 as written ({@code 1} male, {@code 2} female). */
    public Builder sex(String v) {
      sex = v;
      return this;
    }

    /** 性别: 1 male, 2 female. */
    public Builder sex(int v) {
      return sex(Integer.toString(v));
    }

    /** 年龄（岁） as written. */
    public Builder ageYears(String v) {
      ageYears = v;
      return this;
    }

    /** 年龄（岁）. */
    public Builder ageYears(int v) {
      return ageYears(Integer.toString(v));
    }

    /** 年龄（天） as written. */
    public Builder ageDays(String v) {
      ageDays = v;
      return this;
    }

    /** 年龄（天）. */
    public Builder ageDays(int v) {
      return ageDays(Integer.toString(v));
    }

    /** Newborn weight in grams as written. */
    public Builder weight(String v) {
      weight = v;
      return this;
    }

    /** Newborn weight in grams. */
    public Builder weight(int v) {
      return weight(Integer.toString(v));
    }

    /** Adds diagnoses; the first added is the principal. */
    public Builder diagnoses(String... codes) {
      diagnoses.addAll(List.of(codes));
      return this;
    }

    /** Adds procedures; the first added is the main procedure. */
    public Builder procedures(String... codes) {
      procedures.addAll(List.of(codes));
      return this;
    }

    /** The record. */
    public DrgRecord build() {
      return new DrgRecord(sex, ageYears, ageDays, weight, diagnoses, procedures);
    }
  }
}

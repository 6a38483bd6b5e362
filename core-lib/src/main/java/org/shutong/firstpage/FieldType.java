package org.shutong.firstpage;

import java.util.Locale;
import org.apiguardian.api.API;

/**
 * The value type of a first-page field, as the 绩效考核 interface notes give its format: text,
 * integer, decimal (amounts in yuan), date ({@code yyyy-MM-dd}) or date and time
 * ({@code yyyy-MM-dd HH:mm:ss}).
 */
@API(status = API.Status.STABLE, since = "0.1")
public enum FieldType {
  /** Free or coded text. */
  STRING,
  /** A whole number, e.g. {@code A14} 年龄. */
  INTEGER,
  /** A decimal number, e.g. {@code D01} 住院总费用. */
  DECIMAL,
  /** A date, {@code yyyy-MM-dd}, e.g. {@code A13} 出生日期. */
  DATE,
  /** A date and time, {@code yyyy-MM-dd HH:mm:ss}, e.g. {@code B12} 入院时间. */
  DATETIME;

  /** The lower-case label used in files and reports. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Parses a label of {@code fields.csv}; empty means {@link #STRING}. */
  static FieldType parse(String s) {
    return switch (s.strip().toLowerCase(Locale.ROOT)) {
      case "", "string" -> STRING;
      case "integer", "int" -> INTEGER;
      case "decimal" -> DECIMAL;
      case "date" -> DATE;
      case "datetime" -> DATETIME;
      default -> throw new IllegalArgumentException("unknown field type '" + s + "'");
    };
  }
}

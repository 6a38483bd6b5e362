package org.shutong.deid;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.shutong.codesets.Region;
import org.shutong.codesets.RegionLevel;
import org.shutong.codesets.Regions;

/** The built-in hierarchies: numbers and ages, dates, GB/T 2260 regions, ICD codes, prefixes, tables. */
final class Hierarchies {
  private Hierarchies() {}

  static final String TOP = "*";

  /**
   * Numbers in bands of growing width ({@code 5, 10, 20}), each aligned at 0, with optional
   * top and bottom coding at every level ({@code >=90}, {@code <=0}; GB/T 37964-2019 附录A 泛化技术
   * 顶层与底层编码). Level 0 is the number itself (top/bottom coded).
   */
  static final class Bands implements Hierarchy {
    private final List<BigDecimal> widths;
    private final BigDecimal top;
    private final BigDecimal bottom;

    Bands(List<BigDecimal> widths, BigDecimal top, BigDecimal bottom) {
      BigDecimal prev = null;
      for (BigDecimal w : widths) {
        if (w.signum() <= 0) {
          throw new LocalizedArgumentException("option.positive", "widths", w.toPlainString());
        }
        if (prev != null && w.remainder(prev).signum() != 0) {
          throw new LocalizedArgumentException("option.widthsNest", "widths", w.toPlainString(), prev.toPlainString());
        }
        prev = w;
      }
      this.widths = List.copyOf(widths);
      this.top = top;
      this.bottom = bottom;
    }

    @Override
    public int height() {
      return widths.size() + 2;
    }

    @Override
    public String label(int level) {
      if (level == 0) {
        return "exact";
      }
      if (level == height() - 1) {
        return TOP;
      }
      return "width " + widths.get(level - 1).stripTrailingZeros().toPlainString();
    }

    @Override
    public String apply(String value, int level) {
      BigDecimal v;
      try {
        v = new BigDecimal(value.strip());
      } catch (NumberFormatException e) {
        return null;
      }
      if (top != null && v.compareTo(top) >= 0) {
        return ">=" + top.stripTrailingZeros().toPlainString();
      }
      if (bottom != null && v.compareTo(bottom) <= 0) {
        return "<=" + bottom.stripTrailingZeros().toPlainString();
      }
      if (level == 0) {
        return value.strip();
      }
      BigDecimal w = widths.get(level - 1);
      BigDecimal lo = v.divide(w, 0, RoundingMode.FLOOR).multiply(w);
      BigDecimal hi = lo.add(w);
      if (top != null && hi.compareTo(top) > 0) {
        hi = top;
      }
      if (bottom != null && lo.compareTo(bottom) <= 0) {
        lo = bottom;
      }
      boolean integral = w.stripTrailingZeros().scale() <= 0 && lo.stripTrailingZeros().scale() <= 0;
      if (integral) {
        return lo.stripTrailingZeros().toPlainString() + "-"
            + hi.subtract(BigDecimal.ONE).stripTrailingZeros().toPlainString();
      }
      return "[" + lo.stripTrailingZeros().toPlainString() + "," + hi.stripTrailingZeros().toPlainString() + ")";
    }
  }

  /**
   * Dates and date-times: as found, day ({@code yyyy-MM-dd}), month ({@code yyyy-MM}), year
   * ({@code yyyy}), {@code *}. Reads {@code yyyy-MM-dd}, {@code yyyy/MM/dd}, {@code yyyy.MM.dd},
   * {@code yyyyMMdd}, each optionally followed by a time.
   */
  static final class Dates implements Hierarchy {
    private static final String[] LABELS = {"as-is", "day", "month", "year", TOP};

    @Override
    public int height() {
      return LABELS.length;
    }

    @Override
    public String label(int level) {
      return LABELS[level];
    }

    @Override
    public String apply(String value, int level) {
      int ymd = DateValues.parse(value);
      if (ymd < 0) {
        return null;
      }
      return switch (level) {
        case 0 -> value.strip();
        case 1 -> DateValues.format(ymd);
        case 2 -> DateValues.format(ymd).substring(0, 7);
        default -> DateValues.format(ymd).substring(0, 4);
      };
    }
  }

  /** GB/T 2260 region codes: as found (county), city, province, {@code *}; codes of the region table. */
  static final class RegionCodes implements Hierarchy {
    private static final String[] LABELS = {"county", "city", "province", TOP};
    private final Regions regions;

    RegionCodes(Regions regions) {
      this.regions = regions;
    }

    @Override
    public int height() {
      return LABELS.length;
    }

    @Override
    public String label(int level) {
      return LABELS[level];
    }

    @Override
    public String apply(String value, int level) {
      String code = value.strip();
      if (!regions.contains(code)) {
        return null;
      }
      if (level == 0) {
        return code;
      }
      Optional<Region> r = regions.ancestor(code, level == 1 ? RegionLevel.CITY : RegionLevel.PROVINCE);
      if (r.isEmpty() && level == 1) {
        // districts of 北京、天津、上海、重庆 have no city level: the municipality stands for it
        r = regions.ancestor(code, RegionLevel.PROVINCE);
      }
      return r.map(Region::code).orElse(null);
    }
  }

  /**
   * ICD codes: as found, category (ICD-10 three characters {@code I21}; ICD-9-CM-3 two digits
   * {@code 36}), chapter (where a chapter table is given), {@code *}.
   */
  static final class IcdCodes implements Hierarchy {
    private final Function<String, Optional<String>> chapter;
    private final List<String> labels;

    IcdCodes(Function<String, Optional<String>> chapter) {
      this.chapter = chapter;
      this.labels = chapter == null ? List.of("code", "category", TOP) : List.of("code", "category", "chapter", TOP);
    }

    @Override
    public int height() {
      return labels.size();
    }

    @Override
    public String label(int level) {
      return labels.get(level);
    }

    @Override
    public String apply(String value, int level) {
      String c = value.strip().toUpperCase(Locale.ROOT);
      String category = category(c);
      if (category == null) {
        return null;
      }
      if (level == 0) {
        return value.strip();
      }
      if (level == 1) {
        return category;
      }
      return chapter.apply(category).orElse(null);
    }

    static String category(String c) {
      if (c.length() >= 3 && c.charAt(0) >= 'A' && c.charAt(0) <= 'Z' && isDigit(c.charAt(1)) && isDigit(c.charAt(2))) {
        return c.substring(0, 3);
      }
      if (c.length() >= 2 && isDigit(c.charAt(0)) && isDigit(c.charAt(1)) && (c.length() == 2 || c.charAt(2) == '.')) {
        return c.substring(0, 2);
      }
      return null;
    }

    private static boolean isDigit(char ch) {
      return ch >= '0' && ch <= '9';
    }
  }

  /** A value or nothing: as-is, {@code *} (for a quasi-identifier kept as it is, such as sex). */
  static final class Identity implements Hierarchy {
    @Override
    public int height() {
      return 2;
    }

    @Override
    public String label(int level) {
      return level == 0 ? "as-is" : TOP;
    }

    @Override
    public String apply(String value, int level) {
      return value;
    }
  }

  /** Keep the first n characters, the rest masked ({@code 100011} → {@code 1000**} → {@code 10****}). */
  static final class Prefixes implements Hierarchy {
    private final List<Integer> lengths;
    private final char mask;

    Prefixes(List<Integer> lengths, char mask) {
      this.lengths = List.copyOf(lengths);
      this.mask = mask;
    }

    @Override
    public int height() {
      return lengths.size() + 2;
    }

    @Override
    public String label(int level) {
      return level == 0 ? "as-is" : level == height() - 1 ? TOP : "prefix " + lengths.get(level - 1);
    }

    @Override
    public String apply(String value, int level) {
      String v = value.strip();
      if (level == 0) {
        return v;
      }
      int keep = Math.min(lengths.get(level - 1), v.length());
      return v.substring(0, keep) + String.valueOf(mask).repeat(v.length() - keep);
    }
  }

  /**
   * A user's hierarchy table (ARX's format): each row a value followed by its generalisations, one
   * column a level, coarsest last; a final {@code *} column is implied when absent.
   */
  static final class Table implements Hierarchy {
    private final Map<String, String[]> rows;
    private final int height;

    Table(List<String[]> table) {
      Map<String, String[]> m = new HashMap<>();
      int h = 0;
      for (String[] r : table) {
        if (r.length == 0 || r[0].isEmpty()) {
          continue;
        }
        m.putIfAbsent(r[0].strip(), r);
        h = Math.max(h, r.length);
      }
      if (h == 0) {
        throw new LocalizedArgumentException("option.emptyTable", "file");
      }
      boolean starLast = true;
      for (String[] r : m.values()) {
        starLast &= r.length == h && TOP.equals(r[h - 1].strip());
      }
      this.rows = m;
      this.height = starLast ? h : h + 1;
    }

    @Override
    public int height() {
      return height;
    }

    @Override
    public String label(int level) {
      return level == height - 1 ? TOP : String.valueOf(level);
    }

    @Override
    public String apply(String value, int level) {
      String[] r = rows.get(value.strip());
      if (r == null) {
        return null;
      }
      return level < r.length ? r[level].strip() : r[r.length - 1].strip();
    }

    /** All level-0 values of the table. */
    List<String> values() {
      return new ArrayList<>(rows.keySet());
    }
  }
}

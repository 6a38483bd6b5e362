package org.shutong.interop;

import java.util.Locale;
import org.apiguardian.api.API;

/**
 * The levels of the 医疗健康信息互联互通标准化成熟度测评 at which the catalogue requires a
 * service, from lowest to highest. A service required at a level is also required at every higher
 * level.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum Level {
  /** 三级. */
  L3("三级", "3"),
  /** 四级乙等. */
  L4B("四级乙等", "4B"),
  /** 四级甲等. */
  L4A("四级甲等", "4A"),
  /** 五级乙等. */
  L5B("五级乙等", "5B"),
  /** 五级甲等. */
  L5A("五级甲等", "5A");

  private final String chinese;
  private final String shortName;

  Level(String chinese, String shortName) {
    this.chinese = chinese;
    this.shortName = shortName;
  }

  /** The name the 测评 uses, e.g. {@code 四级甲等}. */
  public String chinese() {
    return chinese;
  }

  /** A short ASCII name, e.g. {@code 4A}. */
  public String shortName() {
    return shortName;
  }

  /** Whether a service required at {@code required} is required at this level. */
  public boolean includes(Level required) {
    return required.compareTo(this) <= 0;
  }

  /**
   * Parses {@code 四级甲等}, {@code 4A}, {@code L4A} (case-insensitive).
   *
   * @throws IllegalArgumentException for anything else
   */
  public static Level parse(String s) {
    String v = s.trim();
    for (Level l : values()) {
      if (l.chinese.equals(v)
          || l.shortName.equalsIgnoreCase(v)
          || l.name().equalsIgnoreCase(v)) {
        return l;
      }
    }
    throw new IllegalArgumentException(
        "unknown level '" + s + "' (三级|四级乙等|四级甲等|五级乙等|五级甲等 or 3|4B|4A|5B|5A)");
  }

  /** The Chinese name. */
  @Override
  public String toString() {
    return chinese;
  }

  /** Lower-case short name for file names and ids. */
  String id() {
    return shortName.toLowerCase(Locale.ROOT);
  }
}

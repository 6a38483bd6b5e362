package org.shutong.deid;

/**
 * A generalisation hierarchy of one column (GB/T 37964-2019 附录A 泛化技术): level 0 leaves the
 * value as it is, each higher level is coarser, and the top level is the suppression marker.
 * Implementations are immutable and thread-safe.
 */
interface Hierarchy {
  /** Number of levels, the top ({@code *}) included: levels are {@code 0 .. height()-1}. */
  int height();

  /** A short name of the level for reports ({@code year}, {@code 10-year bands}, {@code *}). */
  String label(int level);

  /**
   * The value at {@code level} (below the top); {@code null} if the value cannot be read (an
   * unknown region code, a date that is no date), in which case it is suppressed and counted.
   */
  String apply(String value, int level);

  /** The level named {@code name} in a profile ({@code month}, {@code city}) or given as a number. */
  default int level(String name) {
    for (int i = 0; i < height(); i++) {
      if (label(i).equalsIgnoreCase(name)) {
        return i;
      }
    }
    try {
      int n = Integer.parseInt(name.strip());
      if (n >= 0 && n < height()) {
        return n;
      }
    } catch (NumberFormatException e) {
      // not a number: reported below
    }
    throw new IllegalArgumentException(name);
  }

  /** The names of the levels, for messages. */
  default String levelNames() {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < height(); i++) {
      sb.append(i == 0 ? "" : ", ").append(label(i));
    }
    return sb.toString();
  }
}

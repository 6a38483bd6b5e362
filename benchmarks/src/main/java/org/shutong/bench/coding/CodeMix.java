package org.shutong.bench.coding;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.shutong.codesets.CodeTable;

/**
 * A realistic mix of codes as hospital extracts have them: 80% valid codes exactly as in the table, 10%
 * dirty variants of valid codes (lower case, full-width, missing dot, spaces, Excel apostrophe), 5%
 * unknown codes of the right shape, 5% malformed values (names, control characters, over-long values).
 * Seeded, so every run validates the same codes.
 */
final class CodeMix {
  private CodeMix() {}

  static String[] of(CodeTable table, int n, long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    List<String> leaves = new ArrayList<>();
    for (CodeTable.Code c : table.codes()) {
      if (c.leaf()) {
        leaves.add(c.code());
      }
    }
    String[] out = new String[n];
    for (int i = 0; i < n; i++) {
      String code = leaves.get(r.nextInt(leaves.size()));
      int p = r.nextInt(100);
      if (p < 80) {
        out[i] = code;
      } else if (p < 90) {
        out[i] = switch (r.nextInt(5)) {
          case 0 -> code.toLowerCase(Locale.ROOT);
          case 1 -> fullWidth(code);
          case 2 -> code.replace(".", "");
          case 3 -> " " + code + " ";
          default -> "'" + code;
        };
      } else if (p < 95) {
        out[i] = code.charAt(0) + "99.99" + r.nextInt(10);
      } else {
        out[i] = switch (r.nextInt(3)) {
          case 0 -> "急性心肌梗死";
          case 1 -> code + "\t";
          default -> code.repeat(12);
        };
      }
    }
    return out;
  }

  private static String fullWidth(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      sb.append(c > ' ' && c < 0x7F ? (char) (c + 0xFEE0) : c);
    }
    return sb.toString();
  }
}

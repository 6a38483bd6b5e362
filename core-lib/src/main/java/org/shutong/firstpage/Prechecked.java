package org.shutong.firstpage;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.shutong.io.Row;

/**
 * One row with what can be worked out from it alone: the statuses of its values and the findings of
 * the field-level rules, in rule order. Made by {@code FieldChecks} (possibly on the reading thread),
 * consumed by the checking thread, which emits the findings in order with its own.
 */
final class Prechecked {
  final Row row;
  final byte[] st;
  int count;
  int[] rule = new int[0];
  String[] field = new String[0];
  String[] value = new String[0];
  final List<Map<String, String>> extra = new ArrayList<>(0);
  /** Required items of the record (-1 when no required rule ran) and how many are missing. */
  int requiredTotal = -1;
  int requiredMissing;

  Prechecked(Row row, int width) {
    this.row = row;
    this.st = new byte[width];
    int n = Math.min(width, row.size());
    for (int i = 0; i < n; i++) {
      st[i] = Values.status(row.get(i));
    }
  }

  /** The trimmed value of column {@code c}, or {@code null} if it has none. */
  String value(int c) {
    if (c < 0 || st[c] != Values.VALUE) {
      return null;
    }
    String v = row.get(c);
    return v.charAt(0) > ' ' && v.charAt(v.length() - 1) > ' ' ? v : v.strip();
  }

  void add(int ruleIndex, String f, String v, Map<String, String> x) {
    if (count == rule.length) {
      int n = Math.max(4, count * 2);
      rule = Arrays.copyOf(rule, n);
      field = Arrays.copyOf(field, n);
      value = Arrays.copyOf(value, n);
    }
    rule[count] = ruleIndex;
    field[count] = f;
    value[count] = v;
    extra.add(x);
    count++;
  }
}

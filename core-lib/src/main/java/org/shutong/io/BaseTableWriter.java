package org.shutong.io;

import java.util.List;
import java.util.Locale;
import org.shutong.i18n.Messages;

/**
 * What every table writer shares: the atomic output, the header, the row count (1-based data rows,
 * header not counted) used in error messages, and the check that values are valid Unicode text.
 */
abstract class BaseTableWriter implements TableWriter {
  final AtomicOutput out;
  final Messages m;
  final String charsetName;
  List<String> header = List.of();
  long row;

  BaseTableWriter(AtomicOutput out, Messages m, String charsetName) {
    this.out = out;
    this.m = m;
    this.charsetName = charsetName;
  }

  final String target() {
    return out.target().toString();
  }

  final OutputException failed(Exception e) {
    return new OutputException(target(), m.get("out.failed", target(), AtomicOutput.reason(e, m)), e);
  }

  /** The header text of 0-based column {@code i}, or its number. */
  final String columnName(int i) {
    return i < header.size() && header.get(i) != null ? header.get(i) : String.valueOf(i + 1);
  }

  /**
   * Throws if {@code v} holds an unpaired surrogate: UTF-8 and GB18030 encode every Unicode scalar
   * value, so that is the one text no output encoding can carry. {@code line} is the data row
   * (0 for the header) and {@code col} the 0-based column.
   */
  final void checkText(String v, long line, int col) {
    for (int i = 0; i < v.length(); i++) {
      char c = v.charAt(i);
      if (Character.isSurrogate(c)) {
        if (Character.isHighSurrogate(c) && i + 1 < v.length() && Character.isLowSurrogate(v.charAt(i + 1))) {
          i++;
          continue;
        }
        throw new OutputException(target(), m.get("out.badChar", target(), line, col + 1, columnName(col),
            String.format(Locale.ROOT, "%04X", (int) c), charsetName), null);
      }
    }
  }

  @Override
  public void close() {
    out.close();
  }
}

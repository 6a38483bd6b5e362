package org.shutong.coding;

import java.util.EnumSet;
import java.util.Set;
import org.apiguardian.api.API;

/** One kind of clean-up the normaliser applied to a code; {@link CodeCheck#changes()} lists them. */
@API(status = API.Status.STABLE, since = "0.1")
public enum Change {
  /** Full-width letters, digits or punctuation ({@code Ｉ２１．９}, {@code 。}) made half-width. */
  FULL_WIDTH,
  /** Letter case corrected: chapter letter upper case, extension {@code x} lower case. */
  CASE,
  /** Spaces (also full-width, non-breaking, BOM) removed. */
  SPACES,
  /** Quotes around the code removed (Excel's leading apostrophe, {@code "I21.900"}). */
  QUOTES,
  /** The dot inserted: {@code I219} → {@code I21.9}, {@code 360700} → {@code 36.0700}. */
  DOT_ADDED,
  /** A trailing {@code .} or {@code -} removed: {@code I21.-} → {@code I21}. */
  TRAILING_PUNCTUATION,
  /** A leading zero lost by a spreadsheet restored: {@code 0.0100} → {@code 00.0100}. */
  LEADING_ZERO,
  /** A bare placeholder {@code x} removed: {@code I10.x} → {@code I10}. */
  PLACEHOLDER_X,
  /** {@code †} written for the dagger {@code +}, or {@code ×} for {@code x}. */
  SYMBOL,
  /**
   * The table's dagger/asterisk form chosen for a code given without its other half:
   * {@code A01.000x005} → {@code A01.000x005+J17.0*} (only when exactly one table code fits).
   */
  DAGGER_ASTERISK_FORM;

  private static final Change[] VALUES = values();

  /** The bit of this change in a mask (masks are internal; {@link CodeCheck#changes()} is the API). */
  @SuppressWarnings("EnumOrdinal") // a bit mask over a fixed enum, never persisted
  int bit() {
    return 1 << ordinal();
  }

  /** The changes in a mask. */
  static Set<Change> of(int mask) {
    EnumSet<Change> s = EnumSet.noneOf(Change.class);
    for (Change c : VALUES) {
      if ((mask & c.bit()) != 0) {
        s.add(c);
      }
    }
    return s;
  }
}

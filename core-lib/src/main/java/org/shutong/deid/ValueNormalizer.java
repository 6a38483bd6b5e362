package org.shutong.deid;

import java.text.Normalizer;
import java.util.Locale;
import org.apiguardian.api.API;
import org.shutong.identifier.Identifiers;
import org.shutong.identifier.ResidentId;

/**
 * How an identifier is normalised before it is pseudonymised or used as a person key, so that
 * spellings of the same identifier give the same pseudonym: full-width forms and surrounding or
 * inner spaces, letter case, and for resident identity numbers the legacy 15-digit form
 * (GB 11643-1999: converted to 18 characters).
 */
@API(status = API.Status.STABLE, since = "0.1")
public enum ValueNormalizer {
  /** The value as found. */
  NONE,
  /** NFKC (full-width to half-width), spaces removed, ASCII letters upper-cased. */
  TEXT,
  /** As {@link #TEXT}; a resident identity number with a valid structure becomes its 18-character form. */
  RESIDENT_ID;

  /** Normalises {@code value}. */
  public String apply(String value) {
    if (this == NONE) {
      return value;
    }
    String t = text(value);
    // an 18-character number is already in its standard form here (text() upper-cased an x), valid
    // or not; only a legacy 15-digit number needs converting
    if (this == RESIDENT_ID && t.length() == 15) {
      return Identifiers.standard().parseResidentId(t).map(ResidentId::number).orElse(t);
    }
    return t;
  }

  static String text(String value) {
    boolean plain = true;
    for (int i = 0; i < value.length() && plain; i++) {
      char c = value.charAt(i);
      plain = c > ' ' && c < 0x7f && !(c >= 'a' && c <= 'z');
    }
    if (plain) {
      return value;
    }
    String n = Normalizer.normalize(value, Normalizer.Form.NFKC);
    StringBuilder sb = new StringBuilder(n.length());
    for (int i = 0; i < n.length(); i++) {
      char c = n.charAt(i);
      if (!Character.isWhitespace(c) && c != '\u3000' && c != '\uFEFF') {
        sb.append(c);
      }
    }
    return sb.toString().toUpperCase(Locale.ROOT);
  }

  /** Parses {@code none}, {@code text}, {@code resident-id} (case-insensitive). */
  public static ValueNormalizer parse(String s) {
    return switch (s.strip().toLowerCase(Locale.ROOT)) {
      case "none" -> NONE;
      case "text" -> TEXT;
      case "resident-id", "resident_id", "id" -> RESIDENT_ID;
      default -> throw new IllegalArgumentException(s);
    };
  }
}

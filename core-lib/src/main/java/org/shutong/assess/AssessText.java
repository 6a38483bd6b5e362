package org.shutong.assess;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.Normalizer;
import java.util.Locale;
import org.shutong.i18n.Lang;
import org.shutong.i18n.Messages;

/** The package's message bundle and the number formats its texts use. */
final class AssessText {
  static final String BUNDLE = "org.shutong.assess.messages";

  private AssessText() {}

  static Messages messages(Lang lang) {
    return Messages.of(BUNDLE, lang);
  }

  /** A number as people read it in a derivation: at most 4 decimals, no trailing zeros. */
  static String num(double d) {
    if (Double.isNaN(d) || Double.isInfinite(d)) {
      return Double.toString(d);
    }
    return BigDecimal.valueOf(d).setScale(4, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
  }

  /** A share 0–1 as a percentage with one decimal. */
  static String pct(double share) {
    return String.format(Locale.ROOT, "%.1f%%", share * 100);
  }

  /** Rounds to 4 decimals, for JSON numbers that should not show binary noise. */
  static double round(double d) {
    return BigDecimal.valueOf(d).setScale(4, RoundingMode.HALF_UP).doubleValue();
  }

  /**
   * Text compared the way people mean it: NFKC (full-width letters, digits and punctuation become
   * ASCII), no white space, lower case.
   */
  static String key(String s) {
    if (s == null) {
      return "";
    }
    String n = Normalizer.normalize(s, Normalizer.Form.NFKC);
    StringBuilder sb = new StringBuilder(n.length());
    for (int i = 0; i < n.length(); i++) {
      char c = n.charAt(i);
      if (!Character.isWhitespace(c) && c != '\u00a0' && c != '\u3000') {
        sb.append(Character.toLowerCase(c));
      }
    }
    return sb.toString();
  }

  /** The level's name in the run's language. */
  static String levelName(AssessmentModel.Level l, Lang lang) {
    return lang == Lang.EN && l.en() != null ? l.en() : l.name();
  }

  /** The domain's name in the run's language. */
  static String domainName(AssessmentModel.Domain d, Lang lang) {
    return lang == Lang.EN && d.en() != null ? d.en() : d.name();
  }
}

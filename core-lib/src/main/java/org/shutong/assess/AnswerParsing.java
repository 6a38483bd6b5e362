package org.shutong.assess;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Map;
import org.shutong.assess.Answer.Conformity;

/** Reads answers the way evaluators write them: synonyms, full-width digits, {@code 85%}. */
final class AnswerParsing {
  private AnswerParsing() {}

  private static final Map<String, Conformity> CONFORMITY = normalised(Map.ofEntries(
      Map.entry("有且完全符合国家标准", Conformity.FULL), Map.entry("完全符合国家标准", Conformity.FULL),
      Map.entry("完全符合", Conformity.FULL), Map.entry("符合", Conformity.FULL), Map.entry("full", Conformity.FULL),
      Map.entry("fully", Conformity.FULL), Map.entry("fully conformant", Conformity.FULL),
      Map.entry("有，部分符合国家标准", Conformity.PARTIAL),
      Map.entry("部分符合国家标准", Conformity.PARTIAL), Map.entry("部分符合", Conformity.PARTIAL),
      Map.entry("partial", Conformity.PARTIAL), Map.entry("partly", Conformity.PARTIAL),
      Map.entry("partly conformant", Conformity.PARTIAL),
      Map.entry("无此数据", Conformity.NONE), Map.entry("无此文档", Conformity.NONE), Map.entry("无此服务", Conformity.NONE),
      Map.entry("无", Conformity.NONE), Map.entry("none", Conformity.NONE), Map.entry("no", Conformity.NONE),
      Map.entry("无此业务", Conformity.NOT_APPLICABLE), Map.entry("n/a", Conformity.NOT_APPLICABLE),
      Map.entry("na", Conformity.NOT_APPLICABLE), Map.entry("not applicable", Conformity.NOT_APPLICABLE)));

  private static final Map<String, Boolean> YESNO = normalised(Map.ofEntries(
      Map.entry("是", true), Map.entry("有", true), Map.entry("满足", true), Map.entry("√", true), Map.entry("y", true),
      Map.entry("yes", true), Map.entry("true", true), Map.entry("1", true),
      Map.entry("否", false), Map.entry("无", false), Map.entry("不满足", false), Map.entry("×", false),
      Map.entry("n", false), Map.entry("no", false), Map.entry("false", false), Map.entry("0", false)));

  /** The map with its keys compared as {@link AssessText#key} compares them. */
  private static <V> Map<String, V> normalised(Map<String, V> m) {
    Map<String, V> out = new java.util.HashMap<>();
    m.forEach((k, v) -> out.put(AssessText.key(k), v));
    return Map.copyOf(out);
  }

  /** The conformity an answer names, or {@code null}. */
  static Conformity conformity(String raw) {
    return CONFORMITY.get(AssessText.key(raw));
  }

  /** Yes or no, or {@code null}. */
  static Boolean yesNo(String raw) {
    return YESNO.get(AssessText.key(raw));
  }

  /**
   * A number as written: NFKC-normalised (full-width digits), thousands separators removed, an
   * optional trailing {@code %} reported through {@code percent[0]}. {@code null} if not a number.
   */
  static BigDecimal number(String raw, boolean[] percent) {
    String s = AssessText.key(raw).replace(",", "");
    percent[0] = false;
    if (s.endsWith("%")) {
      percent[0] = true;
      s = s.substring(0, s.length() - 1);
    }
    if (s.isEmpty()) {
      return null;
    }
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (!(c >= '0' && c <= '9') && c != '.' && !(i == 0 && (c == '-' || c == '+'))) {
        return null;
      }
    }
    try {
      return new BigDecimal(s);
    } catch (NumberFormatException e) {
      return null;
    }
  }

  /** The label in the run's language of a conformity answer. */
  static String label(Conformity c, boolean english) {
    return switch (c) {
      case FULL -> english ? "fully conformant" : "有且完全符合国家标准";
      case PARTIAL -> english ? "partly conformant" : "有，部分符合国家标准";
      case NONE -> english ? "none" : "无此数据";
      case NOT_APPLICABLE -> english ? "not applicable" : "无此业务";
    };
  }

  static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }
}

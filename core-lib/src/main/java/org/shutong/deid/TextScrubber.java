package org.shutong.deid;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apiguardian.api.API;
import org.shutong.identifier.Defect;
import org.shutong.identifier.IdentifierType;
import org.shutong.identifier.Identifiers;

/**
 * Replaces identifiers inside free text (diagnosis notes, addresses, 病史) with typed tags such as
 * {@code [身份证号]}, {@code [电话]}, {@code [姓名]} (GB/T 37964-2019 附录A 抑制技术 applied to parts of
 * a value). Found: resident identity numbers with a plausible birth date (GB 11643), mobile and
 * fixed-line numbers, e-mail addresses, 统一社会信用代码 (GB 32100 check), bank card numbers (Luhn),
 * detailed addresses (a place word and a house number), personal names after a context word
 * ({@code 患者}, {@code 姓名：}, {@code 家属} …) or before a title ({@code 先生}, {@code 女士} …), and —
 * most reliable — the values of the record's own identifier columns wherever they occur.
 *
 * <p>Patterns are compiled once; identifiers are checked with {@link Identifiers}. Thread-safe.
 */
@API(status = API.Status.STABLE, since = "0.1")
public final class TextScrubber {
  /** Tag of a resident identity number. */
  public static final String ID = "[身份证号]";
  /** Tag of a telephone number. */
  public static final String PHONE = "[电话]";
  /** Tag of a personal name. */
  public static final String NAME = "[姓名]";
  /** Tag of an e-mail address. */
  public static final String EMAIL = "[邮箱]";
  /** Tag of a bank card number. */
  public static final String CARD = "[银行卡号]";
  /** Tag of a social credit code. */
  public static final String CREDIT = "[统一社会信用代码]";
  /** Tag of an address. */
  public static final String ADDRESS = "[地址]";
  /** Tag of any other identifier of the record. */
  public static final String OTHER = "[标识符]";

  private static final Pattern DIGITS = Pattern.compile("(?<![0-9A-Za-z])(?:\\+?86[- ]?)?[0-9Xx][0-9Xx \\-]{5,24}[0-9Xx](?![0-9A-Za-z])");
  private static final Pattern EMAIL_P = Pattern.compile("[A-Za-z0-9._%+\\-]+@[A-Za-z0-9.\\-]+\\.[A-Za-z]{2,}");
  private static final Pattern CREDIT_P = Pattern.compile("(?<![0-9A-Z])[0-9A-HJ-NPQRTUWXY]{18}(?![0-9A-Z])");
  private static final Pattern ADDRESS_P = Pattern.compile(
      "[\\u4e00-\\u9fa5]{2,}(?:省|市|区|县|镇|乡|街道|村|路|街|巷|道|大道|胡同)[\\u4e00-\\u9fa5A-Za-z0-9\\-#（）()]{0,30}?"
          + "[0-9一二三四五六七八九十百零〇]+(?:号楼|号院|号|室|栋|幢|单元|组|弄|层)"
          + "(?:[0-9A-Za-z\\-]+(?:号|室|栋|幢|单元|层))*");
  private static final Pattern NAME_BEFORE = Pattern.compile(
      "(?:患者|病人|姓名|家属|联系人|监护人|丈夫|妻子|儿子|女儿|父亲|母亲|之子|之女|本人|陪同人|签字人)[:：\\s]*([\\u4e00-\\u9fa5]{2,4})");
  private static final Pattern NAME_AFTER = Pattern.compile(
      "([\\u4e00-\\u9fa5]{2,4})(?=先生|女士|小姐|医生|大夫|护士|老师|同志|之子|之女)");

  private static final TextScrubber STANDARD = new TextScrubber();

  private final Identifiers ids = Identifiers.standard();

  private TextScrubber() {}

  /** The scrubber. */
  public static TextScrubber standard() {
    return STANDARD;
  }

  /** What was replaced, for counts. */
  public static final class Counts {
    private final Map<String, long[]> byTag = new java.util.LinkedHashMap<>();

    void add(String tag) {
      byTag.computeIfAbsent(tag, t -> new long[1])[0]++;
    }

    /** Replacements per tag. */
    public Map<String, Long> byTag() {
      Map<String, Long> m = new java.util.LinkedHashMap<>();
      byTag.forEach((k, v) -> m.put(k, v[0]));
      return m;
    }

    /** All replacements. */
    public long total() {
      long n = 0;
      for (long[] v : byTag.values()) {
        n += v[0];
      }
      return n;
    }
  }

  /**
   * A value of the record's identifier columns to remove wherever it occurs in the text.
   *
   * @param value the value (at least two characters to be used)
   * @param tag the tag to put in its place
   */
  public record Known(String value, String tag) {}

  /** Scrubs {@code text}; {@code counts} (may be null) receives one count per replacement. */
  public String scrub(String text, List<Known> known, Counts counts) {
    if (text.isEmpty()) {
      return text;
    }
    List<int[]> spans = new ArrayList<>();
    List<String> tags = new ArrayList<>();
    for (Known k : known) {
      String v = k.value().strip();
      if (v.length() < 2) {
        continue;
      }
      for (int at = text.indexOf(v); at >= 0; at = text.indexOf(v, at + v.length())) {
        spans.add(new int[] {at, at + v.length()});
        tags.add(k.tag());
      }
    }
    Matcher m = EMAIL_P.matcher(text);
    while (m.find()) {
      if (ids.email(m.group()).valid()) {
        add(spans, tags, m.start(), m.end(), EMAIL);
      }
    }
    m = CREDIT_P.matcher(text);
    while (m.find()) {
      if (ids.socialCreditCode(m.group()).valid()) {
        add(spans, tags, m.start(), m.end(), CREDIT);
      }
    }
    m = DIGITS.matcher(text);
    while (m.find()) {
      String tag = numberTag(m.group());
      if (tag != null) {
        add(spans, tags, m.start(), m.end(), tag);
      }
    }
    m = ADDRESS_P.matcher(text);
    while (m.find()) {
      add(spans, tags, m.start(), m.end(), ADDRESS);
    }
    m = NAME_BEFORE.matcher(text);
    while (m.find()) {
      int len = nameLength(m.group(1));
      if (len > 0) {
        add(spans, tags, m.start(1), m.start(1) + len, NAME);
      }
    }
    m = NAME_AFTER.matcher(text);
    while (m.find()) {
      String g = m.group(1);
      for (int off = 0; off < g.length() - 1; off++) {
        String tail = g.substring(off);
        if (Surnames.looksLikeName(tail)) {
          add(spans, tags, m.start(1) + off, m.end(1), NAME);
          break;
        }
      }
    }
    if (spans.isEmpty()) {
      return text;
    }
    Integer[] order = new Integer[spans.size()];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    java.util.Arrays.sort(order, Comparator.<Integer>comparingInt(i -> spans.get(i)[0])
        .thenComparingInt(i -> -spans.get(i)[1]));
    StringBuilder sb = new StringBuilder(text.length());
    int pos = 0;
    for (int i : order) {
      int[] s = spans.get(i);
      if (s[0] < pos) {
        if (s[1] > pos) {
          pos = s[1];
        }
        continue;
      }
      sb.append(text, pos, s[0]).append(tags.get(i));
      if (counts != null) {
        counts.add(tags.get(i));
      }
      pos = s[1];
    }
    sb.append(text, pos, text.length());
    return sb.toString();
  }

  private static void add(List<int[]> spans, List<String> tags, int from, int to, String tag) {
    spans.add(new int[] {from, to});
    tags.add(tag);
  }

  /** The name at the start of {@code s}: surname and one or two more characters; 0 if none. */
  private static int nameLength(String s) {
    int sn = Surnames.surnameAt(s, 0);
    if (sn == 0) {
      return 0;
    }
    int rest = Math.min(2, s.length() - sn);
    return rest < 1 ? 0 : sn + rest;
  }

  private String numberTag(String raw) {
    StringBuilder d = new StringBuilder(raw.length());
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (c != ' ' && c != '-') {
        d.append(c);
      }
    }
    String v = d.toString();
    if (v.length() == 18 || v.length() == 15) {
      Defect def = ids.residentId(v.toUpperCase(java.util.Locale.ROOT)).defect();
      if (def == Defect.NONE || def == Defect.CHECK_DIGIT || def == Defect.CASE) {
        return ID;
      }
    }
    if (v.indexOf('X') >= 0 || v.indexOf('x') >= 0) {
      return null;
    }
    if (ids.check(IdentifierType.MOBILE, raw).valid() || ids.check(IdentifierType.MOBILE, v).valid()) {
      return PHONE;
    }
    if (v.startsWith("0") && (ids.landline(raw).valid() || ids.landline(v).valid())) {
      return PHONE;
    }
    if (v.length() >= 16 && v.length() <= 19 && ids.bankCard(v).valid()) {
      return CARD;
    }
    return null;
  }
}

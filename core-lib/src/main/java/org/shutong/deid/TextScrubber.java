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

    /** Adds the counts of {@code other}, its tags not yet seen after this one's, in its order. */
    void addAll(Counts other) {
      other.byTag.forEach((t, n) -> byTag.computeIfAbsent(t, x -> new long[1])[0] += n[0]);
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
    int digits = 0;
    int upper = 0;
    boolean at = false;
    boolean houseNumber = false;
    boolean han = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= '0' && c <= '9') {
        digits++;
      } else if (c >= 'A' && c <= 'Z') {
        upper++;
      } else if (c == '@') {
        at = true;
      } else if (HOUSE.indexOf(c) >= 0) {
        houseNumber = true;
      } else if (Surnames.isHan(c)) {
        han = true;
      }
    }
    Matcher m;
    if (at) {
      m = EMAIL_P.matcher(text);
      while (m.find()) {
        if (ids.email(m.group()).valid()) {
          add(spans, tags, m.start(), m.end(), EMAIL);
        }
      }
    }
    if (digits + upper >= 18 && upper > 0) {
      m = CREDIT_P.matcher(text);
      while (m.find()) {
        if (ids.socialCreditCode(m.group()).valid()) {
          add(spans, tags, m.start(), m.end(), CREDIT);
        }
      }
    }
    if (digits >= 7) {
      m = DIGITS.matcher(text);
      while (m.find()) {
        String tag = numberTag(m.group());
        if (tag != null) {
          add(spans, tags, m.start(), m.end(), tag);
        }
      }
    }
    if (houseNumber && digits > 0 && han) {
      addresses(text, spans, tags);
    }
    if (!han) {
      return apply(text, spans, tags, counts);
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
    return apply(text, spans, tags, counts);
  }

  private static final String HOUSE = "号室栋幢组弄层";
  private static final String PLACE = "省市区县镇乡村路街巷道";
  private static final String STOP = "，。、；：！？,;:!?\n\r\t \"'“”‘’《》【】[]";
  private static final String[] LEADS = {"现住址", "住址", "地址", "家住", "住在", "现住", "居住于", "住"};

  /**
   * Detailed addresses: a run of Han characters, digits and house-number words ending in a house
   * number ({@code 12号}, {@code 3栋}, {@code 101室}) with a place word ({@code 省市区县镇乡村路街巷道})
   * before the number; found by walking back from each house-number word, so no backtracking.
   */
  private static void addresses(String text, List<int[]> spans, List<String> tags) {
    int n = text.length();
    int i = 0;
    while (i < n) {
      char c = text.charAt(i);
      if (HOUSE.indexOf(c) < 0 || i == 0 || !isNumeral(text.charAt(i - 1))) {
        i++;
        continue;
      }
      int end = i + 1;
      while (true) {
        int j = end;
        while (j < n && (isNumeral(text.charAt(j)) || text.charAt(j) == '-' || isAsciiLetter(text.charAt(j)))) {
          j++;
        }
        if (j > end && j < n && (HOUSE.indexOf(text.charAt(j)) >= 0 || text.startsWith("单元", j))) {
          end = text.startsWith("单元", j) ? j + 2 : j + 1;
        } else {
          break;
        }
      }
      int start = i;
      boolean place = false;
      while (start > 0 && i - start < 40) {
        char p = text.charAt(start - 1);
        if (STOP.indexOf(p) >= 0 || !(Surnames.isHan(p) || isNumeral(p) || isAsciiLetter(p) || p == '-' || p == '#'
            || p == '（' || p == '）' || p == '(' || p == ')')) {
          break;
        }
        if (PLACE.indexOf(p) >= 0) {
          place = true;
        }
        start--;
      }
      if (place) {
        for (String lead : LEADS) {
          if (text.startsWith(lead, start) && start + lead.length() < i) {
            start += lead.length();
            break;
          }
        }
        add(spans, tags, start, end, ADDRESS);
      }
      i = end;
    }
  }

  private static boolean isNumeral(char c) {
    return (c >= '0' && c <= '9') || "一二三四五六七八九十百零〇".indexOf(c) >= 0;
  }

  private static boolean isAsciiLetter(char c) {
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
  }

  private static String apply(String text, List<int[]> spans, List<String> tags, Counts counts) {
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

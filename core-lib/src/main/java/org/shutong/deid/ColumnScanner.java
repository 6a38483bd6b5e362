package org.shutong.deid;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.apiguardian.api.API;
import org.shutong.codesets.Codesets;
import org.shutong.codesets.Regions;
import org.shutong.firstpage.FirstPageFields;
import org.shutong.identifier.Identifiers;
import org.shutong.io.ColumnDictionary;
import org.shutong.io.Row;
import org.shutong.io.TableReader;

/**
 * Finds what must be protected in a table (GB/T 37964-2019 5.3 识别标识): classifies every column as
 * direct identifier, quasi-identifier, sensitive or other, from its header — by the first-page field
 * dictionary and header words — and from its content: resident identity numbers with a valid check
 * digit, birth date and region (GB 11643, GB/T 2260), mobile and fixed-line numbers, e-mail
 * addresses, 统一社会信用代码 (GB 32100), bank card numbers (Luhn), Chinese personal names (a known
 * surname, see {@code surnames.csv}), detailed addresses, dates, region codes, ICD codes; free text
 * is searched for identifiers inside. {@link #proposeProfile} writes a profile for the result.
 *
 * <p>Reports counts only, never values. Not thread-safe (one scan at a time).
 */
@API(status = API.Status.STABLE, since = "0.1")
public final class ColumnScanner {
  /** Share of non-empty values that must match for the content to decide a column's kind. */
  static final double SHARE = 0.6;

  private final Supplier<Regions> regions;
  private Identifiers ids;
  private final ColumnDictionary dictionary = FirstPageFields.standard().dictionary();

  private ColumnScanner(Supplier<Regions> regions) {
    this.regions = regions;
  }

  /** A scanner with the bundled GB/T 2260 region table. */
  public static ColumnScanner standard() {
    return new ColumnScanner(() -> Codesets.bundled().regions());
  }

  private Identifiers ids() {
    if (ids == null) {
      Regions r = regions.get();
      ids = Identifiers.standard().withRegions(r::contains);
    }
    return ids;
  }

  /** The first-page field code a header names, if any. */
  Optional<String> field(String header) {
    return dictionary.resolve(header);
  }

  /** What the header alone says, or {@link ColumnKind#OTHER}. */
  public ColumnKind kindOfHeader(String header) {
    Optional<String> code = field(header);
    if (code.isPresent()) {
      ColumnKind k = FIELD_KINDS.get(code.get());
      if (k != null) {
        return k;
      }
      String c = code.get();
      if (c.matches("C0[6]x\\d\\dC|C0[13]C|C12C|F02C|C07x\\d\\dN|C0[24]N|C13N|F03N|C09C|C10N|F07x\\d\\dC|F08x\\d\\dN")) {
        return ColumnKind.DIAGNOSIS;
      }
      if (c.matches("C1[45]x\\d\\d[CN]|C3[56]x\\d\\d[CN]")) {
        return ColumnKind.PROCEDURE;
      }
      if (c.matches("C16x01|C37x\\d\\d|C49x\\d\\d|C50x\\d\\d|B33|F04")) {
        return ColumnKind.DATE;
      }
      if (c.matches("B2[2-9]|B3[12]|C1[89]x01|C20x01|C23x01|C39x\\d\\d|C4[01]x\\d\\d|C44x\\d\\d")) {
        return ColumnKind.NAME;
      }
    }
    String h = ColumnDictionary.key(header);
    for (Map.Entry<String, ColumnKind> e : WORDS.entrySet()) {
      if (h.contains(e.getKey())) {
        return e.getValue();
      }
    }
    return ColumnKind.OTHER;
  }

  private static final Map<String, ColumnKind> FIELD_KINDS = Map.ofEntries(
      Map.entry("A11", ColumnKind.NAME), Map.entry("A32", ColumnKind.NAME),
      Map.entry("A20", ColumnKind.RESIDENT_ID),
      Map.entry("A27", ColumnKind.PHONE), Map.entry("A30", ColumnKind.PHONE), Map.entry("A35", ColumnKind.PHONE),
      Map.entry("A22", ColumnKind.ADDRESS), Map.entry("A24", ColumnKind.ADDRESS), Map.entry("A26", ColumnKind.ADDRESS),
      Map.entry("A34", ColumnKind.ADDRESS), Map.entry("A29", ColumnKind.EMPLOYER),
      Map.entry("A48", ColumnKind.RECORD_NUMBER), Map.entry("C11", ColumnKind.RECORD_NUMBER),
      Map.entry("A47", ColumnKind.CARD_NUMBER),
      Map.entry("A13", ColumnKind.BIRTH_DATE), Map.entry("A14", ColumnKind.AGE), Map.entry("A16", ColumnKind.AGE),
      Map.entry("A12C", ColumnKind.SEX), Map.entry("A23C", ColumnKind.REGION),
      Map.entry("A25C", ColumnKind.POSTAL_CODE), Map.entry("A28C", ColumnKind.POSTAL_CODE),
      Map.entry("A31C", ColumnKind.POSTAL_CODE),
      Map.entry("A21C", ColumnKind.DEMOGRAPHIC), Map.entry("A38C", ColumnKind.DEMOGRAPHIC),
      Map.entry("A19C", ColumnKind.DEMOGRAPHIC), Map.entry("A15C", ColumnKind.DEMOGRAPHIC),
      Map.entry("B12", ColumnKind.DATE), Map.entry("B15", ColumnKind.DATE));

  /** Header words, most specific first (matched on the normalised header). */
  private static final Map<String, ColumnKind> WORDS = words();

  private static Map<String, ColumnKind> words() {
    Map<String, ColumnKind> m = new LinkedHashMap<>();
    for (String w : List.of("身份证", "证件号", "idcard", "idno", "id_no", "sfzh")) {
      m.put(w, ColumnKind.RESIDENT_ID);
    }
    m.put("出生地", ColumnKind.ADDRESS);
    for (String w : List.of("出生日期", "出生年月", "出生", "birthdate", "birthday", "dateofbirth", "dob", "csrq")) {
      m.put(w, ColumnKind.BIRTH_DATE);
    }
    for (String w : List.of("姓名", "名字", "patientname", "fullname", "xm")) {
      m.put(w, ColumnKind.NAME);
    }
    for (String w : List.of("电话", "手机", "联系方式", "phone", "mobile", "tel")) {
      m.put(w, ColumnKind.PHONE);
    }
    for (String w : List.of("邮箱", "email", "e-mail", "电子邮件")) {
      m.put(w, ColumnKind.EMAIL);
    }
    for (String w : List.of("籍贯", "行政区划", "区划", "户籍地", "region", "county")) {
      m.put(w, ColumnKind.REGION);
    }
    for (String w : List.of("邮编", "邮政编码", "postcode", "zipcode", "zip")) {
      m.put(w, ColumnKind.POSTAL_CODE);
    }
    for (String w : List.of("地址", "住址", "address", "addr")) {
      m.put(w, ColumnKind.ADDRESS);
    }
    for (String w : List.of("工作单位", "单位名称", "employer")) {
      m.put(w, ColumnKind.EMPLOYER);
    }
    for (String w : List.of("银行卡", "bankcard", "账号")) {
      m.put(w, ColumnKind.BANK_CARD);
    }
    for (String w : List.of("信用代码", "uscc")) {
      m.put(w, ColumnKind.CREDIT_CODE);
    }
    for (String w : List.of("病案号", "住院号", "门诊号", "病历号", "病理号", "档案号", "mrn", "patientid", "病人id", "患者id")) {
      m.put(w, ColumnKind.RECORD_NUMBER);
    }
    for (String w : List.of("卡号", "医保号", "社保号", "cardno")) {
      m.put(w, ColumnKind.CARD_NUMBER);
    }
    for (String w : List.of("年龄", "age")) {
      m.put(w, ColumnKind.AGE);
    }
    for (String w : List.of("性别", "gender", "sex")) {
      m.put(w, ColumnKind.SEX);
    }
    for (String w : List.of("职业", "婚姻", "民族", "国籍", "occupation", "marital", "ethnic", "nationality")) {
      m.put(w, ColumnKind.DEMOGRAPHIC);
    }
    for (String w : List.of("诊断", "diagnos", "icd10", "疾病")) {
      m.put(w, ColumnKind.DIAGNOSIS);
    }
    for (String w : List.of("手术", "操作", "procedure", "icd9")) {
      m.put(w, ColumnKind.PROCEDURE);
    }
    for (String w : List.of("备注", "病史", "主诉", "描述", "说明", "记录", "小结", "note", "remark", "comment", "history")) {
      m.put(w, ColumnKind.FREE_TEXT);
    }
    for (String w : List.of("日期", "时间", "date", "time")) {
      m.put(w, ColumnKind.DATE);
    }
    return m;
  }

  /** Per-column accumulators. */
  private static final class Acc {
    final String header;
    long nonEmpty;
    long lengthSum;
    final Map<ColumnKind, long[]> hits = new LinkedHashMap<>();
    final Set<String> distinct = new HashSet<>();
    final TextScrubber.Counts text = new TextScrubber.Counts();
    long commonSurname;

    Acc(String header) {
      this.header = header;
    }

    void hit(ColumnKind k) {
      hits.computeIfAbsent(k, x -> new long[1])[0]++;
    }

    long count(ColumnKind k) {
      long[] v = hits.get(k);
      return v == null ? 0 : v[0];
    }
  }

  /**
   * Scans up to {@code maxRecords} records of {@code reader} ({@code <= 0}: all) and classifies every
   * column.
   */
  public List<ColumnReport> scan(TableReader reader, long maxRecords, Runnable onRecord) {
    List<String> header = reader.header();
    List<Acc> accs = new ArrayList<>();
    for (String h : header) {
      accs.add(new Acc(h));
    }
    long n = 0;
    while (reader.hasNext() && (maxRecords <= 0 || n < maxRecords)) {
      Row row = reader.next();
      n++;
      for (int i = 0; i < accs.size(); i++) {
        observe(accs.get(i), row.get(i));
      }
      if (onRecord != null) {
        onRecord.run();
      }
    }
    List<ColumnReport> out = new ArrayList<>();
    for (int i = 0; i < accs.size(); i++) {
      out.add(report(i, accs.get(i)));
    }
    return out;
  }

  /** Classifies one column from its header and sample values (for the unlisted-column check). */
  ColumnReport classify(int index, String header, List<String> values) {
    Acc a = new Acc(header);
    for (String v : values) {
      observe(a, v);
    }
    return report(index, a);
  }

  private void observe(Acc a, String raw) {
    String v = raw.strip();
    if (v.isEmpty()) {
      return;
    }
    a.nonEmpty++;
    a.lengthSum += v.length();
    if (a.distinct.size() < 100_000) {
      a.distinct.add(v);
    }
    Identifiers id = ids();
    int len = v.length();
    if ((len == 18 || len == 15) && id.residentId(v).valid()) {
      a.hit(ColumnKind.RESIDENT_ID);
    } else if (len >= 7 && len <= 20 && (id.mobile(v).valid() || id.landline(v).valid())) {
      a.hit(ColumnKind.PHONE);
    } else if (v.indexOf('@') > 0 && id.email(v).valid()) {
      a.hit(ColumnKind.EMAIL);
    } else if (len == 18 && id.socialCreditCode(v).valid()) {
      a.hit(ColumnKind.CREDIT_CODE);
    } else if (len >= 16 && len <= 19 && allDigits(v) && id.bankCard(v).valid()) {
      a.hit(ColumnKind.BANK_CARD);
    } else if (Surnames.looksLikeName(v)) {
      a.hit(ColumnKind.NAME);
      if (Surnames.common(v.substring(0, Surnames.surnameAt(v, 0)))) {
        a.commonSurname++;
      }
    } else if (DateValues.parse(v) >= 0) {
      a.hit(ColumnKind.DATE);
    } else if (len == 6 && allDigits(v) && regions.get().contains(v)) {
      a.hit(ColumnKind.REGION);
    } else if (Hierarchies.IcdCodes.category(v.toUpperCase(Locale.ROOT)) != null && len <= 14 && !allDigits(v)) {
      a.hit(ColumnKind.DIAGNOSIS);
    } else if (len >= 8 && looksLikeAddress(v)) {
      a.hit(ColumnKind.ADDRESS);
    }
    if (len >= 12) {
      TextScrubber.standard().scrub(v, List.of(), a.text);
    }
  }

  private static boolean looksLikeAddress(String v) {
    boolean place = false;
    boolean number = false;
    for (int i = 0; i < v.length(); i++) {
      char c = v.charAt(i);
      if (c == '省' || c == '市' || c == '区' || c == '县' || c == '镇' || c == '乡' || c == '村' || c == '路' || c == '街') {
        place = true;
      }
      if (c == '号' || c == '室' || c == '栋' || c == '幢' || c == '组' || c == '弄') {
        number = true;
      }
    }
    return place && number;
  }

  private static boolean allDigits(String v) {
    for (int i = 0; i < v.length(); i++) {
      char c = v.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return !v.isEmpty();
  }

  private ColumnReport report(int index, Acc a) {
    ColumnKind byHeader = kindOfHeader(a.header);
    ColumnKind byContent = ColumnKind.OTHER;
    long best = 0;
    for (Map.Entry<ColumnKind, long[]> e : a.hits.entrySet()) {
      if (e.getValue()[0] > best) {
        best = e.getValue()[0];
        byContent = e.getKey();
      }
    }
    double distinctRatio = a.nonEmpty == 0 ? 0 : Math.min(1.0, a.distinct.size() / (double) a.nonEmpty);
    if (a.nonEmpty == 0 || best < SHARE * a.nonEmpty) {
      byContent = ColumnKind.OTHER;
    }
    if (byContent == ColumnKind.NAME && (a.commonSurname < 0.5 * a.count(ColumnKind.NAME)
        || (a.nonEmpty >= 50 && distinctRatio < 0.2))) {
      byContent = ColumnKind.OTHER;
    }
    if (byContent == ColumnKind.DATE && byHeader == ColumnKind.BIRTH_DATE) {
      byContent = ColumnKind.BIRTH_DATE;
    }
    double avgLen = a.nonEmpty == 0 ? 0 : a.lengthSum / (double) a.nonEmpty;
    boolean text = byContent == ColumnKind.OTHER && avgLen >= 15 && a.text.total() > 0;
    ColumnKind kind;
    String basis;
    if (byHeader != ColumnKind.OTHER && (byContent == ColumnKind.OTHER || byContent == byHeader)) {
      kind = byHeader;
      basis = byContent == byHeader ? "header+content" : "header";
    } else if (byContent != ColumnKind.OTHER) {
      kind = stronger(byHeader, byContent);
      basis = kind == byHeader ? "header" : "content";
    } else if (text) {
      kind = ColumnKind.FREE_TEXT;
      basis = "content";
    } else {
      kind = ColumnKind.OTHER;
      basis = "header";
    }
    if (kind == ColumnKind.OTHER && a.text.total() > 0 && avgLen >= 15) {
      kind = ColumnKind.FREE_TEXT;
      basis = "content";
    }
    Map<String, Long> matches = new LinkedHashMap<>();
    a.hits.forEach((k, v) -> matches.put(k.label(), v[0]));
    return new ColumnReport(index, a.header, field(a.header).orElse(null), kind, kind.columnClass(), basis,
        a.nonEmpty, matches, a.text.byTag(), distinctRatio);
  }

  /** Of a header kind and a content kind that disagree, the one that protects more. */
  private static ColumnKind stronger(ColumnKind header, ColumnKind content) {
    if (content.columnClass() == ColumnClass.DIRECT) {
      return content;
    }
    if (header.columnClass() == ColumnClass.DIRECT) {
      return header;
    }
    if (header == ColumnKind.OTHER || header == ColumnKind.FREE_TEXT) {
      return content;
    }
    return header;
  }

  /**
   * A profile (YAML) for the scanned columns: direct identifiers dropped or pseudonymised, dates
   * shifted per person, other quasi-identifiers generalised, free text scrubbed; each rule names the
   * column by its exact header and cites its clause.
   */
  public static String proposeProfile(String name, List<ColumnReport> columns) {
    StringBuilder sb = new StringBuilder();
    sb.append("# Proposed by shutong deid scan: review every rule before use.\n");
    sb.append("name: ").append(yaml(name)).append('\n');
    sb.append("description: ").append(yaml("proposed for " + name)).append('\n');
    sb.append("hash: HMAC-SM3\n");
    List<String> person = new ArrayList<>();
    for (ColumnReport c : columns) {
      if (c.kind() == ColumnKind.RESIDENT_ID) {
        person.add(c.header());
      }
    }
    for (ColumnReport c : columns) {
      if (c.kind() == ColumnKind.RECORD_NUMBER || c.kind() == ColumnKind.CARD_NUMBER) {
        person.add(c.header());
      }
    }
    sb.append("person: [");
    for (int i = 0; i < person.size(); i++) {
      sb.append(i == 0 ? "" : ", ").append(yaml(person.get(i)));
    }
    sb.append("]\nunlisted: keep\nrules:\n");
    int n = 0;
    for (ColumnReport c : columns) {
      String rule = ruleFor(c, !person.isEmpty());
      if (rule == null) {
        continue;
      }
      n++;
      sb.append("  - id: ").append(yaml("c" + (c.index() + 1) + "-" + c.kind().label())).append('\n');
      sb.append("    columns: [").append(yaml(c.header())).append("]\n");
      sb.append("    class: ").append(c.columnClass().label()).append('\n');
      sb.append(rule);
    }
    if (n == 0) {
      sb.append("  - id: keep-all\n    pattern: \".*\"\n    action: keep\n");
    }
    return sb.toString();
  }

  private static String ruleFor(ColumnReport c, boolean hasPerson) {
    String direct = "    cite: \"GB/T 37964-2019 3.7, 附录A; GB/T 39725-2020 10.2\"\n";
    String quasi = "    cite: \"GB/T 37964-2019 3.8, 附录A 泛化技术; GB/T 39725-2020 10.2\"\n";
    return switch (c.kind()) {
      case RESIDENT_ID -> "    action: pseudonymize\n    domain: resident-id\n    normalize: resident-id\n" + direct;
      case RECORD_NUMBER -> "    action: pseudonymize\n    domain: record-number\n" + direct;
      case CARD_NUMBER -> "    action: pseudonymize\n    domain: card-number\n" + direct;
      case NAME, PHONE, EMAIL, ADDRESS, EMPLOYER, BANK_CARD, CREDIT_CODE -> "    action: drop\n" + direct;
      case BIRTH_DATE -> "    action: generalize\n    type: date\n    level: year\n" + quasi;
      case DATE -> hasPerson ? "    action: shift\n    maxDays: 180\n" + quasi
          : "    action: generalize\n    type: date\n    level: month\n" + quasi;
      case AGE -> "    action: generalize\n    type: age\n    widths: [5, 10, 20]\n    level: width 5\n" + quasi;
      case REGION -> "    action: generalize\n    type: region\n    level: city\n" + quasi;
      case POSTAL_CODE -> "    action: generalize\n    type: prefix\n    lengths: [3]\n    level: prefix 3\n" + quasi;
      case SEX, DEMOGRAPHIC -> "    action: keep\n" + quasi;
      case DIAGNOSIS, PROCEDURE -> "    action: keep\n    cite: \"GB/T 39725-2020 附录A (健康状况、医疗应用数据)\"\n";
      case FREE_TEXT -> "    action: scrub\n" + direct;
      case OTHER -> null;
    };
  }

  static String yaml(String s) {
    return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }
}

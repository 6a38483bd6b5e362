package org.shutong.conformance;

import java.util.Locale;
import org.apiguardian.api.API;
import org.shutong.i18n.Lang;
import org.shutong.i18n.Messages;
import org.shutong.report.Severity;

/**
 * The rules of {@code shutong conform check}, each with its stable id (the findings' {@code ruleId}),
 * default severity and the standard and clause it implements.
 */
@API(status = API.Status.STABLE, since = "0.1")
public enum ConformanceRule {
  /** The mapping binds a column to an identifier the catalogue does not have. */
  MAP_UNKNOWN_ELEMENT("CF-MAP-UNKNOWN-ELEMENT", Severity.ERROR, "WS 363.1-2011 clause 4 (数据元标识符)"),
  /** The mapping binds the same column twice; the later binding is ignored. */
  MAP_DUPLICATE_COLUMN("CF-MAP-DUPLICATE-COLUMN", Severity.ERROR, "mapping file"),
  /** Two columns are bound to the same element; both are checked. */
  MAP_DUPLICATE_ELEMENT("CF-MAP-DUPLICATE-ELEMENT", Severity.WARNING, "mapping file"),
  /** The mapping names a column the extract does not have. */
  MAP_COLUMN_MISSING("CF-MAP-COLUMN-MISSING", Severity.ERROR, "mapping file"),
  /** The extract has two columns with the same header; only the first is checked. */
  MAP_DUPLICATE_HEADER("CF-MAP-DUPLICATE-HEADER", Severity.ERROR, "extract header"),
  /** A column of the extract is not bound to any element. */
  MAP_UNMAPPED_COLUMN("CF-MAP-UNMAPPED-COLUMN", Severity.INFO, "mapping file"),
  /** The data set lists an element the catalogue does not have. */
  DATASET_UNKNOWN_ELEMENT("CF-DATASET-UNKNOWN-ELEMENT", Severity.ERROR, "WS 445 / data set definition"),
  /** The element's value domain is not in the code tables; its values are not checked against it. */
  DOMAIN_UNAVAILABLE("CF-DOMAIN-UNAVAILABLE", Severity.WARNING, "WS 364 / GB/T code tables (org.shutong.codesets)"),
  /** A value is longer or shorter than its format allows. */
  FORMAT_LENGTH("CF-FORMAT-LENGTH", Severity.ERROR, "WS 363.1-2011 clause 5.2 / WS/T 303-2009 (表示格式：长度)"),
  /** A value holds characters its format's type does not allow. */
  FORMAT_CHARACTERS("CF-FORMAT-CHARACTERS", Severity.ERROR, "WS 363.1-2011 clause 5.2 / WS/T 303-2009 (表示格式：字符类型 A/N/AN)"),
  /** A number without the decimals its format gives ({@code N4,1}). */
  FORMAT_DECIMALS("CF-FORMAT-DECIMALS", Severity.ERROR, "WS 363.1-2011 clause 5.2 / WS/T 303-2009 (表示格式：小数位数)"),
  /** A date not written YYYYMMDD or not a real date ({@code D8}). */
  FORMAT_DATE("CF-FORMAT-DATE", Severity.ERROR, "WS 363.1-2011 clause 5.2 (D8: YYYYMMDD, GB/T 7408)"),
  /** A date-time not written YYYYMMDDThhmmss ({@code DT15}). */
  FORMAT_DATETIME("CF-FORMAT-DATETIME", Severity.ERROR, "WS 363.1-2011 clause 5.2 (DT15: YYYYMMDDThhmmss, GB/T 7408)"),
  /** A time not written hhmmss ({@code T6}). */
  FORMAT_TIME("CF-FORMAT-TIME", Severity.ERROR, "WS 363.1-2011 clause 5.2 (T6: hhmmss, GB/T 7408)"),
  /** A boolean not written T or F ({@code T/F}). */
  FORMAT_BOOLEAN("CF-FORMAT-BOOLEAN", Severity.ERROR, "WS 363.1-2011 clause 5.2 (L 布尔型, T/F)"),
  /** A value with leading or trailing spaces; the rest is checked without them. */
  FORMAT_WHITESPACE("CF-FORMAT-WHITESPACE", Severity.WARNING, "WS 363.1-2011 clause 5.2 (表示格式)"),
  /** A coded value that is not in the element's value domain. */
  DOMAIN_VALUE("CF-DOMAIN-VALUE", Severity.ERROR, "WS 364 卫生信息数据元值域代码 / the GB/T table the element names"),
  /** A resident identity number that breaks GB 11643-1999 (length, characters, birth date, check). */
  ID_RESIDENT("CF-ID-RESIDENT", Severity.ERROR, "GB 11643-1999 公民身份号码"),
  /** A resident identity number whose address code is not in the GB/T 2260 table (withdrawn codes too). */
  ID_RESIDENT_REGION("CF-ID-RESIDENT-REGION", Severity.WARNING, "GB 11643-1999 clause 5.2 / GB/T 2260"),
  /** An identifier valid but for letter case (a lower-case x). */
  ID_CASE("CF-ID-CASE", Severity.WARNING, "GB 11643-1999 clause 5.5 / GB 32100-2015 (upper-case letters)"),
  /** A unified social credit code that breaks GB 32100-2015. */
  ID_CREDIT_CODE("CF-ID-CREDIT-CODE", Severity.ERROR, "GB 32100-2015 法人和其他组织统一社会信用代码编码规则"),
  /** An organisation code that breaks GB 11714-1997. */
  ID_ORG_CODE("CF-ID-ORG-CODE", Severity.ERROR, "GB 11714-1997 全国组织机构代码编制规则"),
  /** A mobile number that is not an 11-digit number in an allocated segment. */
  ID_MOBILE("CF-ID-MOBILE", Severity.ERROR, "ITU-T E.164 CN / MIIT 电信网编号计划"),
  /** A landline number without a known area code or with a wrong local length. */
  ID_LANDLINE("CF-ID-LANDLINE", Severity.ERROR, "ITU-T E.164 CN / MIIT 电信网编号计划"),
  /** A telephone number that is neither a mobile nor a landline number. */
  ID_PHONE("CF-ID-PHONE", Severity.ERROR, "ITU-T E.164 CN / MIIT 电信网编号计划"),
  /** A bank card number with a wrong length or Luhn check digit. */
  ID_BANK_CARD("CF-ID-BANK-CARD", Severity.ERROR, "ISO/IEC 7812-1"),
  /** An e-mail address that is not {@code local@domain}. */
  ID_EMAIL("CF-ID-EMAIL", Severity.ERROR, "RFC 5321 / RFC 5322"),
  /** A required element of the data set has no column in the extract. */
  REQUIRED_MISSING("CF-REQUIRED-MISSING", Severity.ERROR, "WS 445 / data set definition (必填数据元)"),
  /** A required element is empty in a record. */
  REQUIRED_EMPTY("CF-REQUIRED-EMPTY", Severity.ERROR, "WS 445 / data set definition (必填数据元)");

  private final String id;
  private final Severity severity;
  private final String source;

  ConformanceRule(String id, Severity severity, String source) {
    this.id = id;
    this.severity = severity;
    this.source = source;
  }

  /** The stable rule id, e.g. {@code CF-FORMAT-LENGTH}. */
  public String id() {
    return id;
  }

  /** The default severity. */
  public Severity severity() {
    return severity;
  }

  /** The standard and clause the rule implements. */
  public String source() {
    return source;
  }

  /** A one-line description of the rule in {@code lang}. */
  public String description(Lang lang) {
    return Messages.of(CatalogueFiles.BUNDLE, lang).get("rule." + id);
  }

  /** The rule with id {@code id}, if any. */
  public static java.util.Optional<ConformanceRule> byId(String id) {
    for (ConformanceRule r : values()) {
      if (r.id.equals(id.strip().toUpperCase(Locale.ROOT))) {
        return java.util.Optional.of(r);
      }
    }
    return java.util.Optional.empty();
  }
}

package org.shutong.deid;

import java.util.Locale;
import org.apiguardian.api.API;

/**
 * What a column holds, as {@link ColumnScanner} recognises it, with the class of attribute it is
 * (GB/T 37964-2019 3.7 直接标识符, 3.8 准标识符; GB/T 39725-2020 附录A 个人健康医疗数据范围).
 */
@API(status = API.Status.STABLE, since = "0.1")
public enum ColumnKind {
  /** 居民身份证号 (GB 11643). */
  RESIDENT_ID(ColumnClass.DIRECT, TextScrubber.ID),
  /** Personal name. */
  NAME(ColumnClass.DIRECT, TextScrubber.NAME),
  /** Mobile or fixed-line telephone number. */
  PHONE(ColumnClass.DIRECT, TextScrubber.PHONE),
  /** E-mail address. */
  EMAIL(ColumnClass.DIRECT, TextScrubber.EMAIL),
  /** Detailed address (street, house number). */
  ADDRESS(ColumnClass.DIRECT, TextScrubber.ADDRESS),
  /** Employer (工作单位). */
  EMPLOYER(ColumnClass.DIRECT, TextScrubber.OTHER),
  /** Medical record, admission, outpatient or pathology number. */
  RECORD_NUMBER(ColumnClass.DIRECT, TextScrubber.OTHER),
  /** Health card, insurance card or other card number. */
  CARD_NUMBER(ColumnClass.DIRECT, TextScrubber.OTHER),
  /** Bank card number (Luhn). */
  BANK_CARD(ColumnClass.DIRECT, TextScrubber.CARD),
  /** 统一社会信用代码 (GB 32100). */
  CREDIT_CODE(ColumnClass.DIRECT, TextScrubber.CREDIT),
  /** Birth date. */
  BIRTH_DATE(ColumnClass.QUASI, null),
  /** Any other date or date-time (admission, discharge, operation). */
  DATE(ColumnClass.QUASI, null),
  /** Age. */
  AGE(ColumnClass.QUASI, null),
  /** Sex. */
  SEX(ColumnClass.QUASI, null),
  /** GB/T 2260 region code or province. */
  REGION(ColumnClass.QUASI, null),
  /** Postal code. */
  POSTAL_CODE(ColumnClass.QUASI, null),
  /** Occupation, marital status, ethnicity, nationality. */
  DEMOGRAPHIC(ColumnClass.QUASI, null),
  /** Diagnosis code or name (ICD-10). */
  DIAGNOSIS(ColumnClass.SENSITIVE, null),
  /** Operation or procedure code or name (ICD-9-CM-3). */
  PROCEDURE(ColumnClass.SENSITIVE, null),
  /** Free text (notes, history); may hold identifiers inside. */
  FREE_TEXT(ColumnClass.OTHER, null),
  /** Nothing that identifies. */
  OTHER(ColumnClass.OTHER, null);

  private final ColumnClass columnClass;
  private final String tag;

  ColumnKind(ColumnClass columnClass, String tag) {
    this.columnClass = columnClass;
    this.tag = tag;
  }

  /** The class of attribute. */
  public ColumnClass columnClass() {
    return columnClass;
  }

  /** The tag that replaces such a value inside free text, or {@code null}. */
  public String tag() {
    return tag;
  }

  /** {@code resident-id}, {@code name}, … */
  public String label() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}

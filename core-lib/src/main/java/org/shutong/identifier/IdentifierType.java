package org.shutong.identifier;

import org.apiguardian.api.API;
import org.shutong.i18n.Lang;
import org.shutong.i18n.Messages;

/**
 * The kinds of Chinese identifier that {@link Identifiers} checks, each with the standard it follows.
 */
@API(status = API.Status.STABLE, since = "0.1")
public enum IdentifierType {
  /** 公民身份号码 (居民身份证号码): 18 characters with an ISO 7064 MOD 11-2 check, or the legacy 15 digits. */
  RESIDENT_ID("GB 11643-1999"),
  /** 法人和其他组织统一社会信用代码: 18 characters with a MOD 31 check character. */
  SOCIAL_CREDIT_CODE("GB 32100-2015"),
  /** 全国组织机构代码: 8 characters and a MOD 11 check character. */
  ORGANIZATION_CODE("GB 11714-1997"),
  /** Mainland mobile number: 11 digits in an allocated segment (号段). */
  MOBILE("ITU-T E.164 CN / MIIT 电信网编号计划 (libphonenumber CN metadata)"),
  /** Fixed-line number: area code (长途区号) and local number, optional extension. */
  LANDLINE("ITU-T E.164 CN / MIIT 电信网编号计划 (libphonenumber CN metadata)"),
  /** A mobile or a fixed-line number. */
  PHONE("ITU-T E.164 CN / MIIT 电信网编号计划 (libphonenumber CN metadata)"),
  /** Bank card number (primary account number) with the Luhn check digit. */
  BANK_CARD("ISO/IEC 7812-1"),
  /** Electronic mail address (addr-spec, internationalised addresses allowed). */
  EMAIL("RFC 5321 / RFC 5322 / RFC 6531");

  private final String standard;

  IdentifierType(String standard) {
    this.standard = standard;
  }

  /** The standard the check follows, e.g. {@code GB 11643-1999}. */
  public String standard() {
    return standard;
  }

  /** The name of this kind of identifier in {@code lang}, e.g. 居民身份证号码. */
  public String label(Lang lang) {
    return Messages.of(IdentifierCheck.BUNDLE, lang).get("type." + name());
  }
}

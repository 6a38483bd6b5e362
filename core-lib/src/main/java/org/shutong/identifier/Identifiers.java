package org.shutong.identifier;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * Checks Chinese identifiers: 居民身份证号码 (GB 11643-1999), 统一社会信用代码 (GB 32100-2015),
 * 组织机构代码 (GB 11714-1997), mobile and fixed-line telephone numbers, bank card numbers (ISO/IEC
 * 7812-1 Luhn) and e-mail addresses. Each check returns an {@link IdentifierCheck} saying valid or
 * which {@link Defect}; no check throws, compiles a pattern or allocates more than a small buffer.
 *
 * <p>Values are checked as given: callers strip surrounding spaces if they want them ignored.
 * Immutable and thread-safe; {@link #standard()} checks everything that needs no table, and
 * {@link #withRegions(RegionLookup)} adds the GB/T 2260 check of the address code of resident
 * identity numbers.
 *
 * <p>Defects are reported in this order (the first that applies):
 *
 * <ul>
 *   <li>resident identity number: EMPTY, LENGTH (18, or legacy 15), CHARACTERS (17 digits then a
 *       digit or X), BIRTH_DATE (a real date, not after the reference date, not before 1800),
 *       CHECK_DIGIT, REGION (only with a region lookup), CASE (a lower-case x);
 *   <li>social credit code: EMPTY, LENGTH (18), CHARACTERS (0-9 and A-Z without I O Z S V),
 *       FORMAT (positions 3–8 not digits), CHECK_DIGIT, CASE;
 *   <li>organisation code: EMPTY, LENGTH (9, or 10 with a hyphen before the check), CHARACTERS,
 *       CHECK_DIGIT, CASE;
 *   <li>mobile: EMPTY, LENGTH, CHARACTERS, FORMAT (foreign country code), LENGTH (11 digits),
 *       PREFIX (segment not allocated);
 *   <li>landline: EMPTY, CHARACTERS, FORMAT (no area code, empty extension), PREFIX (unknown area
 *       code), LENGTH (local number length for that area code);
 *   <li>bank card: EMPTY, CHARACTERS, FORMAT (misplaced separators), LENGTH (12–19 digits),
 *       CHECK_DIGIT;
 *   <li>e-mail: EMPTY, LENGTH, CHARACTERS, FORMAT.
 * </ul>
 */
@API(status = API.Status.STABLE, since = "0.1")
public final class Identifiers {
  private static final Identifiers STANDARD = new Identifiers(null, null);

  private final RegionLookup regions;
  private final LocalDate referenceDate;

  private Identifiers(RegionLookup regions, LocalDate referenceDate) {
    this.regions = regions;
    this.referenceDate = referenceDate;
  }

  /**
   * Checks without a region table (the address code of a resident identity number is not looked
   * up) with today as the reference date for birth dates.
   */
  public static Identifiers standard() {
    return STANDARD;
  }

  /**
   * Checks with the GB/T 2260 region table bundled in {@code org.shutong.codesets} (loaded on first
   * use): an address code missing from it is reported as {@link Defect#REGION}. The bundled table is
   * the 2021 list of provinces, cities and counties; codes withdrawn earlier are not in it, which is
   * why callers treat {@code REGION} as a warning.
   */
  public static Identifiers national() {
    return National.INSTANCE;
  }

  private static final class National {
    static final Identifiers INSTANCE =
        new Identifiers(org.shutong.codesets.Codesets.bundled().regions()::contains, null);
  }

  /** The same checks, with the address code of resident identity numbers looked up in {@code regions}. */
  public Identifiers withRegions(RegionLookup regions) {
    return new Identifiers(Objects.requireNonNull(regions, "regions"), referenceDate);
  }

  /** The same checks, with birth dates after {@code date} (not today) reported as wrong. */
  public Identifiers withReferenceDate(LocalDate date) {
    return new Identifiers(regions, Objects.requireNonNull(date, "date"));
  }

  /** Whether resident identity numbers are checked against a region table. */
  public boolean checksRegions() {
    return regions != null;
  }

  /** Checks {@code value} as an identifier of {@code type}. */
  public IdentifierCheck check(IdentifierType type, CharSequence value) {
    return switch (type) {
      case RESIDENT_ID -> residentId(value);
      case SOCIAL_CREDIT_CODE -> socialCreditCode(value);
      case ORGANIZATION_CODE -> organizationCode(value);
      case MOBILE -> mobile(value);
      case LANDLINE -> landline(value);
      case PHONE -> phone(value);
      case BANK_CARD -> bankCard(value);
      case EMAIL -> email(value);
    };
  }

  /** 居民身份证号码 (公民身份号码) per GB 11643-1999, 18 characters or the legacy 15 digits. */
  public IdentifierCheck residentId(CharSequence value) {
    return IdentifierCheck.of(IdentifierType.RESIDENT_ID, ResidentIdRules.check(value, regions, today()));
  }

  /**
   * What a resident identity number encodes, if its structure is right: its defect is
   * {@link Defect#NONE}, {@link Defect#CASE} or {@link Defect#REGION}. A legacy 15-digit number is
   * converted to 18 characters (19 inserted before the year, check character computed).
   */
  public Optional<ResidentId> parseResidentId(CharSequence value) {
    Defect d = ResidentIdRules.check(value, regions, today());
    if (d == Defect.NONE || d == Defect.CASE || d == Defect.REGION) {
      return Optional.of(ResidentIdRules.parse(value));
    }
    return Optional.empty();
  }

  /** 统一社会信用代码 per GB 32100-2015. */
  public IdentifierCheck socialCreditCode(CharSequence value) {
    return IdentifierCheck.of(IdentifierType.SOCIAL_CREDIT_CODE, CodeRules.socialCreditCode(value));
  }

  /** 组织机构代码 per GB 11714-1997 ({@code 12345678X} or {@code 12345678-X}). */
  public IdentifierCheck organizationCode(CharSequence value) {
    return IdentifierCheck.of(IdentifierType.ORGANIZATION_CODE, CodeRules.organizationCode(value));
  }

  /** A mainland mobile number: 11 digits in an allocated segment, optionally after +86. */
  public IdentifierCheck mobile(CharSequence value) {
    return IdentifierCheck.of(IdentifierType.MOBILE, PhoneRules.mobile(value));
  }

  /** A fixed-line number: area code (with 0, or after +86) and local number, optional extension. */
  public IdentifierCheck landline(CharSequence value) {
    return IdentifierCheck.of(IdentifierType.LANDLINE, PhoneRules.landline(value));
  }

  /** A mobile or a fixed-line number; when neither, the defect of the one it resembles. */
  public IdentifierCheck phone(CharSequence value) {
    return IdentifierCheck.of(IdentifierType.PHONE, PhoneRules.phone(value));
  }

  /** A bank card number: 12–19 digits with a Luhn check digit (ISO/IEC 7812-1). */
  public IdentifierCheck bankCard(CharSequence value) {
    return IdentifierCheck.of(IdentifierType.BANK_CARD, CardRules.bankCard(value));
  }

  /** An e-mail address (RFC 5321/5322; internationalised addresses per RFC 6531). */
  public IdentifierCheck email(CharSequence value) {
    return IdentifierCheck.of(IdentifierType.EMAIL, EmailRules.email(value));
  }

  /**
   * The GB 11643-1999 check character ({@code 0}–{@code 9} or {@code X}) for the first 17 digits of
   * a resident identity number, for messages that say what the right one would be.
   *
   * @throws IllegalArgumentException if {@code first17} is not 17 ASCII digits
   */
  public static char residentIdCheckCharacter(CharSequence first17) {
    char c = ResidentIdRules.checkCharacter(first17);
    if (c == 0) {
      throw new IllegalArgumentException("not 17 digits");
    }
    return c;
  }

  /**
   * The GB 32100-2015 check character for the first 17 characters of a social credit code.
   *
   * @throws IllegalArgumentException if {@code first17} is not 17 characters of the code's set
   */
  public static char socialCreditCheckCharacter(CharSequence first17) {
    char c = CodeRules.socialCreditCheckCharacter(first17);
    if (c == 0) {
      throw new IllegalArgumentException("not 17 characters of 0-9A-Z without I O Z S V");
    }
    return c;
  }

  /**
   * The GB 11714-1997 check character for the 8 body characters of an organisation code.
   *
   * @throws IllegalArgumentException if {@code first8} is not 8 characters 0-9/A-Z
   */
  public static char organizationCheckCharacter(CharSequence first8) {
    char c = CodeRules.organizationCheckCharacter(first8);
    if (c == 0) {
      throw new IllegalArgumentException("not 8 characters 0-9A-Z");
    }
    return c;
  }

  // ---- the reference date as yyyymmdd, recomputed at most once a day when not fixed ----

  private static volatile long todayValidUntil;
  private static volatile int todayCached;

  private int today() {
    if (referenceDate != null) {
      return yyyymmdd(referenceDate);
    }
    long now = System.currentTimeMillis();
    if (now >= todayValidUntil) {
      ZonedDateTime z = ZonedDateTime.now(ZoneId.systemDefault());
      todayCached = yyyymmdd(z.toLocalDate());
      todayValidUntil = z.toLocalDate().plusDays(1).atStartOfDay(z.getZone()).toInstant().toEpochMilli();
    }
    return todayCached;
  }

  private static int yyyymmdd(LocalDate d) {
    return d.getYear() * 10000 + d.getMonthValue() * 100 + d.getDayOfMonth();
  }
}

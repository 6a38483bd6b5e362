/**
 * Chinese identifiers, checked by their standards: 居民身份证号码 (GB 11643-1999, with the GB/T 2260
 * address code through a pluggable {@link org.shutong.identifier.RegionLookup}), 统一社会信用代码
 * (GB 32100-2015), 组织机构代码 (GB 11714-1997), mainland mobile and fixed-line numbers, bank card
 * numbers (ISO/IEC 7812-1 Luhn) and e-mail addresses. Shared by conformance, de-identification
 * scanning, interop header rules and first-page checks.
 *
 * <p>Entry point: {@link org.shutong.identifier.Identifiers}.
 */
package org.shutong.identifier;

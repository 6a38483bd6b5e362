/**
 * Versioned national code tables as resources, with manifests, and the API to load and query them:
 * ICD-10 医保版2.0 / 国家临床版2.0, ICD-9-CM-3 医保版2.0 / 国家临床版3.0, the 国临版↔医保版 crosswalks,
 * 住院病案首页 RC value domains, GB/T and WS 364 value domains, GB/T 2260 regions. Start at
 * {@link org.shutong.codesets.Codesets#bundled()}. Depends on nothing else of Shutong; the coding
 * service that gives these tables meaning (chapters, normalisation, edits) is core-lib's
 * {@code org.shutong.coding}.
 */
package org.shutong.codesets;

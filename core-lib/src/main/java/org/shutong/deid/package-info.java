/**
 * De-identification of tabular health data after GB/T 37964-2019 (个人信息去标识化指南) and
 * GB/T 39725-2020 (健康医疗数据安全指南): profiles as data mapping columns to actions (keep, drop,
 * mask, keyed pseudonyms with HMAC-SM3, reversible SM4-GCM tokens, generalisation, date shift,
 * suppression, noise, free-text scrubbing), re-identification risk measures, an optimal
 * k-anonymity search over the generalisation lattice, and a scanner that finds what must be
 * protected.
 *
 * <p>Entry points: {@link org.shutong.deid.Profiles}, {@link org.shutong.deid.DeidKey},
 * {@link org.shutong.deid.Deidentifier}, {@link org.shutong.deid.RiskAnalyzer},
 * {@link org.shutong.deid.ColumnScanner}. The keyed functions ({@link org.shutong.deid.Pseudonymizer},
 * {@link org.shutong.deid.TokenCipher}, {@link org.shutong.deid.DateShift}) are plain serialisable
 * classes so that other runners give the same pseudonyms for the same key.
 */
package org.shutong.deid;

package org.shutong.deid;

import java.util.List;
import org.apiguardian.api.API;

/**
 * The outcome of a de-identification run, as its report shows it: which profile and key (by
 * fingerprint), what was done to each column (counts), the risk over the quasi-identifiers before
 * and after, and the k-anonymity search where one was asked for. Never holds an input value or the
 * key.
 *
 * @param profile the profile's name
 * @param profileSha256 SHA-256 of the profile file
 * @param hash the keyed hash used
 * @param keyFingerprint the key's fingerprint ({@link DeidKey#fingerprint()})
 * @param input the input as named
 * @param encoding the input's encoding
 * @param records records read (malformed ones reported and skipped are not counted)
 * @param output the output path
 * @param columns per input column, in input order
 * @param quasiIdentifiers the quasi-identifier columns of the risk measures (output headers)
 * @param riskBefore the risk of the input over those columns
 * @param riskAfter the risk of the output over those columns
 * @param anonymization the k-anonymity search, or {@code null} when none was asked for
 */
@API(status = API.Status.STABLE, since = "0.1")
public record DeidResult(
    String profile,
    String profileSha256,
    String hash,
    String keyFingerprint,
    String input,
    String encoding,
    long records,
    String output,
    List<ColumnStats> columns,
    List<String> quasiIdentifiers,
    RiskMeasures riskBefore,
    RiskMeasures riskAfter,
    Anonymization anonymization) {

  /** Copies the lists. */
  public DeidResult {
    columns = List.copyOf(columns);
    quasiIdentifiers = List.copyOf(quasiIdentifiers);
  }
}

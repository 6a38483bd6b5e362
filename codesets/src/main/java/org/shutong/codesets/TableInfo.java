package org.shutong.codesets;

import java.util.Objects;
import org.apiguardian.api.API;

/**
 * The manifest of one table: what it is, which release, who publishes it, where the copy came from,
 * and the row count and SHA-256 of the file as bundled. {@code shutong code info} prints these; the
 * bundled manifests are {@code org/shutong/codesets/tables.csv}, and every figure is checked by a
 * test against the PROVENANCE files copied beside the data.
 *
 * @param id stable id used on the command line and in the API, e.g. {@code icd10-nhsa-2.0}
 * @param kind what the table holds
 * @param system the coding system of a code table or crosswalk ({@code ICD-10}, {@code ICD-9-CM-3}),
 *     or {@code null}
 * @param name the table's Chinese name as published, e.g. {@code 医保疾病诊断分类与代码}
 * @param version the release, e.g. {@code 医保版2.0}
 * @param publisher who publishes the standard, e.g. {@code 国家医疗保障局}
 * @param file the bundled file (relative to {@code org/shutong/codesets/}), or the user's path
 * @param rows data rows in the file (header not counted)
 * @param sha256 SHA-256 of the file's bytes as bundled (lower-case hex), or {@code null} for a
 *     user-supplied table
 * @param mapsFrom for a crosswalk, the id of the source code table; otherwise {@code null}
 * @param mapsTo for a crosswalk, the id of the target code table; otherwise {@code null}
 * @param source where the copy came from (repository, commit, file), briefly; details in PROVENANCE
 * @param notes known gaps and the patch steps applied on load, or {@code ""}
 */
@API(status = API.Status.STABLE, since = "0.1")
public record TableInfo(
    String id,
    TableKind kind,
    String system,
    String name,
    String version,
    String publisher,
    String file,
    int rows,
    String sha256,
    String mapsFrom,
    String mapsTo,
    String source,
    String notes) {

  /** Checks the required components. */
  public TableInfo {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(name, "name");
    if (rows < 0) {
      throw new IllegalArgumentException("rows < 0");
    }
    version = version == null ? "" : version;
    publisher = publisher == null ? "" : publisher;
    source = source == null ? "" : source;
    notes = notes == null ? "" : notes;
  }

  /**
   * The manifest of a table a user supplies from a file (e.g. a morphology table, a fuller RC003).
   *
   * @param id the id it is known by (may replace a bundled id)
   * @param kind what it holds
   * @param system its coding system (e.g. {@code ICD-O-3}), or {@code null}
   * @param name its name
   * @param file the path it was read from
   * @param rows its data rows
   */
  public static TableInfo userSupplied(
      String id, TableKind kind, String system, String name, String file, int rows) {
    return new TableInfo(id, kind, system, name, "", "", file, rows, null, null, null, "user-supplied: " + file, "");
  }

  /** Whether this table was supplied by the user rather than bundled. */
  public boolean isUserSupplied() {
    return sha256 == null;
  }
}

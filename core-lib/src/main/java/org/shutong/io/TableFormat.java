package org.shutong.io;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import org.apiguardian.api.API;

/** The tabular file formats Shutong reads and writes. */
@API(status = API.Status.STABLE, since = "0.1")
public enum TableFormat {
  /** Comma-separated values (RFC 4180), or another chosen delimiter. */
  CSV,
  /** Tab-separated values (RFC 4180 quoting). */
  TSV,
  /** Office Open XML workbook; one sheet is read. */
  XLSX,
  /** JSON Lines: one JSON object per line. */
  JSONL,
  /** A JSON array of objects. */
  JSON,
  /** An XML record set: the root's child elements are records, their children (or attributes) fields. */
  XML,
  /**
   * Rows of a database table or query, read through JDBC ({@link DatabaseInput}). Not a file format:
   * a file is never read or written as {@code DATABASE}.
   */
  DATABASE;

  /** The format a file name's extension names, if any ({@code .csv .txt .tsv .xlsx .jsonl .ndjson .json .xml}). */
  public static Optional<TableFormat> fromFileName(Path path) {
    String n = path.getFileName() == null ? "" : path.getFileName().toString().toLowerCase(Locale.ROOT);
    int dot = n.lastIndexOf('.');
    String ext = dot < 0 ? "" : n.substring(dot + 1);
    return switch (ext) {
      case "csv", "txt" -> Optional.of(CSV);
      case "tsv", "tab" -> Optional.of(TSV);
      case "xlsx", "xlsm" -> Optional.of(XLSX);
      case "jsonl", "ndjson" -> Optional.of(JSONL);
      case "json" -> Optional.of(JSON);
      case "xml" -> Optional.of(XML);
      default -> Optional.empty();
    };
  }

  /** Parses a format name as given to {@code --to} or {@code --from} (case-insensitive). */
  public static TableFormat parse(String s) {
    return valueOf(s.trim().toUpperCase(Locale.ROOT));
  }

  /** Whether the format is text and therefore has a character encoding. */
  public boolean isText() {
    return this != XLSX && this != DATABASE;
  }
}

package org.shutong.report;

import java.util.Locale;
import org.apiguardian.api.API;

/** The formats a report can be rendered in ({@code -f, --format}). */
@API(status = API.Status.STABLE, since = "0.1")
public enum ReportFormat {
  /** Human-readable text grouped by rule with a summary at the end (default on a terminal). */
  TEXT("txt"),
  /** The JSON object of {@code CONVENTIONS.md}; scripts parse it. */
  JSON("json"),
  /** One finding a row. */
  CSV("csv"),
  /** JUnit XML for CI servers: one testcase per rule, a failure per finding. */
  JUNIT("xml"),
  /** One self-contained offline HTML file with charts and a filterable table. */
  HTML("html"),
  /** A workbook with a summary sheet and a findings sheet. */
  XLSX("xlsx");

  private final String extension;

  ReportFormat(String extension) {
    this.extension = extension;
  }

  /** The usual file extension, without dot. */
  public String extension() {
    return extension;
  }

  /** Parses a format name (case-insensitive). */
  public static ReportFormat parse(String s) {
    return valueOf(s.trim().toUpperCase(Locale.ROOT));
  }
}

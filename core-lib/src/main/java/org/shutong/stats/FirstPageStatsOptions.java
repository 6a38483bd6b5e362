package org.shutong.stats;

import java.util.Objects;
import org.apiguardian.api.API;
import org.shutong.codesets.Codesets;
import org.shutong.firstpage.FirstPageFields;
import org.shutong.io.ReadOptions;

/**
 * How to compute the first-page monthly statistics. Immutable; start from {@link #of(ReportMonths)}.
 *
 * @param months the months (by 出院时间); the last is the report month
 * @param fields the first-page field dictionary with the user's aliases (the column mapping of
 *     {@code shutong firstpage check})
 * @param screen which records are excluded (the first-page check's errors)
 * @param codes code tables for names: ICD-10 categories, RC019 离院方式, RC023 科室
 * @param top how many principal-diagnosis categories to list (20)
 * @param read how to read the inputs; its problem sink receives the findings
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record FirstPageStatsOptions(ReportMonths months, FirstPageFields fields, RecordScreen screen, Codesets codes,
    int top, ReadOptions read) {
  /** Checks. */
  public FirstPageStatsOptions {
    Objects.requireNonNull(months, "months");
    Objects.requireNonNull(fields, "fields");
    Objects.requireNonNull(screen, "screen");
    Objects.requireNonNull(codes, "codes");
    Objects.requireNonNull(read, "read");
    if (top < 1) {
      throw new IllegalArgumentException("top must be >= 1");
    }
  }

  /** The standard fields, the minimal screen, the bundled code tables, top 20, default reading. */
  public static FirstPageStatsOptions of(ReportMonths months) {
    return of(months, ReadOptions.defaults());
  }

  /** As {@link #of(ReportMonths)} with these read options (the minimal screen speaks their language). */
  public static FirstPageStatsOptions of(ReportMonths months, ReadOptions read) {
    return new FirstPageStatsOptions(months, FirstPageFields.standard(), RecordScreen.minimal(read.lang()),
        Codesets.bundled(), 20, read);
  }

  /** With a field dictionary (e.g. with the user's aliases). */
  public FirstPageStatsOptions withFields(FirstPageFields f) {
    return new FirstPageStatsOptions(months, f, screen, codes, top, read);
  }

  /** With a record screen (the first-page checker). */
  public FirstPageStatsOptions withScreen(RecordScreen s) {
    return new FirstPageStatsOptions(months, fields, s, codes, top, read);
  }

  /** With code tables. */
  public FirstPageStatsOptions withCodes(Codesets c) {
    return new FirstPageStatsOptions(months, fields, screen, c, top, read);
  }

  /** With the number of principal-diagnosis categories listed. */
  public FirstPageStatsOptions withTop(int n) {
    return new FirstPageStatsOptions(months, fields, screen, codes, n, read);
  }

  /** With read options (their problem sink receives the findings). */
  public FirstPageStatsOptions withRead(ReadOptions r) {
    return new FirstPageStatsOptions(months, fields, screen, codes, top, r);
  }
}

package org.shutong.stats;

import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * A statistical submission: its tables (one sheet each in XLSX) and charts (HTML), with a title and
 * a subtitle naming the period and the data.
 *
 * @param title the title, e.g. 2022年11月法定传染病报告发病、死亡统计表
 * @param subtitle period, inputs and counting basis
 * @param tables the tables; the first is the main table (the one a CSV output holds)
 * @param charts the charts
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record StatsDocument(String title, String subtitle, List<StatsTable> tables, List<StatsChart> charts) {
  /** Copies. */
  public StatsDocument {
    Objects.requireNonNull(title, "title");
    subtitle = subtitle == null ? "" : subtitle;
    tables = List.copyOf(tables);
    charts = List.copyOf(charts);
    if (tables.isEmpty()) {
      throw new IllegalArgumentException("a document needs at least one table");
    }
  }
}

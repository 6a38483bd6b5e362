package org.shutong.report;

import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * A bar chart that a command adds to its report for people, e.g. a profile's top values per column.
 * The HTML renderer draws it (inline SVG), grouped under its {@code group} heading with the other
 * charts of the same group; text, CSV, JUnit and XLSX renderers leave it out (give the same numbers
 * in a {@link ReportTable} for them), and JSON carries the command's own keys instead.
 *
 * @param id stable ASCII id, unique in the report
 * @param group heading the chart is shown under (e.g. a column name); charts of one group sit side by side
 * @param title the chart's title in the run's language
 * @param bars the bars, drawn in order
 * @param note optional line under the chart (e.g. "counts are lower bounds"), or {@code null}
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record ReportChart(String id, String group, String title, List<Bar> bars, String note) {

  /**
   * One bar.
   *
   * @param label the bar's label (a value from the data is escaped like any other)
   * @param value its length, {@code >= 0}
   * @param display the number shown beside it (e.g. {@code 1,024} or {@code 35.2%})
   */
  public record Bar(String label, double value, String display) {
    /** Checks the components. */
    public Bar {
      Objects.requireNonNull(label, "label");
      Objects.requireNonNull(display, "display");
      if (!(value >= 0)) {
        throw new IllegalArgumentException("bar value must be >= 0");
      }
    }
  }

  /** Copies the list. */
  public ReportChart {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(group, "group");
    Objects.requireNonNull(title, "title");
    bars = List.copyOf(bars);
  }
}

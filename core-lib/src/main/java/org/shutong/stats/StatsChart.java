package org.shutong.stats;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * A chart of a statistical report: the report month against the previous months (lines), or a
 * ranking (bars). Rendered as inline SVG by the HTML writer, so the page needs no script and works
 * offline.
 *
 * @param id stable ASCII id
 * @param title the title
 * @param kind bars or lines
 * @param valueType how values are labelled
 * @param categories the x axis (months) or the bars' labels
 * @param series one or more series, each with a value per category ({@code null} = no value)
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record StatsChart(String id, String title, Kind kind, StatsTable.Type valueType, List<String> categories,
    List<Series> series) {

  /** The chart type. */
  public enum Kind {
    /** Horizontal bars, one per category (first series). */
    BAR,
    /** Lines over the categories, one per series. */
    LINE
  }

  /**
   * A series.
   *
   * @param name the legend text
   * @param values one value per category, or {@code null}
   */
  public record Series(String name, List<Double> values) {
    /** Copies (allowing {@code null} values). */
    public Series {
      values = Collections.unmodifiableList(new ArrayList<>(values));
    }
  }

  /** Copies and checks. */
  public StatsChart {
    Objects.requireNonNull(kind, "kind");
    categories = List.copyOf(categories);
    series = List.copyOf(series);
    for (Series s : series) {
      if (s.values().size() != categories.size()) {
        throw new IllegalArgumentException(id + ": series " + s.name() + " has " + s.values().size()
            + " values for " + categories.size() + " categories");
      }
    }
  }
}

package org.shutong.stats;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * A statistical table as people submit it: a title, typed columns, lines styled as data, subtotal
 * or total, and notes under the table (footnotes, definitions, sources). The XLSX, HTML and CSV
 * writers of {@link StatsWriters} render it; numbers stay numbers so that a workbook can sum them.
 *
 * @param id stable ASCII id (sheet name fallback, HTML anchor)
 * @param title the title in the run's language
 * @param columns the columns
 * @param lines the lines
 * @param notes notes printed under the table
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record StatsTable(String id, String title, List<Column> columns, List<Line> lines, List<String> notes) {

  /** How a column's values are shown. */
  public enum Type {
    /** Text. */
    TEXT,
    /** A whole number (counts). */
    INTEGER,
    /** A number with two decimals (days, money). */
    DECIMAL,
    /** A share from 0 to 1, shown as a percentage with two decimals. */
    PERCENT
  }

  /** How a line is emphasised. */
  public enum Style {
    /** An ordinary line. */
    NORMAL,
    /** A subtotal (bold). */
    SUBTOTAL,
    /** A total (bold, shaded). */
    TOTAL
  }

  /**
   * A column.
   *
   * @param title the heading
   * @param type the value type
   */
  public record Column(String title, Type type) {}

  /**
   * A line.
   *
   * @param style emphasis
   * @param indent indentation level of the first cell (sub-types: 1)
   * @param cells the values: {@link String}, {@link Number} or {@code null}
   */
  public record Line(Style style, int indent, List<Object> cells) {
    /** Copies (allowing {@code null} cells). */
    public Line {
      Objects.requireNonNull(style, "style");
      cells = Collections.unmodifiableList(new ArrayList<>(cells));
    }

    /** An ordinary line. */
    public static Line of(Object... cells) {
      return new Line(Style.NORMAL, 0, java.util.Arrays.asList(cells));
    }
  }

  /** Copies the lists. */
  public StatsTable {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(title, "title");
    columns = List.copyOf(columns);
    lines = List.copyOf(lines);
    notes = List.copyOf(notes);
    for (Line l : lines) {
      if (l.cells().size() != columns.size()) {
        throw new IllegalArgumentException(id + ": a line has " + l.cells().size() + " cells for "
            + columns.size() + " columns");
      }
    }
  }

  /** The table's column titles. */
  public List<String> columnTitles() {
    return columns.stream().map(Column::title).toList();
  }
}

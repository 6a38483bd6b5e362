package org.shutong.report;

import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * A figure that a command adds to its report for people: a radar chart of scores per area, or a
 * ladder of levels with how far the run reached. The HTML renderer draws figures as inline SVG and
 * HTML; text, CSV, JUnit and XLSX renderers leave them out (give the same numbers in a
 * {@link ReportTable} for them), and JSON carries the command's own keys instead.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public sealed interface ReportFigure permits ReportFigure.Radar, ReportFigure.Ladder {

  /** Stable ASCII id, unique in the report (used as the HTML anchor). */
  String id();

  /** Title in the run's language. */
  String title();

  /**
   * A radar (spider) chart: one spoke per axis, each value drawn as a share of its axis' maximum,
   * so that axes with different maxima compare.
   *
   * @param id stable ASCII id
   * @param title title in the run's language
   * @param axes the spokes, clockwise from the top; at least three for a readable polygon
   * @param note optional line under the chart, or {@code null}
   */
  record Radar(String id, String title, List<Axis> axes, String note) implements ReportFigure {
    /** Copies the list and checks the components. */
    public Radar {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(title, "title");
      axes = List.copyOf(axes);
    }
  }

  /**
   * One spoke of a radar chart.
   *
   * @param label the axis' name
   * @param value the value, {@code 0 <= value <= max}
   * @param max the axis' maximum, {@code > 0}
   * @param display the text shown beside the label (e.g. {@code 12.5 / 15})
   */
  record Axis(String label, double value, double max, String display) {
    /** Checks the components. */
    public Axis {
      Objects.requireNonNull(label, "label");
      Objects.requireNonNull(display, "display");
      if (!(max > 0) || !(value >= 0) || value > max) {
        throw new IllegalArgumentException("axis value must be in [0, max] with max > 0");
      }
    }

    /** The value as a share of the maximum, 0–1. */
    public double share() {
      return value / max;
    }
  }

  /**
   * A ladder of levels, lowest first, each marked with how far the run got.
   *
   * @param id stable ASCII id
   * @param title title in the run's language
   * @param steps the levels, lowest first (the HTML renderer draws the highest on top)
   * @param note optional line under the ladder, or {@code null}
   */
  record Ladder(String id, String title, List<Step> steps, String note) implements ReportFigure {
    /** Copies the list and checks the components. */
    public Ladder {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(title, "title");
      steps = List.copyOf(steps);
    }
  }

  /**
   * One level of a ladder.
   *
   * @param label the level's name
   * @param detail one line on what decided it (in the run's language), or {@code null}
   * @param state how far the run got
   */
  record Step(String label, String detail, StepState state) {
    /** Checks the components. */
    public Step {
      Objects.requireNonNull(label, "label");
      Objects.requireNonNull(state, "state");
    }
  }

  /** How far a run got on one step of a ladder. */
  enum StepState {
    /** Every requirement of the step is met. */
    REACHED,
    /** Met under some readings of incomplete data, not under all. */
    POSSIBLE,
    /** The first step not reached: what to work on next. */
    NEXT,
    /** Not reached, above the next step. */
    OPEN
  }
}

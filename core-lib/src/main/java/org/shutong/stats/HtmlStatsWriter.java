package org.shutong.stats;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.shutong.i18n.Lang;
import org.shutong.i18n.Messages;
import org.shutong.report.Finding;
import org.shutong.report.Report;

/**
 * Writes a {@link StatsDocument} as one self-contained HTML page: the tables with their notes, the
 * charts as inline SVG (no script, no network), and the run's findings. Built and escaped with jsoup.
 */
final class HtmlStatsWriter {
  /** Findings listed on the page; the rest are counted. */
  static final int MAX_FINDINGS = 2000;
  private static final String[] PALETTE = {"#1f77b4", "#d62728", "#2ca02c", "#ff7f0e", "#9467bd", "#8c564b"};
  private static final String CSS = """
      body{font-family:"Microsoft YaHei","PingFang SC","Noto Sans CJK SC",sans-serif;margin:24px;color:#222}
      h1{font-size:20px;margin:0 0 4px} h2{font-size:16px;margin:28px 0 8px} .sub{color:#555;margin:0 0 16px}
      nav a{margin-right:12px;font-size:13px}
      table{border-collapse:collapse;font-size:13px;margin:4px 0}
      th,td{border:1px solid #999;padding:3px 8px} th{background:#e8e8e8}
      td.num{text-align:right;font-variant-numeric:tabular-nums}
      tr.subtotal td{font-weight:bold} tr.total td{font-weight:bold;background:#fff8d6}
      td.i1{padding-left:24px} td.i2{padding-left:40px}
      p.note{font-size:12px;color:#444;margin:2px 0;max-width:960px}
      figure{margin:8px 0 20px} figcaption{font-weight:bold;font-size:14px;margin-bottom:4px}
      svg text{font-size:11px} .sev-error{color:#b00020} .sev-warning{color:#8a6d00} .sev-info{color:#555}
      """;

  private HtmlStatsWriter() {}

  static void write(StatsDocument doc, Report report, OutputStream out, Lang lang) throws IOException {
    Messages m = Messages.of("org.shutong.stats.messages", lang);
    Document d = Document.createShell("");
    d.outputSettings().charset(StandardCharsets.UTF_8).prettyPrint(false);
    d.head().appendElement("meta").attr("charset", "utf-8");
    d.head().appendElement("title").text(doc.title());
    d.head().appendElement("style").appendText(CSS);
    d.selectFirst("html").attr("lang", lang == Lang.ZH ? "zh-CN" : "en");
    Element body = d.body();
    body.appendElement("h1").text(doc.title());
    if (!doc.subtitle().isEmpty()) {
      body.appendElement("p").addClass("sub").text(doc.subtitle());
    }
    Element nav = body.appendElement("nav");
    for (StatsChart c : doc.charts()) {
      nav.appendElement("a").attr("href", "#" + c.id()).text(c.title());
    }
    for (StatsTable t : doc.tables()) {
      nav.appendElement("a").attr("href", "#" + t.id()).text(t.title());
    }
    if (report != null) {
      nav.appendElement("a").attr("href", "#findings").text(m.get("out.findings"));
    }
    for (StatsChart c : doc.charts()) {
      Element fig = body.appendElement("figure").attr("id", c.id());
      fig.appendElement("figcaption").text(c.title());
      if (c.kind() == StatsChart.Kind.LINE) {
        lineChart(fig, c);
      } else {
        barChart(fig, c);
      }
    }
    for (StatsTable t : doc.tables()) {
      body.appendElement("h2").attr("id", t.id()).text(t.title());
      Element table = body.appendElement("table");
      Element tr = table.appendElement("thead").appendElement("tr");
      for (StatsTable.Column c : t.columns()) {
        tr.appendElement("th").text(c.title());
      }
      Element tbody = table.appendElement("tbody");
      for (StatsTable.Line l : t.lines()) {
        Element row = tbody.appendElement("tr");
        if (l.style() != StatsTable.Style.NORMAL) {
          row.addClass(l.style().name().toLowerCase(Locale.ROOT));
        }
        for (int i = 0; i < l.cells().size(); i++) {
          Object v = l.cells().get(i);
          Element td = row.appendElement("td");
          if (v instanceof Number n) {
            td.addClass("num").text(format(n.doubleValue(), effective(v, t.columns().get(i).type())));
          } else {
            td.text(v == null ? "" : v.toString());
          }
          if (i == 0 && l.indent() > 0) {
            td.addClass("i" + Math.min(2, l.indent()));
          }
        }
      }
      for (String note : t.notes()) {
        body.appendElement("p").addClass("note").text(note);
      }
    }
    if (report != null) {
      body.appendElement("h2").attr("id", "findings").text(m.get("out.findings"));
      body.appendElement("p").text(m.get("out.summary", report.summary().error(), report.summary().warning(),
          report.summary().info()));
      if (!report.findings().isEmpty()) {
        Element table = body.appendElement("table");
        Element tr = table.appendElement("thead").appendElement("tr");
        for (String h : List.of("ruleId", m.get("out.severity"), m.get("out.file"), m.get("out.record"),
            m.get("out.line"), m.get("out.field"), m.get("out.value"), m.get("out.message"))) {
          tr.appendElement("th").text(h);
        }
        Element tbody = table.appendElement("tbody");
        int shown = 0;
        for (Finding f : report.findings()) {
          if (shown++ == MAX_FINDINGS) {
            break;
          }
          Element row = tbody.appendElement("tr");
          row.appendElement("td").text(f.ruleId());
          row.appendElement("td").addClass("sev-" + f.severity().label()).text(f.severity().label());
          row.appendElement("td").text(f.file() == null ? "" : f.file());
          row.appendElement("td").addClass("num").text(f.record() > 0 ? Long.toString(f.record()) : "");
          row.appendElement("td").addClass("num").text(f.line() > 0 ? Long.toString(f.line()) : "");
          row.appendElement("td").text(f.field() == null ? "" : f.field());
          row.appendElement("td").text(f.value() == null ? "" : f.value());
          row.appendElement("td").text(f.message());
        }
        long more = report.findings().size() - Math.min(MAX_FINDINGS, report.findings().size()) + report.findingsOmitted();
        if (more > 0) {
          body.appendElement("p").addClass("note").text(m.get("out.omitted", more));
        }
      }
    }
    Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    w.write("<!DOCTYPE html>\n");
    w.write(d.html());
    w.write('\n');
    w.flush();
  }

  /** The type a value is shown in: whole numbers ({@link Long}, {@link Integer}) in a decimal column show as whole numbers. */
  static StatsTable.Type effective(Object v, StatsTable.Type type) {
    return type == StatsTable.Type.DECIMAL && (v instanceof Long || v instanceof Integer) ? StatsTable.Type.INTEGER : type;
  }

  static String format(double v, StatsTable.Type type) {
    return switch (type) {
      case PERCENT -> String.format(Locale.ROOT, "%.2f%%", v * 100);
      case DECIMAL -> String.format(Locale.ROOT, "%.2f", v);
      default -> v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : String.format(Locale.ROOT, "%.2f", v);
    };
  }

  private static String num(double v) {
    return String.format(Locale.ROOT, "%.1f", v);
  }

  /** A "nice" upper bound for an axis: 1, 2 or 5 times a power of ten, at least {@code max}. */
  static double niceMax(double max) {
    if (max <= 0) {
      return 1;
    }
    double p = Math.pow(10, Math.floor(Math.log10(max)));
    for (double f : new double[] {1, 2, 5, 10}) {
      if (f * p >= max) {
        return f * p;
      }
    }
    return 10 * p;
  }

  private static void lineChart(Element fig, StatsChart c) {
    int w = 760;
    int h = 280;
    int left = 70;
    int right = 20;
    int top = 16;
    int bottom = 56;
    double max = 0;
    for (StatsChart.Series s : c.series()) {
      for (Double v : s.values()) {
        if (v != null) {
          max = Math.max(max, v);
        }
      }
    }
    double ymax = niceMax(max);
    Element svg = fig.appendElement("svg").attr("xmlns", "http://www.w3.org/2000/svg")
        .attr("width", Integer.toString(w)).attr("height", Integer.toString(h))
        .attr("viewBox", "0 0 " + w + " " + h).attr("role", "img").attr("aria-label", c.title());
    int n = c.categories().size();
    double plotW = w - left - right;
    double plotH = h - top - bottom;
    for (int k = 0; k <= 4; k++) {
      double y = top + plotH - plotH * k / 4;
      svg.appendElement("line").attr("x1", num(left)).attr("x2", num(w - right)).attr("y1", num(y)).attr("y2", num(y))
          .attr("stroke", "#ddd");
      svg.appendElement("text").attr("x", num(left - 6)).attr("y", num(y + 4)).attr("text-anchor", "end")
          .text(format(ymax * k / 4, c.valueType()));
    }
    for (int i = 0; i < n; i++) {
      double x = n == 1 ? left + plotW / 2 : left + plotW * i / (n - 1);
      svg.appendElement("text").attr("x", num(x)).attr("y", num(h - bottom + 16)).attr("text-anchor", "middle")
          .text(c.categories().get(i));
    }
    for (int s = 0; s < c.series().size(); s++) {
      StatsChart.Series series = c.series().get(s);
      String color = PALETTE[s % PALETTE.length];
      StringBuilder pts = new StringBuilder();
      for (int i = 0; i < n; i++) {
        Double v = series.values().get(i);
        if (v == null) {
          continue;
        }
        double x = n == 1 ? left + plotW / 2 : left + plotW * i / (n - 1);
        double y = top + plotH - plotH * v / ymax;
        pts.append(num(x)).append(',').append(num(y)).append(' ');
        Element dot = svg.appendElement("circle").attr("cx", num(x)).attr("cy", num(y)).attr("r", "3.5")
            .attr("fill", color);
        dot.appendElement("title").text(series.name() + " " + c.categories().get(i) + ": " + format(v, c.valueType()));
      }
      svg.appendElement("polyline").attr("points", pts.toString().strip()).attr("fill", "none")
          .attr("stroke", color).attr("stroke-width", "2").addClass("series");
      double lx = left + 150.0 * s;
      svg.appendElement("rect").attr("x", num(lx)).attr("y", num(h - 22.0)).attr("width", "12").attr("height", "12")
          .attr("fill", color);
      svg.appendElement("text").attr("x", num(lx + 16)).attr("y", num(h - 12.0)).text(series.name());
    }
  }

  private static void barChart(Element fig, StatsChart c) {
    int n = c.categories().size();
    int left = 260;
    int right = 90;
    int w = 760;
    int bar = 18;
    int gap = 6;
    int h = 12 + n * (bar + gap);
    double max = 0;
    List<Double> values = c.series().isEmpty() ? List.of() : c.series().get(0).values();
    for (Double v : values) {
      if (v != null) {
        max = Math.max(max, v);
      }
    }
    double xmax = niceMax(max);
    Element svg = fig.appendElement("svg").attr("xmlns", "http://www.w3.org/2000/svg")
        .attr("width", Integer.toString(w)).attr("height", Integer.toString(h))
        .attr("viewBox", "0 0 " + w + " " + h).attr("role", "img").attr("aria-label", c.title());
    double plotW = w - left - right;
    for (int i = 0; i < n; i++) {
      Double v = values.isEmpty() ? null : values.get(i);
      double y = 6 + i * (bar + gap);
      String label = c.categories().get(i);
      svg.appendElement("text").attr("x", num(left - 6)).attr("y", num(y + bar - 5)).attr("text-anchor", "end")
          .text(label.length() > 24 ? label.substring(0, 23) + "…" : label);
      double bw = v == null ? 0 : plotW * v / xmax;
      Element rect = svg.appendElement("rect").attr("x", num(left)).attr("y", num(y)).attr("width", num(bw))
          .attr("height", Integer.toString(bar)).attr("fill", PALETTE[0]).addClass("bar");
      rect.appendElement("title").text(label + ": " + (v == null ? "" : format(v, c.valueType())));
      svg.appendElement("text").attr("x", num(left + bw + 4)).attr("y", num(y + bar - 5))
          .text(v == null ? "" : format(v, c.valueType()));
    }
  }
}

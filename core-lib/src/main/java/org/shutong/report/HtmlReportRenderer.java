package org.shutong.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.NumberFormat;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.DocumentType;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;
import org.shutong.i18n.Lang;
import org.shutong.i18n.Messages;

/**
 * One self-contained HTML file for people (a QC department, its director): summary cards, findings
 * by rule and by field as inline SVG bar charts, the rules checked, the report's tables, the
 * command's extra keys shown generically, and a filterable, sortable, paginated findings table.
 *
 * <p>No network: CSS and JavaScript are inline, and a Content-Security-Policy allows only the
 * report's own script (by hash), so nothing is fetched and no injected script can run. The document
 * is built and escaped with jsoup; the findings go in as a JSON blob ({@code <script
 * type="application/json">}, with {@code <}, {@code >} and {@code &} escaped) that the script
 * renders a page at a time, so the file stays usable with 100,000 findings. The blob is streamed
 * into the output rather than built as one string.
 */
final class HtmlReportRenderer implements ReportRenderer {
  /** Findings embedded in the file's table; more are counted but left to the JSON/CSV reports. */
  static final int MAX_EMBEDDED_FINDINGS = 100_000;
  /** Rows shown per table (report tables and extras). */
  static final int MAX_TABLE_ROWS = 5_000;
  /** Bars per chart; the rest are summed in one last bar. */
  static final int MAX_BARS = 40;

  private static final String CSS = resource("report.css");
  private static final String JS = resource("report.js");
  private static final String JS_HASH = "'sha256-" + sha256(JS) + "'";
  private static final JsonFactory JSON = JsonReportRenderer.MAPPER.getFactory();
  private static final String[] SEVERITIES = {"error", "warning", "info"};

  @Override
  public void render(Report r, OutputStream out, Lang lang) throws IOException {
    Messages m = Messages.of("org.shutong.report.messages", lang);
    Dictionaries dict = new Dictionaries(r);
    String marker = "@@SHUTONG-FINDINGS-" + UUID.randomUUID() + "@@";
    Document doc = document(r, m, lang, dict, marker);
    String html = doc.outerHtml();
    int at = html.lastIndexOf(marker);
    if (at < 0) {
      throw new IllegalStateException("findings placeholder missing from the HTML document");
    }
    Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
    w.write(html, 0, at);
    writeFindings(w, r, dict);
    w.write(html, at + marker.length(), html.length() - at - marker.length());
    w.flush();
  }

  // ---- the document ----

  private static Document document(Report r, Messages m, Lang lang, Dictionaries dict, String marker) {
    Document doc = Document.createShell("");
    doc.outputSettings()
        .charset(StandardCharsets.UTF_8)
        .escapeMode(Entities.EscapeMode.base)
        .prettyPrint(false);
    doc.prependChild(new DocumentType("html", "", ""));
    Element html = doc.selectFirst("html");
    html.attr("lang", lang == Lang.ZH ? "zh-CN" : "en");
    Element head = doc.head();
    head.appendElement("meta").attr("charset", "utf-8");
    head.appendElement("meta").attr("http-equiv", "Content-Security-Policy").attr("content",
        "default-src 'none'; style-src 'unsafe-inline'; img-src data:; script-src " + JS_HASH
            + "; base-uri 'none'; form-action 'none'");
    head.appendElement("meta").attr("name", "viewport").attr("content", "width=device-width, initial-scale=1");
    head.appendElement("meta").attr("name", "generator").attr("content", r.tool() + " " + r.version());
    head.appendElement("title").text(m.get("html.title") + " — " + r.command());
    head.appendElement("style").appendChild(new DataNode(CSS));

    Element body = doc.body();
    header(body, r, m, lang);
    Element main = body.appendElement("main");
    cards(main, r, m, lang);
    figures(main, r, m);
    charts(main, r, m, lang, dict);
    rules(main, r, m, lang);
    commandCharts(main, r, m);
    for (ReportTable t : r.tables()) {
      reportTable(main, t, m, lang);
    }
    extras(main, r, m, lang);
    findings(main, r, m, lang, dict);
    footer(body, r, m);

    body.appendElement("script").attr("type", "application/json").id("shutong-labels")
        .appendChild(new DataNode(labels(m, lang)));
    body.appendElement("script").attr("type", "application/json").id("shutong-findings")
        .appendChild(new DataNode(marker));
    body.appendElement("script").appendChild(new DataNode(JS));
    return doc;
  }

  private static void header(Element body, Report r, Messages m, Lang lang) {
    Element h = body.appendElement("header");
    h.appendElement("h1").text(m.get("html.title"));
    Element meta = h.appendElement("p").addClass("meta");
    meta.appendElement("span").addClass("command").text(r.command());
    meta.appendText(" · " + r.tool() + " " + r.version() + " · ");
    meta.appendElement("time").text(ZonedDateTime.now(ZoneId.systemDefault()).format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")));
    if (!r.inputs().isEmpty()) {
      Element t = h.appendElement("table").addClass("inputs");
      Element tr = t.appendElement("thead").appendElement("tr");
      tr.appendElement("th").text(m.get("col.file"));
      tr.appendElement("th").addClass("num").text(m.get("html.records"));
      tr.appendElement("th").text(m.get("html.encoding"));
      Element tb = t.appendElement("tbody");
      for (InputSummary in : r.inputs()) {
        Element row = tb.appendElement("tr");
        row.appendElement("td").text(in.path());
        row.appendElement("td").addClass("num").text(number(in.records(), lang));
        row.appendElement("td").text(in.encoding() == null ? "—" : in.encoding());
      }
    }
  }

  private static void cards(Element main, Report r, Messages m, Lang lang) {
    Summary s = r.summary();
    Element sec = main.appendElement("section").id("summary").addClass("cards");
    card(sec, "records", number(s.records(), lang), m.get("html.records"), null);
    String share = s.records() > 0
        ? String.format(lang.locale(), "%.1f%%", 100.0 * s.recordsWithErrors() / s.records())
        : null;
    card(sec, "records-with-errors", number(s.recordsWithErrors(), lang), m.get("html.recordsWithErrors"), share);
    long[] counts = {s.error(), s.warning(), s.info()};
    for (int i = 0; i < SEVERITIES.length; i++) {
      Severity sev = Severity.values()[i];
      Element c = card(sec, SEVERITIES[i], number(counts[i], lang), ReportViews.severityName(sev, m), null);
      c.addClass("sev-" + SEVERITIES[i]).addClass("clickable").attr("data-sev", Integer.toString(i))
          .attr("title", m.get("html.filterHint")).attr("tabindex", "0").attr("role", "button");
    }
  }

  private static Element card(Element parent, String id, String value, String label, String sub) {
    Element c = parent.appendElement("div").addClass("card").attr("data-card", id);
    c.appendElement("div").addClass("value").text(value);
    c.appendElement("div").addClass("label").text(label);
    if (sub != null) {
      c.appendElement("div").addClass("sub").text(sub);
    }
    return c;
  }

  // ---- figures: radar charts and level ladders ----

  private static void figures(Element main, Report r, Messages m) {
    if (r.figures().isEmpty()) {
      return;
    }
    Element sec = main.appendElement("section").id("figures").addClass("figures");
    for (ReportFigure f : r.figures()) {
      Element fig = sec.appendElement("figure").addClass("figure").id("figure-" + anchor(f.id()));
      fig.appendElement("figcaption").text(f.title());
      String note;
      if (f instanceof ReportFigure.Radar radar) {
        fig.addClass("radar");
        radar(fig, radar);
        note = radar.note();
      } else if (f instanceof ReportFigure.Ladder ladder) {
        fig.addClass("ladder");
        ladder(fig, ladder, m);
        note = ladder.note();
      } else {
        throw new IllegalStateException("unknown figure " + f.getClass());
      }
      if (note != null) {
        fig.appendElement("p").addClass("note").text(note);
      }
    }
  }

  /** A radar chart: rings at 25/50/75/100 %, one spoke per axis, the values as one polygon. */
  private static void radar(Element fig, ReportFigure.Radar radar) {
    final double width = 680;
    final double height = 500;
    final double cx = width / 2;
    final double cy = height / 2;
    final double radius = 170;
    int n = radar.axes().size();
    Element svg = fig.appendElement("svg")
        .attr("xmlns", "http://www.w3.org/2000/svg")
        .attr("viewBox", "0 0 " + fmt(width) + " " + fmt(height))
        .attr("role", "img")
        .attr("aria-label", radar.title());
    if (n == 0) {
      return;
    }
    for (int ring = 1; ring <= 4; ring++) {
      StringBuilder pts = new StringBuilder();
      for (int i = 0; i < n; i++) {
        double[] p = spoke(cx, cy, radius * ring / 4.0, i, n);
        pts.append(pts.length() > 0 ? " " : "").append(fmt(p[0])).append(',').append(fmt(p[1]));
      }
      svg.appendElement(n >= 3 ? "polygon" : "polyline").addClass("ring").attr("points", pts.toString());
    }
    StringBuilder value = new StringBuilder();
    for (int i = 0; i < n; i++) {
      ReportFigure.Axis a = radar.axes().get(i);
      double[] end = spoke(cx, cy, radius, i, n);
      svg.appendElement("line").addClass("spoke")
          .attr("x1", fmt(cx)).attr("y1", fmt(cy)).attr("x2", fmt(end[0])).attr("y2", fmt(end[1]));
      double[] v = spoke(cx, cy, radius * a.share(), i, n);
      value.append(value.length() > 0 ? " " : "").append(fmt(v[0])).append(',').append(fmt(v[1]));
      double[] lp = spoke(cx, cy, radius + 18, i, n);
      String anchor = Math.abs(lp[0] - cx) < 8 ? "middle" : lp[0] > cx ? "start" : "end";
      Element label = svg.appendElement("text").addClass("axis-label").attr("text-anchor", anchor)
          .attr("x", fmt(lp[0])).attr("y", fmt(lp[1]));
      label.appendElement("tspan").attr("x", fmt(lp[0])).text(shorten(a.label(), 24));
      label.appendElement("tspan").addClass("axis-value").attr("x", fmt(lp[0])).attr("dy", "16").text(a.display());
    }
    Element area = svg.appendElement(n >= 3 ? "polygon" : "polyline").addClass("area").attr("points", value.toString());
    area.appendElement("title").text(radar.title());
    for (int i = 0; i < n; i++) {
      ReportFigure.Axis a = radar.axes().get(i);
      double[] v = spoke(cx, cy, radius * a.share(), i, n);
      Element dot = svg.appendElement("circle").addClass("point").attr("cx", fmt(v[0])).attr("cy", fmt(v[1])).attr("r", "4");
      dot.appendElement("title").text(a.label() + ": " + a.display());
    }
  }

  /** The point at {@code r} from the centre on spoke {@code i} of {@code n}, clockwise from the top. */
  private static double[] spoke(double cx, double cy, double r, int i, int n) {
    double angle = -Math.PI / 2 + 2 * Math.PI * i / n;
    return new double[] {cx + r * Math.cos(angle), cy + r * Math.sin(angle)};
  }

  /** A ladder: the levels as a list, highest on top, each marked reached / possible / next / open. */
  private static void ladder(Element fig, ReportFigure.Ladder ladder, Messages m) {
    Element ol = fig.appendElement("ol").addClass("ladder").attr("reversed", true);
    List<ReportFigure.Step> steps = new ArrayList<>(ladder.steps());
    java.util.Collections.reverse(steps);
    for (ReportFigure.Step s : steps) {
      String state = s.state().name().toLowerCase(Locale.ROOT);
      Element li = ol.appendElement("li").addClass("step").addClass("step-" + state).attr("data-state", state);
      li.appendElement("span").addClass("step-label").text(s.label());
      li.appendElement("span").addClass("step-state").text(m.get("html.step." + state));
      if (s.detail() != null) {
        li.appendElement("span").addClass("step-detail").text(s.detail());
      }
    }
  }

  private static void charts(Element main, Report r, Messages m, Lang lang, Dictionaries dict) {
    if (r.findings().isEmpty()) {
      return;
    }
    Element sec = main.appendElement("section").id("charts").addClass("charts");
    List<ReportViews.Tally> rules = new ArrayList<>();
    for (ReportViews.Tally t : ReportViews.ruleTallies(r)) {
      if (t.total() > 0) {
        rules.add(t);
      }
    }
    chart(sec, "chart-rules", m.get("html.byRule"), rules, "rule", dict.rules, m, lang);
    List<ReportViews.Tally> fields = ReportViews.fieldTallies(r.findings());
    if (!fields.isEmpty()) {
      chart(sec, "chart-fields", m.get("html.byField"), fields, "field", dict.fields, m, lang);
    }
    Element legend = sec.appendElement("p").addClass("legend");
    for (int i = 0; i < SEVERITIES.length; i++) {
      legend.appendElement("span").addClass("swatch").addClass("sev-" + SEVERITIES[i]);
      legend.appendText(ReportViews.severityName(Severity.values()[i], m) + "  ");
    }
    if (r.findingsOmitted() > 0) {
      sec.appendElement("p").addClass("note").text(m.get("html.chartsKeptOnly", r.findingsOmitted()));
    }
  }

  /** A horizontal bar chart: one bar per key, stacked by severity. */
  private static void chart(Element parent, String id, String title, List<ReportViews.Tally> tallies,
      String filter, Map<String, Integer> index, Messages m, Lang lang) {
    List<ReportViews.Tally> bars = tallies;
    if (tallies.size() > MAX_BARS) {
      bars = new ArrayList<>(tallies.subList(0, MAX_BARS - 1));
      long e = 0;
      long w = 0;
      long i = 0;
      for (ReportViews.Tally t : tallies.subList(MAX_BARS - 1, tallies.size())) {
        e += t.error();
        w += t.warning();
        i += t.info();
      }
      bars.add(new ReportViews.Tally(null, m.get("html.others", tallies.size() - MAX_BARS + 1), e, w, i));
    }
    long max = 1;
    for (ReportViews.Tally t : bars) {
      max = Math.max(max, t.total());
    }
    final int width = 720;
    final int labelWidth = 230;
    final int valueWidth = 70;
    final int row = 24;
    final int barHeight = 16;
    int height = bars.size() * row + 8;
    Element fig = parent.appendElement("figure").addClass("chart").id(id);
    fig.appendElement("figcaption").text(title);
    Element svg = fig.appendElement("svg")
        .attr("xmlns", "http://www.w3.org/2000/svg")
        .attr("viewBox", "0 0 " + width + " " + height)
        .attr("role", "img")
        .attr("aria-label", title);
    double scale = (double) (width - labelWidth - valueWidth) / max;
    for (int b = 0; b < bars.size(); b++) {
      ReportViews.Tally t = bars.get(b);
      int y = 4 + b * row;
      Element g = svg.appendElement("g").addClass("bar");
      String label = t.key() != null ? t.key() : t.title();
      if (t.key() != null) {
        g.attr("data-filter", filter).attr("data-key", t.key())
            .attr("data-index", Integer.toString(index.getOrDefault(t.key(), -1)))
            .attr("tabindex", "0").attr("role", "button");
      } else {
        g.addClass("others");
      }
      StringBuilder tip = new StringBuilder(label);
      if (t.title() != null && t.key() != null) {
        tip.append(" ").append(t.title());
      }
      tip.append(": ");
      for (int s = 0; s < SEVERITIES.length; s++) {
        tip.append(s > 0 ? ", " : "").append(ReportViews.severityName(Severity.values()[s], m)).append(' ')
            .append(t.count(Severity.values()[s]));
      }
      g.appendElement("title").text(tip.toString());
      g.appendElement("text").addClass("label")
          .attr("x", Integer.toString(labelWidth - 8)).attr("y", Integer.toString(y + barHeight - 4))
          .text(shorten(label, 30));
      double x = labelWidth;
      for (int s = 0; s < SEVERITIES.length; s++) {
        long n = t.count(Severity.values()[s]);
        if (n == 0) {
          continue;
        }
        double w = Math.max(1.5, n * scale);
        g.appendElement("rect").addClass("sev-" + SEVERITIES[s])
            .attr("x", fmt(x)).attr("y", Integer.toString(y))
            .attr("width", fmt(w)).attr("height", Integer.toString(barHeight));
        x += w;
      }
      g.appendElement("text").addClass("value")
          .attr("x", fmt(x + 6)).attr("y", Integer.toString(y + barHeight - 4))
          .text(number(t.total(), lang));
    }
  }

  /** Chart groups shown open; the others are folded (a click opens them, no script needed). */
  static final int OPEN_CHART_GROUPS = 12;

  /**
   * The command's own charts, grouped by {@link ReportChart#group()} in first-seen order, each group
   * in a {@code <details>} element: the first {@value #OPEN_CHART_GROUPS} open, the rest folded.
   */
  private static void commandCharts(Element main, Report r, Messages m) {
    if (r.charts().isEmpty()) {
      return;
    }
    Map<String, List<ReportChart>> groups = new java.util.LinkedHashMap<>();
    for (ReportChart c : r.charts()) {
      groups.computeIfAbsent(c.group(), k -> new ArrayList<>()).add(c);
    }
    Element all = main.appendElement("section").id("command-charts").addClass("command-charts");
    all.appendElement("h2").text(m.get("html.commandCharts"));
    int n = 0;
    for (Map.Entry<String, List<ReportChart>> g : groups.entrySet()) {
      Element sec = all.appendElement("details").addClass("chart-group");
      if (n++ < OPEN_CHART_GROUPS) {
        sec.attr("open", true);
      }
      sec.appendElement("summary").appendElement("h3").text(g.getKey());
      Element grid = sec.appendElement("div").addClass("charts");
      for (ReportChart c : g.getValue()) {
        barChart(grid, c);
      }
    }
  }

  /** A horizontal bar chart of plain values. */
  private static void barChart(Element parent, ReportChart c) {
    final int width = 480;
    final int labelWidth = 170;
    final int valueWidth = 80;
    final int row = 20;
    final int barHeight = 14;
    List<ReportChart.Bar> bars = c.bars().size() > MAX_BARS ? c.bars().subList(0, MAX_BARS) : c.bars();
    double max = 0;
    for (ReportChart.Bar b : bars) {
      max = Math.max(max, b.value());
    }
    Element fig = parent.appendElement("figure").addClass("chart").addClass("command-chart").id("chart-" + anchor(c.id()));
    fig.appendElement("figcaption").text(c.title());
    int height = Math.max(1, bars.size()) * row + 8;
    Element svg = fig.appendElement("svg")
        .attr("xmlns", "http://www.w3.org/2000/svg")
        .attr("viewBox", "0 0 " + width + " " + height)
        .attr("role", "img")
        .attr("aria-label", c.title());
    double scale = max > 0 ? (width - labelWidth - valueWidth) / max : 0;
    for (int i = 0; i < bars.size(); i++) {
      ReportChart.Bar b = bars.get(i);
      int y = 4 + i * row;
      Element g = svg.appendElement("g").addClass("bar");
      g.appendElement("title").text(b.label() + ": " + b.display());
      g.appendElement("text").addClass("label")
          .attr("x", Integer.toString(labelWidth - 8)).attr("y", Integer.toString(y + barHeight - 3))
          .text(shorten(b.label(), 24));
      double w = b.value() > 0 ? Math.max(1.5, b.value() * scale) : 0;
      g.appendElement("rect").addClass("plain")
          .attr("x", Integer.toString(labelWidth)).attr("y", Integer.toString(y))
          .attr("width", fmt(w)).attr("height", Integer.toString(barHeight));
      g.appendElement("text").addClass("value")
          .attr("x", fmt(labelWidth + w + 6)).attr("y", Integer.toString(y + barHeight - 3))
          .text(b.display());
    }
    if (c.note() != null) {
      fig.appendElement("p").addClass("note").text(c.note());
    }
  }

  private static void rules(Element main, Report r, Messages m, Lang lang) {
    List<ReportViews.Tally> tallies = ReportViews.ruleTallies(r);
    if (tallies.isEmpty()) {
      return;
    }
    Element sec = main.appendElement("section").id("rules");
    sec.appendElement("h2").text(m.get("html.rules"));
    Element t = sec.appendElement("table").addClass("data");
    Element tr = t.appendElement("thead").appendElement("tr");
    tr.appendElement("th").text(m.get("col.ruleId"));
    boolean titles = tallies.stream().anyMatch(x -> x.title() != null);
    if (titles) {
      tr.appendElement("th").text(m.get("html.ruleTitle"));
    }
    for (Severity s : Severity.values()) {
      tr.appendElement("th").addClass("num").text(ReportViews.severityName(s, m));
    }
    tr.appendElement("th").text(m.get("html.status"));
    Element tb = t.appendElement("tbody");
    for (ReportViews.Tally x : tallies) {
      Element row = tb.appendElement("tr");
      row.appendElement("td").addClass("rule").text(x.key());
      if (titles) {
        row.appendElement("td").text(x.title() == null ? "" : x.title());
      }
      for (Severity s : Severity.values()) {
        row.appendElement("td").addClass("num").text(number(x.count(s), lang));
      }
      boolean failed = x.error() + x.warning() > 0;
      row.appendElement("td").addClass(failed ? "status-fail" : "status-pass")
          .text(m.get(x.error() > 0 ? "html.statusError" : x.warning() > 0 ? "html.statusWarning" : "html.statusPass"));
    }
  }

  private static void reportTable(Element main, ReportTable t, Messages m, Lang lang) {
    Element sec = main.appendElement("section").addClass("report-table").id("table-" + anchor(t.id()));
    sec.appendElement("h2").text(t.title());
    Element table = sec.appendElement("table").addClass("data");
    Element tr = table.appendElement("thead").appendElement("tr");
    for (String c : t.columns()) {
      tr.appendElement("th").text(c);
    }
    Element tb = table.appendElement("tbody");
    int n = 0;
    for (List<Object> row : t.rows()) {
      if (n++ == MAX_TABLE_ROWS) {
        break;
      }
      Element r = tb.appendElement("tr");
      for (Object v : row) {
        Element td = r.appendElement("td").text(v instanceof Number num ? number(num, lang) : ReportViews.cell(v));
        if (v instanceof Number) {
          td.addClass("num");
        }
      }
    }
    if (t.rows().size() > MAX_TABLE_ROWS) {
      sec.appendElement("p").addClass("note").text(m.get("html.rowsCut", MAX_TABLE_ROWS, t.rows().size()));
    }
    if (t.note() != null) {
      sec.appendElement("p").addClass("note").text(t.note());
    }
  }

  private static void extras(Element main, Report r, Messages m, Lang lang) {
    for (Map.Entry<String, Object> e : ReportViews.extrasForPeople(r).entrySet()) {
      JsonNode node = JsonReportRenderer.MAPPER.valueToTree(e.getValue());
      Element sec = main.appendElement("section").addClass("extra").id("extra-" + anchor(e.getKey()))
          .attr("data-key", e.getKey());
      sec.appendElement("h2").text(ReportViews.extraTitle(e.getKey(), m));
      extraValue(sec, node, m, lang, 0);
    }
  }

  /** Shows a JSON value: a table for rows or flat objects, a list, nested sections, else JSON text. */
  private static void extraValue(Element parent, JsonNode node, Messages m, Lang lang, int depth) {
    switch (ReportViews.shape(node)) {
      case SCALAR -> parent.appendElement("p").addClass("scalar").text(scalar(node, lang));
      case LIST -> {
        Element ul = parent.appendElement("ul").addClass("list");
        int n = 0;
        for (JsonNode v : node) {
          if (n++ == MAX_TABLE_ROWS) {
            parent.appendElement("p").addClass("note").text(m.get("html.rowsCut", MAX_TABLE_ROWS, node.size()));
            break;
          }
          ul.appendElement("li").text(scalar(v, lang));
        }
      }
      case ROWS -> {
        List<String> cols = ReportViews.columns(node);
        Element t = parent.appendElement("table").addClass("data");
        Element tr = t.appendElement("thead").appendElement("tr");
        for (String c : cols) {
          tr.appendElement("th").text(c);
        }
        Element tb = t.appendElement("tbody");
        int n = 0;
        for (JsonNode row : node) {
          if (n++ == MAX_TABLE_ROWS) {
            parent.appendElement("p").addClass("note").text(m.get("html.rowsCut", MAX_TABLE_ROWS, node.size()));
            break;
          }
          Element r = tb.appendElement("tr");
          for (String c : cols) {
            JsonNode v = row.get(c);
            Element td = r.appendElement("td").text(scalar(v, lang));
            if (v != null && v.isNumber()) {
              td.addClass("num");
            }
          }
        }
      }
      case FIELDS -> {
        Element t = parent.appendElement("table").addClass("data").addClass("fields");
        Element tb = t.appendElement("tbody");
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
          Map.Entry<String, JsonNode> f = it.next();
          Element r = tb.appendElement("tr");
          r.appendElement("th").text(f.getKey());
          Element td = r.appendElement("td").text(scalar(f.getValue(), lang));
          if (f.getValue().isNumber()) {
            td.addClass("num");
          }
        }
      }
      case NESTED -> {
        if (node.isObject() && depth < 2) {
          for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> f = it.next();
            Element sub = parent.appendElement("div").addClass("extra-part");
            sub.appendElement(depth == 0 ? "h3" : "h4").text(f.getKey());
            extraValue(sub, f.getValue(), m, lang, depth + 1);
          }
        } else {
          parent.appendElement("pre").addClass("json").text(prettyJson(node));
        }
      }
    }
  }

  private static void findings(Element main, Report r, Messages m, Lang lang, Dictionaries dict) {
    Element sec = main.appendElement("section").id("findings");
    sec.appendElement("h2").text(m.get("html.findings"));
    int embedded = Math.min(r.findings().size(), MAX_EMBEDDED_FINDINGS);
    long notShown = r.findings().size() - embedded + r.findingsOmitted();
    if (notShown > 0) {
      sec.appendElement("p").addClass("note").addClass("warning")
          .text(m.get("html.findingsCut", number(embedded, lang), number(notShown, lang)));
    }
    if (r.findings().isEmpty()) {
      sec.appendElement("p").addClass("empty").id("no-findings").text(m.get("html.noFindings"));
      return;
    }
    Element filters = sec.appendElement("div").addClass("filters");
    filters.appendElement("input").id("f-text").attr("type", "search")
        .attr("placeholder", m.get("html.search")).attr("aria-label", m.get("html.search"));
    Element sev = filters.appendElement("select").id("f-sev").attr("aria-label", m.get("col.severity"));
    sev.appendElement("option").val("").text(m.get("html.allSeverities"));
    for (int i = 0; i < SEVERITIES.length; i++) {
      sev.appendElement("option").val(Integer.toString(i)).text(ReportViews.severityName(Severity.values()[i], m));
    }
    Element rule = filters.appendElement("select").id("f-rule").attr("aria-label", m.get("col.ruleId"));
    rule.appendElement("option").val("").text(m.get("html.allRules"));
    for (Map.Entry<String, Integer> e : dict.rules.entrySet()) {
      rule.appendElement("option").val(Integer.toString(e.getValue())).text(e.getKey());
    }
    Element field = filters.appendElement("select").id("f-field").attr("aria-label", m.get("col.field"));
    field.appendElement("option").val("").text(m.get("html.allFields"));
    for (Map.Entry<String, Integer> e : dict.fields.entrySet()) {
      field.appendElement("option").val(Integer.toString(e.getValue())).text(e.getKey());
    }
    filters.appendElement("button").attr("type", "button").id("f-reset").text(m.get("html.reset"));
    Element count = filters.appendElement("span").addClass("count");
    count.appendElement("span").id("f-count").text(number(embedded, lang));
    count.appendText(" / " + number(embedded, lang));

    Element table = sec.appendElement("table").addClass("data").id("findings-table");
    Element tr = table.appendElement("thead").appendElement("tr");
    boolean files = dict.files.size() > 1;
    th(tr, "sev", m.get("col.severity"));
    th(tr, "rule", m.get("col.ruleId"));
    if (files) {
      th(tr, "file", m.get("col.file"));
    }
    th(tr, "record", m.get("col.record")).addClass("num");
    th(tr, "line", m.get("col.line")).addClass("num");
    th(tr, "field", m.get("col.field"));
    th(tr, "value", m.get("col.value"));
    th(tr, "message", m.get("col.message"));
    table.appendElement("tbody").id("findings-body");

    Element pager = sec.appendElement("div").addClass("pager");
    pager.appendElement("button").attr("type", "button").id("f-prev").text(m.get("html.prev"));
    pager.appendElement("span").id("f-page");
    pager.appendElement("button").attr("type", "button").id("f-next").text(m.get("html.next"));
    Element size = pager.appendElement("select").id("f-size").attr("aria-label", m.get("html.pageSize"));
    for (int n : new int[] {50, 100, 500, 1000}) {
      Element o = size.appendElement("option").val(Integer.toString(n)).text(m.get("html.perPage", n));
      if (n == 100) {
        o.attr("selected", true);
      }
    }
    sec.appendElement("noscript").text(m.get("html.noscript"));
  }

  private static Element th(Element tr, String col, String text) {
    return tr.appendElement("th").attr("data-col", col).attr("tabindex", "0").attr("aria-sort", "none").text(text);
  }

  private static void footer(Element body, Report r, Messages m) {
    Element f = body.appendElement("footer");
    f.appendElement("p").text(m.get("html.footer", r.tool() + " " + r.version()));
    if (r.findingsOmitted() > 0) {
      f.appendElement("p").text(m.get("text.omitted", r.findingsOmitted()));
    }
  }

  // ---- the embedded data ----

  /** Indexes of rules, files and fields in the findings blob (the selects' option values). */
  private static final class Dictionaries {
    final Map<String, Integer> rules = new LinkedHashMap<>();
    final Map<String, Integer> files = new LinkedHashMap<>();
    final Map<String, Integer> fields = new LinkedHashMap<>();

    Dictionaries(Report r) {
      for (ReportViews.Tally t : ReportViews.ruleTallies(r)) {
        if (t.total() > 0) {
          rules.put(t.key(), rules.size());
        }
      }
      for (ReportViews.Tally t : ReportViews.fieldTallies(r.findings())) {
        fields.put(t.key(), fields.size());
      }
      int n = 0;
      for (Finding f : r.findings()) {
        if (n++ == MAX_EMBEDDED_FINDINGS) {
          break;
        }
        if (f.file() != null) {
          files.putIfAbsent(f.file(), files.size());
        }
      }
    }
  }

  /**
   * {@code {"rules":[..],"files":[..],"fields":[..],"rows":[[rule,sev,file,record,line,field,value,message],..]}}
   * with indexes into the dictionaries ({@code -1} for none), streamed to {@code w}.
   */
  private static void writeFindings(Writer w, Report r, Dictionaries dict) throws IOException {
    try (JsonGenerator g = JSON.createGenerator(w)) {
      g.setCharacterEscapes(HtmlSafeEscapes.INSTANCE);
      g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      g.writeStartObject();
      g.writeArrayFieldStart("rules");
      for (String k : dict.rules.keySet()) {
        g.writeString(k);
      }
      g.writeEndArray();
      g.writeArrayFieldStart("files");
      for (String k : dict.files.keySet()) {
        g.writeString(k);
      }
      g.writeEndArray();
      g.writeArrayFieldStart("fields");
      for (String k : dict.fields.keySet()) {
        g.writeString(k);
      }
      g.writeEndArray();
      g.writeArrayFieldStart("rows");
      int n = 0;
      for (Finding f : r.findings()) {
        if (n++ == MAX_EMBEDDED_FINDINGS) {
          break;
        }
        g.writeStartArray();
        g.writeNumber(dict.rules.get(f.ruleId()));
        g.writeNumber(ReportViews.index(f.severity()));
        g.writeNumber(f.file() == null ? -1 : dict.files.get(f.file()));
        g.writeNumber(f.record());
        g.writeNumber(f.line());
        g.writeNumber(f.field() == null ? -1 : dict.fields.get(f.field()));
        if (f.value() == null) {
          g.writeNull();
        } else {
          g.writeString(f.value());
        }
        g.writeString(f.message());
        g.writeEndArray();
        if ((n & 1023) == 0) {
          g.writeRaw('\n');
        }
      }
      g.writeEndArray();
      g.writeEndObject();
    }
  }

  /** The texts the script needs, as JSON. */
  private static String labels(Messages m, Lang lang) {
    Map<String, Object> l = new LinkedHashMap<>();
    List<String> sev = new ArrayList<>();
    for (Severity s : Severity.values()) {
      sev.add(ReportViews.severityName(s, m));
    }
    l.put("severity", sev);
    l.put("page", m.get("html.page"));
    l.put("noMatch", m.get("html.noMatch"));
    l.put("locale", lang == Lang.ZH ? "zh-CN" : "en");
    StringWriter sw = new StringWriter();
    try (JsonGenerator g = JSON.createGenerator(sw)) {
      g.setCharacterEscapes(HtmlSafeEscapes.INSTANCE);
      JsonReportRenderer.MAPPER.writeValue(g, l);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return sw.toString();
  }

  /** JSON escapes that make the text safe inside an HTML {@code <script>} element. */
  static final class HtmlSafeEscapes extends CharacterEscapes {
    private static final long serialVersionUID = 1L;
    static final HtmlSafeEscapes INSTANCE = new HtmlSafeEscapes();
    private final int[] ascii;

    private HtmlSafeEscapes() {
      ascii = standardAsciiEscapesForJSON();
      ascii['<'] = ESCAPE_STANDARD;
      ascii['>'] = ESCAPE_STANDARD;
      ascii['&'] = ESCAPE_STANDARD;
    }

    @Override
    public int[] getEscapeCodesForAscii() {
      return ascii.clone();
    }

    @Override
    public SerializableString getEscapeSequence(int ch) {
      return ch == 0x2028 ? new SerializedString("\\u2028") : ch == 0x2029 ? new SerializedString("\\u2029") : null;
    }
  }

  // ---- small helpers ----

  private static String scalar(JsonNode n, Lang lang) {
    if (n != null && n.isIntegralNumber()) {
      return number(n.longValue(), lang);
    }
    if (n != null && n.isNumber()) {
      return number(n.doubleValue(), lang);
    }
    return ReportViews.scalarText(n);
  }

  private static String prettyJson(JsonNode n) {
    try {
      return JsonReportRenderer.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(n);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String number(Number n, Lang lang) {
    if (n instanceof Double || n instanceof Float || n instanceof java.math.BigDecimal) {
      NumberFormat f = NumberFormat.getNumberInstance(lang.locale());
      f.setMaximumFractionDigits(4);
      return f.format(n.doubleValue());
    }
    return NumberFormat.getIntegerInstance(lang.locale()).format(n.longValue());
  }

  private static String number(long n, Lang lang) {
    return NumberFormat.getIntegerInstance(lang.locale()).format(n);
  }

  private static String fmt(double d) {
    return String.format(Locale.ROOT, "%.1f", d);
  }

  /** Cuts {@code s} to about {@code width} columns (CJK characters count two). */
  static String shorten(String s, int width) {
    int w = 0;
    for (int i = 0; i < s.length(); i++) {
      w += s.charAt(i) >= 0x2E80 ? 2 : 1;
      if (w > width) {
        return s.substring(0, Math.max(1, i - 1)) + "…";
      }
    }
    return s;
  }

  /** A safe element id fragment: ASCII letters, digits, {@code -} and {@code _}; others as {@code _}. */
  static String anchor(String key) {
    StringBuilder sb = new StringBuilder(key.length());
    for (int i = 0; i < key.length(); i++) {
      char c = key.charAt(i);
      sb.append((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_' ? c : '_');
    }
    return sb.toString();
  }

  private static String resource(String name) {
    try (InputStream in = HtmlReportRenderer.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String sha256(String s) {
    try {
      byte[] d = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
      return Base64.getEncoder().encodeToString(d);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}

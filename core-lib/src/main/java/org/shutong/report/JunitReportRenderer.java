package org.shutong.report;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.shutong.i18n.Lang;
import org.shutong.i18n.Messages;

/**
 * JUnit XML as Jenkins, GitLab and other CI servers read it (the schema of Jenkins' xUnit plugin,
 * {@code junit-10.xsd}): one {@code <testsuite>} per input file (findings about no file go to a suite
 * named after the command), one {@code <testcase>} per rule, one {@code <failure>} per error or
 * warning finding (capped per rule, with a last failure that counts the rest), info findings as the
 * testcase's {@code <system-out>}. Rules the report lists as checked but without findings are
 * passing testcases. Written with a streaming XML writer.
 */
final class JunitReportRenderer implements ReportRenderer {
  /** Failures listed per rule and suite; the rest are counted in one more failure. */
  static final int MAX_FAILURES_PER_RULE = 100;
  /** Info lines listed per rule and suite in {@code <system-out>}. */
  static final int MAX_INFO_PER_RULE = 100;

  @Override
  public void render(Report r, OutputStream out, Lang lang) throws IOException {
    Messages m = Messages.of("org.shutong.report.messages", lang);
    List<Suite> suites = suites(r);
    long tests = 0;
    long failures = 0;
    for (Suite s : suites) {
      tests += s.cases.size();
      failures += s.failedCases();
    }
    try {
      XMLStreamWriter x = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
      x.writeStartDocument("UTF-8", "1.0");
      x.writeCharacters("\n");
      x.writeStartElement("testsuites");
      attr(x, "name", "shutong " + r.command());
      x.writeAttribute("tests", Long.toString(tests));
      x.writeAttribute("failures", Long.toString(failures));
      x.writeAttribute("errors", "0");
      x.writeAttribute("time", "0");
      x.writeCharacters("\n");
      for (Suite s : suites) {
        writeSuite(x, r, s, m);
      }
      x.writeEndElement();
      x.writeCharacters("\n");
      x.writeEndDocument();
      x.flush();
      x.close();
    } catch (XMLStreamException e) {
      throw new IOException("cannot write JUnit XML: " + e.getMessage(), e);
    }
    out.flush();
  }

  /** One suite: an input file (or the command itself), its rules and their findings. */
  private static final class Suite {
    final String file;
    final InputSummary input;
    final Map<String, List<Finding>> cases = new LinkedHashMap<>();

    Suite(String file, InputSummary input) {
      this.file = file;
      this.input = input;
    }

    long failedCases() {
      return cases.values().stream().filter(fs -> fs.stream().anyMatch(JunitReportRenderer::fails)).count();
    }
  }

  private static boolean fails(Finding f) {
    return f.severity() != Severity.INFO;
  }

  private static List<Suite> suites(Report r) {
    Map<String, Suite> byFile = new LinkedHashMap<>();
    for (InputSummary in : r.inputs()) {
      byFile.putIfAbsent(in.path(), new Suite(in.path(), in));
    }
    Suite noFile = null;
    Map<String, List<Finding>> byRule = ReportViews.byRule(r.findings());
    for (Map.Entry<String, List<Finding>> e : byRule.entrySet()) {
      for (Finding f : e.getValue()) {
        Suite s;
        if (f.file() == null) {
          if (noFile == null) {
            noFile = new Suite(null, null);
          }
          s = noFile;
        } else {
          s = byFile.computeIfAbsent(f.file(), k -> new Suite(k, null));
        }
        s.cases.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(f);
      }
    }
    List<Suite> out = new ArrayList<>(byFile.values());
    if (noFile != null) {
      out.add(noFile);
    }
    if (out.isEmpty()) {
      out.add(new Suite(null, null));
    }
    // rules that ran are testcases of every input they ran on: passing where nothing was found
    for (Suite s : out) {
      if (s.input != null || (s.file == null && r.inputs().isEmpty())) {
        for (RuleInfo ri : r.rules()) {
          s.cases.putIfAbsent(ri.id(), new ArrayList<>());
        }
      }
    }
    return out;
  }

  private static void writeSuite(XMLStreamWriter x, Report r, Suite s, Messages m)
      throws XMLStreamException {
    x.writeCharacters("  ");
    x.writeStartElement("testsuite");
    attr(x, "name", s.file == null ? r.command() : r.command() + ": " + s.file);
    x.writeAttribute("tests", Integer.toString(s.cases.size()));
    x.writeAttribute("failures", Long.toString(s.failedCases()));
    x.writeAttribute("errors", "0");
    x.writeAttribute("skipped", "0");
    x.writeAttribute("time", "0");
    if (s.file != null) {
      attr(x, "file", s.file);
    }
    x.writeCharacters("\n    ");
    x.writeStartElement("properties");
    property(x, "tool", r.tool() + " " + r.version());
    property(x, "command", r.command());
    if (s.input != null) {
      property(x, "records", Long.toString(s.input.records()));
      if (s.input.encoding() != null) {
        property(x, "encoding", s.input.encoding());
      }
    }
    x.writeEndElement();
    x.writeCharacters("\n");
    String classname = classname(r.command(), s.file);
    for (Map.Entry<String, List<Finding>> c : s.cases.entrySet()) {
      writeCase(x, classname, c.getKey(), c.getValue(), m);
    }
    if (r.findingsOmitted() > 0) {
      x.writeCharacters("    ");
      x.writeStartElement("system-out");
      x.writeCharacters(m.get("text.omitted", r.findingsOmitted()));
      x.writeEndElement();
      x.writeCharacters("\n");
    }
    x.writeCharacters("  ");
    x.writeEndElement();
    x.writeCharacters("\n");
  }

  private static void writeCase(
      XMLStreamWriter x, String classname, String rule, List<Finding> fs, Messages m)
      throws XMLStreamException {
    x.writeCharacters("    ");
    x.writeStartElement("testcase");
    attr(x, "name", rule);
    attr(x, "classname", classname);
    x.writeAttribute("time", "0");
    int failing = 0;
    int infos = 0;
    StringBuilder out = new StringBuilder();
    for (Finding f : fs) {
      if (!fails(f)) {
        if (infos++ < MAX_INFO_PER_RULE) {
          String where = ReportViews.where(f, m, true);
          out.append(where.isEmpty() ? "" : where + ": ").append(f.message());
          if (f.value() != null) {
            out.append(" [").append(f.value()).append(']');
          }
          out.append('\n');
        }
        continue;
      }
      if (failing++ >= MAX_FAILURES_PER_RULE) {
        continue;
      }
      x.writeCharacters("\n      ");
      x.writeStartElement("failure");
      attr(x, "message", f.message());
      attr(x, "type", f.severity().label());
      x.writeCharacters(xml(body(f, m)));
      x.writeEndElement();
    }
    if (failing > MAX_FAILURES_PER_RULE) {
      int more = failing - MAX_FAILURES_PER_RULE;
      x.writeCharacters("\n      ");
      x.writeStartElement("failure");
      attr(x, "message", m.get("junit.more", more));
      x.writeAttribute("type", "more");
      x.writeCharacters(xml(m.get("junit.moreBody", more, MAX_FAILURES_PER_RULE)));
      x.writeEndElement();
    }
    if (infos > MAX_INFO_PER_RULE) {
      out.append(m.get("text.more", infos - MAX_INFO_PER_RULE)).append('\n');
    }
    if (out.length() > 0) {
      x.writeCharacters("\n      ");
      x.writeStartElement("system-out");
      x.writeCharacters(xml(out.toString()));
      x.writeEndElement();
    }
    if (failing > 0 || infos > 0) {
      x.writeCharacters("\n    ");
    }
    x.writeEndElement();
    x.writeCharacters("\n");
  }

  /** The failure's text: one {@code label: value} line for each of file, record, line, field, value. */
  private static String body(Finding f, Messages m) {
    StringBuilder sb = new StringBuilder();
    if (f.file() != null) {
      sb.append(m.get("col.file")).append(": ").append(f.file()).append('\n');
    }
    if (f.record() > 0) {
      sb.append(m.get("col.record")).append(": ").append(f.record()).append('\n');
    }
    if (f.line() > 0) {
      sb.append(m.get("col.line")).append(": ").append(f.line()).append('\n');
    }
    if (f.field() != null) {
      sb.append(m.get("col.field")).append(": ").append(f.field()).append('\n');
    }
    if (f.value() != null) {
      sb.append(m.get("col.value")).append(": ").append(f.value()).append('\n');
    }
    return sb.toString();
  }

  /**
   * {@code firstpage.check.in_csv}: the command, then the file's name, as a dotted class name, so
   * that Jenkins groups testcases by command (package) and file (class).
   */
  static String classname(String command, String file) {
    String c = command.trim().replaceAll("\\s+", ".");
    if (file == null) {
      return c;
    }
    String name = file.replace('\\', '/');
    name = name.substring(name.lastIndexOf('/') + 1);
    return c + "." + name.replace('.', '_').replaceAll("\\s+", "_");
  }

  private static void property(XMLStreamWriter x, String name, String value) throws XMLStreamException {
    x.writeEmptyElement("property");
    attr(x, "name", name);
    attr(x, "value", value);
  }

  private static void attr(XMLStreamWriter x, String name, String value) throws XMLStreamException {
    x.writeAttribute(name, xml(value));
  }

  private static String xml(String s) {
    return ReportViews.xmlSafe(s);
  }
}

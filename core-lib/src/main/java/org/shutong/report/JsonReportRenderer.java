package org.shutong.report;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Map;
import org.shutong.i18n.Lang;

/** The JSON object of CONVENTIONS.md, written with Jackson's streaming generator in a fixed key order. */
final class JsonReportRenderer implements ReportRenderer {
  static final ObjectMapper MAPPER =
      new ObjectMapper()
          .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
          .disable(com.fasterxml.jackson.core.JsonGenerator.Feature.AUTO_CLOSE_TARGET)
          .findAndRegisterModules();

  @Override
  public void render(Report r, OutputStream out, Lang lang) throws IOException {
    try (JsonGenerator g = MAPPER.getFactory().createGenerator(out, JsonEncoding.UTF8)) {
      g.useDefaultPrettyPrinter();
      g.writeStartObject();
      g.writeStringField("tool", r.tool());
      g.writeStringField("version", r.version());
      g.writeStringField("command", r.command());
      g.writeArrayFieldStart("inputs");
      for (InputSummary in : r.inputs()) {
        g.writeStartObject();
        g.writeStringField("path", in.path());
        g.writeNumberField("records", in.records());
        if (in.encoding() != null) {
          g.writeStringField("encoding", in.encoding());
        }
        g.writeEndObject();
      }
      g.writeEndArray();
      Summary s = r.summary();
      g.writeObjectFieldStart("summary");
      g.writeNumberField("records", s.records());
      g.writeNumberField("recordsWithErrors", s.recordsWithErrors());
      g.writeNumberField("error", s.error());
      g.writeNumberField("warning", s.warning());
      g.writeNumberField("info", s.info());
      if (r.findingsOmitted() > 0) {
        g.writeNumberField("findingsOmitted", r.findingsOmitted());
      }
      g.writeEndObject();
      g.writeArrayFieldStart("findings");
      for (Finding f : r.findings()) {
        writeFinding(g, f);
      }
      g.writeEndArray();
      for (Map.Entry<String, Object> e : r.extras().entrySet()) {
        g.writeFieldName(e.getKey());
        MAPPER.writeValue(g, e.getValue());
      }
      g.writeEndObject();
      g.writeRaw('\n');
    }
  }

  static void writeFinding(JsonGenerator g, Finding f) throws IOException {
    g.writeStartObject();
    g.writeStringField("ruleId", f.ruleId());
    g.writeStringField("severity", f.severity().label());
    if (f.file() != null) {
      g.writeStringField("file", f.file());
    }
    if (f.record() > 0) {
      g.writeNumberField("record", f.record());
    }
    if (f.line() > 0) {
      g.writeNumberField("line", f.line());
    }
    if (f.field() != null) {
      g.writeStringField("field", f.field());
    }
    if (f.value() != null) {
      g.writeStringField("value", f.value());
    }
    g.writeStringField("message", f.message());
    g.writeEndObject();
  }
}

package org.shutong.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Test helpers for database runs: a generated extract, and findings compared without file and line. */
final class DatabaseRuns {
  private DatabaseRuns() {}

  static final String[] DIAGNOSES = {"I21.000", "J18.900", "K35.800", "E11.900", "C34.900", "O80.000", "N39.000",
      "I21.0", "J18.9x", "XYZ", "", "i10.x00", "A15.0", "S72.000", "Z51.100"};
  static final String[] PROCEDURES = {"36.0600", "47.0100", "", "99.9999", "81.5100", "73.5900", "nonsense"};

  /** Writes a first-page-like extract of {@code n} records with valid, misspelt and wrong codes. */
  static Path extract(Path dir, String name, int n, long seed) {
    Random r = new Random(seed);
    StringBuilder b = new StringBuilder("病案号,性别,年龄,出院主要诊断编码,其他诊断编码1,主要手术操作编码,入院时间,备注\n");
    for (int i = 1; i <= n; i++) {
      b.append(String.format(java.util.Locale.ROOT, "ZY%07d", i)).append(',')
          .append(r.nextInt(10) == 0 ? "9" : String.valueOf(1 + r.nextInt(2))).append(',')
          .append(r.nextInt(100)).append(',')
          .append(DIAGNOSES[r.nextInt(DIAGNOSES.length)]).append(',')
          .append(DIAGNOSES[r.nextInt(DIAGNOSES.length)]).append(',')
          .append(PROCEDURES[r.nextInt(PROCEDURES.length)]).append(',')
          .append(String.format(java.util.Locale.ROOT, "2024-%02d-%02d 08:%02d:00", 1 + r.nextInt(12), 1 + r.nextInt(28), r.nextInt(60)))
          .append(',')
          .append(r.nextInt(20) == 0 ? "\"复查，\"\"随诊\"\"\n两周后\"" : "")
          .append('\n');
    }
    Path f = dir.resolve(name);
    try {
      Files.writeString(f, b, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return f;
  }

  /** The findings of a JSON report, each as rule, severity, record, field, value and message (no file, no line). */
  static List<String> findings(String json) {
    return findings(json, false);
  }

  /** As {@link #findings(String)}, with the line when {@code withLine}. */
  static List<String> findings(String json, boolean withLine) {
    try {
      JsonNode root = new ObjectMapper().readTree(json);
      List<String> out = new ArrayList<>();
      for (JsonNode f : root.path("findings")) {
        out.add(f.path("ruleId").asText() + "|" + f.path("severity").asText() + "|" + f.path("record").asText()
            + (withLine ? "|" + f.path("line").asText() : "")
            + "|" + f.path("field").asText().toLowerCase(java.util.Locale.ROOT) + "|" + f.path("value").asText()
            + "|" + f.path("message").asText());
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A top-level key of a JSON report as text. */
  static String key(String json, String key) {
    try {
      return new ObjectMapper().readTree(json).path(key).toString();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The summary object of a JSON report as text (identical runs have identical summaries). */
  static String summary(String json) {
    try {
      return new ObjectMapper().readTree(json).path("summary").toString();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

package org.shutong.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/**
 * Checks a {@code --format json} report against the shape CONVENTIONS.md ("Findings and the JSON
 * report") defines, for tests of any command: the six top-level keys first and in order
 * ({@code tool, version, command, inputs, summary, findings}), command keys only after them, the
 * summary counts, and every finding's fields with their types. Absent fields are left out (never
 * {@code null}); {@code record} and {@code line} are 1-based.
 */
public final class ReportShape {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final List<String> TOP = List.of("tool", "version", "command", "inputs", "summary", "findings");
  private static final List<String> SUMMARY = List.of("records", "recordsWithErrors", "error", "warning", "info");
  private static final Set<String> FINDING = Set.of("ruleId", "severity", "file", "record", "line", "field", "value",
      "message");
  private static final Set<String> SEVERITIES = Set.of("error", "warning", "info");

  private ReportShape() {}

  /**
   * Parses {@code json} and asserts the CONVENTIONS shape for {@code command} (e.g. "firstpage check").
   *
   * @return the parsed report, for further assertions
   */
  public static JsonNode check(String json, String command) {
    JsonNode root;
    try {
      root = JSON.readTree(json);
    } catch (JsonProcessingException e) {
      throw new AssertionError(command + ": not JSON: " + e.getOriginalMessage() + "\n" + head(json), e);
    }
    assertTrue(root != null && root.isObject(), command + ": not one JSON object: " + head(json));
    List<String> keys = new ArrayList<>();
    root.fieldNames().forEachRemaining(keys::add);
    assertTrue(keys.size() >= TOP.size() && keys.subList(0, TOP.size()).equals(TOP),
        command + ": top-level keys must start with " + TOP + ", are " + keys);
    assertEquals("shutong", root.get("tool").asText(), command);
    assertTrue(root.get("version").isTextual() && !root.get("version").asText().isBlank(), command + ": version");
    assertEquals(command, root.get("command").asText());
    JsonNode inputs = root.get("inputs");
    assertTrue(inputs.isArray(), command + ": inputs is an array");
    for (JsonNode in : inputs) {
      assertTrue(in.path("path").isTextual(), command + ": input without path: " + in);
      assertTrue(in.path("records").isIntegralNumber() && in.get("records").asLong() >= 0, command + ": input records: " + in);
      assertTrue(!in.has("encoding") || in.get("encoding").isTextual(), command + ": input encoding: " + in);
    }
    JsonNode summary = root.get("summary");
    for (String k : SUMMARY) {
      assertTrue(summary.path(k).isIntegralNumber() && summary.get(k).asLong() >= 0,
          command + ": summary." + k + " must be a count: " + summary);
    }
    assertTrue(summary.get("recordsWithErrors").asLong() <= Math.max(summary.get("records").asLong(), summary.get("error").asLong()),
        command + ": recordsWithErrors: " + summary);
    JsonNode findings = root.get("findings");
    assertTrue(findings.isArray(), command + ": findings is an array");
    long[] counted = new long[3];
    for (JsonNode f : findings) {
      for (Iterator<String> it = f.fieldNames(); it.hasNext(); ) {
        String k = it.next();
        if (!FINDING.contains(k)) {
          fail(command + ": finding has key '" + k + "' outside CONVENTIONS: " + f);
        }
        if (f.get(k).isNull()) {
          fail(command + ": finding has null " + k + " (absent fields are left out): " + f);
        }
      }
      assertTrue(f.path("ruleId").isTextual() && f.get("ruleId").asText().matches("[A-Z0-9][A-Z0-9._-]*"),
          command + ": ruleId must be stable ASCII: " + f);
      String sev = f.path("severity").asText();
      assertTrue(SEVERITIES.contains(sev), command + ": severity: " + f);
      counted[sev.equals("error") ? 0 : sev.equals("warning") ? 1 : 2]++;
      assertTrue(f.path("message").isTextual() && !f.get("message").asText().isBlank(), command + ": message: " + f);
      for (String k : List.of("record", "line")) {
        assertTrue(!f.has(k) || (f.get(k).isIntegralNumber() && f.get(k).asLong() >= 1), command + ": " + k + " is 1-based: " + f);
      }
      for (String k : List.of("file", "field", "value")) {
        assertTrue(!f.has(k) || f.get(k).isTextual(), command + ": " + k + " is text: " + f);
      }
    }
    // the summary counts every finding, also those beyond --max-findings
    assertTrue(counted[0] <= summary.get("error").asLong() && counted[1] <= summary.get("warning").asLong()
        && counted[2] <= summary.get("info").asLong(), command + ": more findings listed than the summary counts: " + summary);
    return root;
  }

  private static String head(String s) {
    return s.length() > 300 ? s.substring(0, 300) + "..." : s;
  }
}

package org.shutong.assess;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.shutong.i18n.Messages;
import org.shutong.io.InputException;
import org.shutong.report.Finding;
import org.shutong.report.FindingSink;
import org.shutong.report.Severity;

/**
 * Finds and opens Shutong JSON reports used as evidence, checking what every report must be before
 * anything is read from it: JSON, written by Shutong ({@code tool}), by a command whose report the
 * assessment reads ({@code command}), and not older than allowed. The report's contents are read
 * against their documented shape (docs/conform.md, docs/interop.md, docs/firstpage.md, docs/reports.md),
 * not against the classes that wrote them, so reports of any version that keeps the contract work.
 */
final class ReportFiles {
  /** The commands whose JSON reports are evidence, and what they are read for. */
  static final Set<String> COMMANDS = Set.of("conform check", "conform profile", "interop validate", "interop test",
      "firstpage check", "code validate");

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private ReportFiles() {}

  /**
   * One report that passed the checks.
   *
   * @param name the file as the user named it
   * @param command its command
   * @param root its JSON
   * @param written when it was written ({@code generated} key, else the file's modification time)
   * @param ageDays its age in whole days on the run's reference date
   * @param stale whether it is older than allowed
   */
  record Loaded(String name, String command, JsonNode root, Instant written, long ageDays, boolean stale) {}

  /** Report files: the files given, and the {@code *.json} files under the directories given (sorted). */
  static List<Path> expand(List<Path> inputs, Messages m) {
    List<Path> out = new ArrayList<>();
    for (Path p : inputs) {
      if (Files.isDirectory(p)) {
        try (Stream<Path> s = Files.walk(p)) {
          s.filter(Files::isRegularFile)
              .filter(f -> f.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json"))
              .sorted().forEach(out::add);
        } catch (IOException e) {
          throw new InputException(p.toString(), m.get("rep.unreadableDir", p, e.getMessage()));
        }
      } else if (Files.isRegularFile(p)) {
        out.add(p);
      } else {
        throw new InputException(p.toString(), m.get("rep.missing", p));
      }
    }
    return out;
  }

  /**
   * Opens and checks each file; problems are findings and the file is then not used.
   *
   * @param asOf the reference time for the age
   * @param maxAge the oldest a report may be before it is flagged, or {@code null} for no limit
   */
  static List<Loaded> load(List<Path> files, Instant asOf, Duration maxAge, Messages m, FindingSink findings) {
    List<Loaded> out = new ArrayList<>();
    for (Path f : files) {
      String name = f.toString();
      JsonNode root;
      try {
        root = MAPPER.readTree(f.toFile());
      } catch (JsonProcessingException e) {
        long line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
        findings.accept(new Finding(AssessRules.REPORT_NOT_JSON, Severity.ERROR, name, 0, Math.max(0, line), null, null,
            m.get("rep.notJson", e.getOriginalMessage())));
        continue;
      } catch (IOException e) {
        throw new InputException(name, m.get("rep.unreadable", name, e.getMessage()));
      }
      if (root == null || !root.isObject()) {
        findings.accept(new Finding(AssessRules.REPORT_NOT_JSON, Severity.ERROR, name, 0, 0, null, null,
            m.get("rep.notObject")));
        continue;
      }
      String tool = root.path("tool").asText(null);
      if (!"shutong".equals(tool)) {
        findings.accept(new Finding(AssessRules.REPORT_FOREIGN, Severity.ERROR, name, 0, 0, "tool", tool,
            m.get("rep.foreign", tool == null ? "—" : tool)));
        continue;
      }
      String command = root.path("command").asText(null);
      if (command == null || !COMMANDS.contains(command)) {
        findings.accept(new Finding(AssessRules.REPORT_COMMAND, Severity.ERROR, name, 0, 0, "command", command,
            m.get("rep.command", command == null ? "—" : command, String.join("、", COMMANDS.stream().sorted().toList()))));
        continue;
      }
      Instant written = written(root, f);
      long age = Math.max(0, Duration.between(written, asOf).toDays());
      boolean stale = maxAge != null && Duration.between(written, asOf).compareTo(maxAge) > 0;
      if (stale) {
        findings.accept(new Finding(AssessRules.REPORT_STALE, Severity.WARNING, name, 0, 0, null, null,
            m.get("rep.stale", age, maxAge.toDays())));
      }
      out.add(new Loaded(name, command, root, written, age, stale));
    }
    return out;
  }

  /** When a report was written: its {@code generated} key (ISO date or instant) if any, else the file's mtime. */
  private static Instant written(JsonNode root, Path f) {
    String g = root.path("generated").asText(null);
    if (g != null) {
      try {
        return Instant.parse(g);
      } catch (DateTimeParseException e) {
        try {
          return LocalDate.parse(g).atStartOfDay(ZoneId.systemDefault()).toInstant();
        } catch (DateTimeParseException e2) {
          // fall back to the file's time
        }
      }
    }
    try {
      return Files.getLastModifiedTime(f).toInstant();
    } catch (IOException e) {
      return Instant.EPOCH;
    }
  }

  /** The node at a dot path ({@code conformance.dataset}); a missing node if any step is absent. */
  static JsonNode at(JsonNode root, String path) {
    JsonNode n = root;
    int start = 0;
    while (start <= path.length()) {
      int dot = path.indexOf('.', start);
      String part = dot < 0 ? path.substring(start) : path.substring(start, dot);
      n = n.path(part);
      if (dot < 0) {
        break;
      }
      start = dot + 1;
    }
    return n;
  }
}

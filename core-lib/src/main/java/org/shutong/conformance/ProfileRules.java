package org.shutong.conformance;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.apiguardian.api.API;
import org.shutong.i18n.Lang;
import org.shutong.i18n.Messages;
import org.shutong.io.InputException;
import org.shutong.report.Severity;

/**
 * The rules and settings of a profile, from a YAML rule file:
 *
 * <pre>
 * asOf: 2024-12-31                       # reference date for 及时性 (default: today)
 * window: {from: 2024-01-01, to: 2024-12-31}   # dates expected in this period
 * dateColumns: [入院日期, 出院日期]        # default: every column whose values are mostly dates
 * rules:
 *   - id: ADMIT-BEFORE-DISCHARGE
 *     type: order                         # order | order-strict | equals | requires | id-birthdate | id-sex | age | lag
 *     columns: [入院日期, 出院日期]
 *     severity: error                     # default error
 *     description: 入院日期不晚于出院日期
 *     source: 本院数据质量规则 3.2
 *   - {id: DEATH-DATE, type: requires, columns: [离院方式, 死亡日期], when: ["5"]}
 *   - {id: REPORT-LAG, type: lag, columns: [出院日期, 上报日期], maxDays: 7}
 * </pre>
 *
 * @param asOf the reference date, or {@code null} for today
 * @param windowFrom first expected date, or {@code null}
 * @param windowTo last expected date, or {@code null}
 * @param dateColumns columns to check for 及时性 (empty: the columns inferred as dates)
 * @param rules the consistency and lag rules
 */
@API(status = API.Status.STABLE, since = "0.1")
public record ProfileRules(LocalDate asOf, LocalDate windowFrom, LocalDate windowTo, List<String> dateColumns,
    List<ConsistencyRule> rules) {

  /** Copies the lists. */
  public ProfileRules {
    dateColumns = List.copyOf(dateColumns);
    rules = List.copyOf(rules);
    if (windowFrom != null && windowTo != null && windowTo.isBefore(windowFrom)) {
      throw new IllegalArgumentException("window ends before it starts");
    }
  }

  /** No rules, today as reference date, no window. */
  public static ProfileRules none() {
    return new ProfileRules(null, null, null, List.of(), List.of());
  }

  /**
   * Reads a rule file.
   *
   * @throws InputException naming the file and line of a syntax error, an unknown key or type, a
   *     rule without id or with the wrong number of columns, a duplicate id, a date that does not parse
   */
  public static ProfileRules read(Path file, Lang lang) {
    Messages m = Messages.of(CatalogueFiles.BUNDLE, lang);
    String name = file.toString();
    ObjectMapper mapper = new ObjectMapper(new YAMLFactory());
    JsonNode root;
    try (JsonParser p = mapper.getFactory().createParser(MappingFiles.decode(Files.readAllBytes(file)))) {
      root = mapper.readTree(p);
    } catch (NoSuchFileException e) {
      throw new InputException(name, m.get("map.missing", name));
    } catch (JsonProcessingException e) {
      JsonLocation loc = e.getLocation();
      long l = loc == null ? 0 : loc.getLineNr();
      throw new InputException(name, l, 0, m.get("map.syntax", name, l, e.getOriginalMessage()), e);
    } catch (IOException e) {
      throw new InputException(name, 0, 0, m.get("map.readFailed", name, e.getMessage()), e);
    }
    if (root == null || root.isMissingNode() || root.isNull()) {
      throw new InputException(name, m.get("map.empty", name));
    }
    if (!root.isObject()) {
      throw new InputException(name, 1, 0, m.get("rules.notObject", name), null);
    }
    Set<String> known = Set.of("asOf", "window", "dateColumns", "rules");
    root.fieldNames().forEachRemaining(k -> {
      if (!known.contains(k)) {
        throw new InputException(name, 0, 0, m.get("rules.unknownKey", name, k), null);
      }
    });
    LocalDate asOf = date(root.get("asOf"), "asOf", name, m);
    LocalDate from = null;
    LocalDate to = null;
    JsonNode w = root.get("window");
    if (w != null) {
      from = date(w.get("from"), "window.from", name, m);
      to = date(w.get("to"), "window.to", name, m);
      if (from != null && to != null && to.isBefore(from)) {
        throw new InputException(name, 0, 0, m.get("rules.badWindow", name, from, to), null);
      }
    }
    List<String> dateColumns = strings(root.get("dateColumns"), "dateColumns", name, m);
    List<ConsistencyRule> rules = new ArrayList<>();
    JsonNode rs = root.get("rules");
    if (rs != null && !rs.isNull()) {
      if (!rs.isArray()) {
        throw new InputException(name, 0, 0, m.get("rules.badValue", name, "rules"), null);
      }
      Set<String> ids = new HashSet<>();
      int n = 0;
      for (JsonNode r : rs) {
        n++;
        ConsistencyRule rule = rule(r, n, name, m);
        if (!ids.add(rule.id())) {
          throw new InputException(name, 0, 0, m.get("rules.duplicateId", name, rule.id()), null);
        }
        rules.add(rule);
      }
    }
    return new ProfileRules(asOf, from, to, dateColumns, rules);
  }

  private static ConsistencyRule rule(JsonNode r, int n, String name, Messages m) {
    String id = text(r, "id");
    if (id == null || !id.matches("[A-Za-z][A-Za-z0-9_.-]*")) {
      throw new InputException(name, 0, 0, m.get("rules.badId", name, n, id == null ? "" : id), null);
    }
    id = id.toUpperCase(Locale.ROOT);
    String typeText = text(r, "type");
    ConsistencyRule.Type type = null;
    for (ConsistencyRule.Type t : ConsistencyRule.Type.values()) {
      if (t.fileName().equals(typeText == null ? "" : typeText.strip().toLowerCase(Locale.ROOT))) {
        type = t;
      }
    }
    if (type == null) {
      throw new InputException(name, 0, 0, m.get("rules.badType", name, id, typeText == null ? "" : typeText), null);
    }
    List<String> columns = strings(r.get("columns"), id + ".columns", name, m);
    if (columns.size() != type.arity()) {
      throw new InputException(name, 0, 0, m.get("rules.badArity", name, id, type.fileName(), type.arity()), null);
    }
    Severity sev = Severity.ERROR;
    String sevText = text(r, "severity");
    if (sevText != null) {
      try {
        sev = Severity.parse(sevText);
      } catch (IllegalArgumentException e) {
        throw new InputException(name, 0, 0, m.get("rules.badSeverity", name, id, sevText), e);
      }
    }
    int maxDays = 0;
    if (type == ConsistencyRule.Type.LAG) {
      JsonNode md = r.get("maxDays");
      if (md == null || !md.canConvertToInt() || md.asInt() < 0) {
        throw new InputException(name, 0, 0, m.get("rules.badMaxDays", name, id), null);
      }
      maxDays = md.asInt();
    }
    return new ConsistencyRule(id, type, columns, sev, text(r, "description"), text(r, "source"),
        strings(r.get("when"), id + ".when", name, m), maxDays, 0);
  }

  private static String text(JsonNode n, String field) {
    JsonNode v = n == null ? null : n.get(field);
    return v == null || v.isNull() ? null : v.asText();
  }

  private static List<String> strings(JsonNode v, String what, String name, Messages m) {
    List<String> out = new ArrayList<>();
    if (v == null || v.isNull()) {
      return out;
    }
    if (!v.isArray()) {
      throw new InputException(name, 0, 0, m.get("rules.badValue", name, what), null);
    }
    for (JsonNode e : v) {
      out.add(e.asText().strip());
    }
    return out;
  }

  private static LocalDate date(JsonNode v, String what, String name, Messages m) {
    if (v == null || v.isNull()) {
      return null;
    }
    try {
      return LocalDate.parse(v.asText().strip());
    } catch (DateTimeParseException e) {
      throw new InputException(name, 0, 0, m.get("rules.badDate", name, what, v.asText()), e);
    }
  }

  /** The same rules with another reference date. */
  public ProfileRules withAsOf(LocalDate date) {
    return new ProfileRules(Objects.requireNonNull(date), windowFrom, windowTo, dateColumns, rules);
  }
}

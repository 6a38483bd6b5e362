package org.shutong.firstpage;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.apiguardian.api.API;
import org.shutong.i18n.Lang;
import org.shutong.i18n.Messages;
import org.shutong.io.InputException;
import org.shutong.report.Severity;

/**
 * A versioned set of first-page rules read from a rule file (YAML): the bundled {@code nhc-2016}
 * set, or a user's file that copies it or {@code extends} it and disables rules, changes severities,
 * deductions and options, or adds rules of its own. Loading checks everything a run would need
 * (ids, kinds, fields, and every expression), so a bad file fails before any data is read.
 * Immutable.
 */
@API(status = API.Status.STABLE, since = "0.1")
public final class RuleSet {
  /** The id of the bundled rule set. */
  public static final String STANDARD_ID = "nhc-2016";
  static final String FORMAT = "shutong-firstpage-rules/1";
  static final Set<String> KINDS = Set.of("expr", "column-missing", "rule-skipped",
      "column-duplicate", "column-unknown", "required", "diagnosis-code-form", "procedure-code-form", "coding-edit", "format", "format-standard",
      "domain", "domain-legacy", "diagnosis-code", "diagnosis-name", "procedure-code",
      "procedure-name", "identifier", "duplicate", "overlap", "admission-order");
  private static final Pattern ID = Pattern.compile("[A-Z][A-Z0-9]*(-[A-Z0-9]+)*");

  private final String id;
  private final String version;
  private final Map<String, String> title;
  private final List<RuleDef> rules;
  private final Map<String, Object> options;
  private final Scoring scoring;
  private final String source;
  /** The compiled form, set once by {@link #parse} before the set is published. */
  private CompiledRules compiled;

  RuleSet(String id, String version, Map<String, String> title, List<RuleDef> rules,
      Map<String, Object> options, Scoring scoring, String source) {
    this.id = id;
    this.version = version;
    this.title = Map.copyOf(title);
    this.rules = List.copyOf(rules);
    this.options = Collections.unmodifiableMap(new LinkedHashMap<>(options));
    this.scoring = scoring;
    this.source = source;
  }

  private static final class Holder {
    static final RuleSet STANDARD = loadStandard();
  }

  /** The bundled {@code nhc-2016} rule set. */
  public static RuleSet standard() {
    return Holder.STANDARD;
  }

  /** The text of the bundled rule file, to copy and edit. */
  public static String standardText() {
    try (InputStream in = RuleSet.class.getResourceAsStream("rules/nhc-2016.yaml")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Loads a user's rule file.
   *
   * @throws InputException if it cannot be read, is not a rule file, or has a bad rule (the message
   *     names the file, the line or the rule, and what is wrong)
   */
  public static RuleSet load(Path file, Lang lang) {
    String name = file.toString();
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      throw new InputException(name, messages(lang).get("rules.missing", name));
    } catch (IOException e) {
      throw new InputException(name, 0, 0, messages(lang).get("rules.unreadable", name, e.getMessage()), e);
    }
    return parse(text, name, file.toAbsolutePath().getParent(), lang);
  }

  /**
   * This set with only the rules {@code keep} accepts left enabled: the same id, version, options
   * and scoring. Lets a runner check some rules in a pass of their own, e.g. the cross-record rules
   * after a shuffle by key (the Spark runner).
   */
  public RuleSet only(java.util.function.Predicate<RuleDef> keep) {
    List<RuleDef> rs = new ArrayList<>(rules.size());
    for (RuleDef r : rules) {
      rs.add(r.enabled() && !keep.test(r) ? r.withEnabled(false) : r);
    }
    RuleSet set = new RuleSet(id, version, title, rs, options, scoring, source);
    set.compiled = CompiledRules.compile(set, new RuleFileContext(source, "", messages(Lang.ZH)));
    return set;
  }

  /** This set's id, e.g. {@code nhc-2016}. */
  public String id() {
    return id;
  }

  /** This set's version. */
  public String version() {
    return version;
  }

  /** The title in {@code lang}. */
  public String title(Lang lang) {
    return title.getOrDefault(lang == Lang.EN ? "en" : "zh", title.getOrDefault("zh", id));
  }

  /** All rules, enabled or not, in file order. */
  public List<RuleDef> rules() {
    return rules;
  }

  /** The rule with this id. */
  public Optional<RuleDef> rule(String ruleId) {
    return rules.stream().filter(r -> r.id().equals(ruleId)).findFirst();
  }

  /** The options ({@code $name} in expressions), e.g. {@code costTolerance}. */
  public Map<String, Object> options() {
    return options;
  }

  /** The scoring scheme. */
  public Scoring scoring() {
    return scoring;
  }

  CompiledRules compiled() {
    return compiled;
  }

  /** Where this set was read from: {@code bundled:nhc-2016} or the file path. */
  public String source() {
    return source;
  }

  // ---------------------------------------------------------------------------------------------

  private static Messages messages(Lang lang) {
    return Messages.of("org.shutong.firstpage.messages", lang);
  }

  private static RuleSet loadStandard() {
    return parse(standardText(), "bundled:" + STANDARD_ID, null, Lang.ZH);
  }

  /** YAML shapes. Unknown keys are errors, so that typos do not silently disable anything. */
  record FileYaml(String format, String id, String version, Map<String, String> title,
      @JsonProperty("extends") String extendsId, Map<String, Object> options, ScoringYaml scoring,
      List<String> disable, Map<String, OverrideYaml> override, List<RuleYaml> rules) {}

  record ScoringYaml(Double start, Map<String, Double> deduct, List<Scoring.Grade> grades, String source) {}

  record OverrideYaml(String severity, Double deduct, Boolean enabled, Map<String, String> title,
      Map<String, String> message) {}

  record RuleYaml(String id, String kind, String severity, String category, List<String> fields,
      JsonNode each, String field, String when, String check, String expected,
      Map<String, String> title, Map<String, String> message, String source, Double deduct, Boolean enabled, List<String> key,
      JsonNode person, String from, String to, String count, String time,
      Map<String, String> legacy, List<List<String>> pairs, List<String> edits) {}

  static RuleSet parse(String text, String name, Path dir, Lang lang) {
    Messages m = messages(lang);
    ObjectMapper mapper = new ObjectMapper(new YAMLFactory())
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);
    FileYaml y;
    try {
      JsonNode tree = mapper.readTree(text);
      if (tree == null || !tree.isObject() || !FORMAT.equals(tree.path("format").asText())) {
        throw new InputException(name, m.get("rules.format", name, FORMAT));
      }
      y = mapper.treeToValue(tree, FileYaml.class);
    } catch (UnrecognizedPropertyException e) {
      String key = e.getPropertyName();
      long line = 0;
      String[] lines = text.split("\n", -1);
      Pattern p = Pattern.compile("^\\s*(-\\s*)?" + Pattern.quote(key) + "\\s*:.*");
      for (int i = 0; i < lines.length && line == 0; i++) {
        if (p.matcher(lines[i]).matches()) {
          line = i + 1L;
        }
      }
      throw new InputException(name, line, 0, m.get("rules.unknownKey", name, line, key), e);
    } catch (JsonProcessingException e) {
      JsonLocation loc = e.getLocation();
      long line = loc == null ? 0 : loc.getLineNr();
      String where = e instanceof com.fasterxml.jackson.databind.JsonMappingException jm
          && !jm.getPath().isEmpty() ? " (" + jm.getPathReference() + ")" : "";
      throw new InputException(name, line, loc == null ? 0 : loc.getColumnNr(),
          m.get("rules.syntax", name, line, e.getOriginalMessage() + where), e);
    }
    RuleFileContext ctx = new RuleFileContext(name, text, m);
    // base
    RuleSet base = null;
    if (y.extendsId() != null) {
      if (y.extendsId().equals(STANDARD_ID)) {
        base = standard();
      } else {
        if (dir == null) {
          throw ctx.fail(null, "rules.extends", y.extendsId());
        }
        base = load(dir.resolve(y.extendsId()), lang);
      }
    } else if (y.disable() != null || y.override() != null) {
      throw ctx.fail(null, "rules.overrideWithoutBase");
    }
    Map<String, RuleDef> rules = new LinkedHashMap<>();
    Map<String, Object> options = new LinkedHashMap<>();
    Scoring scoring = null;
    if (base != null) {
      for (RuleDef r : base.rules()) {
        rules.put(r.id(), r);
      }
      options.putAll(base.options());
      scoring = base.scoring();
    }
    if (y.options() != null) {
      for (Map.Entry<String, Object> e : y.options().entrySet()) {
        Object v = e.getValue();
        if (!(v instanceof String || v instanceof Number || v instanceof Boolean)) {
          throw ctx.fail(null, "rules.option", e.getKey());
        }
        options.put(e.getKey(), v);
      }
    }
    if (y.scoring() != null) {
      scoring = scoring(y.scoring(), scoring, ctx);
    }
    if (scoring == null) {
      throw ctx.fail(null, "rules.noScoring");
    }
    if (y.rules() != null) {
      for (RuleYaml r : y.rules()) {
        RuleDef d = rule(r, ctx);
        rules.put(d.id(), d);
      }
    }
    if (y.disable() != null) {
      for (String rid : y.disable()) {
        RuleDef r = rules.get(rid);
        if (r == null) {
          throw ctx.fail(rid, "rules.unknownRule", rid);
        }
        rules.put(rid, r.withEnabled(false));
      }
    }
    if (y.override() != null) {
      for (Map.Entry<String, OverrideYaml> e : y.override().entrySet()) {
        RuleDef r = rules.get(e.getKey());
        if (r == null) {
          throw ctx.fail(e.getKey(), "rules.unknownRule", e.getKey());
        }
        OverrideYaml o = e.getValue();
        Map<String, String> msg = new LinkedHashMap<>(r.message());
        if (o.message() != null) {
          msg.putAll(o.message());
        }
        rules.put(r.id(), new RuleDef(r.id(), r.kind(),
            o.severity() != null ? severity(o.severity(), r.id(), ctx) : r.severity(), r.category(),
            r.fields(), r.each(), r.field(), r.when(), r.check(), r.expected(),
            o.title() != null ? o.title() : r.title(), msg, r.source(),
            o.deduct() != null ? o.deduct() : r.deduct(),
            o.enabled() != null ? o.enabled() : r.enabled(), r.params()));
      }
    }
    String setId = y.id() != null ? y.id() : base != null ? base.id() + "+local" : null;
    if (setId == null) {
      throw ctx.fail(null, "rules.noId");
    }
    Map<String, String> title = y.title() != null ? y.title() : base != null ? base.title : Map.of("zh", setId);
    RuleSet set = new RuleSet(setId, y.version() != null ? y.version() : base != null ? base.version() : "",
        title, new ArrayList<>(rules.values()), options, scoring, name);
    set.compiled = CompiledRules.compile(set, ctx);
    return set;
  }

  private static Scoring scoring(ScoringYaml s, Scoring base, RuleFileContext ctx) {
    Map<Severity, Double> deduct = new EnumMap<>(Severity.class);
    if (base != null) {
      deduct.putAll(base.deduct());
    }
    if (s.deduct() != null) {
      for (Map.Entry<String, Double> e : s.deduct().entrySet()) {
        deduct.put(severity(e.getKey(), null, ctx), e.getValue());
      }
    }
    List<Scoring.Grade> grades = s.grades() != null ? s.grades() : base != null ? base.grades() : null;
    if (grades == null || grades.isEmpty()) {
      throw ctx.fail(null, "rules.noScoring");
    }
    double start = s.start() != null ? s.start() : base != null ? base.start() : 100;
    String src = s.source() != null ? s.source() : base != null ? base.source() : "";
    return new Scoring(start, deduct, grades, src);
  }

  private static Severity severity(String s, String ruleId, RuleFileContext ctx) {
    try {
      return Severity.parse(s);
    } catch (IllegalArgumentException e) {
      throw ctx.fail(ruleId, "rules.severity", s);
    }
  }

  private static RuleDef rule(RuleYaml r, RuleFileContext ctx) {
    if (r.id() == null || !ID.matcher(r.id()).matches()) {
      throw ctx.fail(r.id(), "rules.badId", String.valueOf(r.id()));
    }
    String kind = r.kind() == null ? "expr" : r.kind().toLowerCase(Locale.ROOT);
    if (!KINDS.contains(kind)) {
      throw ctx.fail(r.id(), "rules.kind", kind, String.join(", ", KINDS.stream().sorted().toList()));
    }
    if (r.severity() == null) {
      throw ctx.fail(r.id(), "rules.needs", "severity");
    }
    if (r.message() == null || r.message().get("zh") == null) {
      throw ctx.fail(r.id(), "rules.needs", "message.zh");
    }
    if (kind.equals("expr") && r.check() == null) {
      throw ctx.fail(r.id(), "rules.needs", "check");
    }
    List<String> each = null;
    if (r.each() != null) {
      each = new ArrayList<>();
      if (r.each().isTextual()) {
        each.add(r.each().asText());
      } else if (r.each().isArray()) {
        r.each().forEach(n -> {
          if (!n.isTextual()) {
            throw ctx.fail(r.id(), "rules.each");
          }
        });
        for (JsonNode n : r.each()) {
          each.add(n.asText());
        }
      } else {
        throw ctx.fail(r.id(), "rules.each");
      }
    }
    Map<String, Object> params = new LinkedHashMap<>();
    if (r.key() != null) {
      params.put("key", r.key());
    }
    if (r.person() != null) {
      List<String> p = new ArrayList<>();
      if (r.person().isArray()) {
        r.person().forEach(n -> p.add(n.asText()));
      } else {
        p.add(r.person().asText());
      }
      params.put("person", p);
    }
    putIf(params, "from", r.from());
    putIf(params, "to", r.to());
    putIf(params, "count", r.count());
    putIf(params, "time", r.time());
    if (r.legacy() != null) {
      params.put("legacy", r.legacy());
    }
    if (r.pairs() != null) {
      params.put("pairs", r.pairs());
    }
    if (r.edits() != null) {
      params.put("edits", r.edits());
    }
    return new RuleDef(r.id(), kind, severity(r.severity(), r.id(), ctx), r.category(), r.fields(),
        each, r.field(), r.when(), r.check(), r.expected(), r.title(), r.message(), r.source(), r.deduct(),
        r.enabled() == null || r.enabled(), params);
  }

  private static void putIf(Map<String, Object> m, String k, Object v) {
    if (v != null) {
      m.put(k, v);
    }
  }

  /** Where errors in a rule file are reported: the file, and the line of the rule's id if found. */
  record RuleFileContext(String name, String text, Messages messages) {
    InputException fail(String ruleId, String key, Object... args) {
      long line = lineOf(ruleId);
      String where = ruleId == null ? messages.get("rules.where.file", name)
          : messages.get("rules.where.rule", name, line, ruleId);
      return new InputException(name, line, 0, where + messages.get(key, args), null);
    }

    long lineOf(String ruleId) {
      if (ruleId == null) {
        return 0;
      }
      String[] lines = text.split("\n", -1);
      Pattern p = Pattern.compile("^\\s*(-\\s*)?id:\\s*['\"]?" + Pattern.quote(ruleId) + "['\"]?\\s*(#.*)?$");
      for (int i = 0; i < lines.length; i++) {
        if (p.matcher(lines[i]).matches()) {
          return i + 1L;
        }
      }
      Pattern o = Pattern.compile("^\\s*" + Pattern.quote(ruleId) + "\\s*:.*$");
      for (int i = 0; i < lines.length; i++) {
        if (o.matcher(lines[i]).matches() || lines[i].contains(ruleId)) {
          return i + 1L;
        }
      }
      return 0;
    }
  }
}

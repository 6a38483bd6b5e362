package org.shutong.assess;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.shutong.assess.AssessmentModel.AnswerType;
import org.shutong.assess.AssessmentModel.Domain;
import org.shutong.assess.AssessmentModel.EmrRules;
import org.shutong.assess.AssessmentModel.EmrScope;
import org.shutong.assess.AssessmentModel.EvidenceRule;
import org.shutong.assess.AssessmentModel.Item;
import org.shutong.assess.AssessmentModel.Kind;
import org.shutong.assess.AssessmentModel.Level;
import org.shutong.assess.AssessmentModel.Option;
import org.shutong.assess.AssessmentModel.Source;
import org.shutong.assess.AssessmentModel.SourceStatus;
import org.shutong.assess.AssessmentModel.Threshold;
import org.shutong.assess.AssessmentModel.Tier;
import org.shutong.i18n.Lang;
import org.shutong.i18n.Messages;
import org.shutong.io.InputException;

/**
 * Reads and checks model files ({@code format: shutong-assess-model/1}, see {@code docs/assess.md}).
 * A file that does not parse, misses a required key, or references an undefined level, domain or
 * source is an {@link InputException} naming the file and the JSON path.
 */
final class ModelFiles {
  /** The model file format this version reads. */
  static final String FORMAT = "shutong-assess-model/1";

  private static final ObjectMapper MAPPER = new ObjectMapper().enable(JsonParser.Feature.INCLUDE_SOURCE_IN_LOCATION);

  private final String name;
  private final Messages m;

  private ModelFiles(String name, Lang lang) {
    this.name = name;
    this.m = Messages.of(AssessText.BUNDLE, lang);
  }

  /** Parses and checks a model file. */
  static AssessmentModel read(InputStream in, String name, Lang lang) {
    ModelFiles f = new ModelFiles(name, lang);
    JsonNode root;
    try {
      root = MAPPER.readTree(in);
    } catch (JsonProcessingException e) {
      JsonLocation loc = e.getLocation();
      long line = loc == null ? 0 : loc.getLineNr();
      long col = loc == null ? 0 : loc.getColumnNr();
      throw new InputException(name, line, col, f.m.get("model.syntax", name, line, col, e.getOriginalMessage()), e);
    } catch (IOException e) {
      throw new InputException(name, 0, 0, f.m.get("model.unreadable", name, e.getMessage()), e);
    }
    if (root == null || !root.isObject()) {
      throw f.error("model.format", FORMAT, root == null ? "" : root.getNodeType().toString());
    }
    return f.model(root);
  }

  private InputException error(String key, Object... args) {
    Object[] all = new Object[args.length + 1];
    all[0] = name;
    System.arraycopy(args, 0, all, 1, args.length);
    return new InputException(name, m.get(key, all));
  }

  private AssessmentModel model(JsonNode root) {
    String format = root.path("format").asText("");
    if (!FORMAT.equals(format)) {
      throw error("model.format", FORMAT, format);
    }
    String id = text(root, "id", "");
    String family = text(root, "family", "");
    String version = text(root, "version", "");
    if (!id.equals(family + "-" + version)) {
      throw error("model.idMismatch", family + "-" + version, id);
    }
    Kind kind = enumValue(Kind.class, text(root, "kind", ""), "kind");
    List<Source> sources = new ArrayList<>();
    Set<String> sourceIds = new HashSet<>();
    int i = 0;
    for (JsonNode s : array(root, "sources", "")) {
      String p = "sources[" + i++ + "]";
      Source src = new Source(text(s, "id", p), enumValue(SourceStatus.class, text(s, "status", p), p + ".status"),
          text(s, "citation", p), optText(s, "note"));
      if (!sourceIds.add(src.id())) {
        throw error("model.duplicate", p + ".id", src.id());
      }
      sources.add(src);
    }
    List<String> notes = new ArrayList<>();
    for (JsonNode n : root.path("notes")) {
      notes.add(n.asText());
    }
    String levelRule = optText(root, "levelRule");
    ref(sourceIds, levelRule, "levelRule", "source");

    List<Level> levels = new ArrayList<>();
    Set<String> levelIds = new HashSet<>();
    i = 0;
    for (JsonNode l : array(root, "levels", "")) {
      String p = "levels[" + i++ + "]";
      Level lv = new Level(text(l, "id", p), text(l, "name", p), optText(l, "en"), integer(l, "rank", p),
          optText(l, "title"), optInt(l, "basicItems"), optInt(l, "optionalRequired"), optInt(l, "optionalTotal"),
          optDouble(l, "minScore"), text(l, "source", p));
      if (!levelIds.add(lv.id())) {
        throw error("model.duplicate", p + ".id", lv.id());
      }
      ref(sourceIds, lv.source(), p + ".source", "source");
      if (kind == Kind.EMR && lv.rank() > 0
          && (lv.basicItems() == null || lv.optionalRequired() == null || lv.optionalTotal() == null || lv.minScore() == null)) {
        throw error("model.missing", p, "basicItems/optionalRequired/optionalTotal/minScore");
      }
      levels.add(lv);
    }
    for (int k = 1; k < levels.size(); k++) {
      if (levels.get(k).rank() <= levels.get(k - 1).rank()) {
        throw error("model.levelOrder", "levels[" + k + "]");
      }
    }

    List<Domain> domains = new ArrayList<>();
    Set<String> domainIds = new HashSet<>();
    i = 0;
    for (JsonNode d : array(root, "domains", "")) {
      String p = "domains[" + i++ + "]";
      Domain dm = new Domain(text(d, "id", p), optText(d, "parent"), text(d, "name", p), optText(d, "en"),
          optDouble(d, "points"), text(d, "source", p));
      if (!domainIds.add(dm.id())) {
        throw error("model.duplicate", p + ".id", dm.id());
      }
      if (dm.parent() != null) {
        ref(domainIds, dm.parent(), p + ".parent", "domain");
      }
      ref(sourceIds, dm.source(), p + ".source", "source");
      domains.add(dm);
    }

    EmrRules rules = null;
    if (kind == Kind.EMR) {
      JsonNode r = root.path("rules");
      String p = "rules";
      rules = new EmrRules(number(r.path("basic"), "application", p + ".basic"), number(r.path("basic"), "dataQuality", p + ".basic"),
          number(r.path("optional"), "application", p + ".optional"), number(r.path("optional"), "dataQuality", p + ".optional"),
          text(r, "source", p));
      ref(sourceIds, rules.source(), p + ".source", "source");
    }

    List<Item> items = new ArrayList<>();
    Set<String> itemIds = new HashSet<>();
    i = 0;
    for (JsonNode it : array(root, "items", "")) {
      String p = "items[" + i++ + "]";
      Item item = kind == Kind.EMR ? emrItem(it, p, levels) : interopItem(it, p);
      if (!itemIds.add(item.id())) {
        throw error("model.duplicate", p + ".id", item.id());
      }
      ref(domainIds, item.domain(), p + ".domain", "domain");
      ref(sourceIds, item.source(), p + ".source", "source");
      if (item.levelSource() != null) {
        ref(sourceIds, item.levelSource(), p + ".levelSource", "source");
      }
      for (Tier t : item.tiers()) {
        ref(levelIds, t.level(), p + ".tiers", "level");
      }
      for (Option o : item.options()) {
        if (o.level() != null) {
          ref(levelIds, o.level(), p + ".options", "level");
        }
      }
      if (item.emr() != null) {
        ref(sourceIds, item.emr().scopeSource(), p + ".scopeSource", "source");
      }
      items.add(item);
    }
    if (kind == Kind.EMR) {
      checkClassification(levels, items);
    }

    List<EvidenceRule> machine = new ArrayList<>();
    i = 0;
    for (JsonNode e : root.path("machineEvidence")) {
      String p = "machineEvidence[" + i++ + "]";
      EvidenceRule rule = evidenceRule(e, p);
      for (String target : rule.items()) {
        ref(itemIds, target, p + ".items", "item");
      }
      machine.add(rule);
    }
    return new AssessmentModel(id, family, version, kind, text(root, "title", ""), optText(root, "en"), sources, notes,
        levelRule, levels, domains, items, rules, machine);
  }

  private Item interopItem(JsonNode it, String p) {
    AnswerType type = enumValue(AnswerType.class, text(it, "answer", p), p + ".answer");
    if (type == AnswerType.EMR) {
      throw error("model.badValue", p + ".answer", "emr", "conformity, yesno, choice, count");
    }
    List<Tier> tiers = new ArrayList<>();
    for (JsonNode t : it.path("tiers")) {
      tiers.add(new Tier(text(t, "level", p + ".tiers"), optDouble(t, "min"), optDouble(t, "points")));
    }
    List<Option> options = new ArrayList<>();
    for (JsonNode o : it.path("options")) {
      options.add(new Option(text(o, "label", p + ".options"), optText(o, "level"), o.path("points").asDouble(0)));
    }
    if ((type == AnswerType.CONFORMITY || type == AnswerType.YESNO) && tiers.size() != 1) {
      throw error("model.tiers", p, type.name().toLowerCase(Locale.ROOT), tiers.size());
    }
    if (type == AnswerType.CHOICE && options.isEmpty()) {
      throw error("model.missing", p, "options");
    }
    if (type == AnswerType.COUNT) {
      for (Tier t : tiers) {
        if (t.min() == null) {
          throw error("model.missing", p + ".tiers", "min");
        }
      }
    }
    Map<String, List<String>> keys = new LinkedHashMap<>();
    for (Iterator<Map.Entry<String, JsonNode>> f = it.path("evidence").fields(); f.hasNext(); ) {
      Map.Entry<String, JsonNode> e = f.next();
      List<String> vs = new ArrayList<>();
      if (e.getValue().isArray()) {
        e.getValue().forEach(v -> vs.add(v.asText()));
      } else {
        vs.add(e.getValue().asText());
      }
      keys.put(e.getKey(), vs);
    }
    return new Item(text(it, "id", p), text(it, "domain", p), optText(it, "group"), text(it, "title", p), type,
        optText(it, "requirement"), tiers, options, it.path("notApplicableAllowed").asBoolean(false),
        optDouble(it, "pointsPerUnit"), optDouble(it, "maxPoints"), keys, optText(it, "note"), text(it, "source", p),
        optText(it, "levelSource"), null);
  }

  private Item emrItem(JsonNode it, String p, List<Level> levels) {
    Set<Integer> ranks = new HashSet<>();
    levels.forEach(l -> ranks.add(l.rank()));
    List<Integer> absent = new ArrayList<>();
    for (JsonNode a : it.path("absentLevels")) {
      absent.add(a.asInt());
    }
    List<Integer> basicAt = null;
    if (it.has("basicAt") && !it.get("basicAt").isNull()) {
      basicAt = new ArrayList<>();
      for (JsonNode b : it.get("basicAt")) {
        if (!b.canConvertToInt() || !ranks.contains(b.asInt()) || b.asInt() == 0) {
          throw error("model.badValue", p + ".basicAt", b.asText(), "1–8");
        }
        basicAt.add(b.asInt());
      }
    }
    String application = text(it, "application", p);
    String dataQuality = text(it, "dataQuality", p);
    if (!application.equals("ratio") && !application.equals("function")) {
      throw error("model.badValue", p + ".application", application, "ratio, function");
    }
    if (!dataQuality.equals("index") && !dataQuality.equals("none")) {
      throw error("model.badValue", p + ".dataQuality", dataQuality, "index, none");
    }
    EmrScope scope = new EmrScope(integer(it, "seq", p), application.equals("function"), optText(it, "applicationBasis"),
        dataQuality.equals("none"), optText(it, "dataQualityBasis"), absent, basicAt, text(it, "scopeSource", p));
    return new Item(text(it, "id", p), text(it, "domain", p), optText(it, "group"), text(it, "title", p), AnswerType.EMR,
        optText(it, "requirement"), List.of(), List.of(), false, null, null, Map.of(), optText(it, "note"),
        text(it, "source", p), optText(it, "levelSource"), scope);
  }

  /** With a (partial) classification, the counts per level must not contradict 附表2. */
  private void checkClassification(List<Level> levels, List<Item> items) {
    boolean complete = items.stream().allMatch(i -> i.emr().basicAt() != null);
    for (Level l : levels) {
      if (l.rank() == 0) {
        continue;
      }
      int basic = 0;
      int optional = 0;
      for (Item i : items) {
        if (i.emr().basicAt() == null || i.emr().absentLevels().contains(l.rank())) {
          continue;
        }
        if (i.emr().basicAt().contains(l.rank())) {
          basic++;
        } else {
          optional++;
        }
      }
      if (complete ? basic != l.basicItems() || optional != l.optionalTotal()
          : basic > l.basicItems() || optional > l.optionalTotal()) {
        throw error("model.emrCounts", l.name(), l.basicItems(), l.optionalTotal(), basic, optional);
      }
    }
  }

  private EvidenceRule evidenceRule(JsonNode e, String p) {
    Map<String, Object> passAll = new LinkedHashMap<>();
    for (Iterator<Map.Entry<String, JsonNode>> f = e.path("passAll").fields(); f.hasNext(); ) {
      Map.Entry<String, JsonNode> x = f.next();
      JsonNode v = x.getValue();
      passAll.put(x.getKey(), v.isBoolean() ? (Object) v.booleanValue() : v.isNumber() ? (Object) v.doubleValue() : v.asText());
    }
    Map<String, String> select = new LinkedHashMap<>();
    for (Iterator<Map.Entry<String, JsonNode>> f = e.path("select").fields(); f.hasNext(); ) {
      Map.Entry<String, JsonNode> x = f.next();
      select.put(x.getKey(), x.getValue().asText());
    }
    List<String> items = new ArrayList<>();
    e.path("items").forEach(x -> items.add(x.asText()));
    return new EvidenceRule(text(e, "command", p), text(e, "path", p), optText(e, "match"), optText(e, "itemKey"),
        threshold(e.path("full")), threshold(e.path("partial")), passAll, select, optText(e, "field"),
        e.path("scale").asDouble(1.0), optText(e, "target"), items, optText(e, "note"));
  }

  private static Threshold threshold(JsonNode t) {
    return t.isObject() ? new Threshold(t.path("field").asText(), t.path("min").asDouble()) : null;
  }

  // ---- small typed getters that name the path on failure ----

  private void ref(Set<String> defined, String value, String path, String what) {
    if (value != null && !defined.contains(value)) {
      throw error("model.unknownRef", path, m.get("model.what." + what), value);
    }
  }

  private Iterable<JsonNode> array(JsonNode n, String key, String path) {
    JsonNode a = n.get(key);
    if (a == null || !a.isArray()) {
      throw error("model.missing", path.isEmpty() ? "/" : path, key);
    }
    return a;
  }

  private String text(JsonNode n, String key, String path) {
    JsonNode v = n.get(key);
    if (v == null || v.isNull() || !v.isValueNode() || v.asText().isBlank()) {
      throw error("model.missing", path.isEmpty() ? "/" : path, key);
    }
    return v.asText();
  }

  private static String optText(JsonNode n, String key) {
    JsonNode v = n.get(key);
    return v == null || v.isNull() ? null : v.asText();
  }

  private int integer(JsonNode n, String key, String path) {
    JsonNode v = n.get(key);
    if (v == null || !v.canConvertToInt()) {
      throw error("model.missing", path, key);
    }
    return v.asInt();
  }

  private double number(JsonNode n, String key, String path) {
    JsonNode v = n.get(key);
    if (v == null || !v.isNumber()) {
      throw error("model.missing", path, key);
    }
    return v.asDouble();
  }

  private static Integer optInt(JsonNode n, String key) {
    JsonNode v = n.get(key);
    return v == null || v.isNull() ? null : v.asInt();
  }

  private static Double optDouble(JsonNode n, String key) {
    JsonNode v = n.get(key);
    return v == null || v.isNull() ? null : v.asDouble();
  }

  private <E extends Enum<E>> E enumValue(Class<E> type, String value, String path) {
    for (E e : type.getEnumConstants()) {
      if (e.name().equalsIgnoreCase(value)) {
        return e;
      }
    }
    List<String> names = new ArrayList<>();
    for (E e : type.getEnumConstants()) {
      names.add(e.name().toLowerCase(Locale.ROOT));
    }
    throw error("model.badValue", path, value, String.join(", ", names));
  }
}

package org.shutong.deid;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.apiguardian.api.API;
import org.shutong.i18n.Lang;
import org.shutong.i18n.Messages;
import org.shutong.io.InputException;

/**
 * Loads de-identification {@link Profile}s from YAML or JSON files, or the built-in ones by name
 * ({@code firstpage}, see {@link #BUILTIN}). Every rule is checked on load — action, class, options
 * and their values, hierarchy levels — so that a profile that would fail does so before any input is
 * read. Errors are {@link InputException}s naming the file and the rule.
 */
@API(status = API.Status.STABLE, since = "0.1")
public final class Profiles {
  /** The built-in profiles. */
  public static final List<String> BUILTIN = List.of("firstpage");
  private static final String BUNDLE = "org.shutong.deid.messages";
  private static final Set<String> TOP_KEYS =
      Set.of("name", "description", "hash", "person", "unlisted", "checkUnlisted", "marker", "rules", "standards");
  private static final Set<String> RULE_KEYS =
      Set.of("id", "columns", "column", "pattern", "fields", "optional", "class", "action", "cite");
  static final Map<Action, Set<String>> OPTIONS = Map.of(
      Action.KEEP, Set.of("tag"),
      Action.DROP, Set.of("tag"),
      Action.MASK, Set.of("keepFirst", "keepLast", "maskChar", "tag"),
      Action.PSEUDONYMIZE, Set.of("domain", "length", "alphabet", "normalize", "prefix", "tag"),
      Action.ENCRYPT, Set.of("domain", "tag"),
      Action.GENERALIZE, Set.of("type", "level", "widths", "top", "bottom", "lengths", "file", "maskChar", "tag"),
      Action.SHIFT, Set.of("maxDays", "tag"),
      Action.SUPPRESS, Set.of("tag"),
      Action.NOISE, Set.of("scale", "distribution", "decimals", "domain"),
      Action.SCRUB, Set.of());

  private Profiles() {}

  /** A built-in profile by name. */
  public static boolean isBuiltin(String name) {
    return BUILTIN.contains(name);
  }

  /**
   * The built-in profile {@code name}.
   *
   * @throws IllegalArgumentException if there is none with this name
   */
  public static Profile builtin(String name, Lang lang) {
    if (!isBuiltin(name)) {
      throw new IllegalArgumentException("no built-in profile " + name);
    }
    try (InputStream in = Profiles.class.getResourceAsStream("profiles/" + name + ".yaml")) {
      if (in == null) {
        throw new IllegalStateException("missing built-in profile " + name);
      }
      return parse(in.readAllBytes(), name + ".yaml (built-in)", true, lang);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The built-in profile {@code nameOrPath} if it names one, else the file at that path. */
  public static Profile resolve(String nameOrPath, Lang lang) {
    return isBuiltin(nameOrPath) ? builtin(nameOrPath, lang) : load(Path.of(nameOrPath), lang);
  }

  /**
   * Reads a profile file ({@code .yaml}, {@code .yml} or {@code .json}).
   *
   * @throws InputException if it cannot be read or is not a valid profile
   */
  public static Profile load(Path file, Lang lang) {
    Messages m = Messages.of(BUNDLE, lang);
    try {
      return parse(Files.readAllBytes(file), file.toString(), false, lang);
    } catch (NoSuchFileException e) {
      throw new InputException(file.toString(), m.get("profile.missing", file));
    } catch (IOException e) {
      throw new InputException(file.toString(), m.get("profile.unreadable", file, e.getMessage()));
    }
  }

  /**
   * Parses a profile from bytes (YAML, of which JSON is a subset).
   *
   * @param origin how the profile is named in messages
   */
  public static Profile parse(byte[] bytes, String origin, Lang lang) {
    return parse(bytes, origin, false, lang);
  }

  private static Profile parse(byte[] bytes, String origin, boolean builtin, Lang lang) {
    Messages m = Messages.of(BUNDLE, lang);
    JsonNode root;
    try {
      ObjectMapper mapper = new YAMLMapper();
      root = mapper.readTree(bytes);
    } catch (JsonProcessingException e) {
      long line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
      throw new InputException(origin, line, 0, m.get("profile.syntax", origin, line, e.getOriginalMessage()), e);
    } catch (IOException e) {
      throw new InputException(origin, m.get("profile.unreadable", origin, e.getMessage()));
    }
    if (root == null || !root.isObject()) {
      throw new InputException(origin, m.get("profile.notObject", origin));
    }
    unknownKeys(root, TOP_KEYS, origin, "", m);
    String name = text(root, "name", origin, "", m, builtin ? "firstpage" : stem(origin));
    String description = text(root, "description", origin, "", m, "");
    HashAlgorithm hash;
    try {
      hash = HashAlgorithm.parse(text(root, "hash", origin, "", m, "HMAC-SM3"));
    } catch (IllegalArgumentException e) {
      throw new InputException(origin, m.get("profile.badValue", origin, "hash", root.path("hash").asText(),
          "HMAC-SM3, HMAC-SHA-256"));
    }
    List<String> person = strings(root.get("person"), origin, "person", m);
    Action unlisted;
    String u = text(root, "unlisted", origin, "", m, "keep");
    if (u.equalsIgnoreCase("keep")) {
      unlisted = Action.KEEP;
    } else if (u.equalsIgnoreCase("drop")) {
      unlisted = Action.DROP;
    } else {
      throw new InputException(origin, m.get("profile.badValue", origin, "unlisted", u, "keep, drop"));
    }
    boolean checkUnlisted = !root.has("checkUnlisted") || root.get("checkUnlisted").asBoolean(true);
    String marker = text(root, "marker", origin, "", m, "*");
    JsonNode rulesNode = root.get("rules");
    if (rulesNode == null || !rulesNode.isArray() || rulesNode.isEmpty()) {
      throw new InputException(origin, m.get("profile.noRules", origin));
    }
    List<Rule> rules = new ArrayList<>();
    Set<String> ids = new java.util.HashSet<>();
    for (int i = 0; i < rulesNode.size(); i++) {
      Rule r = rule(rulesNode.get(i), i, origin, m);
      if (!ids.add(r.id())) {
        throw new InputException(origin, m.get("profile.duplicateId", origin, i + 1, r.id()));
      }
      rules.add(r);
    }
    Profile p = new Profile(name, description, hash, person, unlisted, checkUnlisted, marker, rules, sha256(bytes));
    for (int i = 0; i < rules.size(); i++) {
      try {
        Transforms.check(rules.get(i), p, Transforms.Environment.bundled());
      } catch (LocalizedArgumentException e) {
        throw new InputException(origin, m.get("profile.badRule", origin, i + 1, rules.get(i).id(), e.message(lang)));
      } catch (IllegalArgumentException e) { // e.g. a file option that is not a path on this system
        throw new InputException(origin, m.get("profile.badRule", origin, i + 1, rules.get(i).id(), e.getMessage()));
      }
    }
    return p;
  }

  private static Rule rule(JsonNode n, int i, String origin, Messages m) {
    String where = "rules[" + (i + 1) + "]";
    if (n == null || !n.isObject()) {
      throw new InputException(origin, m.get("profile.ruleNotObject", origin, i + 1));
    }
    String actionText = n.path("action").asText("");
    Action action;
    try {
      action = Action.parse(actionText);
    } catch (IllegalArgumentException e) {
      throw new InputException(origin, m.get("profile.badValue", origin, where + ".action", actionText,
          "keep, drop, mask, pseudonymize, encrypt, generalize, shift, suppress, noise, scrub"));
    }
    Set<String> allowed = new java.util.HashSet<>(RULE_KEYS);
    allowed.addAll(OPTIONS.get(action));
    unknownKeys(n, allowed, origin, where + ".", m);
    List<String> columns = new ArrayList<>(strings(n.get("columns"), origin, where + ".columns", m));
    columns.addAll(strings(n.get("column"), origin, where + ".column", m));
    String pattern = n.hasNonNull("pattern") ? n.get("pattern").asText() : null;
    if (pattern != null) {
      try {
        Pattern.compile(pattern);
      } catch (PatternSyntaxException e) {
        throw new InputException(origin, m.get("profile.badPattern", origin, where, e.getDescription()));
      }
    }
    String fieldPattern = n.hasNonNull("fields") ? n.get("fields").asText() : null;
    if (fieldPattern != null) {
      try {
        Pattern.compile(fieldPattern);
      } catch (PatternSyntaxException e) {
        throw new InputException(origin, m.get("profile.badPattern", origin, where, e.getDescription()));
      }
    }
    if (columns.isEmpty() && pattern == null && fieldPattern == null) {
      throw new InputException(origin, m.get("profile.noColumns", origin, where));
    }
    String id = n.hasNonNull("id") ? n.get("id").asText() : (columns.isEmpty() ? "rule" + (i + 1) : columns.get(0));
    ColumnClass cls;
    String clsText = n.path("class").asText("other");
    try {
      cls = ColumnClass.parse(clsText);
    } catch (IllegalArgumentException e) {
      throw new InputException(origin, m.get("profile.badValue", origin, where + ".class", clsText,
          "direct, quasi, sensitive, other"));
    }
    Map<String, Object> options = new LinkedHashMap<>();
    Path dir = null;
    try {
      Path o = Path.of(origin).toAbsolutePath().getParent();
      dir = o != null && Files.isDirectory(o) ? o : null;
    } catch (java.nio.file.InvalidPathException e) {
      dir = null;
    }
    for (String key : OPTIONS.get(action)) {
      JsonNode v = n.get(key);
      if (v == null || v.isNull()) {
        continue;
      }
      if (v.isArray()) {
        List<String> list = new ArrayList<>();
        v.forEach(x -> list.add(x.asText()));
        options.put(key, list);
      } else if (key.equals("file") && dir != null) {
        options.put(key, dir.resolve(v.asText()).toString());
      } else {
        options.put(key, v.asText());
      }
    }
    return new Rule(id, columns, pattern, fieldPattern, n.path("optional").asBoolean(false), cls, action, options,
        n.path("cite").asText(""));
  }

  private static void unknownKeys(JsonNode n, Set<String> allowed, String origin, String prefix, Messages m) {
    Iterator<String> it = n.fieldNames();
    while (it.hasNext()) {
      String k = it.next();
      if (!allowed.contains(k)) {
        throw new InputException(origin, m.get("profile.unknownKey", origin, prefix + k,
            String.join(", ", new java.util.TreeSet<>(allowed))));
      }
    }
  }

  private static String text(JsonNode n, String key, String origin, String prefix, Messages m, String dflt) {
    JsonNode v = n.get(key);
    if (v == null || v.isNull()) {
      return dflt;
    }
    if (!v.isValueNode()) {
      throw new InputException(origin, m.get("profile.badValue", origin, prefix + key, v.toString(), m.get("profile.expectText")));
    }
    return v.asText();
  }

  private static List<String> strings(JsonNode v, String origin, String key, Messages m) {
    List<String> out = new ArrayList<>();
    if (v == null || v.isNull()) {
      return out;
    }
    if (v.isArray()) {
      for (JsonNode x : v) {
        if (!x.isValueNode()) {
          throw new InputException(origin, m.get("profile.badValue", origin, key, v.toString(), m.get("profile.expectList")));
        }
        out.add(x.asText());
      }
    } else if (v.isValueNode()) {
      out.add(v.asText());
    } else {
      throw new InputException(origin, m.get("profile.badValue", origin, key, v.toString(), m.get("profile.expectList")));
    }
    return out;
  }

  private static String stem(String origin) {
    String f = Path.of(origin).getFileName().toString();
    int dot = f.lastIndexOf('.');
    return dot > 0 ? f.substring(0, dot) : f;
  }

  /**
   * The columns of {@code header} that {@code name} names, as profiles name columns: by the first
   * page's field code ({@code A11}), its Chinese name or alias, or the header itself (ignoring case,
   * spaces and full-width forms).
   */
  public static List<Integer> columns(List<String> header, String name) {
    org.shutong.io.ColumnDictionary dict = org.shutong.firstpage.FirstPageFields.standard().dictionary();
    String[] keys = new String[header.size()];
    String[] codes = new String[header.size()];
    for (int i = 0; i < header.size(); i++) {
      keys[i] = org.shutong.io.ColumnDictionary.key(header.get(i));
      codes[i] = dict.resolve(header.get(i)).orElse(null);
    }
    return Deidentifier.matches(name, keys, codes, dict);
  }

  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  static String utf8(byte[] b) {
    return new String(b, StandardCharsets.UTF_8);
  }
}

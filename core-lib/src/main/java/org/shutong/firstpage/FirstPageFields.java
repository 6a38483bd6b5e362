package org.shutong.firstpage;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apiguardian.api.API;
import org.shutong.i18n.Messages;
import org.shutong.io.ColumnDictionary;
import org.shutong.io.InputException;
import org.shutong.io.ReadOptions;
import org.shutong.io.Row;
import org.shutong.io.TableReader;
import org.shutong.io.TableReaders;

/**
 * The field dictionary of the national 住院病案首页 (卫医政发〔2011〕84号 form as coded by the
 * 绩效考核/HQMS upload interface, codes {@code A01…F26}): every field of the bundled
 * {@code fields.csv} with its name, type, requirement, value domain and notes, and a
 * {@link ColumnDictionary} that maps an input's headers — by code ({@code C03C}), Chinese name
 * ({@code 出院主要诊断编码}) or a user's alias — to the codes.
 *
 * <p>The 28 rows of {@code fields.csv} marked EXTRA come from a newer export column list; ten of them
 * stand for a pattern of columns ({@code F06xNN}, {@code F17-F26}, {@code C48xNNC} …). They are expanded
 * here into one field per column, as that export lists them, so that 670 rows give 811 fields; see
 * {@code PROVENANCE.md} ("Patch step: expansion of EXTRA rows"). Immutable and thread-safe.
 */
@API(status = API.Status.STABLE, since = "0.1")
public final class FirstPageFields {
  private static final class Holder {
    static final FirstPageFields STANDARD = load();
  }

  private final List<FieldDef> fields;
  private final Map<String, FieldDef> byCode;
  private final ColumnDictionary dictionary;
  private final Map<String, String> aliases;

  private FirstPageFields(List<FieldDef> fields, Map<String, String> aliases) {
    this.fields = Collections.unmodifiableList(new ArrayList<>(fields));
    Map<String, FieldDef> m = new LinkedHashMap<>();
    for (FieldDef f : fields) {
      m.put(f.code(), f);
    }
    this.byCode = Collections.unmodifiableMap(m);
    this.aliases = Collections.unmodifiableMap(new LinkedHashMap<>(aliases));
    ColumnDictionary.Builder b = ColumnDictionary.builder();
    for (FieldDef f : fields) {
      b.add(f.code(), f.name(), f.aliases());
    }
    for (Map.Entry<String, String> e : aliases.entrySet()) {
      b.alias(e.getKey(), e.getValue());
    }
    this.dictionary = b.build();
  }

  /** The bundled national dictionary (loaded once). */
  public static FirstPageFields standard() {
    return Holder.STANDARD;
  }

  /** All fields in the standard's order. */
  public List<FieldDef> fields() {
    return fields;
  }

  /** The field with this code, if the standard defines it. */
  public Optional<FieldDef> field(String code) {
    return Optional.ofNullable(byCode.get(code));
  }

  /** Maps headers (code, Chinese name, or alias) to field codes. */
  public ColumnDictionary dictionary() {
    return dictionary;
  }

  /** The user aliases added to this dictionary (alias → code). */
  public Map<String, String> aliases() {
    return aliases;
  }

  /**
   * This dictionary with more header aliases.
   *
   * @param more alias → field code (or a field's Chinese name)
   * @throws IllegalArgumentException if a target is no field, or an alias already names another field
   */
  public FirstPageFields withAliases(Map<String, String> more) {
    Map<String, String> all = new LinkedHashMap<>(aliases);
    for (Map.Entry<String, String> e : more.entrySet()) {
      String target = dictionary.resolve(e.getValue())
          .orElseThrow(() -> new IllegalArgumentException("unknown field '" + e.getValue() + "'"));
      all.put(e.getKey(), target);
    }
    return new FirstPageFields(fields, all);
  }

  /**
   * This dictionary with the aliases of a user's alias file: a table (CSV, TSV, XLSX …) whose first
   * column is the header used in the user's extracts and whose second column is the field code (or
   * its Chinese name); the first row is a header and is skipped.
   *
   * @throws InputException if the file cannot be read, or a row names an unknown field or an alias
   *     that already names another field (the message names the file and line)
   */
  public FirstPageFields withAliases(Path aliasFile, ReadOptions options) {
    Messages m = Messages.of("org.shutong.firstpage.messages", options.lang());
    String name = options.name() != null ? options.name() : aliasFile.toString();
    FirstPageFields result = this;
    try (TableReader r = TableReaders.open(aliasFile, options)) {
      if (r.header().size() < 2) {
        throw new InputException(name, 1, 0, m.get("alias.columns", name), null);
      }
      while (r.hasNext()) {
        Row row = r.next();
        String alias = row.get(0).strip();
        String target = row.get(1).strip();
        if (alias.isEmpty() && target.isEmpty()) {
          continue;
        }
        try {
          result = result.withAliases(Map.of(alias, target));
        } catch (IllegalArgumentException e) {
          throw new InputException(name, row.line(), 0,
              m.get("alias.bad", name, row.line(), alias, target, e.getMessage()), e);
        }
      }
    }
    return result;
  }

  // ---------------------------------------------------------------------------------------------
  // Loading and the documented patch step

  private static FirstPageFields load() {
    List<String[]> rows = org.shutong.codesets.BundledCsv.read(FirstPageFields.class, "fields.csv");
    String[] h = rows.get(0);
    if (!String.join(",", h).equals("code,name,type,length,required,value_domain,notes")) {
      throw new IllegalStateException("fields.csv: unexpected header " + String.join(",", h));
    }
    Map<String, GroupPos> groupPos = new HashMap<>();
    for (FieldGroup g : FieldGroup.values()) {
      for (FieldGroup.Slot s : g.slots()) {
        for (int i = 0; i < s.fields().size(); i++) {
          groupPos.put(s.field(i), new GroupPos(g, s.number(), g.members().get(i)));
        }
      }
    }
    List<FieldDef> out = new ArrayList<>();
    for (int i = 1; i < rows.size(); i++) {
      String[] r = rows.get(i);
      String code = r[0].strip();
      String rawName = r[1].strip();
      boolean extra = r[6].contains("EXTRA");
      boolean inferred = extra || rawName.contains("(inferred)");
      String name = rawName.replace("(inferred)", "").strip();
      String domain = r[5].strip().isEmpty() ? null : r[5].strip();
      Expansion x = EXPANSIONS.get(code);
      if (x == null) {
        FieldType type = r[2].isBlank() && SINGLE_TYPES.containsKey(code)
            ? SINGLE_TYPES.get(code) : FieldType.parse(r[2]);
        add(out, groupPos, code, name, type, Requirement.parse(r[4]), domain, r[6], code, inferred);
        continue;
      }
      for (int k = 0; k < x.count; k++) {
        int n = x.first + k;
        String c = String.format(Locale.ROOT, x.codePattern, n);
        String nm = x.names != null ? x.names.get(k) : x.namePrefix + (n + x.nameOffset);
        FieldType t = x.types != null ? x.types.get(k) : x.type;
        String d = x.domains != null ? x.domains.get(k) : domain;
        add(out, groupPos, c, nm, t, Requirement.parse(r[4]), d, r[6], code, true);
      }
    }
    return new FirstPageFields(out, Map.of());
  }

  private static void add(List<FieldDef> out, Map<String, GroupPos> groupPos, String code, String name,
      FieldType type, Requirement req, String domain, String notes, String source, boolean inferred) {
    GroupPos p = groupPos.get(code);
    List<String> aliases = new ArrayList<>();
    Matcher pc = P_CODE.matcher(notes);
    if (code.equals(source) && pc.find()) {
      aliases.add(pc.group(1));
    }
    if (name.startsWith("出院主要诊断") || name.startsWith("出院其他诊断")) {
      aliases.add(name.substring(2));
    }
    out.add(new FieldDef(code, name, type, req, domain, notes, out.size() + 1, source, inferred,
        p == null ? null : p.group, p == null ? -1 : p.slot, p == null ? null : p.member, aliases));
  }

  private static final Pattern P_CODE = Pattern.compile("HQMS P-code (P\\w+)");

  private record GroupPos(FieldGroup group, int slot, String member) {}

  /** How one EXTRA pattern row becomes concrete columns (patch step, see PROVENANCE.md). */
  private record Expansion(String codePattern, int first, int count, String namePrefix,
      int nameOffset, List<String> names, FieldType type, List<FieldType> types,
      List<String> domains) {}

  /**
   * Types of the EXTRA single rows whose type column is empty, from the export SQL of S2:
   * F04 is written as {@code CONVERT(VARCHAR(10), …, 120)} (a date), F13 as minutes/60 in
   * {@code numeric(10,2)} (hours), C47 is hours per the rule text of Q3 rule1454.
   */
  private static final Map<String, FieldType> SINGLE_TYPES =
      Map.of("F04", FieldType.DATE, "F13", FieldType.DECIMAL, "C47", FieldType.DECIMAL);

  private static final Map<String, Expansion> EXPANSIONS = Map.of(
      "F06xNN", new Expansion("F06x%02d", 1, 40, "其他诊断出院情况", 0, null, FieldType.STRING, null, null),
      "F07xNNC", new Expansion("F07x%02dC", 1, 2, "病理诊断编码", 1, null, FieldType.STRING, null, null),
      "F08xNNN", new Expansion("F08x%02dN", 1, 2, "病理诊断名称", 1, null, FieldType.STRING, null, null),
      "F09xNN", new Expansion("F09x%02d", 1, 2, "病理号", 1, null, FieldType.STRING, null, null),
      "F14xNN", new Expansion("F14x%02d", 1, 40, "其他手术持续时间", 0, null, FieldType.DECIMAL, null, null),
      "F16xNN", new Expansion("F16x%02d", 1, 40, "其他手术麻醉分级", 0, null, FieldType.STRING, null, null),
      "F17-F26", new Expansion("F%02d", 17, 10, null, 0,
          List.of("特级护理天数", "一级护理天数", "二级护理天数", "三级护理天数", "输血反应",
              "红细胞", "血小板", "血浆", "全血", "自体回收"),
          null,
          List.of(FieldType.INTEGER, FieldType.INTEGER, FieldType.INTEGER, FieldType.INTEGER,
              FieldType.STRING, FieldType.DECIMAL, FieldType.DECIMAL, FieldType.DECIMAL,
              FieldType.DECIMAL, FieldType.DECIMAL),
          Arrays.asList(null, null, null, null, "RC018", null, null, null, null, null)),
      "C48xNNC", new Expansion("C48x%02dC", 1, 5, "重症监护室名称", 0, null, FieldType.STRING, null, null),
      "C49xNN", new Expansion("C49x%02d", 1, 5, "重症监护室进入时间", 0, null, FieldType.DATETIME, null, null),
      "C50xNN", new Expansion("C50x%02d", 1, 5, "重症监护室退出时间", 0, null, FieldType.DATETIME, null, null));
}

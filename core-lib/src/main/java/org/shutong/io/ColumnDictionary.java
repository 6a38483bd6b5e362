package org.shutong.io;

import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apiguardian.api.API;
import org.shutong.i18n.Messages;
import org.shutong.report.Finding;
import org.shutong.report.FindingCollector;
import org.shutong.report.Severity;

/**
 * The columns a standard defines, each with its code ({@code A11}), its Chinese name ({@code 姓名})
 * and any declared aliases. Maps an input's header, whatever the header was written in, to the
 * standard's codes. Matching ignores case, surrounding and inner spaces, and full-width/half-width
 * differences ({@code 年龄（岁）} = {@code 年龄(岁)}). Immutable.
 */
@API(status = API.Status.STABLE, since = "0.1")
public final class ColumnDictionary {
  /**
   * One column of a standard.
   *
   * @param code the standard's code, used as {@code field} in findings
   * @param name the standard's Chinese name
   * @param aliases other headers accepted for it
   */
  public record Column(String code, String name, List<String> aliases) {
    /** Copies the aliases. */
    public Column {
      aliases = List.copyOf(aliases);
    }
  }

  private final Map<String, Column> byCode;
  private final Map<String, String> byKey;

  private ColumnDictionary(Map<String, Column> byCode, Map<String, String> byKey) {
    this.byCode = byCode;
    this.byKey = byKey;
  }

  /** Starts an empty dictionary. */
  public static Builder builder() {
    return new Builder();
  }

  /** The normalised matching key of a header or name. */
  public static String key(String s) {
    String n = Normalizer.normalize(s, Normalizer.Form.NFKC).strip().toLowerCase(Locale.ROOT);
    StringBuilder sb = new StringBuilder(n.length());
    for (int i = 0; i < n.length(); i++) {
      char c = n.charAt(i);
      if (!Character.isWhitespace(c) && c != '\uFEFF') {
        sb.append(c);
      }
    }
    return sb.toString();
  }

  /** The column with this code, if defined. */
  public Optional<Column> column(String code) {
    return Optional.ofNullable(byCode.get(code));
  }

  /** All columns in definition order. */
  public List<Column> columns() {
    return List.copyOf(byCode.values());
  }

  /** The code a header names (by code, name or alias), if any. */
  public Optional<String> resolve(String header) {
    return Optional.ofNullable(byKey.get(key(header)));
  }

  /**
   * This dictionary with the aliases of a user's alias file: a table (CSV, XLSX, any format
   * {@link TableReaders} reads) with a header row and one alias per row, e.g. {@code 病人姓名,A11}.
   * The columns are those headed {@code alias} and {@code code} (or {@code 别名} and {@code 代码}),
   * else the first two. The target may be a code or any header this dictionary already resolves (a
   * Chinese name). Matching ignores case, spaces and full-width/half-width differences, as for the
   * standard's own names; blank rows are skipped.
   *
   * @param file the alias file
   * @param options how to read it (encoding, sheet, language of messages)
   * @throws InputException naming the file and line if it cannot be read, has fewer than two
   *     columns, names a field this dictionary does not define, or binds an alias to two fields
   */
  public ColumnDictionary withAliases(Path file, ReadOptions options) {
    Messages m = Messages.of("org.shutong.io.messages", options.lang());
    FindingCollector problems = new FindingCollector(10);
    Builder b = builder();
    for (Column c : byCode.values()) {
      b.add(c.code(), c.name(), c.aliases());
    }
    try (TableReader r = TableReaders.open(file, options.withProblems(problems))) {
      String name = r.source().name();
      int aliasCol = -1;
      int codeCol = -1;
      for (int i = 0; i < r.header().size(); i++) {
        String k = key(r.header().get(i));
        if (k.equals("alias") || k.equals("别名")) {
          aliasCol = i;
        } else if (k.equals("code") || k.equals("代码")) {
          codeCol = i;
        }
      }
      if (aliasCol < 0 || codeCol < 0) {
        if (r.header().size() < 2) {
          throw new InputException(name, r.headerLine(), 0, m.get("alias.header", name), null);
        }
        aliasCol = 0;
        codeCol = 1;
      }
      while (r.hasNext()) {
        Row row = r.next();
        String alias = row.get(aliasCol).strip();
        String target = row.get(codeCol).strip();
        if (alias.isEmpty() && target.isEmpty()) {
          continue;
        }
        if (alias.isEmpty() || target.isEmpty()) {
          throw new InputException(name, row.line(), 0, m.get("alias.blank", name, row.line()), null);
        }
        String code = byCode.containsKey(target) ? target : byKey.get(key(target));
        if (code == null) {
          throw new InputException(name, row.line(), 0, m.get("alias.unknownCode", name, row.line(), target), null);
        }
        String prev = b.boundTo(alias);
        if (prev != null && !prev.equals(code)) {
          throw new InputException(name, row.line(), 0,
              m.get("alias.clash", name, row.line(), alias, prev, code), null);
        }
        b.alias(alias, code);
      }
      for (Finding f : problems.findings()) {
        if (f.severity() == Severity.ERROR) {
          throw new InputException(name, f.line(), 0, m.get("alias.malformed", name, f.line(), f.message()), null);
        }
      }
    }
    return b.build();
  }

  /** Maps an input's header to codes. */
  public HeaderMapping map(List<String> header) {
    String[] codes = new String[header.size()];
    Map<String, Integer> first = new HashMap<>();
    List<Integer> unknown = new ArrayList<>();
    Map<String, List<Integer>> dups = new LinkedHashMap<>();
    for (int i = 0; i < codes.length; i++) {
      String code = byKey.get(key(header.get(i)));
      if (code == null) {
        unknown.add(i);
        continue;
      }
      Integer prev = first.putIfAbsent(code, i);
      if (prev != null) {
        dups.computeIfAbsent(code, k -> new ArrayList<>(List.of(prev))).add(i);
      } else {
        codes[i] = code;
      }
    }
    return new HeaderMapping(header, codes, first, unknown, dups);
  }

  /** Builds a {@link ColumnDictionary}. */
  public static final class Builder {
    private final Map<String, Column> byCode = new LinkedHashMap<>();
    private final Map<String, String> byKey = new HashMap<>();

    private Builder() {}

    /**
     * Adds a column. Its code, name and aliases must not already name another column.
     *
     * @throws IllegalArgumentException on a clash
     */
    public Builder add(String code, String name, List<String> aliases) {
      Column c = new Column(code, name, aliases);
      if (byCode.putIfAbsent(code, c) != null) {
        throw new IllegalArgumentException("duplicate column code " + code);
      }
      bind(code, code);
      if (name != null && !name.isBlank()) {
        byKey.putIfAbsent(key(name), code);
      }
      for (String a : aliases) {
        bind(a, code);
      }
      return this;
    }

    /** Adds an alias for an existing code (a user's alias file). */
    public Builder alias(String alias, String code) {
      if (!byCode.containsKey(code)) {
        throw new IllegalArgumentException("unknown column code " + code);
      }
      bind(alias, code);
      return this;
    }

    /** The code {@code text} is already bound to, or null. */
    String boundTo(String text) {
      return byKey.get(key(text));
    }

    private void bind(String text, String code) {
      String prev = byKey.put(key(text), code);
      if (prev != null && !prev.equals(code)) {
        throw new IllegalArgumentException("'" + text + "' names both " + prev + " and " + code);
      }
    }

    /** The dictionary. */
    public ColumnDictionary build() {
      return new ColumnDictionary(
          Collections.unmodifiableMap(new LinkedHashMap<>(byCode)), Map.copyOf(byKey));
    }
  }
}

package org.shutong.coding;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apiguardian.api.API;
import org.shutong.codesets.CodeTable;
import org.shutong.codesets.Crosswalk;
import org.shutong.codesets.Region;
import org.shutong.codesets.RegionLevel;
import org.shutong.codesets.Regions;
import org.shutong.codesets.TableInfo;
import org.shutong.codesets.TableKind;
import org.shutong.codesets.ValueDomain;
import org.shutong.i18n.Messages;
import org.shutong.io.InputException;
import org.shutong.io.ReadOptions;
import org.shutong.io.Row;
import org.shutong.io.TableReader;
import org.shutong.io.TableReaders;
import org.shutong.report.Finding;
import org.shutong.report.Severity;

/**
 * Reads tables a user supplies in the shape of the bundled ones (CSV/TSV in UTF-8 or GB18030, as
 * {@link TableReaders} reads them): a morphology (M) code table, a fuller RC003/RC023 list, a newer
 * region list, a local crosswalk. Add the result to {@link org.shutong.codesets.Codesets} with its
 * {@code with} methods.
 *
 * <p>Headers are matched by name, in English or Chinese: {@code code}/{@code 编码}/{@code 代码},
 * {@code name}/{@code 名称}, optional {@code leaf}/{@code 末级} (Y/N, 1/0, true/false, 是/否),
 * {@code domain}/{@code 值域}, {@code level}/{@code 级别}, {@code parent}/{@code 上级}; crosswalks take
 * {@code from}/{@code to} (or the bundled {@code gb_clinical_code}/{@code nhsa_code}) with optional
 * {@code from_name}/{@code to_name}. A blank code or a repeated code is reported to the read options'
 * problem sink ({@code CODESET-BLANK-CODE}, {@code CODESET-DUPLICATE-CODE}) and skipped; a missing
 * column is an {@link InputException} naming the file and the columns expected.
 */
@API(status = API.Status.STABLE, since = "0.1")
public final class UserTables {
  /** Rule id of a row without a code. */
  public static final String BLANK_CODE = "CODESET-BLANK-CODE";
  /** Rule id of a code that appears twice (the first row is kept). */
  public static final String DUPLICATE_CODE = "CODESET-DUPLICATE-CODE";
  /** Rule id of a row whose value cannot be read (a region level, a leaf flag). */
  public static final String BAD_VALUE = "CODESET-BAD-VALUE";

  private static final String[] CODE = {"code", "编码", "代码"};
  private static final String[] NAME = {"name", "名称"};
  private static final String[] LEAF = {"leaf", "末级", "是否末级"};
  private static final String[] DOMAIN = {"domain", "值域", "值域代码"};
  private static final String[] LEVEL = {"level", "级别"};
  private static final String[] PARENT = {"parent", "上级", "上级代码"};
  private static final String[] FROM = {"from", "gb_clinical_code", "源编码"};
  private static final String[] FROM_NAME = {"from_name", "gb_clinical_name", "源名称"};
  private static final String[] TO = {"to", "nhsa_code", "目标编码"};
  private static final String[] TO_NAME = {"to_name", "nhsa_name", "目标名称"};

  private UserTables() {}

  /**
   * Reads a code table ({@code code,name[,leaf]}).
   *
   * @param file the file
   * @param id the id it will be known by (a bundled id replaces that table)
   * @param system its coding system, e.g. {@code ICD-O-3}, or {@code null}
   * @param options how to read it; bad rows go to its problem sink
   * @throws InputException if the file cannot be read or lacks the code or name column
   */
  public static CodeTable codeTable(Path file, String id, String system, ReadOptions options) {
    try (TableReader r = TableReaders.open(file, options)) {
      Messages m = messages(options);
      String src = r.source().name();
      Map<String, Integer> col = columns(r, src, m, CODE, NAME);
      int leafCol = find(r.header(), LEAF);
      CodeTable.Builder b = CodeTable.builder(TableInfo.userSupplied(id, TableKind.CODE_TABLE, system, id, src, 0));
      while (r.hasNext()) {
        Row row = r.next();
        String code = row.get(col.get("code")).strip();
        if (code.isEmpty()) {
          problem(options, BLANK_CODE, Severity.WARNING, row, r.header().get(col.get("code")), "", m.get("user.blankCode"));
          continue;
        }
        boolean leaf = true;
        if (leafCol >= 0) {
          Boolean v = flag(row.get(leafCol));
          if (v == null) {
            problem(options, BAD_VALUE, Severity.WARNING, row, r.header().get(leafCol), row.get(leafCol),
                m.get("user.badLeaf"));
          } else {
            leaf = v;
          }
        }
        if (!b.add(code, row.get(col.get("name")), leaf)) {
          problem(options, DUPLICATE_CODE, Severity.WARNING, row, r.header().get(col.get("code")), code,
              m.get("user.duplicate", code));
        }
      }
      return b.info(TableInfo.userSupplied(id, TableKind.CODE_TABLE, system, id, src, b.size())).build();
    }
  }

  /**
   * Reads value domains ({@code domain,code,name}); one file may hold several domains.
   *
   * @param file the file
   * @param id the id of the file's manifest
   * @param options how to read it
   * @throws InputException if the file cannot be read or lacks a column
   */
  public static List<ValueDomain> valueDomains(Path file, String id, ReadOptions options) {
    try (TableReader r = TableReaders.open(file, options)) {
      Messages m = messages(options);
      String src = r.source().name();
      Map<String, Integer> col = columns(r, src, m, DOMAIN, CODE, NAME);
      Map<String, List<ValueDomain.Value>> byDomain = new LinkedHashMap<>();
      Map<String, Boolean> seen = new HashMap<>();
      int rows = 0;
      while (r.hasNext()) {
        Row row = r.next();
        String domain = row.get(col.get("domain")).strip();
        String code = row.get(col.get("code")).strip();
        if (domain.isEmpty() || code.isEmpty()) {
          problem(options, BLANK_CODE, Severity.WARNING, row,
              r.header().get(col.get(domain.isEmpty() ? "domain" : "code")), "", m.get("user.blankCode"));
          continue;
        }
        if (seen.putIfAbsent(domain + '\u0000' + code, Boolean.TRUE) != null) {
          problem(options, DUPLICATE_CODE, Severity.WARNING, row, r.header().get(col.get("code")), code,
              m.get("user.duplicate", domain + " " + code));
          continue;
        }
        byDomain.computeIfAbsent(domain, k -> new ArrayList<>())
            .add(new ValueDomain.Value(code, row.get(col.get("name")).strip()));
        rows++;
      }
      TableInfo info = TableInfo.userSupplied(id, TableKind.VALUE_DOMAINS, null, id, src, rows);
      List<ValueDomain> out = new ArrayList<>();
      byDomain.forEach((d, values) -> out.add(ValueDomain.of(d, "", info, values)));
      return out;
    }
  }

  /**
   * Reads a region table ({@code code,name,level,parent}; level {@code province|city|county} or
   * 省/市/县).
   *
   * @throws InputException if the file cannot be read or lacks a column
   */
  public static Regions regions(Path file, String id, ReadOptions options) {
    try (TableReader r = TableReaders.open(file, options)) {
      Messages m = messages(options);
      String src = r.source().name();
      Map<String, Integer> col = columns(r, src, m, CODE, NAME, LEVEL, PARENT);
      List<Region> out = new ArrayList<>();
      Map<String, Boolean> seen = new HashMap<>();
      while (r.hasNext()) {
        Row row = r.next();
        String code = row.get(col.get("code")).strip();
        if (code.isEmpty()) {
          problem(options, BLANK_CODE, Severity.WARNING, row, r.header().get(col.get("code")), "", m.get("user.blankCode"));
          continue;
        }
        RegionLevel level = level(row.get(col.get("level")));
        if (level == null) {
          problem(options, BAD_VALUE, Severity.WARNING, row, r.header().get(col.get("level")), row.get(col.get("level")),
              m.get("user.badLevel"));
          continue;
        }
        if (seen.putIfAbsent(code, Boolean.TRUE) != null) {
          problem(options, DUPLICATE_CODE, Severity.WARNING, row, r.header().get(col.get("code")), code,
              m.get("user.duplicate", code));
          continue;
        }
        String parent = row.get(col.get("parent")).strip();
        out.add(new Region(code, row.get(col.get("name")).strip(), level, parent.isEmpty() ? null : parent));
      }
      return Regions.of(TableInfo.userSupplied(id, TableKind.REGIONS, null, id, src, out.size()), out);
    }
  }

  /**
   * Reads a crosswalk ({@code from,to} with optional {@code from_name,to_name}).
   *
   * @param mapsFrom the id of the source code table
   * @param mapsTo the id of the target code table
   * @throws InputException if the file cannot be read or lacks a column
   */
  public static Crosswalk crosswalk(Path file, String id, String mapsFrom, String mapsTo, ReadOptions options) {
    try (TableReader r = TableReaders.open(file, options)) {
      Messages m = messages(options);
      String src = r.source().name();
      Map<String, Integer> col = columns(r, src, m, FROM, TO);
      int fromName = find(r.header(), FROM_NAME);
      int toName = find(r.header(), TO_NAME);
      List<Crosswalk.Mapping> rows = new ArrayList<>();
      while (r.hasNext()) {
        Row row = r.next();
        String from = row.get(col.get("from")).strip();
        if (from.isEmpty()) {
          problem(options, BLANK_CODE, Severity.WARNING, row, r.header().get(col.get("from")), "", m.get("user.blankCode"));
          continue;
        }
        rows.add(new Crosswalk.Mapping(from, fromName < 0 ? "" : row.get(fromName).strip(),
            row.get(col.get("to")).strip(), toName < 0 ? "" : row.get(toName).strip(), (int) Math.min(Integer.MAX_VALUE, row.line())));
      }
      TableInfo info = new TableInfo(id, TableKind.CROSSWALK, null, id, "", "", src, rows.size(), null, mapsFrom, mapsTo,
          "user-supplied: " + src, "");
      return Crosswalk.of(info, rows);
    }
  }

  private static Messages messages(ReadOptions o) {
    return Messages.of("org.shutong.coding.messages", o.lang());
  }

  /** Finds the required columns; the map's keys are the first (English) alias of each. */
  private static Map<String, Integer> columns(TableReader r, String src, Messages m, String[]... wanted) {
    Map<String, Integer> out = new HashMap<>();
    List<String> missing = new ArrayList<>();
    for (String[] w : wanted) {
      int i = find(r.header(), w);
      if (i < 0) {
        missing.add(String.join("/", w));
      } else {
        out.put(w[0].equals("gb_clinical_code") ? "from" : w[0], i);
      }
    }
    if (!missing.isEmpty()) {
      throw new InputException(src, 1, 0, m.get("user.missingColumns", src, String.join(", ", missing),
          String.join(", ", r.header())), null);
    }
    return out;
  }

  private static int find(List<String> header, String[] names) {
    for (int i = 0; i < header.size(); i++) {
      String h = header.get(i).strip().toLowerCase(Locale.ROOT);
      for (String n : names) {
        if (h.equals(n)) {
          return i;
        }
      }
    }
    return -1;
  }

  private static Boolean flag(String v) {
    return switch (v.strip().toLowerCase(Locale.ROOT)) {
      case "", "y", "yes", "1", "true", "是" -> Boolean.TRUE;
      case "n", "no", "0", "false", "否" -> Boolean.FALSE;
      default -> null;
    };
  }

  private static RegionLevel level(String v) {
    return switch (v.strip().toLowerCase(Locale.ROOT)) {
      case "province", "省", "省级" -> RegionLevel.PROVINCE;
      case "city", "市", "地级", "市级" -> RegionLevel.CITY;
      case "county", "县", "县级", "区县" -> RegionLevel.COUNTY;
      default -> null;
    };
  }

  private static void problem(ReadOptions o, String rule, Severity s, Row row, String field, String value, String msg) {
    o.problems().accept(new Finding(rule, s, row.source(), row.record(), row.line(), field, value, msg));
  }
}

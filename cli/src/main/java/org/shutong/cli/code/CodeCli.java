package org.shutong.cli.code;

import java.util.LinkedHashMap;
import java.util.Map;
import org.shutong.cli.UsageException;
import org.shutong.coding.CheckStatus;
import org.shutong.coding.CodeCheck;
import org.shutong.coding.CodeNode;
import org.shutong.coding.Coding;
import org.shutong.coding.CodingSystem;
import org.shutong.i18n.Lang;
import org.shutong.i18n.Messages;

/** What the {@code code} commands share: system ids, defaults, and the JSON shape of codes. */
final class CodeCli {
  static final String DIAGNOSES = "icd10-nhsa-2.0";
  static final String PROCEDURES = "icd9cm3-nhsa-2.0";

  private CodeCli() {}

  static Messages messages(Lang lang) {
    return Messages.of("org.shutong.cli.code.messages", lang);
  }

  /** The coding system {@code id} of the bundled tables, or a usage error listing the known ids. */
  static CodingSystem system(String id, Lang lang) {
    return system(Coding.bundled(), id, lang);
  }

  /** The coding system {@code id}, or a usage error listing the known ids. */
  static CodingSystem system(Coding c, String id, Lang lang) {
    if (!c.systemIds().contains(id)) {
      throw new UsageException(messages(lang).get("system.unknown", id, String.join(", ", c.systemIds())));
    }
    return c.system(id);
  }

  /** The default system for a code as typed: ICD-9-CM-3 when it starts with a digit, else ICD-10. */
  static String defaultSystemFor(String code) {
    String s = code.strip();
    char c = s.isEmpty() ? 'A' : s.charAt(0);
    if (c >= '\uFF10' && c <= '\uFF19') {
      c = (char) (c - 0xFEE0);
    }
    return c >= '0' && c <= '9' ? PROCEDURES : DIAGNOSES;
  }

  /** The other bundled table of the same family, tried when a code is not in the default one. */
  static String alternativeFor(String id) {
    return switch (id) {
      case DIAGNOSES -> "icd10-gb-clinical-2.0";
      case PROCEDURES -> "icd9cm3-gb-clinical-3.0";
      default -> null;
    };
  }

  /**
   * The coding service over the bundled tables plus user tables ({@code --table FILE}: {@code code,name[,leaf]};
   * its id is the file name without extension; its system is taken from its codes: morphology {@code M8140/3},
   * ICD-10 {@code A00.000}, ICD-9-CM-3 {@code 00.0100}).
   */
  static Coding coding(java.util.List<java.nio.file.Path> tables, org.shutong.io.ReadOptions options) {
    if (tables == null || tables.isEmpty()) {
      return Coding.bundled();
    }
    org.shutong.codesets.Codesets cs = org.shutong.codesets.Codesets.bundled();
    for (java.nio.file.Path p : tables) {
      String file = p.getFileName().toString();
      String id = file.contains(".") ? file.substring(0, file.lastIndexOf('.')) : file;
      org.shutong.codesets.CodeTable raw = org.shutong.coding.UserTables.codeTable(p, id, null, options);
      String system = guessSystem(raw);
      org.shutong.codesets.CodeTable.Builder b = org.shutong.codesets.CodeTable.builder(
          org.shutong.codesets.TableInfo.userSupplied(id, org.shutong.codesets.TableKind.CODE_TABLE, system, id,
              raw.info().file(), raw.size()));
      for (org.shutong.codesets.CodeTable.Code c : raw.codes()) {
        b.add(c.code(), c.name(), c.leaf());
      }
      cs = cs.with(b.build());
    }
    return Coding.of(cs);
  }

  private static String guessSystem(org.shutong.codesets.CodeTable t) {
    int morph = 0;
    int icd10 = 0;
    int icd9 = 0;
    for (org.shutong.codesets.CodeTable.Code c : t.codes()) {
      String k = c.code();
      if (k.matches("M\\d{4,5}/\\d")) {
        morph++;
      } else if (k.matches("[A-Z]\\d\\d.*")) {
        icd10++;
      } else if (k.matches("\\d\\d.*")) {
        icd9++;
      }
    }
    int max = Math.max(morph, Math.max(icd10, icd9));
    if (max == 0) {
      return null;
    }
    return max == morph ? "ICD-O-3" : max == icd10 ? "ICD-10" : "ICD-9-CM-3";
  }

  static boolean found(CodeCheck c) {
    return c.status() == CheckStatus.VALID || c.status() == CheckStatus.NOT_LEAF;
  }

  /** A node as the JSON reports show it. */
  /**
   * A block (节) or chapter as a JSON object: code, its range when {@code withRange}, titles, chapter
   * and the enclosing block.
   */
  static Map<String, Object> block(org.shutong.coding.Block bl, boolean withRange) {
    Map<String, Object> o = new java.util.LinkedHashMap<>();
    o.put("code", bl.code());
    if (withRange) {
      o.put("range", bl.first() + "-" + bl.last());
    }
    o.put("title", bl.title());
    o.put("titleEn", bl.titleEn());
    o.put("chapter", bl.chapter());
    if (!bl.parent().isEmpty()) {
      o.put("parent", bl.parent());
    }
    return o;
  }

  static Map<String, Object> node(CodeNode n) {
    Map<String, Object> o = new LinkedHashMap<>();
    o.put("code", n.code());
    o.put("name", n.name());
    o.put("level", n.level().name().toLowerCase(java.util.Locale.ROOT));
    o.put("leaf", n.leaf());
    o.put("inTable", n.inTable());
    if (n.nameFrom() != null && !n.inTable()) {
      o.put("nameFrom", n.nameFrom());
    }
    o.put("parent", n.parent());
    if (n.childCount() >= 0) {
      o.put("children", n.childCount());
    }
    return o;
  }

  /** The level of a node in the run's language. */
  static String level(CodeNode n, Messages m) {
    return m.get("level." + n.level().name());
  }
}

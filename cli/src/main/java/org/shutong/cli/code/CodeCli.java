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

  /** The coding system {@code id}, or a usage error listing the known ids. */
  static CodingSystem system(String id, Lang lang) {
    Coding c = Coding.bundled();
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

  static boolean found(CodeCheck c) {
    return c.status() == CheckStatus.VALID || c.status() == CheckStatus.NOT_LEAF;
  }

  /** A node as the JSON reports show it. */
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

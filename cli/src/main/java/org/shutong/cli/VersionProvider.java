package org.shutong.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.shutong.codesets.Codesets;
import org.shutong.codesets.TableInfo;
import org.shutong.i18n.Lang;
import org.shutong.i18n.Messages;
import org.shutong.report.ToolInfo;
import picocli.CommandLine;

/** {@code shutong --version}: the tool version, the Java runtime, and the code tables bundled. */
final class VersionProvider implements CommandLine.IVersionProvider {
  @Override
  public String[] getVersion() {
    List<String> lines = new ArrayList<>();
    lines.add("shutong " + ToolInfo.version());
    lines.add("Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")");
    List<String> tables = codeTables();
    if (!tables.isEmpty()) {
      // Shutong.run sets the default locale from --lang before picocli asks for the version
      Lang lang = "en".equals(Locale.getDefault().getLanguage()) ? Lang.EN : Lang.ZH;
      lines.add(Messages.of("org.shutong.cli.messages", lang).get("version.tables", tables.size()));
      for (String t : tables) {
        lines.add("  " + t);
      }
    }
    return lines.toArray(new String[0]);
  }

  /** One line per bundled code table: id, name, version and row count, as the manifest gives them. */
  static List<String> codeTables() {
    List<String> lines = new ArrayList<>();
    for (TableInfo t : Codesets.bundled().tables()) {
      lines.add(t.id() + "  " + t.name() + " " + t.version() + " (" + t.rows() + ")");
    }
    return lines;
  }
}

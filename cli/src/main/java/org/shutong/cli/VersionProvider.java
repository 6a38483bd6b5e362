package org.shutong.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
      lines.add(Messages.of("org.shutong.cli.messages", "en".equals(Locale.getDefault().getLanguage()) ? Lang.EN : Lang.ZH)
          .get("version.tables", tables.size()));
      for (String t : tables) {
        lines.add("  " + t);
      }
    }
    return lines.toArray(new String[0]);
  }

  /**
   * One line per bundled code table: name, version, publisher (e.g. {@code ICD-10 医保版 2.0
   * 国家医疗保障局}). Hook for module {@code codesets}: empty until it ships its manifest; then
   * return one line per manifest entry here, in the order {@code shutong code info} lists them.
   */
  static List<String> codeTables() {
    return List.of();
  }
}

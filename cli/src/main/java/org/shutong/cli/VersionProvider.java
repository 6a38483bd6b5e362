package org.shutong.cli;

import java.util.ArrayList;
import java.util.List;
import org.shutong.codesets.Codesets;
import org.shutong.codesets.TableInfo;
import org.shutong.report.ToolInfo;
import picocli.CommandLine;

/** {@code shutong --version}: the tool version, the Java runtime, and the code tables bundled. */
final class VersionProvider implements CommandLine.IVersionProvider {
  @Override
  public String[] getVersion() {
    List<String> lines = new ArrayList<>();
    lines.add("shutong " + ToolInfo.version());
    lines.add("Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")");
    lines.add("code tables:");
    for (TableInfo t : Codesets.bundled().tables()) {
      lines.add("  " + t.id() + "  " + t.name() + " " + t.version() + " (" + t.rows() + ")");
    }
    return lines.toArray(new String[0]);
  }
}

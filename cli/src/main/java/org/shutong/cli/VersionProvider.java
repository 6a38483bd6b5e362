package org.shutong.cli;

import java.util.ArrayList;
import java.util.List;
import org.shutong.report.ToolInfo;
import picocli.CommandLine;

/** {@code shutong --version}: the tool version, the Java runtime, and the code tables bundled. */
final class VersionProvider implements CommandLine.IVersionProvider {
  @Override
  public String[] getVersion() {
    List<String> lines = new ArrayList<>();
    lines.add("shutong " + ToolInfo.version());
    lines.add("Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")");
    return lines.toArray(new String[0]);
  }
}

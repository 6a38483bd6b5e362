package org.shutong.cli.deid;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.shutong.deid.RiskMeasures;
import org.shutong.i18n.Messages;
import picocli.CommandLine;

/** Helpers shared by the deid subcommands: share parsing, risk rows. */
final class Shares {
  private Shares() {}

  /** {@code 2%}, {@code 0.02}. */
  static final class ShareConverter implements CommandLine.ITypeConverter<Double> {
    @Override
    public Double convert(String value) {
      String v = value.strip();
      double d = v.endsWith("%") ? Double.parseDouble(v.substring(0, v.length() - 1)) / 100 : Double.parseDouble(v);
      if (d < 0 || d > 1) {
        throw new CommandLine.TypeConversionException("a share from 0 to 1 (or 0% to 100%): " + value);
      }
      return d;
    }
  }

  /** The risk measures as the JSON {@code risk} object: the keys the issue names, in that order. */
  static Map<String, Object> json(RiskMeasures r) {
    Map<String, Object> o = new LinkedHashMap<>();
    o.put("k", r.k());
    o.put("classes", r.classes());
    o.put("recordsInClassesBelow", r.recordsInClassesBelow());
    o.put("prosecutorMax", r.prosecutorMax());
    o.put("prosecutorAvg", r.prosecutorAvg());
    o.put("lDiversity", r.lDiversity());
    return o;
  }

  /** What the risk measures were computed over: records in classes, and records left out as suppressed. */
  static Map<String, Object> scope(RiskMeasures r) {
    Map<String, Object> o = new LinkedHashMap<>();
    o.put("records", r.records());
    o.put("suppressed", r.suppressed());
    return o;
  }

  /** Rows of a risk table: measure, before (optional), after. */
  static List<List<Object>> rows(RiskMeasures before, RiskMeasures after, Messages m) {
    List<List<Object>> rows = new ArrayList<>();
    rows.add(row(m.get("risk.records"), before == null ? null : before.records(), after.records()));
    rows.add(row(m.get("risk.suppressed"), before == null ? null : before.suppressed(), after.suppressed()));
    rows.add(row("k", before == null ? null : before.k(), after.k()));
    rows.add(row(m.get("risk.classes"), before == null ? null : before.classes(), after.classes()));
    for (String t : after.recordsInClassesBelow().keySet()) {
      rows.add(row(m.get("risk.below", t), before == null ? null : pct(before.recordsInClassesBelow().get(t)),
          pct(after.recordsInClassesBelow().get(t))));
    }
    rows.add(row(m.get("risk.prosecutorMax"), before == null ? null : round(before.prosecutorMax()), round(after.prosecutorMax())));
    rows.add(row(m.get("risk.prosecutorAvg"), before == null ? null : round(before.prosecutorAvg()), round(after.prosecutorAvg())));
    for (String s : after.lDiversity().keySet()) {
      rows.add(row(m.get("risk.l", s), before == null ? null : before.lDiversity().get(s), after.lDiversity().get(s)));
    }
    return rows;
  }

  private static List<Object> row(String name, Object before, Object after) {
    List<Object> r = new ArrayList<>();
    r.add(name);
    if (before != null) {
      r.add(before);
    }
    r.add(after);
    return r;
  }

  static String pct(Double d) {
    return String.format(java.util.Locale.ROOT, "%.2f%%", d * 100);
  }

  static double round(double d) {
    return Math.round(d * 1e6) / 1e6;
  }
}

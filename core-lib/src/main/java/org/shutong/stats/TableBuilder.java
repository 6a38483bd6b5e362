package org.shutong.stats;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Builds a {@link NotifiableTable} in the published layout from per-disease counts. */
final class TableBuilder {
  private final NotifiableCatalogue catalogue;
  private final Set<String> excluded;

  TableBuilder(NotifiableCatalogue catalogue, Set<String> excluded) {
    this.catalogue = catalogue;
    this.excluded = excluded;
  }

  /**
   * The table of {@code month}; {@code cases[i]}, {@code deaths[i]} are indexed by
   * {@link NotifiableCatalogue#index}.
   */
  NotifiableTable build(YearMonth month, long[] cases, long[] deaths) {
    List<NotifiableDisease> rows = new ArrayList<>();
    List<String> excludedLabels = new ArrayList<>();
    for (NotifiableDisease d : catalogue.rowsFor(month)) {
      if (excluded.contains(d.id()) || (d.parent() != null && excluded.contains(d.parent()))) {
        if (d.parent() == null) {
          excludedLabels.add(d.label());
        }
        continue;
      }
      rows.add(d);
    }
    Map<String, String> markers = new HashMap<>();
    String deathsMarker = "";
    List<NotifiableCatalogue.Footnote> notes = new ArrayList<>();
    Set<String> present = new java.util.HashSet<>();
    rows.forEach(d -> present.add(d.id()));
    for (NotifiableCatalogue.Footnote f : catalogue.footnotesFor(month)) {
      boolean applies = f.target().equals("table") || f.target().equals("deaths") || present.contains(f.target());
      if (!applies) {
        continue;
      }
      if (f.target().equals("deaths")) {
        deathsMarker = f.marker();
      } else if (!f.target().equals("table")) {
        markers.put(f.target(), f.marker());
      }
      notes.add(f);
    }
    // group sums
    Map<String, long[]> group = new HashMap<>();
    for (NotifiableDisease d : rows) {
      if (d.parent() != null) {
        long[] g = group.computeIfAbsent(d.parent(), k -> new long[2]);
        int i = catalogue.index(d.id());
        g[0] += cases[i];
        g[1] += deaths[i];
      }
    }
    long abCases = 0;
    long abDeaths = 0;
    long cCases = 0;
    long cDeaths = 0;
    List<NotifiableTable.Row> ab = new ArrayList<>();
    List<NotifiableTable.Row> c = new ArrayList<>();
    for (NotifiableDisease d : rows) {
      long rc;
      long rd;
      NotifiableTable.Kind kind;
      if (d.rule() == NotifiableDisease.CountingRule.GROUP) {
        long[] g = group.getOrDefault(d.id(), new long[2]);
        rc = g[0];
        rd = g[1];
        kind = NotifiableTable.Kind.SUBTOTAL;
      } else {
        int i = catalogue.index(d.id());
        rc = cases[i];
        rd = deaths[i];
        kind = NotifiableTable.Kind.DISEASE;
      }
      NotifiableTable.Row r = new NotifiableTable.Row(d.id(), d.label(), d.labelEn(),
          d.diseaseClass().chinese(), kind, d.parent() == null ? 0 : 1, markers.get(d.id()), rc, rd);
      if (d.diseaseClass() == DiseaseClass.C) {
        c.add(r);
        if (d.parent() == null) {
          cCases += rc;
          cDeaths += rd;
        }
      } else {
        ab.add(r);
        if (d.parent() == null) {
          abCases += rc;
          abDeaths += rd;
        }
      }
    }
    List<NotifiableTable.Row> out = new ArrayList<>();
    out.add(new NotifiableTable.Row("total", "甲乙丙类总计", "Total, classes A, B and C", "甲乙丙",
        NotifiableTable.Kind.TOTAL, 0, "", abCases + cCases, abDeaths + cDeaths));
    out.add(new NotifiableTable.Row("subtotal-ab", "甲乙类传染病合计", "Classes A and B, subtotal", "甲乙",
        NotifiableTable.Kind.SUBTOTAL, 0, "", abCases, abDeaths));
    out.addAll(ab);
    out.add(new NotifiableTable.Row("subtotal-c", "丙类传染病合计", "Class C, subtotal", "丙",
        NotifiableTable.Kind.SUBTOTAL, 0, "", cCases, cDeaths));
    out.addAll(c);
    return new NotifiableTable(month, out, deathsMarker, notes, excludedLabels);
  }
}

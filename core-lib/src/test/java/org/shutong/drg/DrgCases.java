package org.shutong.drg;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.shutong.io.ReadOptions;
import org.shutong.io.Row;
import org.shutong.io.TableReader;
import org.shutong.io.TableReaders;

/** The differential test file (cases/chs-drg-1.1-cases.csv) as rows, for tests. */
final class DrgCases {
  static final String RESOURCE = "/org/shutong/drg/cases/chs-drg-1.1-cases.csv";

  /** One case: the row, its record and its expectation. */
  record Case(String id, String family, Row row, DrgRecord record, String status, String mdc,
      String adrg, String drg, String rule, String why) {}

  private DrgCases() {}

  static Path file() {
    try {
      return Path.of(DrgCases.class.getResource(RESOURCE).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  static Path tablesDir() {
    try {
      return Path.of(DrgCases.class.getResource("/org/shutong/drg/chs-drg-1.1/manifest.properties")
          .toURI()).getParent();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  static List<Case> read(Path file) {
    List<Case> out = new ArrayList<>();
    try (TableReader r = TableReaders.open(file, ReadOptions.defaults())) {
      List<String> header = r.header();
      FirstPageDrgLayout layout = FirstPageDrgLayout.of(header);
      int id = header.indexOf("case");
      int family = header.indexOf("family");
      int status = header.indexOf("expect_status");
      int mdc = header.indexOf("expect_mdc");
      int adrg = header.indexOf("expect_adrg");
      int drg = header.indexOf("expect_drg");
      int rule = header.indexOf("expect_rule");
      int why = header.indexOf("why");
      if (!layout.missingRequired().isEmpty() || id < 0 || status < 0) {
        throw new IllegalStateException("not a case file: " + file);
      }
      while (r.hasNext()) {
        Row row = r.next();
        out.add(new Case(row.get(id), row.get(family), row, layout.record(row), row.get(status),
            row.get(mdc), row.get(adrg), row.get(drg), row.get(rule), row.get(why)));
      }
    }
    return out;
  }

  static String describe(DrgResult r) {
    return r.status() + " " + r.mdc() + "/" + r.adrg() + "/" + r.drg()
        + (r.cause() != null ? " " + r.cause().reason() : "")
        + (r.issues().isEmpty() ? "" : " " + r.issues().stream().map(DrgIssue::ruleId).toList());
  }
}

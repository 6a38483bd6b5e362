package org.shutong.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.shutong.i18n.Lang;

/** Reports for the renderer tests, shaped like a first-page check of a hospital's extract. */
final class Fixtures {
  private Fixtures() {}

  static Finding error(String rule, long record, String field, String value, String message) {
    return new Finding(rule, Severity.ERROR, "in.csv", record, record + 1, field, value, message);
  }

  static Finding warning(String rule, long record, String field, String value, String message) {
    return new Finding(rule, Severity.WARNING, "in.csv", record, record + 1, field, value, message);
  }

  static Finding info(String rule, long record, String field, String value, String message) {
    return new Finding(rule, Severity.INFO, "in.csv", record, record + 1, field, value, message);
  }

  /** One input, three rules with findings (error, warning, info), one clean rule. */
  static Report firstPage() {
    FindingCollector c = new FindingCollector();
    c.accept(error("FP-DATE-ORDER", 17, "B15", "2024-01-01", "出院时间早于入院时间"));
    c.accept(error("FP-DATE-ORDER", 30, "B15", "2023-12-30", "出院时间早于入院时间"));
    c.accept(warning("FP-AGE-RANGE", 5, "A14", "130", "年龄超出 0–120 岁"));
    c.accept(info("FP-NAME-SPACE", 8, "A02", "张 三", "姓名含空格"));
    return Report.builder("firstpage check")
        .input(new InputSummary("in.csv", 100, "GB18030"))
        .rule("FP-DATE-ORDER", "出院时间不早于入院时间")
        .rule("FP-AGE-RANGE", null)
        .rule("FP-NAME-SPACE", null)
        .rule("FP-SEX-CODE", "性别代码符合 GB/T 2261.1")
        .build(c);
  }

  /** {@code n} findings spread over {@code rules} rules, with every third a warning. */
  static Report many(int n, int rules) {
    FindingCollector c = new FindingCollector();
    for (int i = 0; i < n; i++) {
      String rule = "R-" + (i % rules);
      if (i % 3 == 0) {
        c.accept(warning(rule, i + 1, "F" + (i % 7), "v" + i, "消息 " + i));
      } else {
        c.accept(error(rule, i + 1, "F" + (i % 7), "v" + i, "消息 " + i));
      }
    }
    return Report.builder("firstpage check").input(new InputSummary("in.csv", n, "UTF-8")).build(c);
  }

  /** A report with command-specific extras and a table, as later commands produce them. */
  static Report withExtras() {
    FindingCollector c = new FindingCollector();
    c.accept(error("FP-DATE-ORDER", 1, "B15", "x", "m"));
    record Indicator(String code, String name, double value) {}
    return Report.builder("stats monthly")
        .input(new InputSummary("in.csv", 10, "UTF-8"))
        .extra("indicators", List.of(new Indicator("I-01", "出院人数", 1234), new Indicator("I-02", "平均住院日", 8.25)))
        .extra("score", Map.of("total", 87.5, "level", "良"))
        .extra("risk", Map.of("model", "k-anonymity", "classes", List.of(Map.of("k", 1, "n", 3), Map.of("k", 5, "n", 40))))
        .extra("level", "四级甲等")
        .extra("columns", List.of(Map.of("shown", "as the table, not twice")))
        .table(new ReportTable("columns", "列填充率", List.of("#", "列", "非空"),
            List.of(List.of(1, "姓名", 10L), List.of(2, "性别", 9L)), "注：非空指去掉空白后不为空"))
        .build(c);
  }

  static String render(ReportFormat f, Report r, Lang lang) {
    return new String(bytes(ReportRenderer.of(f), r, lang), StandardCharsets.UTF_8);
  }

  static byte[] bytes(ReportRenderer renderer, Report r, Lang lang) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      renderer.render(r, out, lang);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }
}

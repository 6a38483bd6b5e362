package org.shutong.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.shutong.report.FindingCollector;

/** Test helpers: read a whole (small) table with its findings. */
final class Tables {
  private Tables() {}

  /** What a read produced. */
  record Read(TableSource source, List<String> header, List<Row> rows, FindingCollector problems, long recordsRead) {
    List<List<String>> values() {
      List<List<String>> out = new ArrayList<>();
      for (Row r : rows) {
        out.add(r.values());
      }
      return out;
    }

    List<String> ruleIds() {
      return problems.findings().stream().map(f -> f.ruleId()).toList();
    }
  }

  /** Writes {@code content} as UTF-8 to {@code dir/name}. */
  static Path write(Path dir, String name, String content) {
    Path f = dir.resolve(name);
    try {
      Files.writeString(f, content, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return f;
  }

  static Read read(Path file) {
    return read(file, ReadOptions.defaults());
  }

  static Read read(Path file, ReadOptions options) {
    FindingCollector problems = new FindingCollector();
    try (TableReader r = TableReaders.open(file, options.withProblems(problems))) {
      List<Row> rows = new ArrayList<>();
      while (r.hasNext()) {
        rows.add(r.next());
      }
      return new Read(r.source(), r.header(), rows, problems, r.recordsRead());
    }
  }
}

package org.shutong.coding;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shutong.io.ReadOptions;
import org.shutong.report.FindingCollector;
import org.shutong.report.Severity;

/** A one-million-line code list: every line is counted once, findings match the counts, memory stays bounded. */
@Tag("e2e")
class BatchValidationE2eTest {
  @TempDir Path dir;

  @Test
  void millionCodes() throws IOException {
    CodingSystem dx = Coding.bundled().system("icd10-nhsa-2.0");
    List<String> leaves = new ArrayList<>();
    for (var c : dx.table().codes()) {
      if (c.leaf()) {
        leaves.add(c.code());
      }
    }
    Path f = dir.resolve("million.txt");
    long exact = 0;
    long dirty = 0;
    long unknown = 0;
    long empty = 0;
    try (BufferedWriter w = Files.newBufferedWriter(f, StandardCharsets.UTF_8)) {
      for (int i = 0; i < 1_000_000; i++) {
        String code = leaves.get((int) ((i * 2654435761L) % leaves.size()));
        switch (i % 20) {
          case 0 -> {
            w.write(code.toLowerCase(java.util.Locale.ROOT));
            dirty++;
          }
          case 1 -> {
            w.write("Z99.99" + (i % 10));
            unknown++;
          }
          case 2 -> empty++;
          default -> {
            w.write(code);
            exact++;
          }
        }
        w.write('\n');
      }
    }
    FindingCollector findings = new FindingCollector(1000);
    BatchValidation.Result r = BatchValidation.run(dx, f, null, ReadOptions.defaults(), findings, 10);
    assertEquals(1_000_000, r.records());
    assertEquals(exact, r.counts().valid());
    assertEquals(dirty, r.counts().normalized());
    assertEquals(unknown, r.counts().unknown());
    assertEquals(empty, r.counts().empty());
    assertEquals(dirty, findings.count(Severity.WARNING));
    assertEquals(unknown, findings.count(Severity.ERROR));
    assertEquals(1000, findings.findings().size());
    assertEquals(10, r.normalizations().size());
  }
}

package org.shutong.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A 1,000,000-row sheet (and CSV) is streamed, never loaded whole: a child JVM with a heap far
 * smaller than the file's content reads every row. Heavy: tagged e2e.
 */
@Tag("e2e")
class LargeInputE2ETest {
  static final int ROWS = 1_000_000;
  static final List<String> HEADER = List.of("病案号", "姓名", "性别", "出生日期", "出院主要诊断编码", "出院主要诊断名称",
      "住院总费用", "备注");

  @TempDir Path dir;

  /** Child-JVM entry point: reads the file and prints the record count and the last row's line. */
  public static void main(String[] args) {
    long n = 0;
    long last = 0;
    try (TableReader r = TableReaders.open(Path.of(args[0]), ReadOptions.defaults())) {
      while (r.hasNext()) {
        Row row = r.next();
        n++;
        last = row.line();
      }
    }
    System.out.println(n + " " + last);
  }

  private static void write(Path f) {
    try (TableWriter w = TableWriters.open(f, WriteOptions.defaults())) {
      w.writeHeader(HEADER);
      List<String> v = new ArrayList<>(HEADER.size());
      for (int i = 0; i < ROWS; i++) {
        v.clear();
        v.add(String.format(Locale.ROOT, "%010d", i));
        v.add(i % 2 == 0 ? "张三" : "李四");
        v.add(i % 2 == 0 ? "1" : "2");
        v.add("1956-03-07");
        v.add("I21.000");
        v.add("前壁急性透壁性心肌梗死");
        v.add(String.valueOf(i % 100_000) + ".50");
        v.add(i % 10 == 0 ? "复查\n随诊" : "");
        w.writeRow(v);
      }
      w.commit();
    }
  }

  private static String readInSmallHeap(Path f, String heap) throws IOException, InterruptedException {
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Process p = new ProcessBuilder(java.toString(), "-Xmx" + heap, "-cp", System.getProperty("java.class.path"),
        "-Dlog4j2.loggerContextFactory=org.apache.logging.log4j.simple.SimpleLoggerContextFactory",
        LargeInputE2ETest.class.getName(), f.toString())
        .redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
    p.waitFor(10, TimeUnit.MINUTES);
    assertEquals(0, p.exitValue(), out);
    return out;
  }

  @Test
  void millionRowSheetIsStreamedInASmallHeap() throws Exception {
    Path f = dir.resolve("million.xlsx");
    write(f);
    // the sheet's XML is several hundred MB uncompressed; 64 MB of heap cannot hold it
    assertEquals(ROWS + " " + (ROWS + 1), readInSmallHeap(f, "64m"));
  }

  @Test
  void millionRowCsvIsStreamedInASmallHeap() throws Exception {
    Path f = dir.resolve("million.csv");
    write(f);
    long size = Files.size(f);
    assertEquals(ROWS + " " + (ROWS + 1 + ROWS / 10), readInSmallHeap(f, "32m"), "file of " + size + " bytes");
  }
}

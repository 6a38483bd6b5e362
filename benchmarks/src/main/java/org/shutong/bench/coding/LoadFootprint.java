package org.shutong.bench.coding;

import org.shutong.codesets.Codesets;
import org.shutong.coding.Coding;

/**
 * Prints the heap the diagnosis and operation tables hold once loaded (and with their coding systems and
 * the diagnosis search index), measured as used heap after a full GC. Run by {@code benchmarks/run-coding.sh}.
 */
public final class LoadFootprint {
  private LoadFootprint() {}

  /** Prints {@code tables-heap-mb}, {@code systems-heap-mb} and {@code search-index-heap-mb}. */
  public static void main(String[] args) {
    long base = used();
    Codesets cs = Codesets.bundled();
    long t0 = System.nanoTime();
    Object[] keep = {cs.codeTable("icd10-nhsa-2.0"), cs.codeTable("icd10-gb-clinical-2.0"), cs.codeTable("icd9cm3-nhsa-2.0"),
        cs.codeTable("icd9cm3-gb-clinical-3.0")};
    long t1 = System.nanoTime();
    long tables = used();
    Coding c = Coding.bundled();
    Object[] systems = {c.system("icd10-nhsa-2.0"), c.system("icd10-gb-clinical-2.0"), c.system("icd9cm3-nhsa-2.0"),
        c.system("icd9cm3-gb-clinical-3.0")};
    long sys = used();
    c.system("icd10-nhsa-2.0").search("jxxjgs", 10);
    long idx = used();
    System.out.printf("tables-load-ms %.0f%n", (t1 - t0) / 1e6);
    System.out.printf("tables-heap-mb %.1f%n", (tables - base) / 1048576.0);
    System.out.printf("systems-heap-mb %.1f%n", (sys - tables) / 1048576.0);
    System.out.printf("search-index-heap-mb %.1f%n", (idx - sys) / 1048576.0);
    if (keep.length + systems.length == 0) {
      System.out.println();
    }
  }

  private static long used() {
    Runtime r = Runtime.getRuntime();
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
    return r.totalMemory() - r.freeMemory();
  }
}

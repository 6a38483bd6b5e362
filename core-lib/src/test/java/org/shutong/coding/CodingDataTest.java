package org.shutong.coding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** The bundled data files of the coding package and their provenance. */
class CodingDataTest {
  @Test
  void sexSpecificListIsTheStagedFile() throws IOException {
    Path shared = Path.of("..", "..", "shared", "data", "firstpage");
    Assumptions.assumeTrue(Files.isDirectory(shared), "../shared/data not beside the checkout");
    assertEquals(Files.readString(shared.resolve("sex-specific-icd10.csv"), StandardCharsets.UTF_8),
        Coding.resource("edits/sex-specific-icd10.csv"));
    assertEquals(Files.readString(shared.resolve("PROVENANCE.md"), StandardCharsets.UTF_8),
        Coding.resource("edits/PROVENANCE-firstpage.md"));
  }

  @Test
  void everyChapterRowNamesASourceDocumentedInProvenance() {
    String prov = Coding.resource("PROVENANCE.md");
    for (String file : List.of("icd10-chapters.csv", "icd9cm3-chapters.csv")) {
      List<String[]> rows = DataFiles.read(file);
      assertFalse(rows.isEmpty());
      for (String[] r : rows) {
        for (String s : r[r.length - 1].split(";", -1)) {
          assertTrue(prov.contains("`" + s + "`"), file + ": source " + s + " not in PROVENANCE.md");
        }
      }
    }
    assertEquals(22, DataFiles.read("icd10-chapters.csv").size());
  }

  @Test
  void icd9ChaptersCoverEveryTwoDigitCategory() {
    for (int c = 0; c <= 99; c++) {
      String cat = String.format(java.util.Locale.ROOT, "%02d", c);
      assertTrue(Coding.icd9Chapters().stream().anyMatch(ch -> ch.contains(cat)), cat);
    }
  }

  @Test
  void everyEditRowHasASource() {
    for (String[] r : DataFiles.read("edits/edits.csv")) {
      assertFalse(r[9].isBlank(), r[0]);
      assertTrue(r[8].equals("error") || r[8].equals("warning"), r[0]);
    }
  }
}

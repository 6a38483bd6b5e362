package org.shutong.codesets;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** Every bundled table's row count and SHA-256 against the manifest and the PROVENANCE files. */
class CodesetsProvenanceTest {
  private static final Pattern ICD_ROWS = Pattern.compile("^\\| ([a-z0-9.-]+\\.csv) \\| [^|]+ \\| ([0-9,]+) \\|", Pattern.MULTILINE);
  private static final Pattern SHA_LINE = Pattern.compile("^- ([0-9a-f]{64})  (\\S+\\.csv)$", Pattern.MULTILINE);
  private static final Pattern MODULE_ROWS =
      Pattern.compile("^\\| ([a-z/.-]+\\.csv) \\| ([0-9,]+) \\| ([0-9a-f]{64}) \\|", Pattern.MULTILINE);
  private static final Pattern DATA_ROWS = Pattern.compile("([0-9][0-9,]*) data rows");

  private static String sha256(byte[] b) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(b));
    } catch (NoSuchAlgorithmException e) {
      throw new AssertionError(e);
    }
  }

  private static int dataRows(String file) {
    int[] n = {0};
    Csv.parse(Resources.text(file), file, (f, line) -> n[0]++);
    return n[0] - 1;
  }

  private static int num(String s) {
    return Integer.parseInt(s.replace(",", ""));
  }

  /** Row counts and checksums the PROVENANCE files state, by bundled file path. */
  private static Map<String, int[]> provenanceRows() {
    Map<String, int[]> rows = new HashMap<>();
    Matcher m = ICD_ROWS.matcher(Resources.text("icd/PROVENANCE.md"));
    while (m.find()) {
      rows.put("icd/" + m.group(1), new int[] {num(m.group(2))});
    }
    Matcher vd = DATA_ROWS.matcher(Resources.text("dataelements/PROVENANCE-value-domains.md"));
    assertTrue(vd.find());
    rows.put("dataelements/value-domains.csv", new int[] {num(vd.group(1))});
    Matcher rg = DATA_ROWS.matcher(Resources.text("dataelements/PROVENANCE-regions.md"));
    assertTrue(rg.find());
    rows.put("dataelements/regions.csv", new int[] {num(rg.group(1))});
    return rows;
  }

  private static Map<String, String> provenanceSha() {
    Map<String, String> sha = new HashMap<>();
    Matcher m = SHA_LINE.matcher(Resources.text("icd/PROVENANCE.md"));
    while (m.find()) {
      sha.put("icd/" + m.group(2), m.group(1));
    }
    Matcher mm = MODULE_ROWS.matcher(Resources.text("PROVENANCE.md"));
    while (mm.find()) {
      sha.put(mm.group(1), mm.group(3));
    }
    return sha;
  }

  @Test
  void everyTableMatchesManifestAndProvenance() {
    Map<String, int[]> rows = provenanceRows();
    Map<String, String> sha = provenanceSha();
    Matcher mm = MODULE_ROWS.matcher(Resources.text("PROVENANCE.md"));
    Map<String, Integer> moduleRows = new HashMap<>();
    while (mm.find()) {
      moduleRows.put(mm.group(1), num(mm.group(2)));
    }
    List<TableInfo> tables = Codesets.bundled().tables();
    assertEquals(12, tables.size());
    for (TableInfo t : tables) {
      byte[] bytes = Resources.bytes(t.file());
      assertEquals(t.sha256(), sha256(bytes), t.id() + ": manifest sha256");
      assertEquals(sha.get(t.file()), t.sha256(), t.id() + ": PROVENANCE sha256");
      assertEquals(t.rows(), dataRows(t.file()), t.id() + ": manifest rows");
      int[] stated = rows.get(t.file());
      int expected = stated != null ? stated[0] : moduleRows.get(t.file());
      assertEquals(expected, t.rows(), t.id() + ": PROVENANCE rows");
      assertTrue(!t.name().isBlank() && !t.version().isBlank() && !t.publisher().isBlank() && !t.source().isBlank(), t.id());
      assertTrue(!t.isUserSupplied(), t.id());
    }
  }

  @Test
  void firstPageDomainCountMatchesSharedReadme() {
    // ../shared/data/README.md: "34 RC value domains (464 codes)"
    List<ValueDomain> fp = BundledTables.valueDomains(
        Codesets.bundled().info("firstpage-value-domains"), BundledTables.domainTitles());
    assertEquals(34, fp.size());
    assertEquals(464, fp.stream().mapToInt(ValueDomain::size).sum());
  }

  @Test
  void bundledFilesEqualTheStagedFiles() throws IOException {
    Path shared = Path.of("..", "..", "shared", "data");
    Assumptions.assumeTrue(Files.isDirectory(shared), "../shared/data not beside the checkout");
    Map<String, String> staged = Map.of("icd/", "codesets/", "firstpage/", "firstpage/", "dataelements/", "dataelements/");
    for (TableInfo t : Codesets.bundled().tables()) {
      String folder = t.file().substring(0, t.file().indexOf('/') + 1);
      Path p = shared.resolve(staged.get(folder) + t.file().substring(folder.length()));
      assertArrayEquals(Files.readAllBytes(p), Resources.bytes(t.file()), t.file());
    }
    for (String prov : List.of("icd/PROVENANCE.md", "firstpage/PROVENANCE.md",
        "dataelements/PROVENANCE-value-domains.md", "dataelements/PROVENANCE-regions.md")) {
      String folder = prov.substring(0, prov.indexOf('/') + 1);
      Path p = shared.resolve(staged.get(folder) + prov.substring(folder.length()));
      assertEquals(Files.readString(p, StandardCharsets.UTF_8), Resources.text(prov), prov);
    }
  }

  @Test
  void everyValueDomainHasATitleWithASource() {
    Map<String, String> titles = BundledTables.domainTitles();
    for (ValueDomain d : Codesets.bundled().valueDomains()) {
      assertNotNull(titles.get(d.id()), d.id());
      assertEquals(titles.get(d.id()), d.title());
    }
  }
}

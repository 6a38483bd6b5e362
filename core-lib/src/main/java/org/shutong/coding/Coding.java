package org.shutong.coding;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apiguardian.api.API;
import org.shutong.codesets.CodeTable;
import org.shutong.codesets.Codesets;
import org.shutong.codesets.TableKind;
import org.shutong.codesets.UnknownCodesetException;

/**
 * The coding service: one {@link CodingSystem} per code table of a {@link Codesets}, built on first use
 * and kept; crosswalks between them ({@link #crosswalk(String, String)}); the coding edits
 * ({@link #edits()}). Thread-safe.
 *
 * <pre>{@code
 * Coding coding = Coding.bundled();
 * CodeCheck c = coding.system("icd10-nhsa-2.0").validate("i21.9 00");   // VALID I21.900, changes CASE, SPACES
 * coding.system("icd10-nhsa-2.0").search("jxxjgs", 10);                  // 急性心肌梗死 first
 * }</pre>
 */
@API(status = API.Status.STABLE, since = "0.1")
public final class Coding {
  /** The table whose 类目/亚目 rows name the implied levels of other ICD-10 tables. */
  public static final String ICD10_HIERARCHY = "icd10-nhsa-2.0-all-levels";

  private static final class Holder {
    static final Coding BUNDLED = new Coding(Codesets.bundled());
  }

  private static volatile List<Chapter> icd10Chapters;
  private static volatile List<Chapter> icd9Chapters;
  private static volatile List<Block> icd10Blocks;

  private final Codesets codesets;
  private final Map<String, CodingSystem> systems = new ConcurrentHashMap<>();
  private volatile CodeEdits edits;

  private Coding(Codesets codesets) {
    this.codesets = codesets;
  }

  /** The coding service over the bundled tables. */
  public static Coding bundled() {
    return Holder.BUNDLED;
  }

  /** A coding service over these tables (e.g. the bundled ones with a user's morphology table). */
  public static Coding of(Codesets codesets) {
    return new Coding(codesets);
  }

  /** The tables. */
  public Codesets codesets() {
    return codesets;
  }

  /** The ids of the code tables that can be used as systems. */
  public List<String> systemIds() {
    return codesets.ids(TableKind.CODE_TABLE);
  }

  /**
   * The coding system of code table {@code id}.
   *
   * @throws UnknownCodesetException listing the code tables if there is none with this id
   */
  public CodingSystem system(String id) {
    CodingSystem s = systems.get(id);
    if (s != null) {
      return s;
    }
    CodeTable t = codesets.codeTable(id);
    Family f = Family.of(t.info().system());
    CodeTable names = null;
    if (f == Family.ICD10 && !id.equals(ICD10_HIERARCHY) && codesets.find(ICD10_HIERARCHY).isPresent()
        && !(t.size() > t.leafCount())) {
      names = codesets.codeTable(ICD10_HIERARCHY);
    } else if (f == Family.ICD10 && t.size() > t.leafCount()) {
      names = t;
    }
    List<Chapter> ch = f == Family.ICD10 ? icd10Chapters() : f == Family.ICD9CM3 ? icd9Chapters() : List.of();
    List<Block> bl = f == Family.ICD10 ? icd10Blocks() : List.of();
    CodingSystem built = new CodingSystem(t, f, ch, bl, names);
    CodingSystem prev = systems.putIfAbsent(id, built);
    return prev != null ? prev : built;
  }

  /** The crosswalk service from code table {@code fromId} to {@code toId} (either direction of a published mapping). */
  public CrosswalkService crosswalk(String fromId, String toId) {
    return new CrosswalkService(this, fromId, toId);
  }

  /** The coding edits, over the ICD-10 医保版2.0 structure for dagger/asterisk codes. */
  public CodeEdits edits() {
    CodeEdits e = edits;
    if (e == null) {
      e = CodeEdits.load(this);
      edits = e;
    }
    return e;
  }

  /** The 22 chapters of ICD-10 (see {@code org/shutong/coding/PROVENANCE.md}). */
  public static List<Chapter> icd10Chapters() {
    List<Chapter> c = icd10Chapters;
    if (c == null) {
      c = List.copyOf(readChapters("icd10-chapters.csv", false));
      icd10Chapters = c;
    }
    return c;
  }

  /** The chapters of ICD-9-CM-3 by two-digit category (see {@code org/shutong/coding/PROVENANCE.md}). */
  public static List<Chapter> icd9Chapters() {
    List<Chapter> c = icd9Chapters;
    if (c == null) {
      c = List.copyOf(readChapters("icd9cm3-chapters.csv", true));
      icd9Chapters = c;
    }
    return c;
  }

  /** The blocks (节) of ICD-10 in classification order, wider blocks before the blocks they hold (see {@code org/shutong/coding/PROVENANCE.md}). */
  public static List<Block> icd10Blocks() {
    List<Block> b = icd10Blocks;
    if (b == null) {
      List<Block> out = new ArrayList<>();
      for (String[] r : DataFiles.read("icd10-blocks.csv")) {
        out.add(new Block(r[0], r[1], r[2], r[3], r[4], r[5], r[6]));
      }
      b = List.copyOf(out);
      icd10Blocks = b;
    }
    return b;
  }

  private static List<Chapter> readChapters(String resource, boolean withEnglish) {
    List<Chapter> out = new ArrayList<>();
    for (String[] r : DataFiles.read(resource)) {
      out.add(new Chapter(r[0], r[1], r[2], r[3], withEnglish ? r[4] : ""));
    }
    return out;
  }

  /** Reads a small bundled UTF-8 resource of this package. */
  static String resource(String name) {
    try (InputStream in = Coding.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource org/shutong/coding/" + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

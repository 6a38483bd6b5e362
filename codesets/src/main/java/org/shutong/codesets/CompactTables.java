package org.shutong.codesets;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * The compact index of a bundled code table: the table exactly as the CSV loader builds it (after its
 * patch steps), stored in a form a cold JVM reads without UTF-8 decoding or CSV parsing. The CSV files
 * stay the source of truth with their provenance; the index is generated from them by the codesets
 * build ({@link #main(String[])}, run by the {@code exec-maven-plugin} in {@code process-classes}) and
 * carries the SHA-256 of every CSV file it was built from. It is used only when each of those equals the
 * manifest's {@code sha256} in {@code tables.csv}; otherwise (an index missing, as when the classes were
 * compiled without the Maven build, or built from other files) the table is read from its CSV files.
 *
 * <p>Layout (big-endian): magic {@code SHUTONG-CODES}, format version, the sources (id, sha256), the
 * entry count and leaf count, the end offsets of every code and every name, the leaf bits, the codes as
 * Latin-1 bytes, the names as UTF-16 chars, the patches (code, before, after, reason), then the hash
 * index of {@link CodeTable#get} (the code hashes and the slot table), so that a load builds no hash map.
 */
final class CompactTables {
  static final String SUFFIX = ".idx";
  private static final byte[] MAGIC = "SHUTONG-CODES".getBytes(StandardCharsets.US_ASCII);
  private static final int FORMAT = 1;

  private CompactTables() {}

  /** The resource path of the index of a bundled file ({@code icd/icd10-nhsa-2.0.csv.idx}). */
  static String resource(TableInfo info) {
    return info.file() + SUFFIX;
  }

  /**
   * The ids of the manifest tables a bundled code table is built from: itself and the tables its patch
   * steps read (see {@link BundledTables}).
   */
  static List<String> sources(TableInfo info) {
    return switch (info.id()) {
      case BundledTables.ICD10_NHSA -> List.of(info.id(), BundledTables.ICD10_NHSA_ALL_LEVELS);
      case BundledTables.ICD9_NHSA -> List.of(info.id(), BundledTables.ICD9_MAP_WITH_NAMES);
      default -> List.of(info.id());
    };
  }

  /**
   * Reads the index of {@code info} when it is bundled and was built from the files the manifest
   * describes.
   *
   * @return the table, or {@code null} when there is no usable index (the caller reads the CSV)
   */
  static CodeTable read(TableInfo info, Map<String, TableInfo> manifest) {
    byte[] bytes;
    try (InputStream in = Resources.class.getResourceAsStream(resource(info))) {
      if (in == null) {
        return null;
      }
      bytes = in.readAllBytes();
    } catch (IOException e) {
      return null;
    }
    return decode(info, manifest, bytes);
  }

  /**
   * Decodes an index; {@code null} if it is not of this format, not built from the manifest's files, or
   * damaged (the caller then reads the CSV files, whose row counts are checked).
   */
  static CodeTable decode(TableInfo info, Map<String, TableInfo> manifest, byte[] bytes) {
    try {
      return decodeOrFail(info, manifest, bytes);
    } catch (BufferUnderflowException | IllegalArgumentException | IndexOutOfBoundsException e) {
      return null;
    }
  }

  private static CodeTable decodeOrFail(TableInfo info, Map<String, TableInfo> manifest, byte[] bytes) {
    ByteBuffer b = ByteBuffer.wrap(bytes);
    if (bytes.length < MAGIC.length + 4) {
      return null;
    }
    for (byte m : MAGIC) {
      if (b.get() != m) {
        return null;
      }
    }
    if (b.getInt() != FORMAT) {
      return null;
    }
    int sources = b.getInt();
    List<String> expected = sources(info);
    if (sources != expected.size()) {
      return null;
    }
    for (int s = 0; s < sources; s++) {
      String id = ascii(b);
      String sha = ascii(b);
      TableInfo src = manifest.get(id);
      if (!id.equals(expected.get(s)) || src == null || !sha.equals(src.sha256())) {
        return null;
      }
    }
    int n = b.getInt();
    int leaves = b.getInt();
    int[] codeEnd = new int[n];
    int[] nameEnd = new int[n];
    b.asIntBuffer().get(codeEnd);
    b.position(b.position() + 4 * n);
    b.asIntBuffer().get(nameEnd);
    b.position(b.position() + 4 * n);
    byte[] leafBits = new byte[(n + 7) / 8];
    b.get(leafBits);
    byte[] codeBytes = new byte[b.getInt()];
    b.get(codeBytes);
    char[] nameChars = new char[b.getInt()];
    b.asCharBuffer().get(nameChars);
    b.position(b.position() + 2 * nameChars.length);
    CodeTable.Code[] codes = new CodeTable.Code[n];
    int cs = 0;
    int ns = 0;
    int leafCount = 0;
    for (int k = 0; k < n; k++) {
      boolean leaf = (leafBits[k >>> 3] & (1 << (k & 7))) != 0;
      codes[k] = entry(codeBytes, cs, codeEnd[k], nameChars, ns, nameEnd[k], leaf, k);
      cs = codeEnd[k];
      ns = nameEnd[k];
      if (leaf) {
        leafCount++;
      }
    }
    int np = b.getInt();
    List<CodeTable.Patch> patches = new ArrayList<>(np);
    for (int k = 0; k < np; k++) {
      patches.add(new CodeTable.Patch(chars(b), chars(b), chars(b), chars(b)));
    }
    int[] hashes = new int[n];
    b.asIntBuffer().get(hashes);
    b.position(b.position() + 4 * n);
    int[] slots = new int[b.getInt()];
    b.asIntBuffer().get(slots);
    b.position(b.position() + 4 * slots.length);
    if (leafCount != leaves || b.hasRemaining() || Integer.bitCount(slots.length) != 1 || slots.length < n) {
      return null;
    }
    return CodeTable.of(info, codes, slots, hashes, patches);
  }

  /**
   * One entry. A method of its own so that a cold JVM compiles it after a few hundred calls, instead of
   * interpreting the loop body until the loop itself is compiled on stack (tens of thousands of rows).
   */
  private static CodeTable.Code entry(
      byte[] codeBytes, int cs, int ce, char[] nameChars, int ns, int ne, boolean leaf, int k) {
    return new CodeTable.Code(
        new String(codeBytes, cs, ce - cs, StandardCharsets.ISO_8859_1), new String(nameChars, ns, ne - ns), leaf, k);
  }

  /** The index of {@code table}, built from the files with these SHA-256 sums (in {@link #sources} order). */
  static byte[] encode(CodeTable table, List<String> sourceIds, List<String> sha256) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 20);
    DataOutputStream out = new DataOutputStream(bytes);
    out.write(MAGIC);
    out.writeInt(FORMAT);
    out.writeInt(sourceIds.size());
    for (int s = 0; s < sourceIds.size(); s++) {
      writeAscii(out, sourceIds.get(s));
      writeAscii(out, sha256.get(s));
    }
    int n = table.size();
    out.writeInt(n);
    out.writeInt(table.leafCount());
    StringBuilder codes = new StringBuilder();
    StringBuilder names = new StringBuilder();
    byte[] leafBits = new byte[(n + 7) / 8];
    int[] codeEnd = new int[n];
    int[] nameEnd = new int[n];
    for (int k = 0; k < n; k++) {
      CodeTable.Code c = table.at(k);
      for (int i = 0; i < c.code().length(); i++) {
        if (c.code().charAt(i) > 0xFF) {
          throw new IllegalArgumentException(table.id() + ": code " + c.code() + " is not Latin-1");
        }
      }
      codes.append(c.code());
      names.append(c.name());
      codeEnd[k] = codes.length();
      nameEnd[k] = names.length();
      if (c.leaf()) {
        leafBits[k >>> 3] |= (byte) (1 << (k & 7));
      }
    }
    for (int e : codeEnd) {
      out.writeInt(e);
    }
    for (int e : nameEnd) {
      out.writeInt(e);
    }
    out.write(leafBits);
    byte[] codeBytes = codes.toString().getBytes(StandardCharsets.ISO_8859_1);
    out.writeInt(codeBytes.length);
    out.write(codeBytes);
    out.writeInt(names.length());
    out.writeChars(names.toString());
    out.writeInt(table.patches().size());
    for (CodeTable.Patch p : table.patches()) {
      writeChars(out, p.code());
      writeChars(out, p.before());
      writeChars(out, p.after());
      writeChars(out, p.reason());
    }
    for (int h : table.hashTable()) {
      out.writeInt(h);
    }
    int[] slots = table.slotTable();
    out.writeInt(slots.length);
    for (int s : slots) {
      out.writeInt(s);
    }
    out.flush();
    return bytes.toByteArray();
  }

  /**
   * Writes the index of every bundled code table into the directory given as the only argument (the
   * build's {@code target/classes/org/shutong/codesets}), reading the CSV files through the same
   * loaders as at run time and checking each file's SHA-256 against the manifest.
   */
  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      throw new IllegalArgumentException("usage: CompactTables OUTPUT_DIR");
    }
    Path dir = Path.of(args[0]);
    Codesets csv = Codesets.bundledFromCsv();
    Map<String, TableInfo> manifest = csv.manifestById();
    for (TableInfo info : csv.tables(TableKind.CODE_TABLE)) {
      List<String> ids = sources(info);
      List<String> sums = new ArrayList<>();
      for (String id : ids) {
        TableInfo src = manifest.get(id);
        String sum = sha256(Resources.bytes(src.file()));
        if (!sum.equals(src.sha256())) {
          throw new IllegalStateException(src.file() + ": sha256 " + sum + ", manifest says " + src.sha256());
        }
        sums.add(sum);
      }
      byte[] index = encode(csv.codeTable(info.id()), ids, sums);
      Path target = dir.resolve(resource(info));
      Files.createDirectories(target.getParent());
      Path tmp = target.resolveSibling(target.getFileName() + ".tmp");
      Files.write(tmp, index);
      Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
  }

  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 not available", e);
    }
  }

  private static void writeAscii(DataOutputStream out, String s) throws IOException {
    byte[] b = s.getBytes(StandardCharsets.US_ASCII);
    out.writeShort(b.length);
    out.write(b);
  }

  private static String ascii(ByteBuffer b) {
    int len = b.getShort();
    byte[] a = new byte[len];
    b.get(a);
    return new String(a, StandardCharsets.US_ASCII);
  }

  private static void writeChars(DataOutputStream out, String s) throws IOException {
    out.writeInt(s.length());
    out.writeChars(s);
  }

  private static String chars(ByteBuffer b) {
    char[] c = new char[b.getInt()];
    b.asCharBuffer().get(c);
    b.position(b.position() + 2 * c.length);
    return new String(c);
  }
}
